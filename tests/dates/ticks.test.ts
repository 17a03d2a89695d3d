import { expect } from '@open-wc/testing';
import { axisTicks, type Tick } from '../../src/dates/ticks.js';
import { emulateTimezone } from '../helpers/browser.js';

/** The first instant of a UTC calendar date, for any year (Date.UTC maps years 0–99 to the 1900s). */
function utc(year: number, month = 1, day = 1): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

type Unit = 'century' | 'year' | 'month' | 'day' | 'time';

/** What a tick label counts, read from its text alone (English). */
function unitOf(label: string): Unit | 'unknown' {
  if (/^\d+( BC| AD)?$/.test(label)) return Number(/^\d+/.exec(label)![0]) % 100 === 0 ? 'century' : 'year';
  if (/^[A-Z][a-z]{2}( \d{4})?$/.test(label)) return 'month';
  if (/^[A-Z][a-z]{2} \d{1,2}$/.test(label)) return 'day';
  if (/\d:\d\d/.test(label)) return 'time';
  return 'unknown';
}

/** The unit of an axis: centuries only when every label is a century; otherwise the one unit all labels share. */
function axisUnit(ticks: Tick[]): string {
  const units = new Set(ticks.map((t) => unitOf(t.label)));
  if (units.size === 1) return [...units][0];
  if (units.size === 2 && units.has('century') && units.has('year')) return 'year';
  return [...units].join('+');
}

describe('ticks: the unit follows the span', () => {
  const spans: { name: string; start: number; end: number; unit: Unit }[] = [
    { name: '3,000 years', start: utc(1000), end: utc(4000), unit: 'century' },
    { name: '30 years', start: utc(1990), end: utc(2020), unit: 'year' },
    { name: '2 years', start: utc(2022), end: utc(2024), unit: 'month' },
    { name: '2 months', start: utc(2024, 3), end: utc(2024, 5), unit: 'day' },
    { name: '2 days', start: utc(2024, 3, 1), end: utc(2024, 3, 3), unit: 'time' },
  ];
  // The widths an axis has in practice: a narrow column to a full-width page.
  for (const width of [640, 800, 1000, 1200]) {
    for (const { name, start, end, unit } of spans) {
      it(`${name} on ${width} px: ${unit} labels, at least 3 of them, none closer than 96 px`, () => {
        const ticks = axisTicks(start, end, width, 'en');
        const labels = ticks.map((t) => t.label);
        expect(axisUnit(ticks), labels.join(' | ')).to.equal(unit);
        expect(ticks.length, labels.join(' | ')).to.be.at.least(3);
        const px = (t: number): number => ((t - start) / (end - start)) * width;
        for (let i = 1; i < ticks.length; i++) {
          expect(px(ticks[i].time) - px(ticks[i - 1].time), labels.join(' | ')).to.be.at.least(96 - 1e-6);
        }
        for (const t of ticks) expect(t.time).to.be.within(start, end);
      });
    }
  }

  it('a month axis: the year on January, which is a major tick', () => {
    const ticks = axisTicks(utc(2022), utc(2024), 800, 'en');
    expect(ticks[0]).to.deep.equal({ time: utc(2022), label: 'Jan 2022', major: true });
    const july = ticks.find((t) => t.time === utc(2022, 7));
    expect(july, 'a tick on 1 July 2022').to.not.equal(undefined);
    expect(july!.label).to.equal('Jul');
    expect(july!.major).to.equal(false);
    expect(ticks.find((t) => t.time === utc(2023))?.label).to.equal('Jan 2023');
  });

  it('nothing for an empty span or no width', () => {
    expect(axisTicks(utc(2022), utc(2022), 800)).to.deep.equal([]);
    expect(axisTicks(utc(2023), utc(2022), 800)).to.deep.equal([]);
    expect(axisTicks(utc(2022), utc(2023), 0)).to.deep.equal([]);
    expect(axisTicks(utc(2022), Number.NaN, 800)).to.deep.equal([]);
  });

  it('a huge span stays a short list', () => {
    const ticks = axisTicks(utc(-200_000), utc(200_000), 1000, 'en');
    expect(ticks.length).to.be.within(2, 20);
  });
});

describe('ticks: UTC, whatever the reader’s time zone', () => {
  afterEach(async () => {
    await emulateTimezone(null);
  });

  const cases = [
    { start: utc(2022), end: utc(2024), width: 800 },
    { start: utc(2024, 3), end: utc(2024, 5), width: 1000 },
    { start: utc(2024, 3, 1), end: utc(2024, 3, 3), width: 800 },
    { start: utc(1990), end: utc(2020), width: 800 },
  ];

  // Labels are cached by locale and time: each zone formats with a locale of its own (same English words), so a
  // label cached in another zone cannot hide a shift.
  const zones = [
    { zone: 'Pacific/Kiritimati', offset: -840, locale: 'en-u-nu-latn' },
    { zone: 'Pacific/Honolulu', offset: 600, locale: 'en-u-ca-gregory' },
  ];
  for (const { zone, offset, locale } of zones) {
    it(`labels and times do not move in ${zone}`, async () => {
      const before = cases.map((c) => axisTicks(c.start, c.end, c.width, 'en'));
      await emulateTimezone(zone);
      expect(new Date(2024, 0, 1).getTimezoneOffset(), 'the zone is emulated').to.equal(offset);
      const after = cases.map((c) => axisTicks(c.start, c.end, c.width, locale));
      expect(after).to.deep.equal(before);
      // And they are UTC calendar boundaries, not local ones.
      expect(after[0][0]).to.deep.include({ time: utc(2022), label: 'Jan 2022' });
      for (const t of after[1]) expect(t.time % 86_400_000, t.label).to.equal(0);
      expect(after[2].some((t) => t.time === utc(2024, 3, 2) && t.label === '12:00 AM')).to.equal(true);
    });
  }
});

describe('ticks: before the common era', () => {
  /** The astronomical year a label names: "500 BC" is -499, "1 BC" is 0, "1 AD" and "1" are 1. */
  function yearOf(label: string): number {
    const m = /^(\d+)(?: (BC|AD))?$/.exec(label);
    expect(m, `a year label: "${label}"`).to.not.equal(null);
    const n = Number(m![1]);
    return m![2] === 'BC' ? 1 - n : n;
  }

  it('an axis across year 1: BC and AD on every label, round years, each tick at the start of its year', () => {
    const ticks = axisTicks(utc(-1000), utc(500), 800, 'en');
    const labels = ticks.map((t) => t.label);
    expect(ticks.length, labels.join(' | ')).to.be.at.least(3);
    for (const t of ticks) {
      const year = yearOf(t.label);
      expect(t.time, `${t.label} is drawn at 1 January of that year`).to.equal(utc(year));
      expect(t.label, 'every label says its era on an axis reaching before year 1').to.match(
        year <= 0 ? / BC$/ : / AD$/,
      );
    }
    expect(labels.some((l) => l.endsWith(' BC'))).to.equal(true);
    expect(labels.some((l) => l.endsWith(' AD'))).to.equal(true);
    // Round numbers as a reader counts them ("500 BC", never "501 BC").
    const bc = labels.filter((l) => l.endsWith(' BC')).map((l) => Number(/^\d+/.exec(l)![0]));
    for (const n of bc) expect(n % 100, `${n} BC is a round year`).to.equal(0);
  });

  it('an axis wholly BCE: every label "N BC", counting down, round', () => {
    const ticks = axisTicks(utc(-3000), utc(-1000), 800, 'en');
    expect(ticks.length).to.be.at.least(3);
    for (const t of ticks) {
      expect(t.label).to.match(/^\d+ BC$/);
      expect(t.time, t.label).to.equal(utc(yearOf(t.label)));
    }
    const numbers = ticks.map((t) => Number(/^\d+/.exec(t.label)![0]));
    expect(numbers).to.deep.equal([...numbers].sort((a, b) => b - a));
    for (const n of numbers) expect(n % 100, `${n} BC is a round year`).to.equal(0);
  });

  it('an axis of CE years only has no era on its labels', () => {
    for (const t of axisTicks(utc(1990), utc(2020), 800, 'en')) expect(t.label).to.match(/^\d{4}$/);
  });
});
