/**
 * The elements' own words (not the lesson's, which stay as written). English is built in; Urdu, Arabic, French,
 * Spanish and German are in src/i18n/locales/, one chunk each, loaded by {@link loadStrings} the first time an
 * element speaks that language, so a page pays only for the languages it shows. The language is chosen by
 * {@link closestLang}; {@link LocalizeController} re-renders an element once its words have arrived.
 */
export const en = {
  /** The language these strings are in, for `lang` on the elements' own words. */
  lang: 'en',
  loading: 'Loading the lesson…',
  problemsTitle: 'Part of this lesson could not be shown',
  fatalTitle: 'This lesson could not be shown',
  figureFatalTitle: 'This figure could not be shown',
  warningsTitle: 'This lesson has things to check',
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
  /* ---------- <edu-glossary> and glossary terms in text ---------- */
  /** How a glossary term in text is described to screen readers, after its name and role ("TTP, button, …"). */
  glossaryHint: 'glossary term: shows what it means',
  noGlossary: 'the lesson has no glossary to show',
  noGlossaryFix: 'add entries with a "term" and an "expansion" or a "definition" to the "glossary" list',

  /* ---------- <edu-quiz> ---------- */
  /** The two tasks' headings. */
  quizOrderHeading: 'Put the events in order',
  quizChoiceHeading: 'Questions',
  quizOrderHelp:
    'Put the earliest event at the top and the latest at the bottom: drag an event by its handle, or use its Move up and Move down buttons. Then check your order.',
  quizOrderPrintHelp: 'Number the events from 1 (the earliest) to the last (the latest).',
  quizChoicePrintHelp: 'Tick one box for each question.',
  quizMoveUp: (title: string) => `Move up: ${title}`,
  quizMoveDown: (title: string) => `Move down: ${title}`,
  /** Said (politely) after an event was moved by a button or a drag. */
  quizMoved: (title: string, position: number, total: number) => `${title} moved to position ${position} of ${total}`,
  quizCheckOrder: 'Check order',
  quizCheckAnswers: 'Check answers',
  quizShowAnswers: 'Show answers',
  quizTryAgain: 'Try again',
  quizResetProgress: 'Reset progress',
  quizSaved: 'Your answers are kept in this browser.',
  /** The words beside the right / wrong icons, so a result never depends on colour or an icon alone. */
  quizRight: 'Right',
  quizWrong: 'Wrong',
  quizNotAnswered: 'Not answered',
  quizRightAnswer: 'Right answer',
  quizOrderScore: (n: number, m: number) =>
    n === m
      ? `All ${m} events are in the right order.`
      : `${n} of ${m} events ${n === 1 ? 'is' : 'are'} in the right place.`,
  quizLastOrderScore: (n: number, m: number) => `Last time: ${n} of ${m} events in the right place.`,
  quizCorrectOrder: 'The right order',
  /** `gap` is a duration in words, "1 year 4 months". */
  quizGapLater: (gap: string) => `${gap} later`,
  quizSameTime: 'at the same time as far as the dates tell: either order is right',
  quizChoiceScore: (n: number, m: number) => `${n} of ${m} correct`,
  quizUnanswered: (n: number) => (n === 1 ? '1 question not answered' : `${n} questions not answered`),
  quizNothingAnswered: 'Choose an answer to a question first.',
  quizAnswersShown: 'The right answers are marked.',
  quizAnswerKey: 'Answer key',
  quizNoOrder: 'This lesson has too few events with different dates to put in order.',
  quizNoQuestions: 'This lesson has no questions.',
  /** The problem reported when a lesson has nothing to ask about. */
  noQuiz: 'the lesson has neither two events with different dates to put in order nor questions to answer',
  noQuizFix: 'add a "questions" list, or at least two events with different dates',

  /* ---------- <edu-lesson> ---------- */
  glossaryHeading: 'Glossary',
  quizHeading: 'Check what you know',

  /* ---------- problems an element reports about its lesson ---------- */
  noEvents: 'the lesson has no events to show on a timeline',
  noEventsFix: 'add events with a "date" and a "title" to the "events" list',
  noStats: 'the lesson has no stats to show',
  noStatsFix: 'add figures with a "value" and a "label" to the "stats" list',
  noLessonParts: 'nothing in the lesson can be shown: it has no events, stats, glossary entries or questions',
  noLessonPartsFix: 'add "events" with a "date" and a "title", or "stats", a "glossary" or "questions"',
  noStat: 'no figure was given',
  noStatFix: 'set the value and label attributes, or the stat property',
  noData: 'no lesson data was given',
  noDataFix:
    'set the src attribute to a lesson file, put the lesson in a <script type="application/json"> inside the element, or set the data property',
};

export type Strings = typeof en;

/** The languages the elements' own words are written in. */
export const UI_LANGUAGES = ['en', 'ur', 'ar', 'fr', 'es', 'de'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const LOADERS: Record<Exclude<UiLanguage, 'en'>, () => Promise<{ default: Strings }>> = {
  ur: () => import('./locales/ur.js'),
  ar: () => import('./locales/ar.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  de: () => import('./locales/de.js'),
};

const loaded = new Map<UiLanguage, Strings>([['en', en]]);
const loading = new Map<UiLanguage, Promise<Strings>>();

/** The one of {@link UI_LANGUAGES} that serves a BCP 47 tag: `ur-PK` → `ur`, `pt` → `en`. */
export function uiLanguage(lang: string): UiLanguage {
  const primary = lang.split(/[-_]/)[0].toLowerCase();
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : 'en';
}

/** Whether the words for `lang` are at hand: English always, another language once {@link loadStrings} has loaded it. */
export function stringsLoaded(lang: string): boolean {
  return loaded.has(uiLanguage(lang));
}

/** The longest an element waits for its words before drawing in English (its own words follow when they come). */
const WORDS_WAIT_MS = 3000;

/** Languages whose words did not come within {@link WORDS_WAIT_MS}: no element waits for them again. */
const overdue = new Set<UiLanguage>();

/**
 * When the words `el` is about to speak ({@link closestLang}) are not at hand yet: a promise that resolves once they
 * have loaded (or could not be), or after {@link WORDS_WAIT_MS} at most; else null. An element awaits it before
 * drawing, so that it never shows English words first and its own language a moment later, and a request for them
 * that hangs never leaves it blank. Once a wait has run out, the words are overdue: null from then on, so that
 * neither the same element (which waits before its render and again before showing the lesson it read) nor the next
 * one waits again; they draw in English, and in their language when the words come.
 */
export function wordsToLoad(el: Element, lessonLang?: string): Promise<void> | null {
  const lang = closestLang(el, lessonLang);
  const code = uiLanguage(lang);
  if (loaded.has(code) || overdue.has(code)) return null;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      overdue.add(code);
      resolve();
    }, WORDS_WAIT_MS);
    void loadStrings(lang).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The words for `lang` if they have loaded, else English (see {@link loadStrings}). */
export function strings(lang: string): Strings {
  return loaded.get(uiLanguage(lang)) ?? en;
}

/**
 * Loads the words for `lang` (once per page) and resolves with them. A chunk that cannot be loaded (the bundle was
 * copied without its edu-timeline-chunks/ folder) resolves with English: the element still works.
 */
export function loadStrings(lang: string): Promise<Strings> {
  const code = uiLanguage(lang);
  const ready = loaded.get(code);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(code);
  if (!pending) {
    pending = LOADERS[code as Exclude<UiLanguage, 'en'>]()
      .then((m) => m.default)
      .catch(() => en)
      .then((words) => {
        loaded.set(code, words);
        return words;
      });
    loading.set(code, pending);
  }
  return pending;
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
