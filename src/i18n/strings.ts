/**
 * The elements' own words (not the lesson's). English only for now; more languages plug in here, chosen by
 * {@link closestLang}, so no element hard-codes a sentence.
 */
export const en = {
  /** The language these strings are in, for `lang` on the elements' own words. */
  lang: 'en',
  loading: 'Loading the lesson…',
  problemsTitle: 'Part of this lesson could not be shown',
  fatalTitle: 'This lesson could not be shown',
  figureFatalTitle: 'This figure could not be shown',
  warningsTitle: 'This lesson file has things to check',
  problemCount: (n: number) => (n === 1 ? '1 problem' : `${n} problems`),
  sources: 'Sources',
  source: 'Source',
  sourceRef: (n: number, title: string) => `Source ${n}: ${title}`,
  tags: 'Tags',
  periods: 'Periods',
  periodStarts: 'Period begins',
  eventsLabel: 'Events',
  timelineLabel: 'Timeline',
  previous: 'Previous event',
  next: 'Next event',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show all',
  closeDetails: 'Close details',
  filterLabel: 'Show events tagged',
  allTags: 'All',
  shown: (n: number, m: number) => `${n} of ${m} events shown`,
  more: (n: number) => `${n} more events here: zoom in`,
  noneShown: 'No event has the chosen tags.',
  showMore: (n: number, m: number) => `Show more events (${n} of ${m} shown)`,
  axisHelp: 'Arrow keys move between events, Enter or Space shows one, + and - zoom, Escape closes the details.',
  statsLabel: 'Key figures',
  noStatsShown: 'No figure has the chosen tags or region.',
  seeOnTimeline: 'See on the timeline',
  seeOnTimelineEvent: (title: string) => `See on the timeline: ${title}`,
  /** The word beside a change's arrow, so a rise or a fall is never told by colour or sign alone. */
  rise: 'Rise',
  fall: 'Fall',
  noChange: 'No change',
  /** The text of a share's bar or ring; `value` is the formatted figure, "over 90%". */
  shareOf: (value: string) => `${value} of the whole`,
  /** The text of a sparkline; each point is a formatted value and its period. */
  sparkline: (first: string, last: string, highest: string) => `from ${first} to ${last}, highest ${highest}`,
  /** One point of a sparkline in its text: "1,524 (2023)". */
  point: (value: string, period: string) => `${value} (${period})`,
  credit: 'Credit',
  opensInNewTab: '(opens in a new tab)',
  /** `{}` stands for the formatted number. */
  qualifier: {
    over: 'over {}',
    under: 'under {}',
    about: 'about {}',
    'at-least': 'at least {}',
    'at-most': 'at most {}',
  },
  noEvents: 'the lesson has no events to show on a timeline',
  noEventsFix: 'add events with a "date" and a "title" to the "events" list',
  noStats: 'the lesson has no stats to show',
  noStatsFix: 'add figures with a "value" and a "label" to the "stats" list',
  noStat: 'no figure was given',
  noStatFix: 'set the value and label attributes, or the stat property',
  noData: 'no lesson data was given',
  noDataFix:
    'set the src attribute to a lesson file, put the lesson in a <script type="application/json"> inside the element, or set the data property',
};

export type Strings = typeof en;

export function strings(_lang: string): Strings {
  return en;
}

/**
 * The language an element speaks: its own `lang`, else the lesson's, else the closest ancestor's (crossing shadow
 * roots), else English.
 */
export function closestLang(el: Element, lessonLang?: string): string {
  const own = el.getAttribute('lang');
  if (own) return own;
  if (lessonLang) return lessonLang;
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return 'en';
}
