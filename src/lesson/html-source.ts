/**
 * Lessons written as HTML in the page: `<edu-event>` and `<edu-stat-card>` children of an element, read into the
 * same lesson-file shape a JSON file has, so they pass through `parseLesson` and its checks like any file.
 *
 * ```html
 * <edu-timeline>
 *   <edu-event date="2022-11-28" tags="ttp">
 *     <h3>TTP ends its ceasefire</h3>
 *     <p>The group calls off the truce agreed in June.</p>
 *   </edu-event>
 * </edu-timeline>
 * ```
 *
 * An event's title is its first heading (`<h1>`–`<h6>`); without one, its first paragraph or other child element;
 * without any, all its text. The rest is the description, reduced to the Markdown subset (emphasis, links, lists),
 * and a first `<img>` (in a `<figure>` with a `<figcaption>`, or alone) becomes its media. Nothing is read as HTML
 * later: the reduction walks the live nodes and keeps only text and the allowed structure.
 *
 * Loaded by the elements only when they have such children (its HTML reduction is too big for every page to carry).
 */
import { describeDropped, nodesToMarkdown } from './html-to-markdown.js';
import { namedPlace } from './problems.js';
import { statInput } from './stat-input.js';
import type { LessonProblem, Places } from './types.js';

/** The attributes of `<edu-event>`, by lesson-file field. */
const EVENT_ATTRIBUTES = {
  id: 'id',
  date: 'date',
  endDate: 'end-date',
  displayDate: 'display-date',
} as const;

export interface HtmlLesson {
  /** A lesson-file object: `{ events: […], stats: […] }`. */
  input: Record<string, unknown>;
  places: Places;
  /** What the reduction of the children's markup left out (warnings; the checks of the lesson come on top). */
  problems: LessonProblem[];
}

/** Reads the `<edu-event>` and `<edu-stat-card>` children of `host`, in document order. */
export function readHtmlLesson(host: Element): HtmlLesson {
  const events: Record<string, unknown>[] = [];
  const stats: Record<string, unknown>[] = [];
  const places: { events: string[]; stats: string[] } = { events: [], stats: [] };
  const problems: LessonProblem[] = [];
  for (const child of host.children) {
    if (child.localName === 'edu-event') {
      const place = `<edu-event> ${events.length + 1}`;
      const { event, dropped } = readEvent(child);
      if (dropped.length) {
        problems.push({
          severity: 'warning',
          path: `events[${events.length}].description`,
          place: namedPlace(place, event.title as string | undefined),
          message: `${[...new Set(dropped.map(describeDropped))].join(', ')} inside it cannot be shown and were left out`,
          fix: 'give the event one <img> with alt text for its picture; the text keeps paragraphs, emphasis, links (https://) and lists',
        });
      }
      places.events.push(place);
      events.push(event);
    } else if (child.localName === 'edu-stat-card') {
      places.stats.push(`<edu-stat-card> ${stats.length + 1}`);
      stats.push(statInput((name) => child.getAttribute(name), child.hasAttribute('change'), child.id));
    }
  }
  const input: Record<string, unknown> = {};
  if (events.length) input.events = events;
  if (stats.length) input.stats = stats;
  return { input, places, problems };
}

function readEvent(el: Element): { event: Record<string, unknown>; dropped: string[] } {
  const event: Record<string, unknown> = {};
  let dropped: string[] = [];
  for (const [field, attribute] of Object.entries(EVENT_ATTRIBUTES)) {
    const value = el.getAttribute(attribute);
    if (value !== null) event[field] = value;
  }
  const tags = el.getAttribute('tags');
  if (tags !== null) event.tags = tags.split(/[\s,]+/).filter(Boolean);

  // The picture: a first <img> of the event's own, alone or in a <figure> (an image inside a paragraph is not one).
  const img = el.querySelector(':scope > img, :scope > figure img');
  const mediaNode = img?.parentElement === el ? img : img?.closest('figure');
  if (img) {
    const caption = mediaNode?.querySelector('figcaption')?.textContent?.trim();
    event.media = {
      url: img.getAttribute('src') ?? '',
      // A missing alt stays missing, so the check asks the teacher for one; alt="" (decoration) is kept.
      ...(img.hasAttribute('alt') ? { alt: img.getAttribute('alt') } : {}),
      ...(caption ? { caption } : {}),
    };
  }
  const titleEl =
    el.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6)') ??
    [...el.children].find((c) => c !== mediaNode && !['ul', 'ol'].includes(c.localName));
  if (titleEl) {
    event.title = (titleEl.textContent ?? '').replace(/\s+/g, ' ').trim();
    const reduced = nodesToMarkdown([...el.childNodes].filter((node) => node !== titleEl && node !== mediaNode));
    if (reduced.markdown) event.description = reduced.markdown;
    dropped = reduced.dropped;
  } else {
    event.title = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  return { event, dropped };
}
