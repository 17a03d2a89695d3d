/**
 * Which format lesson data is in, told from the data itself: a lesson file, a TimelineJS file, or a spreadsheet
 * saved as CSV. Part of the main bundle, so it only looks: it never parses JSON or CSV (the importers, loaded when
 * needed, do that).
 */

/** A format lesson data can come in: our own JSON, TimelineJS3 JSON, or CSV (ours or the TimelineJS template). */
export type LessonFormat = 'json' | 'timelinejs' | 'csv';

/** What an element's `format` attribute takes: a format, or `auto` (the same as unset: told from the content). */
export type FormatOption = LessonFormat | 'auto';

/**
 * Fields only a TimelineJS file has, as JSON keys. The quote before the name must not be escaped, so a description
 * that quotes `"headline":` inside its text does not count.
 */
const TIMELINEJS_KEYS = /(?<!\\)"(?:start_date|unique_id|headline)"\s*:/;

/**
 * Tells the format of `input`: JSON text or a parsed value, or CSV text. Anything it cannot place is called
 * `json`, so that `parseLesson` explains what is wrong with it.
 */
export function detectFormat(input: unknown): LessonFormat {
  if (typeof input === 'string') return detectText(input);
  return isTimelineJs(input) ? 'timelinejs' : 'json';
}

function detectText(input: string): LessonFormat {
  const text = input.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return TIMELINEJS_KEYS.test(text) ? 'timelinejs' : 'json';
  // A web page (an error page, a wrong address) starts with <; parseLesson says so in plain words.
  if (text.startsWith('<')) return 'json';
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  return /[,;\t]/.test(firstLine) ? 'csv' : 'json';
}

function isTimelineJs(input: unknown): boolean {
  if (!isObject(input)) return false;
  // Our lessons have a text title and dates in `date`; TimelineJS has a title slide and dates in `start_date`.
  if (isObject(input.title) && isObject(input.title.text)) return true;
  const events = input.events;
  return Array.isArray(events) && events.some((e) => isObject(e) && (isObject(e.start_date) || isObject(e.text)));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
