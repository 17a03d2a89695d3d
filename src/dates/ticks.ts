import { dateFormatter, safeLocale } from './format.js';

/** One label on the time axis. */
export interface Tick {
  /** UTC milliseconds. */
  time: number;
  label: string;
  /** A tick that starts a larger unit (a new year on a month axis): drawn stronger. */
  major: boolean;
}

type Unit = 'year' | 'month' | 'day' | 'hour' | 'minute';

interface Step {
  unit: Unit;
  size: number;
  /** Roughly how long the step is, to pick one that fits. */
  ms: number;
}

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
const YEAR_STEPS = [100_000, 50_000, 10_000, 5000, 1000, 500, 100, 50, 25, 10, 5, 2, 1];
const STEPS: Step[] = [
  ...YEAR_STEPS.map((size) => ({ unit: 'year' as const, size, ms: size * YEAR })),
  ...[6, 3, 1].map((size) => ({ unit: 'month' as const, size, ms: (size * YEAR) / 12 })),
  ...[14, 7, 1].map((size) => ({ unit: 'day' as const, size, ms: size * DAY })),
  ...[12, 6, 3, 1].map((size) => ({ unit: 'hour' as const, size, ms: size * 3_600_000 })),
  ...[30, 15, 5, 1].map((size) => ({ unit: 'minute' as const, size, ms: size * 60_000 })),
];

/**
 * Tick labels for the time span [start, end] drawn `width` pixels wide: the finest unit (centuries … years … months
 * … days … minutes) whose labels stay at least `minGap` pixels apart. All arithmetic is in UTC, as for partial
 * dates, so an axis never shifts with the reader's time zone; labels are formatted by Intl (`dateFormatter`).
 */
export function axisTicks(start: number, end: number, width: number, locale = 'en', minGap = 96): Tick[] {
  if (!(end > start) || !(width > 0)) return [];
  const msPerPx = (end - start) / width;
  const step = [...STEPS].reverse().find((s) => s.ms / msPerPx >= minGap) ?? STEPS[0];
  const loc = safeLocale(locale);
  // On an axis that reaches back before year 1, every year label says its era: "100 BC … 1 AD … 100 AD".
  const era = step.unit === 'year' && new Date(start).getUTCFullYear() < 1;
  const ticks: Tick[] = [];
  let t = floorTo(start, step);
  // A hard cap: a bug in a step must never build an endless list.
  for (let i = 0; t <= end && i < 2000; i++) {
    if (t >= start) ticks.push({ time: t, label: label(t, step, loc, era), major: isMajor(t, step) });
    t = advance(t, step);
  }
  return ticks;
}

function floorTo(time: number, step: Step): number {
  const d = new Date(time);
  const year = d.getUTCFullYear();
  const out = new Date(0);
  switch (step.unit) {
    case 'year':
      out.setUTCFullYear(fromHistorical(Math.floor(toHistorical(year) / step.size) * step.size) || 1, 0, 1);
      return out.getTime();
    case 'month':
      out.setUTCFullYear(year, Math.floor(d.getUTCMonth() / step.size) * step.size, 1);
      return out.getTime();
    case 'day': {
      const day = Math.floor(time / DAY) * DAY;
      // Weeks start on Monday (1970-01-01 was a Thursday, hence the 3-day shift).
      const size = step.size * DAY;
      return step.size > 1 ? Math.floor((day + 3 * DAY) / size) * size - 3 * DAY : day;
    }
    default: {
      const size = step.unit === 'hour' ? step.size * 3_600_000 : step.size * 60_000;
      return Math.floor(time / size) * size;
    }
  }
}

function advance(time: number, step: Step): number {
  const d = new Date(time);
  if (step.unit === 'year') {
    // Steps count in historical years (500 BC, 400 BC … 1 BC, 100 AD), which have no year 0.
    // The tick for "year 0" is drawn at 1 AD, and the count goes on from 0: 100 BC, 1 AD, 100, 200.
    let current = toHistorical(d.getUTCFullYear());
    if (current === 1 && step.size > 1) current = 0;
    const next = current + step.size;
    d.setUTCFullYear(next === 0 ? 1 : fromHistorical(next));
  } else if (step.unit === 'month') d.setUTCMonth(d.getUTCMonth() + step.size);
  else return time + step.size * (step.unit === 'day' ? DAY : step.unit === 'hour' ? 3_600_000 : 60_000);
  return d.getTime();
}

function isMajor(time: number, step: Step): boolean {
  const d = new Date(time);
  switch (step.unit) {
    case 'year':
      return toHistorical(d.getUTCFullYear()) % (step.size * 10) === 0;
    case 'month':
      return d.getUTCMonth() === 0;
    case 'day':
      return d.getUTCDate() === 1;
    default:
      return d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
  }
}

/** Labels already formatted: panning shows the same ticks again and again, and each Intl formatter is costly. */
const labels = new Map<string, string>();

function label(time: number, step: Step, locale: string, era: boolean): string {
  const key = `${locale}|${step.unit}|${time}|${era}`;
  let text = labels.get(key);
  if (text === undefined) {
    text = formatLabel(time, step, locale, era);
    if (labels.size > 2000) labels.clear();
    labels.set(key, text);
  }
  return text;
}

function formatLabel(time: number, step: Step, locale: string, era: boolean): string {
  const d = new Date(time);
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC' };
  switch (step.unit) {
    case 'year':
      options.year = 'numeric';
      if (era || d.getUTCFullYear() < 1) options.era = 'short';
      break;
    case 'month':
      options.month = 'short';
      if (d.getUTCMonth() === 0) options.year = 'numeric';
      break;
    case 'day':
      options.day = 'numeric';
      options.month = 'short';
      break;
    default:
      options.hour = 'numeric';
      options.minute = '2-digit';
  }
  return dateFormatter(locale, options).format(d);
}

/** Astronomical year (0 = 1 BC) to historical numbering (-1 = 1 BC), in which round BC years fall on ticks. */
function toHistorical(year: number): number {
  return year <= 0 ? year - 1 : year;
}

function fromHistorical(year: number): number {
  return year < 0 ? year + 1 : year;
}
