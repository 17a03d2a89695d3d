import { expect } from '@open-wc/testing';
import { formatGap, loadDateLocale } from '../../src/dates/gap.js';
import { parsePartialDate, type PartialDate } from '../../src/dates/partial-date.js';

function d(text: string): PartialDate {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(r.message);
  return r.date;
}

describe('formatGap', () => {
  before(async () => {
    for (const lang of ['en', 'fr', 'de', 'es', 'ar']) await loadDateLocale(lang);
  });

  it('says the time between two events only as precisely as both dates are known', () => {
    expect(formatGap(d('2022-11'), d('2024-03'), 'en')).to.equal('1 year 4 months');
    // "2021" and "2024-05": a year is the most that is known of the first.
    expect(formatGap(d('2021'), d('2024-05'), 'en')).to.equal('3 years');
    expect(formatGap(d('2024-06-17'), d('2024-06-28'), 'en')).to.equal('11 days');
    expect(formatGap(d('2024-03'), d('2024-05'), 'en')).to.equal('2 months');
  });

  it('is the same either way round, and nothing within the same period', () => {
    expect(formatGap(d('2024-03'), d('2022-11'), 'en')).to.equal('1 year 4 months');
    expect(formatGap(d('2024-05'), d('2024-05'), 'en')).to.equal(undefined);
    expect(formatGap(d('2024'), d('2024-06'), 'en')).to.equal(undefined);
    expect(formatGap(d('2024-05-03'), d('2024-05'), 'en')).to.equal(undefined);
  });

  it('counts across year 1 (astronomical years)', () => {
    expect(formatGap(d('-0043'), d('0014'), 'en')).to.equal('57 years');
  });

  it('speaks the languages date-fns has, from locales loaded on demand', () => {
    expect(formatGap(d('2022-11'), d('2024-03'), 'fr')).to.equal('1 an 4 mois');
    expect(formatGap(d('2022-11'), d('2024-03'), 'de')).to.equal('1 Jahr 4 Monate');
    expect(formatGap(d('2022-11'), d('2024-03'), 'es')).to.equal('1 año 4 meses');
    expect(formatGap(d('2021'), d('2024'), 'ar')).to.match(/3/);
  });

  it('speaks Urdu (no date-fns locale) through Intl, with Urdu digits from the locale', () => {
    const urdu = formatGap(d('2022-11'), d('2024-03'), 'ur')!;
    expect(urdu).to.include('سال');
    expect(urdu).to.equal(
      new Intl.ListFormat('ur', { type: 'unit', style: 'long' }).format([
        new Intl.NumberFormat('ur', { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(1),
        new Intl.NumberFormat('ur', { style: 'unit', unit: 'month', unitDisplay: 'long' }).format(4),
      ]),
    );
  });

  it('loads each locale once, and none for a language date-fns lacks', async () => {
    expect(loadDateLocale('fr-CA') === loadDateLocale('fr')).to.equal(true);
    expect((await loadDateLocale('ur')) === undefined).to.equal(true);
    expect((await loadDateLocale('pt-BR')) === undefined).to.equal(true);
  });
});
