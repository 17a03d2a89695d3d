/**
 * Spreadsheet → lesson: reads CSV text (saved from Excel, LibreOffice or Google Sheets) into the lesson-file shape.
 *
 * Two layouts are read. The TimelineJS Google Sheets template (a header with Headline and Year, or Start Date) is
 * turned into TimelineJS slides and converted as a TimelineJS file is (`timelinejs.ts`), as TimelineJS itself does.
 * Any other header is ours: one row per event, era, stat, source, glossary entry or quiz question (the `type` column
 * says which), with columns named like the fields of a lesson file.
 *
 * Every cell is text, never HTML, except the template's Text column, which the template defines as HTML. Delimiter
 * (comma, semicolon, tab), quoting and line breaks inside cells are papaparse's.
 */
import Papa from 'papaparse';
import { CHOICES, FIELDS } from '../parse.js';
import { editDistance, namedPlace } from '../problems.js';
import type { ListKey, Places } from '../types.js';
import type { ImportResult } from './index.js';
import { andList, type Dialect, ImportReport, mapSlides, type PlacedSlide, type SlideSet } from './timelinejs.js';

type Obj = Record<string, unknown>;

/** A row of the sheet: its cells by normalised column name, and its number as the spreadsheet shows it. */
interface Row {
  cells: Map<string, string>;
  /** 1 is the header row. */
  number: number;
}

/** Converts a spreadsheet, as CSV text, into a lesson-file object. */
export function importCsv(input: unknown): ImportResult {
  const report = new ImportReport();
  if (typeof input !== 'string') {
    report.error(
      undefined,
      '',
      'a spreadsheet must be given as CSV text',
      'save the sheet as CSV (comma-separated values), or leave format="csv" out for a JSON lesson',
    );
    return { input: {}, problems: report.finish() };
  }
  const sheet = readSheet(input, report);
  if (!sheet) return { input: {}, problems: report.finish() };
  const isTemplate =
    (sheet.columns.includes('headline') && sheet.columns.includes('year')) || sheet.columns.includes('startdate');
  const { lesson, places } = isTemplate ? readTemplate(sheet, report) : readOwn(sheet, report);
  return { input: lesson, problems: report.finish(), places };
}

/* ---------- the sheet ---------- */

interface Sheet {
  /** Normalised column names, in order; `''` for a column without a name. */
  columns: string[];
  /** The names as written, for messages. */
  headers: string[];
  rows: Row[];
  delimiter: string;
}

/** Column names compare without case, spaces, underscores, hyphens or dots: "End Date" = "end_date" = "endDate". */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[\s_.-]+/g, '');
}

function readSheet(input: string, report: ImportReport): Sheet | undefined {
  const text = input.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  });
  // Record i is spreadsheet row i + 1 (a line break inside a quoted cell stays inside its row).
  const broken = new Set<number>();
  for (const error of parsed.errors) {
    // One message per row: a quote that is not doubled often leaves the cell unclosed as well.
    if (error.type !== 'Quotes' || error.row === undefined || broken.has(error.row)) continue;
    broken.add(error.row);
    const line = text.slice(0, error.index ?? 0).split('\n').length;
    const where = `Row ${error.row + 1}`;
    if (error.code === 'MissingQuotes') {
      report.error(
        where,
        '',
        `a cell starts with a quote " (line ${line} of the file) that is never closed, so the rest of the file was read as that one cell and left out`,
        'add the closing quote; a quote inside a cell is written twice: "the ""big"" one"',
      );
    } else {
      report.error(
        where,
        '',
        `a cell in quotes has a quote inside it that is not doubled (line ${line} of the file), so the row was left out`,
        'write a quote inside a quoted cell twice: "the ""big"" one"',
      );
    }
  }
  const records = parsed.data;
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) {
    report.error(
      undefined,
      '',
      'the spreadsheet is empty',
      'put the column names in the first row and one row per event under it',
    );
    return undefined;
  }
  const headers = records[headerIndex].map((h) => h.trim());
  const columns = headers.map(normalise);
  const rows: Row[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i];
    if (broken.has(i) || isBlank(record)) continue;
    const extra = record.slice(headers.length).filter((c) => c.trim() !== '');
    if (extra.length) {
      report.error(
        `Row ${i + 1}`,
        '',
        `the row has ${record.length} cells but there are ${headers.length} column names, so it was left out`,
        'a cell that contains the separator (a comma or semicolon) needs quotes around it: "Kabul, Afghanistan"',
      );
      continue;
    }
    const cells = new Map<string, string>();
    record.forEach((cell, c) => {
      const value = cell.trim();
      // The first of two columns with one name wins; the second is reported with the header.
      if (value !== '' && columns.indexOf(columns[c]) === c) cells.set(columns[c], value);
    });
    rows.push({ cells, number: i + 1 });
  }
  if (rows.length === 0 && !broken.size) {
    report.error(undefined, '', 'the spreadsheet has column names but no rows under them', 'add one row per event');
  }
  const delimiter = parsed.meta.delimiter;
  return { columns, headers, rows, delimiter };
}

function isBlank(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/**
 * Warns once per column the layout does not know (naming the nearest known one when it looks like a typo), and per
 * column that is there twice. Cells under an unnamed column are reported only when they hold something.
 */
function checkColumns(sheet: Sheet, known: readonly string[], shown: readonly string[], report: ImportReport): void {
  sheet.columns.forEach((column, i) => {
    const header = sheet.headers[i];
    if (column === '') {
      const used = sheet.rows.filter((r) => r.cells.has(''));
      if (used.length) {
        report.warn(
          undefined,
          '',
          `cells in column ${i + 1}, which has no name, were left out (${andList(used.slice(0, 5).map((r) => `Row ${r.number}`))})`,
          'give the column a name in the first row',
        );
      }
      return;
    }
    if (sheet.columns.indexOf(column) !== i) {
      report.warn(
        undefined,
        '',
        `the column "${header}" is there twice; only the first one was read`,
        'remove or rename the second one',
      );
      return;
    }
    if (known.includes(column)) return;
    const near = shown.find((name) => editDistance(normalise(name), column) <= 2);
    report.warn(
      undefined,
      '',
      `the column "${header}" is not one this reader knows, so it was left out`,
      near ? `did you mean "${near}"?` : `the columns are: ${shown.join(', ')}`,
    );
  });
}

/* ---------- the TimelineJS template ---------- */

/** The TimelineJS template's columns as it names them (Tag is the first template's name for Group). */
const TEMPLATE_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Alt Text',
  'Type',
  'Group',
  'Background',
];
const LEGACY_COLUMNS = ['Start Date', 'End Date', 'Tag'];

// TimelineJS reads every text cell of its template as HTML (sanitised), so a sheet moved over keeps its <i> and
// &amp; meaning the same thing: reduced to our subset, then to plain text where the field is plain text.
const TEMPLATE_DIALECT: Dialect = {
  html: true,
  names: {
    background: 'the Background column',
    thumbnail: 'the Media Thumbnail column',
    alt: 'the Alt Text column',
    text: 'the Text column',
    media: 'the Media column',
    displayDate: 'Display Date',
    seconds: 'seconds in the Time column',
    time: 'Time',
  },
  label: (field) =>
    ({
      media: 'Media',
      group: 'Group',
      background: 'Background',
      display_date: 'Display Date',
      start_date: 'Year',
      end_date: 'End Year',
      'text.text': 'Text',
    })[field] ?? field,
};

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function readTemplate(sheet: Sheet, report: ImportReport): { lesson: Obj; places: Places } {
  checkColumns(sheet, [...TEMPLATE_COLUMNS, ...LEGACY_COLUMNS].map(normalise), TEMPLATE_COLUMNS, report);
  const set: SlideSet = { events: [], eras: [] };
  for (const row of sheet.rows) {
    const cell = (name: string): string | undefined => row.cells.get(name);
    const place = `Row ${row.number}`;
    const where = namedPlace(place, cell('headline'));
    const type = cell('type')?.toLowerCase();
    const slide: Obj = {};
    const text: Obj = {};
    if (cell('headline')) text.headline = cell('headline');
    if (cell('text')) text.text = cell('text');
    if (Object.keys(text).length) slide.text = text;
    const media: Obj = {};
    const mediaCells = [
      ['url', 'media'],
      ['credit', 'mediacredit'],
      ['caption', 'mediacaption'],
      ['thumbnail', 'mediathumbnail'],
      ['alt', 'alttext'],
    ];
    for (const [key, column] of mediaCells) if (cell(column)) media[key] = cell(column);
    if (Object.keys(media).length) slide.media = media;
    if (cell('displaydate')) slide.display_date = cell('displaydate');
    const group = cell('group') ?? cell('tag');
    if (group) slide.group = group;
    if (cell('background')) slide.background = cell('background');

    const start = templateDate(row, 'start', where, report);
    const end = templateDate(row, 'end', where, report);
    if (start === null || end === null) continue;
    if (start) slide.start_date = start;
    if (end) slide.end_date = end;

    const placed: PlacedSlide = { slide, place, path: '' };
    if (type === 'title') {
      if (!set.title) {
        set.title = placed;
        continue;
      }
      // As TimelineJS does: a second title row becomes an event.
      report.warn(
        where,
        '',
        'there is already a title row, so this one was read as an event',
        'keep one row of type "title"',
      );
    }
    if (!start) {
      report.error(
        where,
        '',
        'there is no Year, so the row was left out',
        'fill in the Year column (and Month and Day if known)',
      );
      continue;
    }
    (type === 'era' ? set.eras : set.events).push(placed);
  }
  const { lesson, places } = mapSlides(set, TEMPLATE_DIALECT, report);
  return { lesson, places };
}

type DateParts = Partial<Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>>;

/**
 * A row's start or end as a TimelineJS date: from Year, Month, Day and Time (End Year…), or from the old template's
 * Start Date / End Date. `undefined` when there is none, `null` when the row cannot be used (reported).
 */
function templateDate(
  row: Row,
  which: 'start' | 'end',
  where: string,
  report: ImportReport,
): DateParts | undefined | null {
  const prefix = which === 'start' ? '' : 'end';
  const label = which === 'start' ? '' : 'End ';
  const legacy = row.cells.get(which === 'start' ? 'startdate' : 'enddate');
  if (legacy) {
    const parts = legacyDate(legacy);
    if (!parts) {
      report.error(
        where,
        '',
        `the ${label}${which === 'start' ? 'Start ' : ''}Date "${legacy}" is not a date this reader understands, so the row was left out`,
        'write it as 2024-06-17 or 6/17/2024',
      );
      return null;
    }
    return parts;
  }
  const yearCell = row.cells.get(`${prefix}year`);
  const monthCell = row.cells.get(`${prefix}month`);
  const dayCell = row.cells.get(`${prefix}day`);
  const timeCell = row.cells.get(`${prefix}time`);
  if (!yearCell) {
    if (which === 'end' && (monthCell || dayCell || timeCell)) {
      report.warn(
        where,
        '',
        'an End Month, End Day or End Time without an End Year was left out',
        'fill in the End Year too',
      );
    }
    return undefined;
  }
  const parts: DateParts = {};
  // Year (required, checked above), Month and Day: a cell that cannot be read leaves the row out, naming it.
  const cells = [
    ['year', yearCell, wholeNumber, 'is not a year', 'write the year as a number: 2024, or -500 for 500 BC'],
    [
      'month',
      monthCell,
      monthNumber,
      'is not a month',
      'write the month as a number from 1 to 12, or its English name',
    ],
    ['day', dayCell, wholeNumber, 'is not a day of the month', 'write the day as a number from 1 to 31'],
  ] as const;
  for (const [key, cell, read, fault, fix] of cells) {
    if (!cell) continue;
    const value = read(cell);
    if (value === undefined) {
      const column = `${label}${key[0].toUpperCase()}${key.slice(1)}`;
      report.error(where, '', `the ${column} "${cell}" ${fault}, so the row was left out`, fix);
      return null;
    }
    parts[key] = value;
  }
  if (timeCell) {
    const time = parseTime(timeCell);
    if (time) Object.assign(parts, time);
    else {
      report.warn(
        where,
        '',
        `the ${label}Time "${timeCell}" is not a time, so it was left out`,
        'write it as 14:30 or 2:30 PM',
      );
    }
  }
  return parts;
}

/** A whole number as a spreadsheet writes it: "2,024" and " 11 " are read as TimelineJS reads them. */
function wholeNumber(cell: string): number | undefined {
  const digits = cell.replace(/[\s,]+/g, '').replace(/^−/, '-');
  return /^[-+]?\d+$/.test(digits) ? Number(digits) : undefined;
}

/** 1–12 from "11", "Nov", "November" or "Sept." (English names: those are the template's). */
function monthNumber(cell: string): number | undefined {
  const n = wholeNumber(cell);
  if (n !== undefined) return n;
  const name = cell.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((month) => name.length >= 3 && month.startsWith(name));
  return i < 0 ? undefined : i + 1;
}

/** "14:30", "2:30 PM", "2 pm", "1430", "14:30:15": what TimelineJS's parseTime takes. */
function parseTime(cell: string): DateParts | undefined {
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?(?:[:.](\d{2})(?:[.,]\d+)?)?\s*(?:([ap])\.?\s*m?\.?)?$/i.exec(cell.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const period = m[4]?.toLowerCase();
  if (period && (hour < 1 || hour > 12)) return undefined;
  if (period === 'p' && hour !== 12) hour += 12;
  if (period === 'a' && hour === 12) hour = 0;
  const parts: DateParts = { hour };
  if (m[2] !== undefined) parts.minute = Number(m[2]);
  if (m[3] !== undefined) parts.second = Number(m[3]);
  if (hour > 23 || (parts.minute ?? 0) > 59 || (parts.second ?? 0) > 59) return undefined;
  return parts;
}

/**
 * The old template's Start Date: `2024-06-17` (or `2024-06`, `2024`, `-500`), or `6/17/2024` as Google Sheets and US
 * Excel write it, optionally followed by a time, or `11/2022`. A first number over 12 is read as the day
 * (`17/6/2024`).
 */
function legacyDate(cell: string): DateParts | undefined {
  const iso = /^([-+]?\d+)(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T\s]+(.+))?$/.exec(cell.trim());
  const us = /^(\d{1,2})\/(\d{1,2})\/(-?\d+)(?:\s+(.+))?$/.exec(cell.trim());
  const monthYear = /^(\d{1,2})\/(-?\d+)$/.exec(cell.trim());
  let parts: DateParts;
  let time: string | undefined;
  if (iso) {
    parts = { year: Number(iso[1]) };
    if (iso[2]) parts.month = Number(iso[2]);
    if (iso[3]) parts.day = Number(iso[3]);
    time = iso[4];
  } else if (us) {
    let [month, day] = [Number(us[1]), Number(us[2])];
    if (month > 12 && day <= 12) [month, day] = [day, month];
    parts = { year: Number(us[3]), month, day };
    time = us[4];
  } else if (monthYear) {
    parts = { year: Number(monthYear[2]), month: Number(monthYear[1]) };
  } else {
    return undefined;
  }
  if (time) {
    const t = parseTime(time);
    if (!t) return undefined;
    Object.assign(parts, t);
  }
  return parts;
}

/* ---------- our own columns ---------- */

type RowType = 'event' | 'era' | 'stat' | 'source' | 'glossary' | 'question' | 'title';
const ROW_TYPES: readonly RowType[] = ['event', 'era', 'stat', 'source', 'glossary', 'question', 'title'];

/**
 * A question's answers may also be given one per column, `choice 1` to `choice 8` (the most a question may have).
 * Each is its own column and field, named as the documentation writes it.
 */
const CHOICE_COLUMNS = Array.from({ length: CHOICES.max }, (_, i) => `choice ${i + 1}`);

/** Our columns (normalised) → the lesson-file field they fill. Aliases read more naturally in a sheet. */
const OWN_COLUMNS: Record<string, string> = {
  type: 'type',
  id: 'id',
  date: 'date',
  start: 'start',
  enddate: 'endDate',
  end: 'end',
  displaydate: 'displayDate',
  title: 'title',
  summary: 'summary',
  lang: 'lang',
  description: 'description',
  tags: 'tags',
  tag: 'tags',
  sources: 'sources',
  source: 'sources',
  media: 'media',
  mediaurl: 'media',
  image: 'media',
  mediaalt: 'alt',
  alt: 'alt',
  alttext: 'alt',
  mediacredit: 'credit',
  credit: 'credit',
  mediacaption: 'caption',
  caption: 'caption',
  value: 'value',
  max: 'max',
  currency: 'currency',
  events: 'events',
  label: 'label',
  format: 'format',
  qualifier: 'qualifier',
  change: 'change',
  unit: 'unit',
  period: 'period',
  context: 'context',
  region: 'region',
  publisher: 'publisher',
  url: 'url',
  term: 'term',
  expansion: 'expansion',
  definition: 'definition',
  prompt: 'prompt',
  question: 'prompt',
  choices: 'choices',
  ...Object.fromEntries(CHOICE_COLUMNS.map((column) => [normalise(column), column])),
  answer: 'answer',
  explanation: 'explanation',
  event: 'event',
  stat: 'stat',
};

/** The columns as the documentation names them (and as messages suggest them). */
const OWN_SHOWN = [
  'type',
  'id',
  'date',
  'endDate',
  'displayDate',
  'title',
  'description',
  'tags',
  'sources',
  'media',
  'mediaAlt',
  'mediaCaption',
  'mediaCredit',
  'start',
  'end',
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
  'events',
  'publisher',
  'url',
  'term',
  'expansion',
  'definition',
  'prompt',
  'choices',
  ...CHOICE_COLUMNS,
  'answer',
  'explanation',
  'event',
  'stat',
  'summary',
  'lang',
];

/** The fields each type of row uses. */
const FIELDS_OF: Record<RowType, readonly string[]> = {
  event: [
    'id',
    'date',
    'start',
    'endDate',
    'end',
    'displayDate',
    'title',
    'description',
    'tags',
    'sources',
    'media',
    'alt',
    'credit',
    'caption',
  ],
  era: ['id', 'title', 'start', 'end', 'date', 'endDate'],
  // A stat row has a column for every field of a stat but its series (a list of pairs does not fit in a cell).
  stat: FIELDS.stat.filter((field) => field !== 'series'),
  source: FIELDS.source,
  glossary: FIELDS.glossary,
  // Teachers reuse the title and description columns for the prompt and the explanation.
  question: [...FIELDS.question, 'title', 'description', ...CHOICE_COLUMNS],
  title: ['id', 'title', 'summary', 'description', 'lang'],
};

/** The lists a row of each type goes to. */
const LIST_OF: Record<Exclude<RowType, 'title'>, ListKey> = {
  event: 'events',
  era: 'eras',
  stat: 'stats',
  source: 'sources',
  glossary: 'glossary',
  question: 'questions',
};

function readOwn(sheet: Sheet, report: ImportReport): { lesson: Obj; places: Places } {
  const known = Object.keys(OWN_COLUMNS);
  if (!sheet.columns.some((c) => known.includes(c))) {
    report.error(
      undefined,
      '',
      `the first row should name the columns, but none of "${andList(sheet.headers.filter(Boolean).slice(0, 6))}" is a column this reader knows`,
      'put column names in the first row: type, date, title, description… (or use the TimelineJS template: Year, Month, Day, Headline, Text…)',
    );
    return { lesson: {}, places: {} };
  }
  checkColumns(sheet, known, OWN_SHOWN, report);
  const european = sheet.delimiter === ';';
  const lesson: Obj = {};
  const lists: Record<string, Obj[]> = {};
  const places: Record<string, string[]> = {};
  let titleRow: number | undefined;
  for (const row of sheet.rows) {
    const place = `Row ${row.number}`;
    const fields = new Map<string, string>();
    for (const [column, value] of row.cells) {
      const field = OWN_COLUMNS[column];
      if (field && !fields.has(field)) fields.set(field, value);
    }
    const where = namedPlace(
      place,
      fields.get('title') ?? fields.get('label') ?? fields.get('term') ?? fields.get('prompt'),
    );
    const rawType = fields.get('type') ?? 'event';
    const type = rowType(rawType);
    if (!type) {
      report.error(
        where,
        '',
        `the type "${rawType}" is not one this reader knows, so the row was left out`,
        `use one of: ${ROW_TYPES.join(', ')} (or leave it empty for an event)`,
      );
      continue;
    }
    fields.delete('type');
    for (const field of fields.keys()) {
      if (FIELDS_OF[type].includes(field)) continue;
      report.lose(`not-for:${type}:${field}`, place, () => [
        `the ${field} column is not used in ${type} rows, so it was left out`,
        `a ${type} row uses: ${FIELDS_OF[type].join(', ')}`,
      ]);
      fields.delete(field);
    }
    if (type === 'title') {
      if (titleRow !== undefined) {
        report.warn(
          where,
          '',
          `there is already a title row (Row ${titleRow}), so this one was left out`,
          'keep one row of type "title"',
        );
        continue;
      }
      titleRow = row.number;
      const summary = fields.get('summary') ?? fields.get('description');
      for (const [key, value] of [
        ['id', fields.get('id')],
        ['title', fields.get('title')],
        ['summary', summary],
        ['lang', fields.get('lang')],
      ] as const) {
        if (value !== undefined) lesson[key] = value;
      }
      continue;
    }
    const item = buildItem(type, fields, european);
    const list = LIST_OF[type];
    (lists[list] ??= []).push(item);
    (places[list] ??= []).push(place);
  }
  Object.assign(lesson, lists);
  return { lesson, places };
}

function rowType(raw: string): RowType | undefined {
  const word = normalise(raw).replace(/s$/, '');
  if (word === 'period') return 'era';
  if (word === 'statistic') return 'stat';
  if (word === 'term') return 'glossary';
  if (word === 'quiz') return 'question';
  return ROW_TYPES.find((t) => t === word);
}

/** One row as an item of its list; values that are not what the field takes are passed on for parseLesson to name. */
function buildItem(type: Exclude<RowType, 'title'>, fields: Map<string, string>, european: boolean): Obj {
  const item: Obj = {};
  const copy = (...keys: string[]) => {
    for (const key of keys) if (fields.has(key)) item[key] = fields.get(key);
  };
  if (type === 'event') {
    copy('id', 'displayDate', 'title', 'description');
    const date = fields.get('date') ?? fields.get('start');
    const endDate = fields.get('endDate') ?? fields.get('end');
    if (date !== undefined) item.date = date;
    if (endDate !== undefined) item.endDate = endDate;
    if (fields.has('tags')) item.tags = splitList(fields.get('tags')!);
    if (fields.has('sources')) item.sources = splitList(fields.get('sources')!);
    const media: Obj = {};
    for (const [key, field] of [
      ['url', 'media'],
      ['alt', 'alt'],
      ['caption', 'caption'],
      ['credit', 'credit'],
    ]) {
      if (fields.has(field)) media[key] = fields.get(field);
    }
    if (Object.keys(media).length) item.media = media;
    return reorder(item, ['id', 'date', 'endDate', 'displayDate', 'title', 'description', 'tags', 'sources', 'media']);
  }
  if (type === 'era') {
    copy('id', 'title');
    const start = fields.get('start') ?? fields.get('date');
    const end = fields.get('end') ?? fields.get('endDate');
    if (start !== undefined) item.start = start;
    if (end !== undefined) item.end = end;
    return item;
  }
  if (type === 'stat') {
    copy('id', 'label', 'currency', 'unit', 'period', 'context', 'region');
    const max = fields.get('max');
    if (max !== undefined) item.max = readNumber(max, european)?.value ?? max;
    const value = fields.get('value');
    let percent = false;
    if (value !== undefined) {
      const number = readNumber(value, european);
      item.value = number?.value ?? value;
      percent = number?.percent ?? false;
    }
    const format = fields.get('format')?.toLowerCase() ?? (percent ? 'percent' : undefined);
    if (format !== undefined) item.format = format;
    const qualifier = fields.get('qualifier');
    if (qualifier !== undefined) item.qualifier = qualifier.toLowerCase().replace(/\s+/g, '-');
    const change = fields.get('change');
    if (change !== undefined) item.change = readBoolean(change) ?? change;
    for (const list of ['tags', 'sources', 'events']) {
      if (fields.has(list)) item[list] = splitList(fields.get(list)!);
    }
    return reorder(item, ['id', 'value', 'max', 'label', 'format', 'currency', 'qualifier', 'change']);
  }
  if (type === 'source') {
    copy('id', 'title', 'publisher', 'url', 'date');
    return item;
  }
  if (type === 'question') {
    copy('id', 'answer', 'event', 'stat');
    const prompt = fields.get('prompt') ?? fields.get('title');
    const explanation = fields.get('explanation') ?? fields.get('description');
    if (prompt !== undefined) item.prompt = prompt;
    if (explanation !== undefined) item.explanation = explanation;
    const choices = ['choices', ...CHOICE_COLUMNS].flatMap((field) =>
      fields.has(field) ? splitList(fields.get(field)!, CHOICE_SEPARATOR) : [],
    );
    if (choices.length) item.choices = choices;
    return reorder(item, FIELDS.question);
  }
  copy('term', 'expansion', 'definition');
  return item;
}

/**
 * A question's answers in one cell: split on a vertical bar or a line break (Alt+Enter in Excel), never on commas or
 * semicolons, which answers such as "1,524" hold.
 */
const CHOICE_SEPARATOR = /[|\r\n]/;

/** Tags and ids: one cell, split on semicolons or commas (or on `separator`). */
function splitList(cell: string, separator = /[;,]/): string[] {
  return cell
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A figure as a spreadsheet shows it: "1,524", "1 524", "90%", "-12". With semicolons between cells (Excel in most
 * of Europe), a comma is the decimal mark and a point groups thousands ("1.524,5"); otherwise the other way round.
 */
function readNumber(cell: string, european: boolean): { value: number; percent: boolean } | undefined {
  let text = cell.replace(/[\s\u00a0\u202f]/g, '').replace(/^[−–]/, '-');
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  const [group, decimal] = european ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^[-+]?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  if (grouped.test(text)) text = text.split(group).join('');
  if (european) text = text.replace(',', '.');
  // Unambiguous (digits, then maybe a point and more): `\d+\.?\d*` tried every split of a long run of digits.
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) return undefined;
  return { value: Number(text), percent };
}

function readBoolean(cell: string): boolean | undefined {
  const word = cell.toLowerCase();
  if (['true', 'yes', 'y', '1', 'x'].includes(word)) return true;
  if (['false', 'no', 'n', '0'].includes(word)) return false;
  return undefined;
}

/** The item's fields in the order of the lesson-file documentation, so a converted lesson reads like a written one. */
function reorder(item: Obj, order: readonly string[]): Obj {
  const out: Obj = {};
  for (const key of order) if (key in item) out[key] = item[key];
  return Object.assign(out, item);
}
