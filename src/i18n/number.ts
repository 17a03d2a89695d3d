import { safeLocale } from '../dates/format.js';
import type { Stat } from '../lesson/types.js';
import type { Strings } from './strings.js';

/**
 * A statistic's value as a reader sees it, in `locale`: "1,524", "over 90%", "+60%", "12 km".
 * Percent values are percentage points (90 means 90%), which is how teachers and sources write them.
 */
export function formatStatValue(
  stat: Pick<Stat, 'value' | 'format' | 'qualifier' | 'change' | 'unit'>,
  locale: string,
  t: Strings,
): string {
  const loc = safeLocale(locale);
  const options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };
  if (stat.change) options.signDisplay = 'exceptZero';
  let value = stat.value;
  let suffix = '';
  if (stat.format === 'percent') {
    options.style = 'percent';
    value = stat.value / 100;
    // Percent style counts fraction digits of the percentage, not of the fraction.
    options.maximumFractionDigits = 2;
  } else if (stat.unit) {
    if (isIntlUnit(stat.unit)) {
      options.style = 'unit';
      options.unit = stat.unit;
    } else {
      suffix = ` ${stat.unit}`;
    }
  }
  const number = new Intl.NumberFormat(loc, options).format(value) + suffix;
  return stat.qualifier ? t.qualifier[stat.qualifier].replace('{}', number) : number;
}

function isIntlUnit(unit: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'unit', unit });
    return true;
  } catch {
    return false;
  }
}
