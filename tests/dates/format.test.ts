import { expect } from '@open-wc/testing';
import { formatDateRange, formatPartialDate, safeLocale } from '../../src/dates/format.js';
import { parsePartialDate, type PartialDate } from '../../src/dates/partial-date.js';
import { emulateTimezone } from '../helpers/browser.js';

function d(text: string): PartialDate {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(r.message);
  return r.date;
}

describe('formatPartialDate', () => {
  it('shows each date at its precision, never inventing a day', () => {
    expect(formatPartialDate(d('2021'), 'en')).to.equal('2021');
    expect(formatPartialDate(d('2024-03'), 'en')).to.equal('March 2024');
    expect(formatPartialDate(d('2024-03-15'), 'en')).to.equal('March 15, 2024');
    expect(formatPartialDate(d('2024-06-18T10:30'), 'en')).to.match(/^June 18, 2024(,| at) 10:30\sAM$/);
  });

  it('names the era for years before year 1 (astronomical -0500 is 501 BC)', () => {
    expect(formatPartialDate(d('-0500'), 'en')).to.equal('501 BC');
    expect(formatPartialDate(d('0000'), 'en')).to.equal('1 BC');
    expect(formatPartialDate(d('-0043-03'), 'en')).to.equal('March 44 BC');
    expect(formatPartialDate(d('0079'), 'en')).to.equal('79');
  });

  it('speaks the locale', () => {
    expect(formatPartialDate(d('2024-03'), 'fr')).to.equal('mars 2024');
    expect(formatPartialDate(d('2024-03-15'), 'en-GB')).to.equal('15 March 2024');
    expect(formatPartialDate(d('2022-11'), 'de')).to.equal('November 2022');
  });

  it('falls back to English for a malformed language tag instead of throwing', () => {
    expect(safeLocale('not a tag!')).to.equal('en');
    expect(formatPartialDate(d('2024-03'), 'not a tag!')).to.equal('March 2024');
  });
});

describe('formatDateRange', () => {
  it('joins two ends and gives both the era when the range crosses year 1', () => {
    expect(formatDateRange(d('2022-11'), d('2024-06'), 'en')).to.equal('November 2022 – June 2024');
    expect(formatDateRange(d('-0030'), d('0014'), 'en')).to.equal('31 BC – 14 AD');
    expect(formatDateRange(d('2024-06-17'), undefined, 'en')).to.equal('June 17, 2024');
  });
});

describe('dates in every time zone', () => {
  afterEach(() => emulateTimezone(null));

  for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati', 'America/Sao_Paulo', 'Asia/Karachi']) {
    it(`never shift in ${zone}`, async () => {
      await emulateTimezone(zone);
      // The emulation is real: the page's local offset changed.
      const offset = new Date(2024, 0, 15).getTimezoneOffset();
      expect(
        { 'Pacific/Honolulu': 600, 'Pacific/Kiritimati': -840, 'America/Sao_Paulo': 180, 'Asia/Karachi': -300 }[zone],
      ).to.equal(offset);
      expect(formatPartialDate(d('2024-03-01'), 'en')).to.equal('March 1, 2024');
      expect(formatPartialDate(d('2024-03'), 'en')).to.equal('March 2024');
      expect(formatPartialDate(d('2021'), 'en')).to.equal('2021');
      expect(formatPartialDate(d('2024-12-31T23:30'), 'en')).to.match(/^December 31, 2024(,| at) 11:30\sPM$/);
      expect(formatPartialDate(d('-0500'), 'en')).to.equal('501 BC');
    });
  }
});
