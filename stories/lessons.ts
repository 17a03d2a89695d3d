/** Small lessons for stories, besides the default lesson served at data/pakistan-small-arms-2024.json. */
import type { LessonInput } from '../src/lesson/types.js';
import { seededRandom } from '../tests/helpers/generate.js';

export const DEFAULT_LESSON_URL = 'data/pakistan-small-arms-2024.json';

/** Dates of every precision, BCE included, with an era and a range. */
export const ancientLesson: LessonInput = {
  title: 'From Persepolis to Rome',
  lang: 'en',
  events: [
    { id: 'persepolis', date: '-0517', displayDate: 'c. 518 BC', title: 'Work begins on Persepolis', tags: ['persia'] },
    { id: 'marathon', date: '-0489-09', title: 'Battle of Marathon', tags: ['greece'] },
    { id: 'ides', date: '-0043-03-15', title: 'Julius Caesar is killed in Rome', tags: ['rome'] },
    { id: 'augustus', date: '-0026', endDate: '0014', title: 'Augustus rules Rome', tags: ['rome'] },
    { id: 'vesuvius', date: '0079-10', title: 'Vesuvius buries Pompeii', tags: ['rome'] },
  ],
  eras: [{ id: 'republic', title: 'Roman Republic (late)', start: '-0133', end: '-0027' }],
};

/** A lesson with mistakes of several kinds: the valid events still show, and each mistake is listed. */
export const lessonWithMistakes: unknown = {
  title: 'A lesson with mistakes',
  events: [
    { date: '2022-11', title: 'The TTP ends its ceasefire', descripton: 'A typo in a field name' },
    { date: '2022-11-31', title: 'A day that does not exist' },
    { date: '17/06/2024', title: 'A date as a spreadsheet writes it' },
    { date: '2024-03', title: '<img src=x onerror="alert(1)"> is shown as text' },
    { title: 'No date' },
  ],
  stats: [{ value: '1,524', label: 'deaths' }],
};

/** The default lesson's story in Urdu (lang "ur", right to left): the same facts and dates, shortened titles. */
export const urduLesson: LessonInput = {
  title: 'پاکستان، ٹی ٹی پی اور چھوٹے ہتھیار',
  lang: 'ur',
  events: [
    { id: 'kabul-2021', date: '2021', title: 'افغان طالبان نے کابل پر قبضہ کر لیا', tags: ['افغانستان'] },
    {
      id: 'ttp-ceasefire-ends',
      date: '2022-11',
      title: 'ٹی ٹی پی نے حکومت کے ساتھ جنگ بندی ختم کر دی',
      tags: ['ٹی ٹی پی'],
    },
    {
      id: 'unsc-appeal',
      date: '2024-03',
      title: 'پاکستان نے اقوامِ متحدہ کی سلامتی کونسل سے اپیل کی',
      tags: ['اقوامِ متحدہ'],
    },
    {
      id: 'durrani-ttp-attacks',
      date: '2024-05',
      title: 'دو برس میں ٹی ٹی پی کے حملوں میں 60 فیصد اضافہ',
      tags: ['ٹی ٹی پی'],
    },
    {
      id: 'concerted-campaign',
      date: '2024-06',
      title: 'پاکستان نے دہشت گرد گروہوں سے اسلحہ جمع کرنے کی مہم کا مطالبہ کیا',
      tags: ['اقوامِ متحدہ'],
    },
  ],
  eras: [{ id: 'since-ceasefire', title: 'جنگ بندی ختم ہونے کے بعد', start: '2022-11', end: '2024-06' }],
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date at year, month or day precision. */
function partialDate(year: number, month: number, day: number, precision: number): string {
  if (precision === 0) return pad(year, 4);
  if (precision === 1) return `${pad(year, 4)}-${pad(month)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const SUBJECTS = [
  'A new railway',
  'The city council',
  'A trade fair',
  'The national library',
  'A river port',
  'The university',
];
const VERBS = ['opens in', 'is founded in', 'moves to', 'is rebuilt in', 'closes in', 'expands to'];
const PLACES = ['Lahore', 'Karachi', 'Quetta', 'Peshawar', 'Multan', 'Hyderabad', 'Sialkot', 'Gilgit'];
const TAGS = ['culture', 'economy', 'politics', 'science', 'transport'];

const generated = new Map<string, LessonInput>();

/**
 * `count` made-up events (ids `e1`…), spread over 1800–2024 at year, month and day precision, about one in twenty
 * a range, each with one or two tags, from a fixed seed: the same lesson every run. Cached, so a story that shows
 * 10,000 events builds them once.
 */
export function generatedLesson(count: number, seed = 1): LessonInput {
  const key = `${count}|${seed}`;
  const cached = generated.get(key);
  if (cached) return cached;
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const events = Array.from({ length: count }, (_, i) => {
    const year = 1800 + Math.floor(next() * 225);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const precision = Math.floor(next() * 3);
    // A range ends in a later year, so its end is never before its start (and never after 2024).
    const ranged = year < 2024 && next() < 0.05;
    const tags = [pick(TAGS)];
    if (next() < 0.3) tags.push(pick(TAGS.filter((tag) => tag !== tags[0])));
    return {
      id: `e${i + 1}`,
      date: partialDate(year, month, day, precision),
      ...(ranged ? { endDate: pad(Math.min(2024, year + 1 + Math.floor(next() * 10)), 4) } : {}),
      title: `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(PLACES)} (no. ${i + 1})`,
      tags,
    };
  });
  const lesson: LessonInput = {
    title: `${count.toLocaleString('en')} generated events (seed ${seed})`,
    lang: 'en',
    events,
  };
  generated.set(key, lesson);
  return lesson;
}

/**
 * Generated: three overlapping eras and a mix of single dates and ranges (years, months and days), so the era bands,
 * era lanes and range bars all have something to show.
 */
export const eraLesson: LessonInput = (() => {
  const next = seededRandom(7);
  const events: NonNullable<LessonInput['events']> = [];
  for (let i = 0; i < 14; i++) {
    const year = 1990 + i * 2 + Math.floor(next() * 2);
    const month = 1 + Math.floor(next() * 12);
    const ranged = i % 3 === 1;
    events.push({
      id: `event-${i + 1}`,
      date: ranged ? `${year}-${pad(month)}` : partialDate(year, month, 1 + Math.floor(next() * 28), i % 3),
      ...(ranged ? { endDate: `${year + 1 + (i % 4)}-${pad(1 + Math.floor(next() * 12))}` } : {}),
      title: ranged ? `Range ${i + 1}: a project that runs ${1 + (i % 4)}+ years` : `Event ${i + 1}: a single date`,
      ...(ranged ? { description: 'An event with a start and an end date, drawn as a bar on the axis.' } : {}),
      tags: [ranged ? 'range' : 'single'],
    });
  }
  return {
    title: 'Generated: overlapping eras and date ranges',
    lang: 'en',
    events,
    eras: [
      // The element shows each era's dates after its title: the titles do not repeat them.
      { id: 'first', title: 'First period', start: '1990', end: '2004' },
      { id: 'second', title: 'Second period', start: '1998', end: '2012' },
      { id: 'third', title: 'Third period', start: '2002-03', end: '2008-10' },
      { id: 'fourth', title: 'Fourth period', start: '2010', end: '2017-06' },
    ],
  };
})();

/** A small TimelineJS3 file, as a teacher moving over from TimelineJS has one: title slide, groups, an era, BCE. */
export const timelineJsFile = {
  title: {
    text: { headline: 'Writing through the ages', text: '<p>From clay tablets to <i>printing</i>.</p>' },
  },
  events: [
    {
      unique_id: 'cuneiform',
      start_date: { year: -3199 },
      display_date: 'c. 3200 BCE',
      text: { headline: 'Cuneiform in Sumer', text: '<p>Marks pressed into <b>clay</b> tablets.</p>' },
      group: 'Writing',
    },
    {
      unique_id: 'gutenberg',
      start_date: { year: 1450 },
      text: {
        headline: 'Gutenberg&rsquo;s press',
        text: '<p>Movable type in Mainz.</p><ul><li>Metal type</li><li>Oil-based ink</li></ul>',
      },
      group: 'Printing',
      background: { color: '#eee' },
    },
    {
      unique_id: 'www',
      start_date: { year: 1991, month: 8, day: 6 },
      text: {
        headline: 'The first web site',
        text: '<p>Published at <a href="https://home.cern/">CERN</a>.</p>',
      },
      media: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', caption: 'A talk about the web' },
      group: 'Printing',
    },
  ],
  eras: [{ start_date: { year: 1450 }, end_date: { year: 1991 }, text: { headline: 'The age of print' } }],
};

/** The same kind of lesson as a spreadsheet saved as CSV, with our own columns. */
export const spreadsheetLesson = `type,date,title,description,tags
title,,Pakistan and small arms,"From the end of the ceasefire to the UN conference.",
event,2022-11,The TTP ends its ceasefire with the government,"Since then, Pakistan has seen an increase in terrorist activities.",ttp; violence
event,2024-03,Pakistan asks the UN Security Council to act,"An appeal to stop the flow of weapons to the TTP.",un; ttp
event,2024-06,Pakistan calls for a “concerted campaign”,"At the Fourth Review Conference of the **Programme of Action**.",un
`;

/** Descriptions with the Markdown subset: emphasis, links, lists, line breaks. */
export const richTextLesson = {
  title: 'Rich text in descriptions',
  events: [
    {
      date: '2024-06',
      title: 'The Fourth Review Conference',
      description:
        'States review the *Programme of Action* on **small arms and light weapons**.\nHeld in New York.\n\nOn the agenda:\n- stockpile management\n- marking and tracing\n- [international cooperation](https://disarmament.unoda.org/)',
    },
    {
      date: '2024-03',
      title: 'An appeal to the Security Council',
      description: 'A link that is not allowed stays text: [click me](javascript:alert(1)).',
    },
  ],
};

/** Three of the default lesson's figures with Urdu labels, for right-to-left stories (same figures, same source). */
export const urduStats: LessonInput = {
  lang: 'ur',
  stats: [
    { value: 1524, label: 'تشدد سے متعلق اموات', period: '2023', region: 'پاکستان' },
    {
      value: 90,
      format: 'percent',
      qualifier: 'over',
      label: 'تشدد سے متعلق تمام اموات خیبر پختونخوا اور بلوچستان میں ہوئیں',
      period: '2023',
    },
    { value: 60, format: 'percent', change: true, label: 'ٹی ٹی پی کے حملوں میں اضافہ', period: 'دو سال میں' },
  ],
};
