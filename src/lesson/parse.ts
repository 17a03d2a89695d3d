/**
 * `parseLesson`: the one way lesson data enters the elements.
 *
 * It takes JSON text or an already-parsed value, checks every field against the rules of
 * `data/lesson.schema.json`, and returns a typed {@link Lesson} built from fresh objects (so nothing from the input,
 * not even a prototype, reaches a template) plus the list of problems. A bad part is left out and named; the rest is
 * kept, so one typo never blanks a whole lesson.
 */
import { compareDates, parsePartialDate, toUTCDate, toUTCEndDate, type PartialDate } from '../dates/partial-date.js';
import { unsafeLinks } from './markdown.js';
import { clip, describeValue, editDistance, namedPlace, ProblemList } from './problems.js';
import type {
  Era,
  GlossaryEntry,
  Lesson,
  LessonProblem,
  ListKey,
  Media,
  ParseResult,
  Places,
  Question,
  Source,
  Stat,
  StatFormat,
  StatPoint,
  StatQualifier,
  TimelineEvent,
} from './types.js';
import { LINK_SCHEMES, MEDIA_SCHEMES, safeUrl } from './url.js';

type Obj = Record<string, unknown>;

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
const STAT_FORMATS: readonly StatFormat[] = ['number', 'percent', 'compact', 'currency'];
const QUALIFIERS: readonly StatQualifier[] = ['over', 'under', 'about', 'at-least', 'at-most'];

/** The fields of each object of a lesson file, as data/lesson.schema.json names them. */
export const FIELDS = {
  lesson: ['$schema', 'id', 'title', 'summary', 'lang', 'events', 'eras', 'stats', 'sources', 'glossary', 'questions'],
  event: ['id', 'date', 'endDate', 'displayDate', 'title', 'description', 'tags', 'sources', 'media'],
  media: ['url', 'alt', 'caption', 'credit'],
  era: ['id', 'title', 'start', 'end'],
  stat: [
    'id',
    'value',
    'max',
    'label',
    'format',
    'currency',
    'qualifier',
    'change',
    'unit',
    'period',
    'context',
    'region',
    'tags',
    'sources',
    'events',
    'series',
  ],
  point: ['period', 'value'],
  source: ['id', 'title', 'publisher', 'url', 'date'],
  glossary: ['term', 'expansion', 'definition'],
  question: ['id', 'prompt', 'choices', 'answer', 'explanation', 'event', 'stat'],
} as const;

/** The fewest and most answers a multiple-choice question may offer. */
export const CHOICES = { min: 2, max: 8 };

export interface ParseOptions {
  /** What the items were called in the file they were converted from (set by the importers). */
  places?: Places;
}

/** Reads a lesson from JSON text or a parsed value. Never throws. */
export function parseLesson(input: unknown, options: ParseOptions = {}): ParseResult {
  const steps = parseSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same as {@link parseLesson}, but gives the page a turn every few thousand items, so that a lesson of 100,000
 * events never freezes it (a timer still fires, a click is still answered).
 */
export async function parseLessonAsync(input: unknown, options: ParseOptions = {}): Promise<ParseResult> {
  const steps = parseSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** Items read between two turns given back to the page by {@link parseLessonAsync}. */
const CHUNK = 4000;

function* parseSteps(input: unknown, options: ParseOptions): Generator<void, ParseResult> {
  const problems = new ProblemList();
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input, problems);
    if (!parsed.ok) return { lesson: null, problems: problems.items };
    value = parsed.value;
  }
  if (!isObject(value)) {
    problems.error(
      '',
      `a lesson must be a JSON object ({ … }), but this is ${describeValue(value)}`,
      'start the file with { and put "title", "events" and the other fields inside it',
    );
    return { lesson: null, problems: problems.items };
  }
  const lesson = yield* readLesson(value, problems);
  const usable =
    lesson.events.length + lesson.stats.length + lesson.eras.length + lesson.glossary.length + lesson.questions.length >
    0;
  if (!usable && !problems.hasErrors) {
    problems.error('', 'the lesson has no events and no stats', 'add an "events" list or a "stats" list');
  }
  namePlaces(problems.items, value, options.places);
  return { lesson: usable ? lesson : null, problems: problems.items };
}

/** How an item of each list is called in messages, and the field that names it. */
const ITEM_NAMES: Record<ListKey, [noun: string, nameField: string]> = {
  events: ['Event', 'title'],
  eras: ['Period', 'title'],
  stats: ['Stat', 'label'],
  sources: ['Source', 'title'],
  glossary: ['Glossary entry', 'term'],
  questions: ['Question', 'prompt'],
};

/**
 * Gives every problem inside a list item its place in words, `Event 3 ('TTP ends its ceasefire')`: a teacher finds
 * the third event by counting or by its title, not by reading `events[2]`. The name is read from the raw item, so
 * an item left out for a bad date is still named by its title.
 */
function namePlaces(items: LessonProblem[], raw: Obj, places: Places | undefined): void {
  for (const problem of items) {
    const match = /^(events|eras|stats|sources|glossary|questions)\[(\d+)\]/.exec(problem.path);
    if (!match) continue;
    const key = match[1] as ListKey;
    const index = Number(match[2]);
    const [noun, field] = ITEM_NAMES[key];
    const list = raw[key];
    const item: unknown = Array.isArray(list) ? list[index] : undefined;
    const named: unknown = isObject(item) ? item[field] : undefined;
    const where = places?.[key]?.[index] ?? `${noun} ${index + 1}`;
    problem.place = namedPlace(where, typeof named === 'string' ? named : undefined);
  }
}

function parseJson(text: string, problems: ProblemList): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    problems.error('', ...explainJsonError(text, e instanceof Error ? e.message : String(e)));
    return { ok: false };
  }
}

/**
 * A JSON syntax error in a teacher's words, with the line and column. V8 gives a position for some errors only, so
 * the two mistakes people make most (a comma after the last item, curly quotes from a word processor) are found here.
 */
function explainJsonError(text: string, reason: string): [message: string, fix: string] {
  if (/^\s*</.test(text)) {
    return [
      'the file is a web page (HTML), not a JSON lesson file',
      'check that the address points at the .json file itself',
    ];
  }
  if (text.trim() === '') return ['the file is empty', 'put the lesson in it, starting with {'];
  if (!/^\s*[[{"]/.test(text)) {
    // Not even the start of JSON (a PDF, a Word file, a note): and not a spreadsheet either, or it would be read as one.
    return [
      `the file is neither a lesson file (JSON) nor a spreadsheet (CSV): it starts with "${clip(text.trim(), 20)}"`,
      'check that the address points at the lesson file; a lesson file starts with {, a spreadsheet with its column names',
    ];
  }
  const trailing = /,\s*[\]}]/.exec(text);
  if (trailing) {
    return [
      `the file is not valid JSON ${lineColumn(text, trailing.index)}: a comma after the last item of a list`,
      'remove that comma',
    ];
  }
  const curly = /[{,]\s*[“”]|[“”]\s*:/.exec(text);
  if (curly) {
    return [
      `the file is not valid JSON ${lineColumn(text, curly.index + curly[0].search(/[“”]/))}: curly quotes “ ” around a field name`,
      'use straight quotes " around field names and texts',
    ];
  }
  const curlyAt = /Unexpected token '[“”‘’]'/.test(reason) ? outsideStrings(text, /[“”‘’]/) : -1;
  if (curlyAt >= 0) {
    return [
      `the file is not valid JSON ${lineColumn(text, curlyAt)}: curly quotes “ ” around a text`,
      'use straight quotes " around texts (a word processor changes them: write the file in a plain text editor)',
    ];
  }
  const control = /Bad control character in string literal/.test(reason) ? /at position (\d+)/.exec(reason) : null;
  if (control) {
    return [
      `the file is not valid JSON ${lineColumn(text, Number(control[1]))}: a text runs on to the next line, so its closing quote is probably missing`,
      'close the text with " before the end of the line (write a line break inside a text as \\n)',
    ];
  }
  const line = /\(line (\d+) column (\d+)\)/.exec(reason);
  const pos = /at position (\d+)/.exec(reason);
  const where = line ? `(line ${line[1]}, column ${line[2]})` : pos ? lineColumn(text, Number(pos[1])) : '';
  const token = /Unexpected token '(.)'/.exec(reason);
  const what = token
    ? `unexpected "${token[1]}"`
    : /end of JSON input/.test(reason)
      ? 'it ends too early'
      : reason.replace(/ in JSON at position.*$/, '');
  return [
    `the file is not valid JSON${where ? ` ${where}` : ''}: ${what}`,
    'check for a missing comma, quote or bracket near that place',
  ];
}

/** The index of the first character matching `pattern` that is not inside a JSON string, or -1. */
function outsideStrings(text: string, pattern: RegExp): number {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (pattern.test(c)) return i;
  }
  return -1;
}

function lineColumn(text: string, index: number): string {
  const lines = text.slice(0, index).split('\n');
  return `(line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1})`;
}

function* readLesson(raw: Obj, problems: ProblemList): Generator<void, Lesson> {
  checkFields(raw, FIELDS.lesson, '', 'the lesson', problems);
  const text = new TextReader(raw, '', problems);
  const lang = text.optional('lang');
  let checkedLang: string | undefined;
  if (lang !== undefined) {
    try {
      checkedLang = Intl.getCanonicalLocales(lang)[0];
    } catch {
      problems.warn('lang', `"${clip(lang)}" is not a language code`, 'use a code such as "en", "ur", "fr" or "pt-BR"');
    }
  }
  const sources = yield* readList(raw, 'sources', problems, readSource);
  const sourceIds = new Set<string>();
  const uniqueSources = sources.filter((s, i) => {
    if (!sourceIds.has(s.id)) return sourceIds.add(s.id);
    problems.warn(`sources[${i}].id`, `the id "${s.id}" is used twice`, 'give every source its own id');
    return false;
  });
  const ctx: Context = { problems, sourceIds, eventIds: new Set(), usedIds: new Set() };
  const events = yield* readList(raw, 'events', problems, (v, p) => readEvent(v, p, ctx));
  // Stable: events with the same date keep the order they have in the file.
  events.sort((a, b) => compareDates(a.date, b.date) || compareOptional(a.endDate, b.endDate));
  ctx.usedIds = new Set();
  const eras = yield* readList(raw, 'eras', problems, (v, p) => readEra(v, p, ctx));
  eras.sort((a, b) => compareDates(a.start, b.start));
  ctx.usedIds = new Set();
  ctx.eventIds = new Set(events.map((e) => e.id));
  ctx.leftOut = leftOutIds(raw.events, ctx.eventIds);
  const stats = yield* readList(raw, 'stats', problems, (v, p) => readStat(v, p, ctx));
  const glossary = yield* readList(raw, 'glossary', problems, readGlossaryEntry);
  ctx.usedIds = new Set();
  const statIds = new Set(stats.map((s) => s.id));
  const leftOutStats = leftOutIds(raw.stats, statIds);
  const questions = yield* readList(raw, 'questions', problems, (v, p) =>
    readQuestion(v, p, ctx, { ids: statIds, leftOut: leftOutStats }),
  );
  return {
    id: optionalId(text, problems),
    title: text.optional('title'),
    summary: text.optional('summary'),
    lang: checkedLang,
    events,
    eras,
    stats,
    sources: uniqueSources,
    glossary,
    questions,
  };
}

interface Context {
  problems: ProblemList;
  sourceIds: Set<string>;
  /** The lesson's event ids, once its events are read (for the stats that name them). */
  eventIds: Set<string>;
  /** Ids of events the file has but that were left out for their problems. */
  leftOut?: Set<string>;
  usedIds: Set<string>;
}

function* readList<T>(
  raw: Obj,
  key: string,
  problems: ProblemList,
  read: (value: unknown, path: string, problems: ProblemList) => T | undefined,
): Generator<void, T[]> {
  const list = raw[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.error(
      key,
      `"${key}" must be a list [ … ], but it is ${describeValue(list)}`,
      `write "${key}": [ { … }, { … } ]`,
    );
    return [];
  }
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) {
    if (i % CHUNK === CHUNK - 1) yield;
    const item: unknown = list[i];
    const path = `${key}[${i}]`;
    if (!isObject(item)) {
      problems.error(
        path,
        `each item must be an object { … }, but this is ${describeValue(item)}`,
        'wrap the item in { }',
      );
      continue;
    }
    const value = read(item, path, problems);
    if (value !== undefined) out.push(value);
  }
  return out;
}

function readEvent(raw: unknown, path: string, ctx: Context): TimelineEvent | undefined {
  const { problems } = ctx;
  const obj = raw as Obj;
  checkFields(obj, FIELDS.event, path, 'an event', problems);
  const text = new TextReader(obj, path, problems);
  const title = text.required('title', 'give the event a short title, e.g. "TTP ends its ceasefire"');
  const date = readDate(obj, 'date', path, problems, true);
  if (title === undefined || date === undefined) {
    leftOut(problems, path, 'event');
    return undefined;
  }
  let endDate = readDate(obj, 'endDate', path, problems, false);
  if (endDate && endsBefore(endDate, date)) {
    problems.error(
      `${path}.endDate`,
      `the end date ${endDate.text} is before the start date ${date.text}`,
      'swap them, or correct the year',
    );
    endDate = undefined;
  }
  const description = text.optional('description');
  warnUnsafeLinks(description, `${path}.description`, problems);
  return {
    id: uniqueId(text, title, ctx, 'event'),
    date,
    endDate,
    displayDate: text.optional('displayDate'),
    title,
    description,
    tags: readStrings(obj, 'tags', path, problems),
    sources: knownSources(readStrings(obj, 'sources', path, problems), path, ctx),
    media: readMedia(obj, path, problems),
  };
}

function readMedia(obj: Obj, path: string, problems: ProblemList): Media | undefined {
  const raw = obj.media;
  if (raw === undefined) return undefined;
  const where = `${path}.media`;
  if (!isObject(raw)) {
    problems.error(
      where,
      `media must be an object, but it is ${describeValue(raw)}`,
      'write "media": { "url": "https://…", "alt": "…" }',
    );
    return undefined;
  }
  checkFields(raw, FIELDS.media, where, 'media', problems);
  const text = new TextReader(raw, where, problems);
  const rawUrl = text.required('url', 'give the image address, starting with https://');
  const alt = text.required(
    'alt',
    'describe the image for pupils who cannot see it, or use "" if it is decoration',
    true,
  );
  if (rawUrl === undefined || alt === undefined) return undefined;
  const url = safeUrl(rawUrl, MEDIA_SCHEMES);
  if (!url) {
    problems.error(
      `${where}.url`,
      `"${clip(rawUrl)}" is not an http(s) address`,
      'use an image address that starts with https://',
    );
    return undefined;
  }
  return { url, alt, caption: text.optional('caption'), credit: text.optional('credit') };
}

function readEra(raw: unknown, path: string, ctx: Context): Era | undefined {
  const { problems } = ctx;
  const obj = raw as Obj;
  checkFields(obj, FIELDS.era, path, 'an era', problems);
  const text = new TextReader(obj, path, problems);
  const title = text.required('title', 'give the period a name, e.g. "After the ceasefire"');
  const start = readDate(obj, 'start', path, problems, true);
  const end = readDate(obj, 'end', path, problems, true);
  if (title === undefined || start === undefined || end === undefined) {
    leftOut(problems, path, 'era');
    return undefined;
  }
  if (endsBefore(end, start)) {
    problems.error(
      `${path}.end`,
      `the end ${end.text} is before the start ${start.text}`,
      'swap them, or correct the year',
    );
    return undefined;
  }
  return { id: uniqueId(text, title, ctx, 'era'), title, start, end };
}

function readStat(raw: unknown, path: string, ctx: Context): Stat | undefined {
  const { problems } = ctx;
  const stat = parseStat(raw as Obj, path, problems);
  if (!stat) return undefined;
  const text = new TextReader(raw as Obj, path, problems);
  return {
    ...stat,
    id: uniqueId(text, stat.label, ctx, 'stat'),
    sources: knownSources(stat.sources, path, ctx),
    events: knownIds(stat.events, `${path}.events`, ctx.eventIds, problems, 'event', ctx.leftOut),
  };
}

/**
 * Checks one statistic. Exported for `<edu-stat-card>`, which takes a stat on its own (attributes or the `stat`
 * property) outside any lesson: source and event ids are not checked here, as there is no list to check them against.
 */
export function parseStat(obj: Obj, path: string, problems: ProblemList): Stat | undefined {
  checkFields(obj, FIELDS.stat, path, 'a stat', problems);
  const text = new TextReader(obj, path, problems);
  const value = readNumber(obj, 'value', path, problems, true);
  const max = readNumber(obj, 'max', path, problems, false);
  const label = text.required('label', 'say what the number counts, e.g. "violence-related deaths"');
  const format =
    readEnum(obj, 'format', STAT_FORMATS, path, problems) ?? (obj.format === undefined ? 'number' : undefined);
  const currency = readCurrency(obj, format, path, problems);
  const qualifier = readEnum(obj, 'qualifier', QUALIFIERS, path, problems);
  const change = readBoolean(obj, 'change', path, problems);
  let unit = text.optional('unit');
  if (unit !== undefined && (format === 'percent' || format === 'currency')) {
    problems.warn(
      `${path}.unit`,
      `a unit is not shown with a ${format} figure, so "${clip(unit)}" is ignored`,
      format === 'percent'
        ? 'remove "unit": the % sign is the unit; say what the figure is a share of in the label'
        : 'remove "unit": the currency is the unit; say what the money is for in the label',
    );
    unit = undefined;
  }
  if (value !== undefined && max !== undefined && max < value) {
    problems.error(
      `${path}.max`,
      `the range ends at ${max}, below its start ${value}`,
      '"value" is the low end of the range and "max" the high end: swap them',
    );
  }
  // A stat with a wrong format, currency, qualifier or range would show a different figure ("90" for "over 90%",
  // "1,400" for "1,400–1,600"): leave it out.
  const meaningChanged =
    format === undefined ||
    (format === 'currency' && currency === undefined) ||
    (obj.qualifier !== undefined && qualifier === undefined) ||
    (obj.max !== undefined && obj.max !== null && (max === undefined || (value !== undefined && max < value)));
  if (value === undefined || label === undefined || meaningChanged) {
    leftOut(problems, path, 'stat');
    return undefined;
  }
  return {
    id: '',
    value,
    max: max !== undefined && max > value ? max : undefined,
    label,
    format,
    currency,
    qualifier,
    change,
    unit,
    period: text.optional('period'),
    context: text.optional('context'),
    region: text.optional('region'),
    tags: readStrings(obj, 'tags', path, problems),
    sources: readStrings(obj, 'sources', path, problems),
    events: readStrings(obj, 'events', path, problems),
    series: readSeries(obj, path, problems),
  };
}

/** The ISO 4217 code of a currency figure; a `currency` on any other figure is ignored, with a warning. */
function readCurrency(
  obj: Obj,
  format: StatFormat | undefined,
  path: string,
  problems: ProblemList,
): string | undefined {
  const value = obj.currency;
  const where = at(path, 'currency');
  if (format !== 'currency') {
    if (value !== undefined && value !== null && format !== undefined) {
      problems.warn(
        where,
        `"currency" is used only with "format": "currency", so it is ignored`,
        'add "format": "currency" to show the figure as money, or remove "currency"',
      );
    }
    return undefined;
  }
  if (value === undefined || value === null) {
    problems.error(
      where,
      'a figure with "format": "currency" needs a "currency"',
      'add the three-letter code of the currency, e.g. "currency": "PKR" or "USD"',
    );
    return undefined;
  }
  const code = typeof value === 'string' ? value.trim() : '';
  if (Intl.supportedValuesOf('currency').includes(code)) return code;
  const upper = code.toUpperCase();
  problems.error(
    where,
    `${describeValue(value)} is not a currency code`,
    upper !== code && Intl.supportedValuesOf('currency').includes(upper)
      ? `write it in capitals: "${upper}"`
      : 'use the three-letter code of the currency, e.g. "PKR" (rupees), "USD" (US dollars) or "EUR" (euros)',
  );
  return undefined;
}

/**
 * The points of a stat's `series`: a bad point is named and left out, and a series with fewer than two points left
 * (nothing to draw a line through) is dropped with a warning. The figure itself is shown either way.
 */
function readSeries(obj: Obj, path: string, problems: ProblemList): StatPoint[] {
  const value = obj.series;
  const where = at(path, 'series');
  const example = '"series": [{ "period": "2022", "value": 10 }, { "period": "2023", "value": 12 }]';
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.error(where, `must be a list of points, but it is ${describeValue(value)}`, `write ${example}`);
    return [];
  }
  const points: StatPoint[] = [];
  value.forEach((item: unknown, i) => {
    const point = `${where}[${i}]`;
    if (!isObject(item)) {
      problems.error(
        point,
        `each point must be an object { "period": …, "value": … }, but this is ${describeValue(item)}`,
        'write the point as { "period": "2023", "value": 12 }',
      );
      return;
    }
    checkFields(item, FIELDS.point, point, 'a point', problems);
    const period = new TextReader(item, point, problems).required(
      'period',
      'say when the value was counted, e.g. "2023"',
    );
    const n = readNumber(item, 'value', point, problems, true);
    if (period !== undefined && n !== undefined) points.push({ period, value: n });
  });
  // An empty list says "no series": a stat read back from the model has one.
  if (value.length > 0 && points.length < 2) {
    problems.warn(
      where,
      `a series needs at least 2 points to draw, but it has ${points.length === 1 ? '1 usable point' : 'no usable point'}, so it is not shown`,
      'add the values for other periods, or remove "series"',
    );
    return [];
  }
  return points;
}

function readSource(raw: unknown, path: string, problems: ProblemList): Source | undefined {
  const obj = raw as Obj;
  checkFields(obj, FIELDS.source, path, 'a source', problems);
  const text = new TextReader(obj, path, problems);
  const id = text.required('id', 'give the source a short id, e.g. "crss-2023", and cite it from events');
  const title = text.required('title', 'give the title of the report, article or statement');
  if (id !== undefined && !ID_PATTERN.test(id)) {
    problems.error(
      `${path}.id`,
      `"${clip(id)}" cannot be used as an id`,
      'use letters, digits, - and _, starting with a letter',
    );
    return undefined;
  }
  if (id === undefined || title === undefined) {
    leftOut(problems, path, 'source');
    return undefined;
  }
  const rawUrl = text.optional('url');
  const url = rawUrl === undefined ? undefined : safeUrl(rawUrl, LINK_SCHEMES);
  if (rawUrl !== undefined && url === undefined) {
    problems.warn(
      `${path}.url`,
      `"${clip(rawUrl)}" is not a web or e-mail address, so it is not linked`,
      'use an address that starts with https://, http:// or mailto:',
    );
  }
  return {
    id,
    title,
    publisher: text.optional('publisher'),
    url,
    date: readDate(obj, 'date', path, problems, false, 'warn'),
  };
}

function readGlossaryEntry(raw: unknown, path: string, problems: ProblemList): GlossaryEntry | undefined {
  const obj = raw as Obj;
  checkFields(obj, FIELDS.glossary, path, 'a glossary entry', problems);
  const text = new TextReader(obj, path, problems);
  const term = text.required('term', 'give the word or abbreviation, e.g. "SALW"');
  if (term === undefined) return undefined;
  return { term, expansion: text.optional('expansion'), definition: text.optional('definition') };
}

function readQuestion(
  raw: unknown,
  path: string,
  ctx: Context,
  stats: { ids: Set<string>; leftOut: Set<string> },
): Question | undefined {
  const { problems } = ctx;
  const obj = raw as Obj;
  checkFields(obj, FIELDS.question, path, 'a question', problems);
  const text = new TextReader(obj, path, problems);
  const prompt = text.required('prompt', 'write the question, e.g. "When did the TTP end its ceasefire?"');
  const choices = readStrings(obj, 'choices', path, problems);
  const answerText = text.required('answer', 'write the right answer exactly as it is written in "choices"');
  if (choices.length < CHOICES.min || choices.length > CHOICES.max) {
    problems.error(
      `${path}.choices`,
      `a question needs ${CHOICES.min} to ${CHOICES.max} different answers to choose from, but it has ${choices.length}`,
      `write "choices": ["…", "…", "…"] with ${CHOICES.min} to ${CHOICES.max} answers`,
    );
  }
  let answer = answerText === undefined ? -1 : choices.indexOf(answerText);
  if (answerText !== undefined && answer < 0) {
    // Teachers retype the answer: a different case or spacing still names the same choice.
    const loose = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
    answer = choices.findIndex((c) => loose(c) === loose(answerText));
    if (answer < 0) {
      problems.error(
        `${path}.answer`,
        `the answer "${clip(answerText)}" is not one of the choices`,
        'copy the right answer from "choices" exactly',
      );
    }
  }
  if (prompt === undefined || answer < 0 || choices.length < CHOICES.min || choices.length > CHOICES.max) {
    leftOut(problems, path, 'question');
    return undefined;
  }
  const explanation = text.optional('explanation');
  const event = text.optional('event');
  const stat = text.optional('stat');
  const [knownEvent] =
    event === undefined ? [] : knownIds([event], `${path}.event`, ctx.eventIds, problems, 'event', ctx.leftOut);
  const [knownStat] =
    stat === undefined ? [] : knownIds([stat], `${path}.stat`, stats.ids, problems, 'stat', stats.leftOut);
  warnUnsafeLinks(explanation, `${path}.explanation`, problems);
  return {
    id: uniqueId(text, prompt, ctx, 'question'),
    prompt,
    choices,
    answer,
    explanation,
    event: knownEvent,
    stat: knownStat,
  };
}

/** The string ids of a raw list's items that are not among the ids of the items that were kept. */
function leftOutIds(list: unknown, kept: Set<string>): Set<string> {
  const out = new Set<string>();
  if (!Array.isArray(list)) return out;
  for (const item of list as unknown[]) {
    const id = isObject(item) ? item.id : undefined;
    if (typeof id === 'string' && !kept.has(id.trim())) out.add(id.trim());
  }
  return out;
}

/** Rich text keeps links of other schemes as text: the author is told. */
function warnUnsafeLinks(text: string | undefined, where: string, problems: ProblemList): void {
  for (const href of text ? unsafeLinks(text) : []) {
    problems.warn(
      where,
      `the link to "${clip(href)}" is not a web or e-mail address, so it is shown as text`,
      'use a link that starts with https://, http:// or mailto:',
    );
  }
}

/* ---------- field readers ---------- */

/** Reads string fields of one object, reporting wrong types against the object's path. */
class TextReader {
  constructor(
    private readonly obj: Obj,
    readonly path: string,
    private readonly problems: ProblemList,
  ) {}

  optional(key: string): string | undefined {
    const value = this.obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.problems.error(
        at(this.path, key),
        `must be text, but it is ${describeValue(value)}`,
        `put the ${key} in quotes`,
      );
      return undefined;
    }
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  required(key: string, fix: string, allowEmpty = false): string | undefined {
    const value = this.obj[key];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '' && !allowEmpty)) {
      this.problems.error(at(this.path, key), `"${key}" is missing`, fix);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.problems.error(
        at(this.path, key),
        `must be text, but it is ${describeValue(value)}`,
        `put the ${key} in quotes`,
      );
      return undefined;
    }
    return value.trim();
  }
}

function readDate(
  obj: Obj,
  key: string,
  path: string,
  problems: ProblemList,
  required: boolean,
  severity: 'error' | 'warn' = 'error',
): PartialDate | undefined {
  const value = obj[key];
  const where = at(path, key);
  const report = (message: string, fix: string) =>
    severity === 'error' ? problems.error(where, message, fix) : problems.warn(where, message, fix);
  if (value === undefined || value === null) {
    if (required) report(`"${key}" is missing`, 'add a date such as "2022-11" or "2022-11-28"');
    return undefined;
  }
  if (typeof value === 'number' && Number.isInteger(value)) {
    report(`the date ${value} is a number, not text`, `put it in quotes: "${value}"`);
    return undefined;
  }
  if (typeof value !== 'string') {
    report(`a date must be text, but it is ${describeValue(value)}`, 'write it in quotes, e.g. "2022-11"');
    return undefined;
  }
  const result = parsePartialDate(value);
  if (!result.ok) {
    report(result.message, result.fix);
    return undefined;
  }
  return result.date;
}

function readNumber(obj: Obj, key: string, path: string, problems: ProblemList, required: boolean): number | undefined {
  const value = obj[key];
  const where = at(path, key);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const example = key === 'max' ? 'e.g. 1600' : 'e.g. 1524';
  if (value === undefined || value === null) {
    if (required) problems.error(where, `"${key}" is missing`, `give the figure as a number, ${example}`);
  } else if (
    typeof value === 'string' &&
    value.trim() !== '' &&
    Number.isFinite(Number(value.replace(/[,\s%]/g, '')))
  ) {
    const plain = Number(value.replace(/[,\s%]/g, ''));
    problems.error(
      where,
      `the ${key} "${clip(value)}" is text, not a number`,
      `write it without quotes, commas or %: ${plain}`,
    );
  } else {
    problems.error(
      where,
      `the ${key} must be a number, but it is ${describeValue(value)}`,
      `give the figure as a number, ${example}`,
    );
  }
  return undefined;
}

function readEnum<T extends string>(
  obj: Obj,
  key: string,
  allowed: readonly T[],
  path: string,
  problems: ProblemList,
): T | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.error(
    at(path, key),
    `${describeValue(value)} is not one of the choices`,
    `use one of: ${allowed.map((a) => `"${a}"`).join(', ')}`,
  );
  return undefined;
}

function readBoolean(obj: Obj, key: string, path: string, problems: ProblemList): boolean | undefined {
  const value = obj[key];
  if (value === undefined || typeof value === 'boolean') return value;
  problems.error(
    at(path, key),
    `must be true or false, but it is ${describeValue(value)}`,
    `write true or false without quotes`,
  );
  return undefined;
}

function readStrings(obj: Obj, key: string, path: string, problems: ProblemList): string[] {
  const value = obj[key];
  if (value === undefined || value === null) return [];
  const where = at(path, key);
  if (typeof value === 'string') {
    problems.error(
      where,
      `must be a list, but it is ${describeValue(value)}`,
      `write it as a list: "${key}": ["${clip(value)}"]`,
    );
    return [];
  }
  if (!Array.isArray(value)) {
    problems.error(where, `must be a list of texts, but it is ${describeValue(value)}`, `write "${key}": ["…", "…"]`);
    return [];
  }
  const out: string[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string' && item.trim() !== '') {
      if (!out.includes(item.trim())) out.push(item.trim());
    } else {
      problems.error(
        `${where}[${i}]`,
        `must be a non-empty text, but it is ${describeValue(item)}`,
        'put it in quotes, or remove it',
      );
    }
  });
  return out;
}

/** Keeps the cited source ids that exist; a citation of a missing source is a warning naming the ids there are. */
function knownSources(ids: string[], path: string, ctx: Context): string[] {
  return ids.filter((id) => {
    if (ctx.sourceIds.has(id)) return true;
    ctx.problems.warn(
      `${path}.sources`,
      `there is no source with the id "${clip(id)}"`,
      ctx.sourceIds.size
        ? `use one of: ${[...ctx.sourceIds].join(', ')}, or add it to "sources"`
        : 'add it to the "sources" list',
    );
    return false;
  });
}

/**
 * Keeps the ids a stat or question names that the lesson has (`known`: its events, or its stats); an unknown one is
 * a warning with the likely intended id, or the ids there are (the first few: a lesson may have thousands).
 */
function knownIds(
  ids: string[],
  where: string,
  known: Set<string>,
  problems: ProblemList,
  kind = 'event',
  leftOut?: Set<string>,
): string[] {
  return ids.filter((id) => {
    if (known.has(id)) return true;
    if (leftOut?.has(id)) {
      // The item is there but could not be used: its own problems say why; this one only says what it costs.
      problems.warn(
        where,
        `the ${kind} "${clip(id)}" was left out because of its problems, so it is not linked here`,
        `fix the problems of the ${kind} "${clip(id)}"`,
      );
      return false;
    }
    const all = [...known];
    let near: string | undefined;
    let best = 3;
    for (const e of all) {
      const d = editDistance(e.toLowerCase(), id.toLowerCase());
      if (d < best) [near, best] = [e, d];
    }
    problems.warn(
      where,
      `there is no ${kind} with the id "${clip(id)}"`,
      near
        ? `did you mean "${near}"?`
        : all.length
          ? `use one of: ${all.slice(0, 8).join(', ')}${all.length > 8 ? ', …' : ''}, or give the ${kind} you mean the id "${clip(id)}"`
          : `add the ${kind} to "${kind}s", with that id`,
    );
    return false;
  });
}

/** The item's own id when it is usable, otherwise one made from its title; always unique within its list. */
function uniqueId(text: TextReader, title: string, ctx: Context, kind: string): string {
  const own = optionalId(text, ctx.problems);
  let id = own ?? (slugify(title) || kind);
  if (own !== undefined && ctx.usedIds.has(own)) {
    ctx.problems.warn(`${text.path}.id`, `the id "${own}" is used twice`, 'give every item its own id');
  }
  if (ctx.usedIds.has(id)) {
    let n = 2;
    while (ctx.usedIds.has(`${id}-${n}`)) n++;
    id = `${id}-${n}`;
  }
  ctx.usedIds.add(id);
  return id;
}

function optionalId(text: TextReader, problems: ProblemList): string | undefined {
  const id = text.optional('id');
  if (id === undefined || ID_PATTERN.test(id)) return id;
  problems.warn(
    at(text.path, 'id'),
    `"${clip(id)}" cannot be used as an id, so one was made up`,
    'use letters, digits, - and _, starting with a letter',
  );
  return undefined;
}

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return /^[a-z]/.test(slug) ? slug : slug ? `e-${slug}` : '';
}

/** Unknown fields are kept out of the lesson and reported as warnings, with the likely intended name. */
function checkFields(obj: Obj, known: readonly string[], path: string, what: string, problems: ProblemList): void {
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const near = known.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
    problems.warn(
      at(path, key),
      `${what} has no field "${clip(key)}", so it is ignored`,
      near ? `did you mean "${near}"?` : `the fields are: ${known.filter((k) => k !== '$schema').join(', ')}`,
    );
  }
}

/** Whether the period `end` names is over before `start` begins ("2024" does not end before "2024-11"). */
function endsBefore(end: PartialDate, start: PartialDate): boolean {
  return toUTCEndDate(end) <= toUTCDate(start);
}

function compareOptional(a: PartialDate | undefined, b: PartialDate | undefined): number {
  if (a && b) return compareDates(a, b);
  return a ? 1 : b ? -1 : 0;
}

/** The closing line for an item that could not be used: the lines before it say why. */
function leftOut(problems: ProblemList, path: string, what: string): void {
  problems.error(path, `this ${what} was left out`, 'fix the problems above so it can be used');
}

function at(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
