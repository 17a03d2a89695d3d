import { safeLocale } from '../dates/format.js';
import type { Stat } from '../lesson/types.js';
import type { Strings } from './strings.js';

/** The fields of a stat that decide how its figure is written. */
export type StatFigure = Pick<Stat, 'value' | 'format' | 'qualifier' | 'change' | 'unit' | 'currency' | 'max'>;

// Both are ES2023 (Intl.NumberFormat v3), past the ES2022 lib the code is typed against; Chromium has had them since 106.
type Options = Intl.NumberFormatOptions & { trailingZeroDisplay?: 'auto' | 'stripIfInteger' };
type RangeFormat = Intl.NumberFormat & { formatRange(start: number, end: number): string };

/**
 * The digits readers of a language expect where CLDR's default for the bare language is Latin: Urdu (`ur`, `ur-PK`)
 * in Extended Arabic-Indic digits (۱۵۲۴), Arabic (`ar`, `ar-MA`…) in Arabic-Indic digits (١٥٢٤).
 */
const DIGITS: Record<string, string> = { ur: 'arabext', ar: 'arab' };

/**
 * A statistic's value as a reader sees it, in `locale`: "1,524", "over 90%", "+60%", "12 km", "1.5K", "$1,500",
 * "1,400–1,600". Percent values are percentage points (90 means 90%), which is how teachers and sources write them.
 */
export function formatStatValue(stat: StatFigure, locale: string, t: Strings): string {
  return statFormatter(stat, locale, t)(stat.value);
}

/**
 * A function that writes any number as the stat's value is written (the same style, unit, sign, digits and
 * qualifier), so a figure counting up from 0 shows every step the way it ends. Given `stat.value` it gives exactly
 * {@link formatStatValue}'s text. For a range (`max`), a number `v` is written as the range scaled by `v / value`:
 * both ends count up together and arrive at "1,400–1,600".
 */
export function statFormatter(stat: StatFigure, locale: string, t: Strings): (value: number) => string {
  const loc = safeLocale(locale);
  const options: Options = { maximumFractionDigits: 2 };
  const { language, numberingSystem } = new Intl.Locale(loc);
  if (!numberingSystem && DIGITS[language]) options.numberingSystem = DIGITS[language];
  if (stat.change) options.signDisplay = 'exceptZero';
  let divisor = 1;
  let suffix = '';
  if (stat.format === 'percent') {
    // Percent style counts fraction digits of the percentage, not of the fraction.
    options.style = 'percent';
    divisor = 100;
  } else if (stat.format === 'currency' && stat.currency) {
    // The currency's own decimals ($1,500.50, ¥1,501), without ".00" on whole amounts.
    delete options.maximumFractionDigits;
    options.style = 'currency';
    options.currency = stat.currency;
    options.trailingZeroDisplay = 'stripIfInteger';
  } else {
    // Compact rounds to what its short form can say: 1524 is "1.5K", not "1.52K".
    if (stat.format === 'compact') {
      delete options.maximumFractionDigits;
      options.notation = 'compact';
    }
    if (stat.unit && isIntlUnit(stat.unit)) {
      options.style = 'unit';
      options.unit = stat.unit;
    } else if (stat.unit) {
      suffix = ` ${stat.unit}`;
    }
  }
  const nf = new Intl.NumberFormat(loc, options) as RangeFormat;
  const { value: low, max: high, qualifier } = stat;
  return (v) => {
    let text = nf.format(v / divisor);
    if (high !== undefined && high > low) {
      const end = (low === 0 ? high : high * (v / low)) / divisor;
      // Ends that round to the same text would come out as "~5": a count-up passes through 0–0.
      if (nf.format(end) !== text) text = nf.formatRange(v / divisor, end);
    }
    text += suffix;
    return qualifier ? t.qualifier[qualifier].replace('{}', () => text) : text;
  };
}

function isIntlUnit(unit: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'unit', unit });
    return true;
  } catch {
    return false;
  }
}
