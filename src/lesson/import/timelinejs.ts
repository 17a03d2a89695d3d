/**
 * TimelineJS3 → lesson: converts a TimelineJS file (or the slides of a TimelineJS spreadsheet, see `csv.ts`) into
 * the lesson-file shape, which then goes through `parseLesson` like any lesson. Nothing here checks our own rules
 * (dates that exist, ids, alt text): parseLesson does. What is checked here is what parseLesson cannot see: a slide
 * without a year, and everything TimelineJS has that a lesson has no place for, reported once per kind.
 *
 * Reference: the TimelineJS 3.9 source (`src/js/core/TimelineConfig.js`, `date/TLDate.js`, `media/MediaType.js`,
 * `language/Language.js`).
 */
import { parsePartialDate } from '../../dates/partial-date.js';
import { describeDropped, htmlToMarkdown } from '../html-to-markdown.js';
import { type Block, escapeMarkdown, type Inline, parseMarkdown } from '../markdown.js';
import { clip, describeValue, namedPlace } from '../problems.js';
import type { LessonProblem } from '../types.js';
import type { ImportResult } from './index.js';

type Obj = Record<string, unknown>;

/* ---------- the report ---------- */

interface Loss {
  places: string[];
  details: string[];
  describe: (details: string[]) => [message: string, fix: string];
  severity: LessonProblem['severity'];
}

/**
 * The problems of one import. Errors name the one item they concern; what could not be carried over is collected
 * per kind and reported once, naming every item it concerns, so forty slides with a background make one warning.
 */
export class ImportReport {
  private readonly items: (LessonProblem | Loss)[] = [];
  private readonly losses = new Map<string, Loss>();

  error(place: string | undefined, path: string, message: string, fix: string): void {
    this.items.push({ severity: 'error', path, ...(place ? { place } : {}), message, fix });
  }

  warn(place: string | undefined, path: string, message: string, fix: string): void {
    this.items.push({ severity: 'warning', path, ...(place ? { place } : {}), message, fix });
  }

  /**
   * Notes something that was left out or changed, under `kind`: every call with the same kind adds its place (and
   * detail, such as a field name) to one warning, worded by `describe` from all the details.
   */
  lose(
    kind: string,
    place: string | undefined,
    describe: (details: string[]) => [message: string, fix: string],
    detail?: string,
    severity: LessonProblem['severity'] = 'warning',
  ): void {
    let loss = this.losses.get(kind);
    if (!loss) {
      loss = { places: [], details: [], describe, severity };
      this.losses.set(kind, loss);
      this.items.push(loss);
    }
    if (place !== undefined && !loss.places.includes(place)) loss.places.push(place);
    if (detail !== undefined && !loss.details.includes(detail)) loss.details.push(detail);
  }

  /** Every problem, in the order first met. */
  finish(): LessonProblem[] {
    return this.items.map((item) => {
      if (!('describe' in item)) return item;
      const [message, fix] = item.describe(item.details);
      const where = listPlaces(item.places);
      return { severity: item.severity, path: '', message: where ? `${message} (${where})` : message, fix };
    });
  }
}

/**
 * "TimelineJS events 2, 5 and 7; the title slide": places that end in a number are grouped by what comes before it,
 * and a long list is cut short, since the point is to say where to look.
 */
export function listPlaces(places: readonly string[], max = 8): string {
  const groups = new Map<string, string[]>();
  for (const place of places) {
    const m = /^(.*\D) (\d+)$/.exec(place);
    const [prefix, n] = m ? [m[1], m[2]] : [place, ''];
    groups.set(prefix, [...(groups.get(prefix) ?? []), n]);
  }
  return [...groups]
    .map(([prefix, numbers]) => {
      if (numbers.length === 1) return numbers[0] ? `${prefix} ${numbers[0]}` : prefix;
      const shown = numbers.slice(0, max);
      const rest = numbers.length - shown.length;
      return `${prefix}s ${rest > 0 ? `${shown.join(', ')} and ${rest} more` : andList(shown)}`;
    })
    .join('; ');
}

/** "a, b and c". */
export function andList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/* ---------- where the slides come from ---------- */

/** The fields messages name, so they speak of `"media.alt"` in a TimelineJS file and of a column in a sheet. */
export type FieldName = 'background' | 'thumbnail' | 'alt' | 'text' | 'media' | 'displayDate' | 'seconds' | 'time';

/** How one source of TimelineJS slides (a JSON file, a spreadsheet) is spoken of. */
export interface Dialect {
  /** Whether headlines, captions, credits, display dates and groups are HTML (a TimelineJS file) or plain text. */
  readonly html: boolean;
  readonly names: Readonly<Record<FieldName, string>>;
  /** What a slide field (`media`, `display_date`) is called: `"media"` in a TimelineJS file, `Media` in a sheet. */
  label(field: string): string;
}

const JSON_DIALECT: Dialect = {
  html: true,
  names: {
    background: '"background"',
    thumbnail: '"media.thumbnail"',
    alt: '"media.alt"',
    text: '"text.text"',
    media: '"media.url"',
    displayDate: '"display_date"',
    seconds: '"second" and "millisecond"',
    time: '"hour" and "minute"',
  },
  label: (field) => `"${field}"`,
};

/** One TimelineJS slide (or era) and where it came from. */
export interface PlacedSlide {
  slide: Obj;
  /** `TimelineJS event 3`, `Row 7`. */
  place: string;
  /** Its JSON path in the source file (`events[2]`), or `''` where the source has none. */
  path: string;
}

export interface SlideSet {
  title?: PlacedSlide;
  events: PlacedSlide[];
  eras: PlacedSlide[];
}

/* ---------- a TimelineJS file ---------- */

const ROOT_FIELDS = ['title', 'events', 'eras', 'scale'];

/** Converts a TimelineJS3 file (JSON text or a parsed object) into a lesson-file object. */
export function importTimelineJs(input: unknown): ImportResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, '')) as unknown;
    } catch {
      // parseLesson explains a JSON syntax error with its line and column.
      return { input, problems: [] };
    }
  }
  if (!isObject(value)) return { input: value, problems: [] };
  const report = new ImportReport();
  for (const key of Object.keys(value)) {
    if (!ROOT_FIELDS.includes(key)) loseUnknown(report, undefined, key);
  }
  if (value.scale === 'cosmological') {
    report.lose('scale', undefined, () => [
      '"scale": "cosmological" has no equivalent: dates are read as years of the calendar, BC and AD',
      'dates further than 270,000 years from year 1 cannot be shown; keep to human history',
    ]);
  }
  const events = Array.isArray(value.events) ? value.events : [];
  if (!Array.isArray(value.events)) {
    report.error(
      undefined,
      'events',
      'a TimelineJS file needs an "events" list, and this one has none',
      'check that this is the TimelineJS file itself',
    );
  }
  const eras = Array.isArray(value.eras) ? value.eras : [];
  const placed = (list: unknown[], key: string, noun: string): PlacedSlide[] =>
    list.flatMap((slide, i) => {
      const place = `TimelineJS ${noun} ${i + 1}`;
      if (isObject(slide)) return [{ slide, place, path: `${key}[${i}]` }];
      report.error(place, `${key}[${i}]`, 'this is not a slide { … }, so it was left out', 'remove it');
      return [];
    });
  const set: SlideSet = {
    title: isObject(value.title) ? { slide: value.title, place: 'the title slide', path: 'title' } : undefined,
    events: placed(events, 'events', 'event'),
    eras: placed(eras, 'eras', 'era'),
  };
  const { lesson, places } = mapSlides(set, JSON_DIALECT, report);
  return { input: lesson, problems: report.finish(), places };
}

/* ---------- slides → lesson ---------- */

const SLIDE_FIELDS = [
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'background',
  'autolink',
  'unique_id',
];
const TEXT_FIELDS = ['headline', 'text'];
const MEDIA_FIELDS = ['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target'];
const DATE_FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date', 'format'];

/**
 * Maps TimelineJS slides to a lesson-file object. Every produced event and era keeps the place its slide came from
 * (in `places`), so parseLesson's messages point at the slide or row the author knows.
 */
export function mapSlides(
  set: SlideSet,
  dialect: Dialect,
  report: ImportReport,
): { lesson: Obj; places: { events: string[]; eras: string[] } } {
  const lesson: Obj = {};
  if (set.title) mapTitle(set.title, dialect, report, lesson);
  const places = { events: [] as string[], eras: [] as string[] };
  const events: Obj[] = [];
  for (const item of set.events) {
    const event = mapEvent(item, dialect, report);
    if (!event) continue;
    events.push(event);
    places.events.push(item.place);
  }
  const eras: Obj[] = [];
  for (const item of set.eras) {
    const era = mapEra(item, dialect, report);
    if (!era) continue;
    eras.push(era);
    places.eras.push(item.place);
  }
  lesson.events = events;
  if (eras.length) lesson.eras = eras;
  return { lesson, places };
}

function mapTitle({ slide, place }: PlacedSlide, dialect: Dialect, report: ImportReport, lesson: Obj): void {
  const text = objectField(slide, 'text');
  const headline = readText(text?.headline, dialect, report, place);
  if (headline) lesson.title = headline;
  const summary = readRichText(text?.text, place, report);
  if (summary) lesson.summary = summary;
  const id = readId(slide.unique_id);
  if (id) lesson.id = id;
  const unused = Object.keys(slide).filter(
    (key) => !['text', 'type', 'unique_id'].includes(key) && !isEmpty(slide[key]),
  );
  for (const key of unused) {
    report.lose(
      'title-extras',
      place,
      (fields) => [
        `${andList(fields)} of the title ${fields.length > 1 ? 'have' : 'has'} no place in a lesson and ${fields.length > 1 ? 'were' : 'was'} left out`,
        'if it matters, put it in an event',
      ],
      dialect.label(key),
    );
  }
  if (text) checkKnown(text, TEXT_FIELDS, 'text', place, report);
}

/** What events and eras both have: the text, its headline, the dates and the id; none without a usable start. */
function readSlideHead({ slide, place, path }: PlacedSlide, dialect: Dialect, report: ImportReport) {
  const text = objectField(slide, 'text');
  const headline = readText(text?.headline, dialect, report, place);
  const where = namedPlace(place, headline);
  const start = readSlideDate(slide.start_date, 'start', place, where, at(path, 'start_date'), dialect, report);
  if (!start) return undefined;
  const end = readSlideDate(slide.end_date, 'end', place, where, at(path, 'end_date'), dialect, report);
  return { text, headline, start, end, id: readId(slide.unique_id) };
}

function mapEvent(placed: PlacedSlide, dialect: Dialect, report: ImportReport): Obj | undefined {
  const head = readSlideHead(placed, dialect, report);
  if (!head) return undefined;
  const { slide, place } = placed;
  const { text, headline, start, end, id } = head;
  const event: Obj = {};
  if (id) event.id = id;
  event.date = start.text;
  // TimelineJS drops an end date equal to the start date as redundant, and so does this.
  if (end && end.text !== start.text) event.endDate = end.text;
  const displayDate = readDisplayDate(slide, start, end, place, dialect, report);
  if (displayDate) event.displayDate = displayDate;
  if (headline) event.title = headline;
  const parts = [readRichText(text?.text, place, report)];
  const media = objectField(slide, 'media');
  if (media) {
    const mapped = mapMedia(media, headline, place, dialect, report);
    if (mapped.media) event.media = mapped.media;
    parts.push(mapped.link);
    checkKnown(media, MEDIA_FIELDS, 'media', place, report);
  }
  const description = parts.filter(Boolean).join('\n\n');
  if (description) event.description = description;
  const group = readText(slide.group, dialect);
  if (group) event.tags = [group];
  for (const key of ['background', 'autolink'] as const) {
    if (!isEmpty(slide[key])) loseField(report, key, place, dialect);
  }
  if (text) checkKnown(text, TEXT_FIELDS, 'text', place, report);
  checkKnown(slide, [...SLIDE_FIELDS, ...(dialect.html ? [] : ['type'])], '', place, report);
  return event;
}

function mapEra(placed: PlacedSlide, dialect: Dialect, report: ImportReport): Obj | undefined {
  const head = readSlideHead(placed, dialect, report);
  if (!head) return undefined;
  const { slide, place } = placed;
  const { text, headline, start, end, id } = head;
  const era: Obj = {};
  if (id) era.id = id;
  if (headline) era.title = headline;
  era.start = start.text;
  // An era needs its end; without one parseLesson says so, naming the era.
  if (end) era.end = end.text;
  const unused = Object.keys(slide).filter(
    (key) => !['start_date', 'end_date', 'unique_id', 'text', 'type'].includes(key) && !isEmpty(slide[key]),
  );
  if (!isEmpty(text?.text)) unused.push('text.text');
  if (start.display || end?.display) unused.push('display_date');
  for (const key of unused) {
    report.lose(
      'era-extras',
      place,
      (fields) => [
        `an era has a name and dates only: ${andList(fields)} of eras ${fields.length > 1 ? 'were' : 'was'} left out`,
        'put what matters in an event',
      ],
      dialect.label(key),
    );
  }
  return era;
}

/* ---------- dates ---------- */

interface SlideDate {
  /** A lesson-file date at exactly the precision the slide gives: `2022`, `2022-11`, `2022-11-28T14:00`. */
  text: string;
  /** The date's own `display_date`. */
  display?: string;
}

/**
 * A TimelineJS date object as a lesson-file date. TimelineJS reads year -500 as the JavaScript year -500 and
 * labels it "500 BCE" (Language.formatJSDate writes the absolute year and `_applyEra` adds the suffix), so authors
 * wrote -500 meaning 500 BC, which is `-0499` in our astronomical numbering.
 */
function readSlideDate(
  raw: unknown,
  which: 'start' | 'end',
  place: string,
  where: string,
  path: string,
  dialect: Dialect,
  report: ImportReport,
): SlideDate | undefined {
  const noun = which === 'start' ? 'start date' : 'end date';
  if (raw === undefined || raw === null) {
    if (which === 'start') {
      report.error(where, path, 'there is no start date, so it was left out', missingYearFix(dialect));
    }
    return undefined;
  }
  if (!isObject(raw)) {
    report.error(
      where,
      path,
      `the ${noun} is not a date object { "year": … }`,
      'write it as { "year": 2024, "month": 6 }',
    );
    return undefined;
  }
  const parts: Partial<Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond', number>> = {};
  for (const key of ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const) {
    const n = wholeNumber(raw[key]);
    if (n === null) {
      report.error(
        where,
        at(path, key),
        `the ${noun}'s ${key} ${describeText(raw[key])} is not a whole number, so ${which === 'start' ? 'it' : 'the end date'} was left out`,
        `write the ${key} as a number, e.g. "${key}": ${key === 'year' ? 2024 : 6}`,
      );
      return undefined;
    }
    if (n !== undefined) parts[key] = n;
  }
  const { year, month, day, hour, minute } = parts;
  if (year === undefined) {
    if (which === 'start') {
      report.error(where, at(path, 'year'), 'the start date has no year, so it was left out', missingYearFix(dialect));
    } else {
      report.warn(
        where,
        at(path, 'year'),
        'the end date has no year, so it was left out',
        'give it a year, or remove it',
      );
    }
    return undefined;
  }
  const astronomical = year < 0 ? year + 1 : year;
  let text = `${astronomical < 0 ? '-' : ''}${String(Math.abs(astronomical)).padStart(4, '0')}`;
  if (!parsePartialDate(text).ok) {
    report.error(
      where,
      at(path, 'year'),
      `the ${noun}'s year ${year} is too far from the present for this timeline, so ${which === 'start' ? 'it' : 'the end date'} was left out`,
      'the timeline shows years up to 270,000 before or after year 1',
    );
    return undefined;
  }
  if (year === 0) {
    report.lose('year-zero', place, () => [
      'the year 0 does not exist in BC/AD counting; it was read as 1 BC',
      'use -1 for 1 BC, or 1 for AD 1',
    ]);
  }
  if (month !== undefined) {
    text += `-${pad(month)}`;
    if (day !== undefined) {
      text += `-${pad(day)}`;
      if (hour !== undefined) text += `T${pad(hour)}:${pad(minute ?? 0)}`;
      else if (minute !== undefined) loseTime(report, place, dialect);
    } else if (hour !== undefined || minute !== undefined) loseTime(report, place, dialect);
  } else if (day !== undefined) {
    report.lose('day-without-month', place, () => [
      'a day without a month was left out, so the date is just the year',
      'give the month too, or leave the day out',
    ]);
  } else if (hour !== undefined || minute !== undefined) loseTime(report, place, dialect);
  if (parts.second || parts.millisecond) {
    report.lose('seconds', place, () => [
      `${dialect.names.seconds} were left out: dates go to the minute`,
      'nothing to do, unless the seconds matter: then say so in the text',
    ]);
  }
  if (!isEmpty(raw.format)) {
    report.lose('date-format', place, () => [
      'date formats ("format") were left out: dates are written in the language of the lesson',
      'to show a date in words of your own, use "display_date"',
    ]);
  }
  checkKnown(raw, DATE_FIELDS, `${which}_date`, place, report);
  const display = readText(raw.display_date, dialect);
  return display ? { text, display } : { text };
}

function loseTime(report: ImportReport, place: string, dialect: Dialect): void {
  report.lose('time-without-day', place, () => [
    `a time (${dialect.names.time}) needs a full date with month and day; it was left out`,
    'give the month and day too, or leave the time out',
  ]);
}

function missingYearFix(dialect: Dialect): string {
  return dialect.html ? 'give the slide a "start_date": { "year": … }' : 'fill in the Year column';
}

/** TimelineJS shows the slide's `display_date` instead of both dates, or each date's own in its place. */
function readDisplayDate(
  slide: Obj,
  start: SlideDate,
  end: SlideDate | undefined,
  place: string,
  dialect: Dialect,
  report: ImportReport,
): string | undefined {
  const whole = readText(slide.display_date, dialect);
  if (whole) return whole;
  if (!start.display && !end?.display) return undefined;
  if (start.display && (!end || end.text === start.text)) return start.display;
  if (start.display && end?.display) return `${start.display} – ${end.display}`;
  report.lose('half-display-date', place, () => [
    `a ${dialect.names.displayDate} for only one end of a period was left out, as it would hide the other end`,
    `give both dates a ${dialect.names.displayDate}, or give the slide one for the whole period`,
  ]);
  return undefined;
}

/* ---------- text ---------- */

/**
 * A headline, caption or group as plain text: HTML in a TimelineJS file (reduced as the text is, then read as a
 * pupil would see it), as it is in a spreadsheet cell.
 */
function readText(value: unknown, dialect: Dialect, report?: ImportReport, place?: string): string | undefined {
  const text = textValue(value);
  if (text === undefined) return undefined;
  if (!dialect.html || !/[<&]/.test(text)) return text.trim() || undefined;
  const { markdown, dropped } = htmlToMarkdown(text);
  if (report && place) reportDropped(dropped, place, report);
  return plainText(parseMarkdown(markdown)) || undefined;
}

/** A slide's text (HTML in both TimelineJS forms) as Markdown, reporting what the reduction left out. */
function readRichText(value: unknown, place: string, report: ImportReport): string | undefined {
  const html = textValue(value);
  if (html === undefined) return undefined;
  const { markdown, dropped } = htmlToMarkdown(html);
  reportDropped(dropped, place, report);
  return markdown.trim() || undefined;
}

function reportDropped(dropped: readonly string[], place: string, report: ImportReport): void {
  for (const what of dropped) {
    const words = describeDropped(what);
    report.lose(
      'dropped-html',
      place,
      (all) => [
        `${andList(all)} inside the text cannot be shown and ${all.length > 1 ? 'were' : 'was'} left out`,
        'put an image in the media instead; text keeps paragraphs, emphasis, links (https://) and lists',
      ],
      words,
    );
  }
}

/** The text a reader sees of parsed Markdown: paragraphs, items and line breaks become spaces. */
function plainText(blocks: readonly Block[]): string {
  const parts: string[] = [];
  const inline = (nodes: readonly Inline[]): void => {
    for (const node of nodes) {
      if (node.kind === 'text') parts.push(node.text);
      else if (node.kind === 'br') parts.push(' ');
      else inline(node.children);
    }
  };
  for (const block of blocks) {
    parts.push(' ');
    if (block.kind === 'paragraph') inline(block.children);
    else for (const item of block.items) inline(item);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/* ---------- media ---------- */

/** Image files by their extension: what TimelineJS's "image" media type matches, plus AVIF. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;
/** Hosts that serve images at addresses without an extension. */
const IMAGE_HOSTS = ['images.unsplash.com', 'i.imgur.com', 'pbs.twimg.com', 'upload.wikimedia.org'];

/**
 * A slide's media as our media (an image), or as a Markdown link to append to the description (a video, map, tweet,
 * Wikipedia article…: TimelineJS embeds these, a lesson shows images only).
 */
function mapMedia(
  media: Obj,
  headline: string | undefined,
  place: string,
  dialect: Dialect,
  report: ImportReport,
): { media?: Obj; link?: string } {
  const raw = textValue(media.url)?.trim();
  const caption = readText(media.caption, dialect, report, place);
  const credit = readText(media.credit, dialect, report, place);
  for (const key of ['thumbnail', 'title', 'link', 'link_target'] as const) {
    if (!isEmpty(media[key])) loseField(report, key === 'thumbnail' ? 'thumbnail' : `media.${key}`, place, dialect);
  }
  if (!raw) {
    if (caption || credit || !isEmpty(media.alt)) {
      report.lose('media-without-url', place, () => [
        `a caption, credit or alt text without ${dialect.names.media} was left out`,
        `give the address of the image in ${dialect.names.media}`,
      ]);
    }
    return {};
  }
  const target = mediaTarget(raw);
  if (!target) {
    report.lose('embed-code', place, () => [
      `embed code in ${dialect.names.media} cannot be shown and was left out`,
      'use the address (https://…) of the image or page instead of its embed code',
    ]);
    return {};
  }
  if (target.image) {
    // TimelineJS sets alt as an attribute: it is text, not HTML.
    const alt = textValue(media.alt)?.trim() || undefined;
    if (!alt) {
      report.lose('alt-from-caption', place, () => [
        `images without ${dialect.names.alt} were given their caption, or else the headline, as alt text`,
        `check that it says what each image shows, or write it in ${dialect.names.alt}`,
      ]);
    }
    const out: Obj = { url: target.url, alt: alt ?? caption ?? headline ?? '' };
    if (caption) out.caption = caption;
    if (credit) out.credit = credit;
    return { media: out };
  }
  report.lose('embed-as-link', place, () => [
    'media that is not an image (a video, map, tweet, web page…) is shown as a link at the end of the description',
    `to show a picture instead, put the address of an image file (.jpg, .png…) in ${dialect.names.media}`,
  ]);
  const label = escapeMarkdown(caption ?? 'Media');
  const link = `[${label}](${target.url.replace(/[\s()<>]/g, percentEncode)})`;
  return { link: credit ? `${link} (${escapeMarkdown(credit)})` : link };
}

/** Where media points, and whether that is an image. `undefined` for embed code with no address in it. */
function mediaTarget(raw: string): { url: string; image: boolean } | undefined {
  if (raw.startsWith('<')) {
    // Embed code (an <iframe>, a tweet's <blockquote>): its address is the best that can be kept.
    const m = /\b(?:src|href)\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i.exec(raw);
    return m ? { url: decodeEntities(m[1]), image: false } : undefined;
  }
  const file = wikimediaFile(raw);
  if (file) {
    return IMAGE_FILE.test(file)
      ? { url: `https://commons.wikimedia.org/wiki/Special:FilePath/${encodeURIComponent(file)}`, image: true }
      : { url: raw, image: false };
  }
  let url: URL;
  try {
    url = new URL(raw, 'https://relative.invalid/');
  } catch {
    return { url: raw, image: false };
  }
  return { url: raw, image: IMAGE_FILE.test(url.pathname) || IMAGE_HOSTS.includes(url.hostname) };
}

/**
 * The file a Wikipedia or Wikimedia Commons file page shows (`…/wiki/File:Map.png`, `…#/media/File:Map.png`). The
 * page is HTML; TimelineJS asks the Commons API for the image, and Commons' Special:FilePath serves it directly.
 */
function wikimediaFile(raw: string): string | undefined {
  const m =
    /^https?:\/\/[^/]+\.wiki[mp]edia\.org\/.*#\/media\/[^:/]+:(.+)$/i.exec(raw) ??
    /^https?:\/\/commons\.wikimedia\.org\/wiki\/(?!Special:)[^:/]+:(.+)$/i.exec(raw);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]).replace(/_/g, ' ');
  } catch {
    return m[1];
  }
}

/** `encodeURIComponent` leaves parentheses as they are, and Markdown reads them as the end of the address. */
function percentEncode(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&');
}

/* ---------- fields with no equivalent ---------- */

const LOST_FIELDS: Record<string, (dialect: Dialect) => [message: string, fix: string]> = {
  background: (d) => [
    `background images and colours (${d.names.background}) have no equivalent and were left out`,
    'if the picture matters, make it the media of the event',
  ],
  thumbnail: (d) => [
    `thumbnails (${d.names.thumbnail}) were left out: the timeline shows the image itself`,
    'nothing to do',
  ],
  autolink: () => [
    '"autolink" has no equivalent and was left out',
    'write links in the description as [text](https://…)',
  ],
  'media.title': () => ['media titles ("media.title") were left out', 'put what the title says in the caption'],
  'media.link': () => [
    'links on images ("media.link") were left out',
    'add the link to the description as [text](https://…)',
  ],
  'media.link_target': () => ['"media.link_target" has no equivalent and was left out', 'nothing to do'],
};

function loseField(report: ImportReport, field: string, place: string, dialect: Dialect): void {
  const describe = LOST_FIELDS[field];
  report.lose(`field:${field}`, place, () => describe(dialect));
}

function loseUnknown(report: ImportReport, place: string | undefined, field: string): void {
  report.lose(`unknown:${field}`, place, () => [
    `"${clip(field)}" is not a TimelineJS field this reader knows, so it was left out`,
    'check its spelling against the TimelineJS documentation',
  ]);
}

/** Reports the fields of `obj` outside `known`, each once for the whole file. */
function checkKnown(obj: Obj, known: readonly string[], prefix: string, place: string, report: ImportReport): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) loseUnknown(report, place, prefix ? `${prefix}.${key}` : key);
  }
}

/* ---------- values ---------- */

/** A text field's value: text as it is, a number as its digits; anything else counts as missing. */
function textValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * A date part: a number, or text of digits (TimelineJS takes "1,999" and " 11 "). `undefined` when empty, `null`
 * when it is not a whole number.
 */
function wholeNumber(value: unknown): number | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value !== 'string') return null;
  const digits = value.replace(/[\s,]+/g, '');
  if (digits === '') return undefined;
  return /^[-+]?\d+$/.test(digits) ? Number(digits) : null;
}

function readId(value: unknown): string | undefined {
  return textValue(value)?.trim() || undefined;
}

function describeText(value: unknown): string {
  if (typeof value === 'string') return `"${clip(value)}"`;
  // Never String() an object: { "toString": 0 } would throw.
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : describeValue(value);
}

function objectField(obj: Obj, key: string): Obj | undefined {
  const value = obj[key];
  return isObject(value) ? value : undefined;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value === 'string') return value.trim() === '';
  return isObject(value) && Object.values(value).every(isEmpty);
}

/** A path inside `path`; none for a source without paths (a spreadsheet). */
function at(path: string, key: string): string {
  return path && `${path}.${key}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
