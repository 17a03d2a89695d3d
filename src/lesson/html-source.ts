/**
 * Lessons written as HTML in the page: `<edu-event>`, `<edu-era>`, `<edu-stat-card>` and `<edu-question>` children of
 * an element, and `<dl>` children for the glossary, read into the same lesson-file shape a JSON file has, so they pass
 * through `parseLesson` and its checks like any file.
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
 * and a first `<img>` (in a `<figure>` with a `<figcaption>`, or alone) becomes its media. A question's prompt is
 * found the same way, its choices are the items of its first list, and the rest is its explanation. An era's text is
 * its title. In a `<dl>`, each `<dt>` is a term (the `title` of an `<abbr>` in it, its expansion) and the `<dd>`s
 * after it its definition. A heading among the children is the lesson's title, a paragraph right after it its summary,
 * the element's `id` its id; the `source` (and `source-url`) attribute of an event or a card, a source it cites.
 * Nothing is read as HTML later: the reduction walks the live nodes and keeps only text and the allowed structure.
 *
 * Loaded by the elements only when they have such children (its HTML reduction is too big for every page to carry).
 */
import { describeDropped, nodesToMarkdown } from './html-to-markdown.js';
import { namedPlace, sourceUrlAlone } from './problems.js';
import { statInput } from './stat-input.js';
import type { LessonProblem, Places } from './types.js';

/** The attributes of `<edu-event>`, by lesson-file field. */
const EVENT_ATTRIBUTES = {
  id: 'id',
  date: 'date',
  endDate: 'end-date',
  displayDate: 'display-date',
} as const;

/** The attributes of `<edu-era>`, which are its lesson-file fields (its text is its title). */
const ERA_ATTRIBUTES = { id: 'id', start: 'start', end: 'end' } as const;

/** The attributes of `<edu-question>`, which are its lesson-file fields. */
const QUESTION_ATTRIBUTES = { id: 'id', answer: 'answer', event: 'event', stat: 'stat' } as const;

export interface HtmlLesson {
  /** A lesson-file object: `{ events: […], eras: […], stats: […], glossary: […], questions: […] }`. */
  input: Record<string, unknown>;
  places: Places;
  /** What the reduction of the children's markup left out (warnings; the checks of the lesson come on top). */
  problems: LessonProblem[];
}

/** Reads the `<edu-event>`, `<edu-era>`, `<edu-stat-card>`, `<edu-question>` and `<dl>` children of `host`, in order. */
export function readHtmlLesson(host: Element): HtmlLesson {
  const events: Record<string, unknown>[] = [];
  const stats: Record<string, unknown>[] = [];
  const glossary: Record<string, unknown>[] = [];
  const questions: Record<string, unknown>[] = [];
  const eras: Record<string, unknown>[] = [];
  const places = {
    events: [] as string[],
    eras: [] as string[],
    stats: [] as string[],
    glossary: [] as string[],
    questions: [] as string[],
    sources: [] as string[],
  };
  const problems: LessonProblem[] = [];
  /** A warning for markup inside a child that could not be kept. */
  const dropped = (what: string[], path: string, place: string, name: unknown, fix: string) => {
    if (what.length === 0) return;
    problems.push({
      severity: 'warning',
      path,
      place: namedPlace(place, typeof name === 'string' ? name : undefined),
      message: `${[...new Set(what.map(describeDropped))].join(', ')} inside it cannot be shown and were left out`,
      fix,
    });
  };
  // A `source` attribute (the text a card shows alone: "CRSS annual security report 2023"), with its `source-url` if
  // any, becomes a source of the lesson, one per text and address, cited by the item: a card moved into a grid, or an
  // event, keeps its source. The address is checked like a lesson file's (http(s) only).
  const sources = new Map<string, { id: string; title: string; url?: string }>();
  const cite = (child: Element, item: Record<string, unknown>, path: string, place: string) => {
    const title = child.getAttribute('source')?.replace(/\s+/g, ' ').trim();
    const url = child.getAttribute('source-url')?.trim() || undefined;
    if (!title) {
      // An address with nothing to call it by: said, not dropped in silence.
      if (url) {
        const [message, fix] = sourceUrlAlone(url);
        problems.push({ severity: 'warning', path: `${path}.sources`, place, message, fix });
      }
      return;
    }
    const key = JSON.stringify([title, url ?? '']);
    let source = sources.get(key);
    if (!source) {
      source = { id: `s${sources.size + 1}`, title, ...(url ? { url } : {}) };
      sources.set(key, source);
      places.sources.push(`the source of ${place}`);
    }
    item.sources = [source.id];
  };
  for (const child of host.children) {
    if (child.localName === 'edu-event') {
      const place = `<edu-event> ${events.length + 1}`;
      const { event, dropped: lost } = readEvent(child);
      dropped(
        lost,
        `events[${events.length}].description`,
        place,
        event.title,
        'give the event one <img> with alt text for its picture; the text keeps paragraphs, emphasis, links (https://) and lists',
      );
      cite(child, event, `events[${events.length}]`, place);
      places.events.push(place);
      events.push(event);
    } else if (child.localName === 'edu-era') {
      places.eras.push(`<edu-era> ${eras.length + 1}`);
      eras.push({ ...fromAttributes(child, ERA_ATTRIBUTES), title: flat(child) });
    } else if (child.localName === 'edu-stat-card') {
      const place = `<edu-stat-card> ${stats.length + 1}`;
      places.stats.push(place);
      const stat = statInput((name) => child.getAttribute(name), child.hasAttribute('change'), child.id);
      cite(child, stat, `stats[${stats.length}]`, place);
      stats.push(stat);
    } else if (child.localName === 'edu-question') {
      const place = `<edu-question> ${questions.length + 1}`;
      const { question, dropped: lost } = readQuestion(child);
      dropped(
        lost,
        `questions[${questions.length}].explanation`,
        place,
        question.prompt,
        'the explanation keeps paragraphs, emphasis, links (https://) and lists',
      );
      places.questions.push(place);
      questions.push(question);
    } else if (child.localName === 'dl') {
      for (const entry of readGlossary(child)) {
        places.glossary.push(`<dt> ${glossary.length + 1}`);
        glossary.push(entry);
      }
    }
  }
  const input: Record<string, unknown> = {};
  // The element's id names the lesson (the quiz keeps a pupil's progress under it) when it is one a lesson may have: a
  // page's id for its own ends ("2nd-lesson", "tab 3") is no mistake in the lesson. Its own title is a heading written
  // among the children, its summary the paragraph right after that heading: a paragraph alone (a page's "Loading…"
  // line, shown until the script runs) is not the lesson's.
  if (/^[A-Za-z][\w-]*$/.test(host.id)) input.id = host.id;
  const title = host.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6)');
  const summary = title?.nextElementSibling?.localName === 'p' ? title.nextElementSibling : null;
  if (title) input.title = flat(title);
  if (summary) input.summary = flat(summary);
  if (events.length) input.events = events;
  if (eras.length) input.eras = eras;
  if (stats.length) input.stats = stats;
  if (glossary.length) input.glossary = glossary;
  if (questions.length) input.questions = questions;
  if (sources.size) input.sources = [...sources.values()];
  return { input, places, problems };
}

/**
 * The checks' fixes for the fields that HTML writes as markup, not as attributes, said in the words of the markup:
 * `write "choices": ["…", "…"]` means nothing to a teacher who writes an `<ol>`.
 */
const HTML_FIXES: Record<string, string> = {
  'questions.prompt': 'start the <edu-question> with the question itself, in a paragraph or a heading',
  'questions.choices': 'give the <edu-question> one list (<ol>) with an <li> for each answer, 2 to 8 of them',
  'questions.answer': 'set answer="…" on the <edu-question> to the right answer, written exactly as one of its <li>',
  'glossary.term': 'write the term in the <dt>',
};

/** `problems` with the fixes of {@link HTML_FIXES} for a lesson read by {@link readHtmlLesson}. */
export function inHtmlWords(problems: readonly LessonProblem[]): LessonProblem[] {
  return problems.map((p) => {
    const field = /^(\w+)\[\d+\]\.(\w+)$/.exec(p.path);
    const fix = field && HTML_FIXES[`${field[1]}.${field[2]}`];
    return fix ? { ...p, fix } : p;
  });
}

/** The lesson-file fields an element gives by attribute (`{ endDate: 'end-date' }`), those it has. */
function fromAttributes(el: Element, fields: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, attribute] of Object.entries(fields)) {
    const value = el.getAttribute(attribute);
    if (value !== null) out[field] = value;
  }
  return out;
}

/** Text as a reader sees it: runs of white space as one space, none at the ends. */
function flat(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first heading among `el`'s children; else its first child element that is none of `besides`. */
function firstHeading(el: Element, besides: readonly (Element | null | undefined)[]): Element | undefined {
  return (
    el.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6)') ??
    [...el.children].find((c) => !besides.includes(c) && !['ul', 'ol'].includes(c.localName))
  );
}

function readQuestion(el: Element): { question: Record<string, unknown>; dropped: string[] } {
  const question = fromAttributes(el, QUESTION_ATTRIBUTES);
  const list = el.querySelector(':scope > :is(ol, ul)');
  const promptEl = firstHeading(el, [list]);
  // No element to hold the question: its own text around the list.
  question.prompt = promptEl
    ? flat(promptEl)
    : [...el.childNodes]
        .filter((n) => n !== list && n.nodeType === Node.TEXT_NODE)
        .map(flat)
        .join(' ')
        .trim();
  question.choices = list ? [...list.children].filter((c) => c.localName === 'li').map(flat) : [];
  let dropped: string[] = [];
  if (promptEl) {
    // An explanation folded in a <details> (so that a page without the script does not give the answer away) is its
    // content, without the <summary> that unfolds it.
    const rest = [...el.childNodes]
      .filter((node) => node !== promptEl && node !== list)
      .flatMap((node) =>
        node instanceof Element && node.localName === 'details'
          ? [...node.childNodes].filter((c) => !(c instanceof Element && c.localName === 'summary'))
          : [node],
      );
    const reduced = nodesToMarkdown(rest);
    if (reduced.markdown) question.explanation = reduced.markdown;
    dropped = reduced.dropped;
  }
  return { question, dropped };
}

/**
 * The entries of a `<dl>`: each `<dt>` a term, the `<dd>`s after it (up to the next term) its definition, shared by
 * terms written one after another (`<dt>UAV</dt><dt>drone</dt><dd>…</dd>`). `<div>`s grouping a term with its
 * definition, as HTML allows, are looked into.
 */
function readGlossary(dl: Element): Record<string, unknown>[] {
  const entries: Record<string, unknown>[] = [];
  let terms: Record<string, unknown>[] = [];
  let defining = false;
  const items = [...dl.children].flatMap((c) => (c.localName === 'div' ? [...c.children] : [c]));
  for (const item of items) {
    if (item.localName === 'dt') {
      if (defining) terms = [];
      defining = false;
      const entry: Record<string, unknown> = { term: flat(item) };
      const expansion = item.querySelector('abbr[title]')?.getAttribute('title')?.trim();
      if (expansion) entry.expansion = expansion;
      terms.push(entry);
      entries.push(entry);
    } else if (item.localName === 'dd') {
      defining = true;
      const text = flat(item);
      for (const entry of terms) {
        if (text) entry.definition = entry.definition ? `${entry.definition as string} ${text}` : text;
      }
    }
  }
  return entries;
}

function readEvent(el: Element): { event: Record<string, unknown>; dropped: string[] } {
  const event = fromAttributes(el, EVENT_ATTRIBUTES);
  let dropped: string[] = [];
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
  const titleEl = firstHeading(el, [mediaNode]);
  if (titleEl) {
    event.title = flat(titleEl);
    const reduced = nodesToMarkdown([...el.childNodes].filter((node) => node !== titleEl && node !== mediaNode));
    if (reduced.markdown) event.description = reduced.markdown;
    dropped = reduced.dropped;
  } else {
    event.title = flat(el);
  }
  return { event, dropped };
}
