import { expect } from '@open-wc/testing';
import {
  coarserPrecision,
  samePeriod,
  compareDates,
  daysInMonth,
  parsePartialDate,
  periodsOverlap,
  suggestDates,
  toDatetimeAttribute,
  toUTCDate,
  toUTCEndDate,
  type PartialDate,
} from '../../src/dates/partial-date.js';

function ok(text: string): PartialDate {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.message}`);
  return r.date;
}

function fail(text: string): { message: string; fix: string } {
  const r = parsePartialDate(text);
  if (r.ok) throw new Error(`expected ${text} to be refused`);
  return r;
}

describe('parsePartialDate', () => {
  it('keeps the precision the text gives', () => {
    expect(ok('2021')).to.include({ year: 2021, precision: 'year' });
    expect(ok('2021').month).to.equal(undefined);
    expect(ok('2022-11')).to.include({ year: 2022, month: 11, precision: 'month' });
    expect(ok('2022-11').day).to.equal(undefined);
    expect(ok('2024-06-17')).to.include({ year: 2024, month: 6, day: 17, precision: 'day' });
    expect(ok('2024-06-18T10:30')).to.include({ hour: 10, minute: 30, precision: 'minute' });
  });

  it('reads years before year 1 in astronomical numbering', () => {
    expect(ok('-0500')).to.include({ year: -500, precision: 'year' });
    expect(ok('0000').year).to.equal(0);
    expect(Object.is(ok('-0000').year, -0)).to.equal(false);
    expect(ok('-0044-03-15')).to.include({ year: -44, month: 3, day: 15 });
    expect(ok('12000').year).to.equal(12000);
  });

  it('refuses days that do not exist, with the reason', () => {
    const r = fail('2022-11-31');
    expect(r.message).to.contain('2022-11-31 does not exist').and.contain('30 days');
    expect(r.fix).to.contain('YYYY-MM-DD');
    expect(fail('2023-02-29').message).to.contain('28 days');
    expect(ok('2024-02-29').day).to.equal(29);
    expect(fail('1900-02-29').message).to.contain('does not exist');
    expect(ok('2000-02-29').day).to.equal(29);
  });

  it('refuses months and times out of range', () => {
    expect(fail('2024-13').message).to.contain('month 13');
    expect(fail('2024-00').message).to.contain('month 00');
    expect(fail('2024-01-01T24:00').message).to.contain('does not exist');
    expect(fail('2024-01-01T10:60').message).to.contain('does not exist');
  });

  it('refuses other shapes and says which forms work', () => {
    for (const text of ['28/11/2022', 'November 2022', '2022-1', '22', '2024-06-18T10', '2024-06-18 10:30', '']) {
      expect(fail(text).fix, text).to.contain('YYYY-MM');
    }
  });

  it('says how to write a date given another way, when what it means can be told', () => {
    expect(fail('28/11/2022').fix).to.equal('write it as 2022-11-28 (YYYY-MM-DD)');
    expect(fail('June 2024').fix).to.equal('write it as 2024-06 (YYYY-MM)');
    expect(fail('2024-06-18 10:30').fix).to.equal('write it as 2024-06-18T10:30 (YYYY-MM-DDTHH:MM)');
    expect(fail('500 BC').fix).to.equal('write it as -0499 (YYYY; 1 BC is 0000, 2 BC is -0001)');
    expect(fail('06/07/2024').fix).to.equal(
      'write 2024-07-06 if it is 6 July 2024, or 2024-06-07 if it is 7 June 2024 (YYYY-MM-DD)',
    );
    // Nothing sure to say: the forms, as before.
    for (const text of ['Spring 2024', '22', '31/02/2024']) {
      expect(fail(text).fix, text).to.equal(
        'use YYYY, YYYY-MM or YYYY-MM-DD (optionally with THH:MM), e.g. 2022-11 or 2022-11-28',
      );
    }
  });

  it('trims spaces a spreadsheet may leave', () => {
    expect(ok(' 2022-11 ').text).to.equal('2022-11');
  });
});

describe('suggestDates', () => {
  const cases: [string, string[]][] = [
    // Month names in English, in full or cut short, with a day before or after, in any case.
    ['June 2024', ['2024-06']],
    ['jun 2024', ['2024-06']],
    ['Sept. 2024', ['2024-09']],
    ['2024 June', ['2024-06']],
    ['17 June 2024', ['2024-06-17']],
    ['June 17, 2024', ['2024-06-17']],
    ['17th of June 2024', ['2024-06-17']],
    ['17-Jun-2024', ['2024-06-17']],
    // In the other languages the elements speak, as Intl writes the names in full and short.
    ['juin 2024', ['2024-06']],
    ['17 de junio de 2024', ['2024-06-17']],
    ['17. März 2024', ['2024-03-17']],
    ['déc. 2023', ['2023-12']],
    ['جون 2024', ['2024-06']],
    // Numbers: the year first is ISO's order; the year last, the day and month are told apart when one is over 12.
    ['2024/6/1', ['2024-06-01']],
    ['2024-6', ['2024-06']],
    ['2024.06.17', ['2024-06-17']],
    ['11/2022', ['2022-11']],
    ['17/06/2024', ['2024-06-17']],
    ['6/17/2024', ['2024-06-17']],
    ['7/7/2024', ['2024-07-07']],
    ['06/07/2024', ['2024-07-06', '2024-06-07']],
    // How a spreadsheet shows a month it took for a date.
    ['Nov-22', ['2022-11']],
    ['Jun-95', ['1995-06']],
    ['juin-22', ['2022-06']],
    // Eras, and years of fewer than four digits.
    ['500 BC', ['-0499']],
    ['500BCE', ['-0499']],
    ['1 B.C.', ['0000']],
    ['AD 79', ['0079']],
    ['79 CE', ['0079']],
    ['476', ['0476']],
    ['-500', ['-0500']],
    // Timestamps: to the minute, without seconds or a zone; midnight is the day.
    ['2024-06-17T14:30:00Z', ['2024-06-17T14:30']],
    ['2022-11-28T14:30+05:00', ['2022-11-28T14:30']],
    ['2024-06-17T00:00:00.000Z', ['2024-06-17']],
    // Nothing sure.
    ['Spring 2024', []],
    ['c. 1450', []],
    ['1990s', []],
    ['mid-2024', []],
    ['June 17', []],
    ['22', []],
    ['1.524', []],
    ['13/13/2024', []],
    ['31/02/2024', []],
    ['13/2022', []],
    ['December 2024 BC', []],
    ['Grace 2024', []],
    ['2024 <b>', []],
    // Longer than any date is written: not looked at (its patterns must never run on a whole page).
    [`June ${' '.repeat(50)}2024`, []],
    // Already in lesson form: nothing to write instead, even when that day does not exist.
    ['2024-07', []],
    ['2024-02-30', []],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected.join(' or ') || 'nothing'}`, () => {
      expect(suggestDates(text)).to.deep.equal(expected);
      for (const date of expected) expect(parsePartialDate(date).ok, date).to.equal(true);
    });
  }
});

describe('daysInMonth', () => {
  it('follows the Gregorian leap-year rule for any year, BCE included', () => {
    expect(daysInMonth(2024, 2)).to.equal(29);
    expect(daysInMonth(2100, 2)).to.equal(28);
    expect(daysInMonth(0, 2)).to.equal(29);
    expect(daysInMonth(-4, 2)).to.equal(29);
    expect(daysInMonth(-1, 2)).to.equal(28);
    expect(daysInMonth(50, 2)).to.equal(28);
    expect(daysInMonth(2024, 4)).to.equal(30);
    expect(daysInMonth(2024, 12)).to.equal(31);
  });
});

describe('compareDates', () => {
  it('orders by time, a coarser date before a finer one in the same period', () => {
    const sorted = ['2024-06-17', '2021', '-0500', '2024-06', '2022-11', '2024-06-17T09:00', '0000']
      .map(ok)
      .sort(compareDates);
    expect(sorted.map((d) => d.text)).to.deep.equal([
      '-0500',
      '0000',
      '2021',
      '2022-11',
      '2024-06',
      '2024-06-17',
      '2024-06-17T09:00',
    ]);
  });
});

describe('toUTCDate / toUTCEndDate / periodsOverlap', () => {
  it('gives the start of the period in UTC for every year, years 0–99 included', () => {
    expect(toUTCDate(ok('2024-03')).toISOString()).to.equal('2024-03-01T00:00:00.000Z');
    expect(toUTCDate(ok('0050')).getUTCFullYear()).to.equal(50);
    expect(toUTCDate(ok('-0500')).getUTCFullYear()).to.equal(-500);
  });

  it('gives the first instant after the period', () => {
    expect(toUTCEndDate(ok('2024')).toISOString()).to.equal('2025-01-01T00:00:00.000Z');
    expect(toUTCEndDate(ok('2024-12')).toISOString()).to.equal('2025-01-01T00:00:00.000Z');
    expect(toUTCEndDate(ok('2024-02-29')).toISOString()).to.equal('2024-03-01T00:00:00.000Z');
  });

  it('tells whether two periods share time', () => {
    expect(periodsOverlap(ok('2024-06'), undefined, ok('2024-06-17'), ok('2024-06-28'))).to.equal(true);
    expect(periodsOverlap(ok('2021'), undefined, ok('2022-11'), ok('2024-06'))).to.equal(false);
    expect(periodsOverlap(ok('2024-06-29'), undefined, ok('2024-06-17'), ok('2024-06-28'))).to.equal(false);
    expect(periodsOverlap(ok('2024-06-28'), undefined, ok('2024-06-17'), ok('2024-06-28'))).to.equal(true);
  });
});

describe('toDatetimeAttribute', () => {
  it('writes the HTML date at its own precision', () => {
    expect(toDatetimeAttribute(ok('2021'))).to.equal('2021');
    expect(toDatetimeAttribute(ok('2022-11'))).to.equal('2022-11');
    expect(toDatetimeAttribute(ok('2024-06-17'))).to.equal('2024-06-17');
    expect(toDatetimeAttribute(ok('2024-06-18T09:05'))).to.equal('2024-06-18T09:05');
    expect(toDatetimeAttribute(ok('0079'))).to.equal('0079');
  });

  it('has no value for years before year 1, which HTML cannot express', () => {
    expect(toDatetimeAttribute(ok('-0500'))).to.equal(undefined);
    expect(toDatetimeAttribute(ok('0000'))).to.equal(undefined);
  });
});

describe('samePeriod and coarserPrecision', () => {
  const d = (text: string) => {
    const r = parsePartialDate(text);
    if (!r.ok) throw new Error(r.message);
    return r.date;
  };

  it('tells dates apart only as precisely as the less precise one is known', () => {
    expect(coarserPrecision(d('2021'), d('2024-05-03'))).to.equal('year');
    expect(coarserPrecision(d('2024-05-03T10:00'), d('2024-05-03T11:00'))).to.equal('minute');
    expect(samePeriod(d('2024-05'), d('2024-05-12'))).to.equal(true);
    expect(samePeriod(d('2024'), d('2024-06'))).to.equal(true);
    expect(samePeriod(d('2024-05'), d('2024-06'))).to.equal(false);
    expect(samePeriod(d('2024-05-12'), d('2024-05-13'))).to.equal(false);
    expect(samePeriod(d('2024-05-12T10:00'), d('2024-05-12T10:00'))).to.equal(true);
    expect(samePeriod(d('2024-05-12T10:00'), d('2024-05-12T10:01'))).to.equal(false);
    expect(samePeriod(d('-0043'), d('0043'))).to.equal(false);
  });
});
