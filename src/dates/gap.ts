import type { Locale } from 'date-fns';
import { formatDuration } from 'date-fns/formatDuration';
import { intervalToDuration } from 'date-fns/intervalToDuration';
import { enUS } from 'date-fns/locale/en-US';
import { safeLocale } from './format.js';
import { coarserPrecision, compareDates, toUTCDate, type DatePrecision, type PartialDate } from './partial-date.js';

/*
 * The time between two events in words, "1 year 4 months", for feedback that teaches how events relate.
 *
 * date-fns writes durations in the languages it has a locale for (English, Arabic, French, Spanish, German here);
 * each locale is its own chunk, loaded by `loadDateLocale` the first time a page needs it, so the bundle carries
 * none of them. For a language date-fns has no locale for (Urdu among them), or before the locale has loaded, the
 * same words come from Intl's unit formatting, which every browser has for every language.
 */

const DATE_LOCALES: Record<string, () => Promise<Locale>> = {
  // formatDuration already carries English (its default): importing it again by import() would split nothing.
  en: () => Promise.resolve(enUS),
  'en-GB': () => import('date-fns/locale/en-GB').then((m) => m.enGB),
  ar: () => import('date-fns/locale/ar').then((m) => m.ar),
  fr: () => import('date-fns/locale/fr').then((m) => m.fr),
  es: () => import('date-fns/locale/es').then((m) => m.es),
  de: () => import('date-fns/locale/de').then((m) => m.de),
};

const locales = new Map<string, Promise<Locale | undefined>>();
const ready = new Map<string, Locale>();

function localeKey(lang: string): string | undefined {
  const tag = safeLocale(lang);
  if (DATE_LOCALES[tag]) return tag;
  const primary = tag.split('-')[0];
  return DATE_LOCALES[primary] ? primary : undefined;
}

/**
 * Loads date-fns's locale for `lang`, once per page. Resolves with `undefined` when date-fns has none (or its chunk
 * could not be loaded): {@link formatGap} then uses Intl.
 */
export function loadDateLocale(lang: string): Promise<Locale | undefined> {
  const key = localeKey(lang);
  if (!key) return Promise.resolve(undefined);
  let pending = locales.get(key);
  if (!pending) {
    pending = DATE_LOCALES[key]()
      .then((locale) => {
        ready.set(key, locale);
        return locale;
      })
      .catch(() => undefined);
    locales.set(key, pending);
  }
  return pending;
}

const UNITS = ['years', 'months', 'days'] as const;
type Unit = (typeof UNITS)[number];
const UNITS_AT: Record<DatePrecision, readonly Unit[]> = {
  year: ['years'],
  month: ['years', 'months'],
  day: UNITS,
  minute: UNITS,
};

/**
 * The time from `a` to `b` (in either order), only as precise as the less precise of the two: between "2022-11" and
 * "2024-03" it is "1 year 4 months", between "2021" and "2024-05" it is "3 years". `undefined` when the two fall in
 * the same year, month or day at that precision.
 */
export function formatGap(a: PartialDate, b: PartialDate, lang: string): string | undefined {
  const [from, to] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
  const units = UNITS_AT[coarserPrecision(from, to)];
  const cut = (d: PartialDate): PartialDate => ({
    ...d,
    month: units.includes('months') ? d.month : 1,
    day: units.includes('days') ? d.day : 1,
    hour: 0,
    minute: 0,
    precision: 'day',
  });
  const duration = intervalToDuration({ start: toUTCDate(cut(from)), end: toUTCDate(cut(to)) });
  const parts = units.filter((u) => (duration[u] ?? 0) > 0);
  if (!parts.length) return undefined;
  const locale = ready.get(localeKey(lang) ?? '');
  if (locale) return formatDuration(duration, { format: [...parts], locale });
  const unit = { years: 'year', months: 'month', days: 'day' } as const;
  const tag = safeLocale(lang);
  return new Intl.ListFormat(tag, { type: 'unit', style: 'long' }).format(
    parts.map((u) =>
      new Intl.NumberFormat(tag, { style: 'unit', unit: unit[u], unitDisplay: 'long' }).format(duration[u]!),
    ),
  );
}
