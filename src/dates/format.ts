import { toUTCDate, type PartialDate } from './partial-date.js';

/*
 * Display of partial dates at their own precision: a month shows as "March 2024", never "1 March 2024".
 *
 * Intl.DateTimeFormat rather than date-fns `format`: it speaks every language the browser knows without shipping
 * date-fns locale files, and it costs nothing instead of about 4.7 KB brotli (measured in ../shared/TOOLCHAIN.md).
 * It was date-fns `intlFormat`, a one-line wrapper that makes a new Intl.DateTimeFormat for every date; making one
 * costs far more than using it (about 95 ms of a timeline's first render on a phone-speed CPU), so the formatters
 * are made once here ({@link dateFormatter}). The zone is always UTC, matching `toUTCDate`, so a date never moves
 * by a day for a reader in Honolulu or Kiritimati.
 */

type Options = Intl.DateTimeFormatOptions;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The Intl.DateTimeFormat for `locale` and `options`, made on first use and kept (a few dozen at most). */
export function dateFormatter(locale: string, options: Options): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    if (formatters.size > 200) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

const BY_PRECISION: Record<PartialDate['precision'], Options> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
};

const cache = new Map<string, string>();

/**
 * Formats a partial date in `locale` at its precision. Years before year 1 carry the locale's era name
 * (English: "501 BC"); `withEra` forces it, so both ends of a range that crosses year 1 say which era they are in.
 */
export function formatPartialDate(date: PartialDate, locale = 'en', withEra = date.year < 1): string {
  const key = `${locale}|${date.text}|${withEra ? 1 : 0}`;
  let text = cache.get(key);
  if (text === undefined) {
    const options: Options = { ...BY_PRECISION[date.precision], timeZone: 'UTC' };
    if (withEra) options.era = 'short';
    text = dateFormatter(safeLocale(locale), options).format(toUTCDate(date));
    // Bounded so that a page that formats 100,000 distinct dates does not keep them all.
    if (cache.size > 5000) cache.clear();
    cache.set(key, text);
  }
  return text;
}

/** "November 2022 – June 2024"; both ends carry the era when either is before year 1. */
export function formatDateRange(start: PartialDate, end: PartialDate | undefined, locale = 'en'): string {
  if (!end) return formatPartialDate(start, locale);
  const withEra = start.year < 1 || end.year < 1;
  return `${formatPartialDate(start, locale, withEra)} – ${formatPartialDate(end, locale, withEra)}`;
}

/** A tag Intl accepts: a malformed `lang` attribute must not throw a RangeError out of a render. */
export function safeLocale(locale: string | undefined): string {
  if (!locale) return 'en';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
