/**
 * Partial dates: a calendar date known to a year, a month, a day or a minute, in the proleptic Gregorian calendar.
 *
 * Lesson files write them as `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, with a leading `-` for years
 * before year 1. Years use ISO 8601's astronomical numbering: `0000` is 1 BC and `-0500` is 501 BC.
 *
 * A partial date has no time zone: "2022-11-28" is that calendar day wherever the reader is. To keep it so, every
 * conversion to a `Date` happens in UTC and every formatter is told `timeZone: 'UTC'`; nothing here reads the
 * reader's local zone.
 */
import { UI_LANGUAGES } from '../i18n/strings.js';

export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

export interface PartialDate {
  /** Astronomical year: 1 BC is 0, 501 BC is -500. */
  year: number;
  /** 1–12, when known. */
  month?: number;
  /** 1–31, when known. */
  day?: number;
  hour?: number;
  minute?: number;
  precision: DatePrecision;
  /** The text it was parsed from, e.g. `2024-03`. */
  text: string;
}

export type DateParseResult = { ok: true; date: PartialDate } | { ok: false; message: string; fix: string };

export const DATE_FORMS = 'use YYYY, YYYY-MM or YYYY-MM-DD (optionally with THH:MM), e.g. 2022-11 or 2022-11-28';
const SHAPE = /^(-?)(\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;
/** Years beyond this are almost certainly typos; it also keeps every date inside what a JS `Date` can hold. */
const MAX_ABS_YEAR = 270_000;

/** Number of days in `month` (1–12) of astronomical `year`, in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  // Written out rather than with date-fns `isExists`/`getDaysInMonth`: those go through `new Date(y, m, d)`, which
  // maps years 0–99 to 1900–1999 and works in the reader's zone.
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a lesson-file date string, or explains in plain words why it cannot be used. */
export function parsePartialDate(value: string): DateParseResult {
  const text = value.trim();
  if (text === '') return { ok: false, message: 'the date is empty', fix: DATE_FORMS };
  const m = SHAPE.exec(text);
  if (!m) {
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return {
      ok: false,
      message: `the date "${shown}" is not in a form this format understands`,
      fix: suggestFix(text),
    };
  }
  const [, minus, y, mo, d, h, mi] = m;
  const year = (minus ? -1 : 1) * Number(y);
  if (Math.abs(year) > MAX_ABS_YEAR) {
    return { ok: false, message: `the year ${text} is out of range`, fix: 'check the number of digits in the year' };
  }
  // `-0000` is the same year as `0000`; normalise so sorting and display agree.
  const date: PartialDate = { year: year === 0 ? 0 : year, precision: 'year', text };
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) {
      return {
        ok: false,
        message: `the date ${text} has month ${mo}, but months run from 01 to 12`,
        fix: 'use YYYY-MM',
      };
    }
    date.month = month;
    date.precision = 'month';
  }
  if (d !== undefined && date.month !== undefined) {
    const day = Number(d);
    const max = daysInMonth(year, date.month);
    if (day < 1 || day > max) {
      return {
        ok: false,
        message: `the date ${text} does not exist (that month has ${max} days)`,
        fix: 'use YYYY-MM-DD with a real day, or YYYY-MM if the day is not known',
      };
    }
    date.day = day;
    date.precision = 'day';
  }
  if (h !== undefined && mi !== undefined) {
    const hour = Number(h);
    const minute = Number(mi);
    if (hour > 23 || minute > 59) {
      return {
        ok: false,
        message: `the date ${text} has the time ${h}:${mi}, which does not exist`,
        fix: 'use THH:MM from T00:00 to T23:59',
      };
    }
    date.hour = hour;
    date.minute = minute;
    date.precision = 'minute';
  }
  return { ok: true, date };
}

/** Orders two partial dates; a less precise date sorts before a more precise one that starts at the same time. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return (
    a.year - b.year ||
    (a.month ?? 0) - (b.month ?? 0) ||
    (a.day ?? 0) - (b.day ?? 0) ||
    (a.hour ?? -1) - (b.hour ?? -1) ||
    (a.minute ?? -1) - (b.minute ?? -1)
  );
}

const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day', 'minute'];

/** The less precise of two dates' precisions: "2021" and "2024-05" are both known to the year. */
export function coarserPrecision(a: PartialDate, b: PartialDate): DatePrecision {
  return PRECISIONS[Math.min(PRECISIONS.indexOf(a.precision), PRECISIONS.indexOf(b.precision))];
}

/**
 * Whether two dates cannot be told apart at the coarser of their precisions ("2024-05" and "2024-05", or "2024-05"
 * and "2024-05-12"): events at such dates may have happened in either order.
 */
export function samePeriod(a: PartialDate, b: PartialDate): boolean {
  const precision = PRECISIONS.indexOf(coarserPrecision(a, b));
  if (a.year !== b.year) return false;
  if (precision >= 1 && a.month !== b.month) return false;
  if (precision >= 2 && a.day !== b.day) return false;
  return precision < 3 || (a.hour === b.hour && a.minute === b.minute);
}

/** The first instant of the period a partial date names, as a UTC `Date` (valid for every year, BCE included). */
export function toUTCDate(d: PartialDate): Date {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to the 1900s.
  date.setUTCFullYear(d.year, (d.month ?? 1) - 1, d.day ?? 1);
  date.setUTCHours(d.hour ?? 0, d.minute ?? 0, 0, 0);
  return date;
}

/** The first instant after the period a partial date names: the end of 2024-03 is the start of 2024-04. */
export function toUTCEndDate(d: PartialDate): Date {
  const date = toUTCDate(d);
  if (d.precision === 'year') date.setUTCFullYear(d.year + 1);
  else if (d.precision === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
  else if (d.precision === 'day') date.setUTCDate(date.getUTCDate() + 1);
  else date.setUTCMinutes(date.getUTCMinutes() + 1);
  return date;
}

/** Whether the periods [aStart, aEnd] and [bStart, bEnd] share any instant (each end at its own precision). */
export function periodsOverlap(
  aStart: PartialDate,
  aEnd: PartialDate | undefined,
  bStart: PartialDate,
  bEnd: PartialDate | undefined,
): boolean {
  return toUTCDate(aStart) < toUTCEndDate(bEnd ?? bStart) && toUTCDate(bStart) < toUTCEndDate(aEnd ?? aStart);
}

/**
 * The value for `<time datetime>`, at the date's own precision, or `undefined` where HTML has no form for it
 * (years before year 1, and years with more than four digits in a month or day form).
 */
export function toDatetimeAttribute(d: PartialDate): string | undefined {
  if (d.year < 1) return undefined;
  const out = dateText(d.year, d.month, d.day);
  return d.hour === undefined ? out : `${out}T${pad(d.hour)}:${pad(d.minute)}`;
}

const pad = (n: number | undefined) => String(n).padStart(2, '0');

/** A date as lesson files write it: the year in four digits at least, astronomical (`-0499` is 500 BC). */
function dateText(year: number, month?: number, day?: number): string {
  const y = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
  return `${y}${month ? `-${pad(month)}${day ? `-${pad(day)}` : ''}` : ''}`;
}

const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');

/** Month names, full and short, in every language the elements speak (`juin`, `März`, `جون`): built when needed. */
let monthNames: Map<string, number> | undefined;

/**
 * The number of a month named in one of the elements' languages, as `Intl` writes it in full or short, or in English
 * cut short to three letters or more (`Sept`); else 0.
 */
function monthNamed(word: string): number {
  const w = word.toLowerCase();
  if (!monthNames) {
    monthNames = new Map();
    for (const lang of UI_LANGUAGES) {
      for (const month of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' });
        for (let m = 1; m <= 12; m++) {
          monthNames.set(
            format
              .format(Date.UTC(2024, m - 1, 15))
              .toLowerCase()
              .replace(/\.$/, ''),
            m,
          );
        }
      }
    }
  }
  return (
    monthNames.get(w) ?? (w.length < 3 ? 0 : MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(w)) + 1)
  );
}

/**
 * What a date written another way means in a lesson file, when that can be told: `June 2024` → `2024-06`,
 * `17/06/2024` or `6/17/2024` → `2024-06-17`, `2024/6/1` → `2024-06-01`, `Nov-22` (a spreadsheet's way of showing
 * 2022-11) → `2022-11`, `500 BC` → `-0499`, `476` → `0476`, a timestamp (`2024-06-17T14:30:00Z`) → to the minute
 * without a zone. Two dates when the order of day and month cannot be told (`06/07/2024`), none when nothing sure can
 * be read, and none for a date already in lesson form. Month names are read in the elements' languages (`juin 2024`,
 * `juin-22` as a French spreadsheet shows 2022-06). Every date returned is one `parsePartialDate` accepts.
 */
export function suggestDates(value: string): string[] {
  const text = value.trim();
  // Already in lesson form (whether or not that day exists): nothing to suggest. Nor for a text longer than any date
  // is written ("Wednesday, 17th of September 2024 AD" is 35): the patterns below must never run on a whole page.
  if (SHAPE.test(text) || text.length > 48) return [];
  const stamp = /^(-?\d{4,}-\d\d-\d\d)[T ](\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$/i.exec(text);
  if (stamp) return valid([stamp[2] === '00:00' ? stamp[1] : `${stamp[1]}T${stamp[2]}`]);
  // The era, before or after the date: BC, BCE, B.C., AD, A.D., CE.
  let era = '';
  const rest = text
    .replace(/^(a\.?\s?d\.?)\s+/i, (_, e: string) => ((era = e), ''))
    .replace(/\s*(?<!\p{L})(b\.?\s?c\.?(?:\s?e\.?)?|a\.?\s?d\.?|c\.?\s?e\.?)$/iu, (_, e: string) => ((era = e), ''))
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1')
    .replace(/\b(?:of|de)\b/gi, ' ');
  // Nothing but numbers, words and the marks between them.
  if (/[^\s,./-]/.test(rest.replace(/\d+|\p{L}+/gu, ''))) return [];
  const tokens = rest.match(/\d+|\p{L}+/gu) ?? [];
  const words = tokens.filter((t) => !/\d/.test(t));
  const numbers = tokens.filter((t) => /\d/.test(t));
  const month = words.length === 1 ? monthNamed(words[0]) : 0;
  if (words.length > 1 || (words.length && !month)) return [];
  const years = numbers.filter((t) => t.length >= 4);
  const [a, b, c] = numbers.map(Number);
  if (era) return numbers.length === 1 && !month ? valid([dateText(/^b/i.test(era) ? 1 - a : a)]) : [];
  if (month) {
    // `Nov-22`: how a spreadsheet shows 2022-11; its two-digit years are 1930 to 2029.
    if (!years.length && numbers.length === 1 && /^\p{L}+\.?-\d\d$/u.test(text)) {
      return valid([dateText(a < 30 ? 2000 + a : 1900 + a, month)]);
    }
    if (years.length !== 1 || numbers.length > 2) return [];
    const day = numbers.find((t) => t !== years[0]);
    return valid([dateText(Number(years[0]), month, day === undefined ? undefined : Number(day))]);
  }
  if (years.length > 1 || numbers.length > 3) return [];
  // A year first (`2024/6/1`, `476`, `-500`): year, month, day. Not `22` or `5`: which century is anyone's guess.
  if (years[0] === numbers[0] || (numbers.length === 1 && numbers[0].length === 3)) {
    return valid([dateText(/^-/.test(rest) ? -a : a, b, c)]);
  }
  // A year last: month and year (`11/2022`), or day and month in either order.
  if (years[0] !== numbers.at(-1)) return [];
  if (numbers.length === 2) return valid([dateText(b, a)]);
  const dayFirst = dateText(c, b, a);
  const monthFirst = dateText(c, a, b);
  return valid(a === b || a > 12 || b > 12 ? [a > 12 ? dayFirst : monthFirst] : [dayFirst, monthFirst]);
}

function valid(dates: string[]): string[] {
  return dates.filter((date) => parsePartialDate(date).ok);
}

/** How to fix a date in a form not understood: the lesson form of what it most likely means, or the forms. */
function suggestFix(text: string): string {
  const [one, two] = suggestDates(text);
  if (!one) return DATE_FORMS;
  const parsed = parsePartialDate(one);
  const form = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD', minute: 'YYYY-MM-DDTHH:MM' }[
    parsed.ok ? parsed.date.precision : 'year'
  ];
  if (two) {
    const named = (date: string) => {
      const [year, month, day] = date.split('-').map(Number);
      return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
    };
    return `write ${one} if it is ${named(one)}, or ${two} if it is ${named(two)} (${form})`;
  }
  return `write it as ${one} (${form}${/^(-|0000)/.test(one) ? '; 1 BC is 0000, 2 BC is -0001' : ''})`;
}
