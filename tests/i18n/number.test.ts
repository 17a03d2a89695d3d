import { expect } from '@open-wc/testing';
import { formatStatValue, statFormatter, type StatFigure } from '../../src/i18n/number.js';
import { en } from '../../src/i18n/strings.js';
import { parseLesson } from '../../src/lesson/parse.js';

/*
 * The exact text Chromium's Intl gives, written with escapes where a character is invisible or easily mistaken:
 * U+202F narrow no-break space (French groups, "12 km"), U+00A0 no-break space (French "90 %", "1,5 k"),
 * U+2013 en dash (ranges), U+200E left-to-right mark and U+200F right-to-left mark, U+061C Arabic letter mark (around
 * signs and % in right-to-left text). Urdu digits are ۰–۹ (arabext), Arabic digits ٠–٩ (arab).
 */
const NNBSP = '\u202f';
const NBSP = '\u00a0';
const LRM = '\u200e';
const RLM = '\u200f';
const ALM = '\u061c';

type Case = [name: string, stat: StatFigure, texts: Record<'en' | 'ur' | 'ar' | 'fr', string>];

const n = (value: number, more: Partial<StatFigure> = {}): StatFigure => ({ value, format: 'number', ...more });

const CASES: Case[] = [
  ['a number', n(1524), { en: '1,524', ur: '۱٬۵۲۴', ar: '١٬٥٢٤', fr: `1${NNBSP}524` }],
  ['a decimal, to two places', n(3.14159), { en: '3.14', ur: '۳٫۱۴', ar: '٣٫١٤', fr: '3,14' }],
  [
    'a percentage (percentage points)',
    n(90, { format: 'percent' }),
    { en: '90%', ur: '۹۰%', ar: `٩٠٪${ALM}`, fr: `90${NBSP}%` },
  ],
  [
    'compact, thousands',
    n(1524, { format: 'compact' }),
    { en: '1.5K', ur: `۱٫۵${NBSP}ہزار`, ar: `١٫٥${NBSP}ألف`, fr: `1,5${NBSP}k` },
  ],
  [
    'compact, millions (lakhs in Urdu)',
    n(2500000, { format: 'compact' }),
    { en: '2.5M', ur: `۲۵${NBSP}لاکھ`, ar: `٢٫٥${NBSP}مليون`, fr: `2,5${NBSP}M` },
  ],
  ['compact, a small number', n(15, { format: 'compact' }), { en: '15', ur: '۱۵', ar: '١٥', fr: '15' }],
  [
    'currency, a whole amount (no .00)',
    n(1500, { format: 'currency', currency: 'USD' }),
    { en: '$1,500', ur: '$۱٬۵۰۰', ar: `${RLM}١٬٥٠٠${NBSP}US$`, fr: `1${NNBSP}500${NBSP}$US` },
  ],
  [
    'currency, with cents',
    n(1500.5, { format: 'currency', currency: 'USD' }),
    { en: '$1,500.50', ur: '$۱٬۵۰۰٫۵۰', ar: `${RLM}١٬٥٠٠٫٥٠${NBSP}US$`, fr: `1${NNBSP}500,50${NBSP}$US` },
  ],
  [
    'currency, rupees',
    n(2500000, { format: 'currency', currency: 'PKR' }),
    {
      en: `PKR${NBSP}2,500,000`,
      ur: `Rs${NBSP}۲٬۵۰۰٬۰۰۰`,
      ar: `${RLM}٢٬٥٠٠٬٠٠٠${NBSP}PKR`,
      fr: `2${NNBSP}500${NNBSP}000${NBSP}PKR`,
    },
  ],
  [
    'an Intl unit, in the language',
    n(12, { unit: 'kilometer' }),
    { en: '12 km', ur: '۱۲ کلو میٹر', ar: '١٢ كم', fr: `12${NNBSP}km` },
  ],
  [
    'a unit in words, as written',
    n(789, { unit: 'attacks' }),
    { en: '789 attacks', ur: '۷۸۹ attacks', ar: '٧٨٩ attacks', fr: '789 attacks' },
  ],
  [
    'compact with an Intl unit',
    n(1524, { format: 'compact', unit: 'kilometer' }),
    { en: '1.5K km', ur: `۱٫۵${NBSP}ہزار کلو میٹر`, ar: `١٫٥${NBSP}ألف كم`, fr: `1,5${NBSP}k${NNBSP}km` },
  ],
  [
    'a qualifier (English words for now)',
    n(90, { format: 'percent', qualifier: 'over' }),
    { en: 'over 90%', ur: 'over ۹۰%', ar: `over ٩٠٪${ALM}`, fr: `over 90${NBSP}%` },
  ],
  [
    'at least',
    n(789, { qualifier: 'at-least' }),
    { en: 'at least 789', ur: 'at least ۷۸۹', ar: 'at least ٧٨٩', fr: 'at least 789' },
  ],
  [
    'a rise, with its sign',
    n(60, { format: 'percent', change: true }),
    { en: '+60%', ur: `${LRM}+${LRM}۶۰%`, ar: `${ALM}+٦٠٪${ALM}`, fr: `+60${NBSP}%` },
  ],
  [
    'a fall, with its sign',
    n(-12, { format: 'percent', change: true }),
    { en: '-12%', ur: `${LRM}-${LRM}۱۲%`, ar: `${ALM}-١٢٪${ALM}`, fr: `-12${NBSP}%` },
  ],
  ['no change: no sign', n(0, { change: true }), { en: '0', ur: '۰', ar: '٠', fr: '0' }],
  [
    'a range',
    n(1400, { max: 1600 }),
    { en: '1,400–1,600', ur: '۱٬۴۰۰–۱٬۶۰۰', ar: '١٬٤٠٠–١٬٦٠٠', fr: `1${NNBSP}400–1${NNBSP}600` },
  ],
  [
    'a range of percentages',
    n(40, { max: 45, format: 'percent' }),
    { en: '40% – 45%', ur: '۴۰% – ۴۵%', ar: `٤٠–٤٥٪${ALM}`, fr: `40–45${NBSP}%` },
  ],
  [
    'a range with a qualifier',
    n(1400, { max: 1600, qualifier: 'about' }),
    {
      en: 'about 1,400–1,600',
      ur: 'about ۱٬۴۰۰–۱٬۶۰۰',
      ar: 'about ١٬٤٠٠–١٬٦٠٠',
      fr: `about 1${NNBSP}400–1${NNBSP}600`,
    },
  ],
  [
    'a range with a unit in words',
    n(1400, { max: 1600, unit: 'attacks' }),
    {
      en: '1,400–1,600 attacks',
      ur: '۱٬۴۰۰–۱٬۶۰۰ attacks',
      ar: '١٬٤٠٠–١٬٦٠٠ attacks',
      fr: `1${NNBSP}400–1${NNBSP}600 attacks`,
    },
  ],
  [
    'a range with an Intl unit',
    n(10, { max: 12, unit: 'kilometer' }),
    { en: '10–12 km', ur: '۱۰–۱۲ کلو میٹر', ar: '١٠–١٢ كم', fr: `10–12${NNBSP}km` },
  ],
  [
    'a compact range',
    n(1400000, { max: 1600000, format: 'compact' }),
    { en: '1.4M – 1.6M', ur: `۱۴–۱۶${NBSP}لاکھ`, ar: `١٫٤–١٫٦${NBSP}مليون`, fr: `1,4–1,6${NBSP}M` },
  ],
  [
    'a range of money',
    n(1400, { max: 1600, format: 'currency', currency: 'USD' }),
    {
      en: '$1,400 – $1,600',
      ur: '$۱٬۴۰۰ – $۱٬۶۰۰',
      ar: `${RLM}١٬٤٠٠–١٬٦٠٠${NBSP}US$`,
      fr: `1${NNBSP}400–1${NNBSP}600${NBSP}$US`,
    },
  ],
];

describe('formatStatValue', () => {
  for (const [name, stat, texts] of CASES) {
    for (const [lang, expected] of Object.entries(texts)) {
      it(`${name}, in ${lang}: ${expected}`, () => {
        expect(formatStatValue(stat, lang, en)).to.equal(expected);
      });
    }
  }

  it('Urdu and Arabic digits for every region of those languages', () => {
    expect(formatStatValue(n(1524), 'ur-PK', en)).to.equal('۱٬۵۲۴');
    expect(formatStatValue(n(1524), 'ur-IN', en)).to.equal('۱٬۵۲۴');
    expect(formatStatValue(n(1524), 'ar-EG', en)).to.equal('١٬٥٢٤');
    // Morocco's default is Latin digits; an Arabic lesson gets Arabic digits unless it asks otherwise.
    expect(formatStatValue(n(1524), 'ar-MA', en)).to.equal('١٬٥٢٤');
  });

  it('a numbering system named in the locale wins', () => {
    expect(formatStatValue(n(1524), 'ar-u-nu-latn', en)).to.equal('1,524');
    expect(formatStatValue(n(1524), 'ur-PK-u-nu-latn', en)).to.equal('1,524');
    expect(formatStatValue(n(1524), 'en-u-nu-arab', en)).to.equal('١٬٥٢٤');
  });

  it('other languages keep their own digits; a malformed language falls back to English', () => {
    expect(formatStatValue(n(1524), 'de', en)).to.equal('1.524');
    expect(formatStatValue(n(1524), 'not a language', en)).to.equal('1,524');
  });

  it('a range whose ends are equal is one number, never "~5"', () => {
    expect(formatStatValue(n(5, { max: 5 }), 'en', en)).to.equal('5');
  });

  it('a unit is not shown with a percentage or an amount of money', () => {
    expect(formatStatValue(n(90, { format: 'percent', unit: 'attacks' }), 'en', en)).to.equal('90%');
    expect(formatStatValue(n(5, { format: 'currency', currency: 'USD', unit: 'km' }), 'en', en)).to.equal('$5');
  });

  it('a currency sign in the text is not read as a replacement pattern', () => {
    expect(formatStatValue(n(5, { format: 'currency', currency: 'USD', qualifier: 'about' }), 'en', en)).to.equal(
      'about $5',
    );
  });
});

describe('statFormatter', () => {
  it('gives formatStatValue’s text for the stat’s own value, in every case and language', () => {
    for (const [name, stat, texts] of CASES) {
      for (const lang of Object.keys(texts)) {
        expect(statFormatter(stat, lang, en)(stat.value), `${name} in ${lang}`).to.equal(
          formatStatValue(stat, lang, en),
        );
      }
    }
  });

  it('writes the steps of a count-up as the final value is written', () => {
    const rise = statFormatter(n(60, { format: 'percent', change: true }), 'en', en);
    expect([0, 30, 60].map(rise)).to.deep.equal(['0%', '+30%', '+60%']);
    const deaths = statFormatter(n(1524, { qualifier: 'over' }), 'ur', en);
    expect([0, 762, 1524].map(deaths)).to.deep.equal(['over ۰', 'over ۷۶۲', 'over ۱٬۵۲۴']);
    const money = statFormatter(n(1500, { format: 'currency', currency: 'PKR' }), 'fr', en);
    expect(money(750)).to.equal(`750${NBSP}PKR`);
  });

  it('counts both ends of a range up together, from one number to the range', () => {
    const range = statFormatter(n(1400, { max: 1600 }), 'en', en);
    expect([0, 700, 1400].map(range)).to.deep.equal(['0', '700–800', '1,400–1,600']);
    expect(statFormatter(n(0, { max: 5 }), 'en', en)(0)).to.equal('0–5');
  });
});

describe('the default lesson’s figures', () => {
  it('in English, Urdu, Arabic and French', async () => {
    const { lesson } = parseLesson(await (await fetch('/data/pakistan-small-arms-2024.json')).text());
    const texts = Object.fromEntries(
      lesson!.stats.map((s) => [s.id, ['en', 'ur', 'ar', 'fr'].map((lang) => formatStatValue(s, lang, en))]),
    );
    expect(texts).to.deep.equal({
      'deaths-2023': ['1,524', '۱٬۵۲۴', '١٬٥٢٤', `1${NNBSP}524`],
      'injuries-2023': ['1,463', '۱٬۴۶۳', '١٬٤٦٣', `1${NNBSP}463`],
      'attacks-2023': ['789', '۷۸۹', '٧٨٩', '789'],
      'kp-balochistan-deaths': ['over 90%', 'over ۹۰%', `over ٩٠٪${ALM}`, `over 90${NBSP}%`],
      'kp-balochistan-attacks': ['84%', '۸۴%', `٨٤٪${ALM}`, `84${NBSP}%`],
      'ttp-attacks-rise': ['+60%', `${LRM}+${LRM}۶۰%`, `${ALM}+٦٠٪${ALM}`, `+60${NBSP}%`],
    });
  });
});
