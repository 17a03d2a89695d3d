/**
 * The form's fields: for the lesson and for each kind of item, what a teacher fills in, in the order of the form,
 * with a label and a hint in plain words. The fields and their meaning follow docs/data-format.md; which values are
 * right is not decided here but by `parseLesson`, whose problems are shown next to these fields.
 */
import { isRecord, type Draft, type ListName } from './draft.js';

/**
 * How a field is edited:
 * - `text`, `textarea`, `date`, `number`, `lang`: one text box (a date and a number are kept as typed, so that the
 *   check can say what is wrong with them);
 * - `select`: one of `options`; `check`: a checkbox for `true`;
 * - `words`: texts separated by commas, kept as a list (`tags`);
 * - `refs`: checkboxes for the ids of another list (`sources`, `events`); `ref`: one of them, or none;
 * - `media`, `choices`, `answer`, `series`: the groups with fields of their own.
 */
export type FieldKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'number'
  | 'lang'
  | 'select'
  | 'check'
  | 'words'
  | 'refs'
  | 'ref'
  | 'media'
  | 'choices'
  | 'answer'
  | 'series';

export interface FieldDef {
  /** The field's name in the lesson file. */
  readonly key: string;
  readonly label: string;
  /** One line under the label: what to write, with an example. */
  readonly hint?: string;
  readonly kind: FieldKind;
  /** The lesson needs it: marked "(required)". */
  readonly required?: boolean;
  /** For `select`: the values and how they are named. The first is the value shown when the field is not given. */
  readonly options?: readonly (readonly [value: string, label: string])[];
  /** For `refs` and `ref`: the list whose ids are offered. */
  readonly refs?: 'sources' | 'events' | 'stats';
  /** Shown only when this says so (or when the field has a value or a problem). */
  readonly when?: (item: Record<string, unknown>) => boolean;
  /** Text in the lesson's language: typed and shown in its own direction (`dir="auto"`). */
  readonly prose?: boolean;
}

/** A kind of item in one of the lesson's lists. */
export interface ListDef {
  readonly name: ListName;
  /** The section's heading. */
  readonly heading: string;
  /** What the section is for, in one sentence. */
  readonly intro: string;
  /** The item as problems name it (`Event 3`): the same words as `parseLesson`'s places. */
  readonly noun: string;
  /** The label of the button that adds one. */
  readonly add: string;
  readonly fields: readonly FieldDef[];
  /** A line naming the item in its collapsed header: its date and title, its figure and label… */
  summary(item: unknown): string;
}

const DATE_HINT = 'As precise as you know it: 2021, 2022-11 or 2022-11-28.';
const ID_HINT = 'letters, digits, - and _, starting with a letter.';

/** The fields of the lesson itself, at the top of the form. */
export const LESSON_FIELDS: readonly FieldDef[] = [
  { key: 'title', label: 'Title', kind: 'text', prose: true, hint: 'The lesson’s title, as pupils see it.' },
  {
    key: 'summary',
    label: 'Summary',
    kind: 'textarea',
    prose: true,
    hint: 'Two or three sentences telling pupils what the lesson is about.',
  },
  {
    key: 'lang',
    label: 'Language',
    kind: 'lang',
    hint: 'A language code: en (English), ur (Urdu), ar (Arabic), fr (French), es (Spanish), de (German). Dates, numbers and the lesson’s buttons follow it.',
  },
  {
    key: 'id',
    label: 'Lesson id',
    kind: 'text',
    hint: `A short name for the lesson, such as ttp-ceasefire: ${ID_HINT} Keep it when you edit the lesson, so pupils’ saved quiz answers stay with it.`,
  },
];

/** Suggestions for the language field, with the languages the elements have words for first. */
export const LANGUAGES: readonly (readonly [code: string, name: string])[] = [
  ['en', 'English'],
  ['ur', 'Urdu'],
  ['ar', 'Arabic'],
  ['fr', 'French'],
  ['es', 'Spanish'],
  ['de', 'German'],
  ['en-GB', 'English (United Kingdom)'],
  ['pt', 'Portuguese'],
];

function text(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : typeof value === 'number' ? String(value) : '';
}

function field(item: unknown, key: string): string {
  return isRecord(item) ? text(item[key]) : '';
}

/** Joins the parts of a summary line that are there. */
function line(...parts: string[]): string {
  return parts.filter(Boolean).join(' · ');
}

export const LIST_DEFS: Readonly<Record<ListName, ListDef>> = {
  events: {
    name: 'events',
    heading: 'Events',
    intro: 'What happened, for the timeline. Any order: the timeline sorts them by date.',
    noun: 'Event',
    add: 'Add an event',
    summary: (item) => line(field(item, 'date') || 'no date', field(item, 'title') || 'no title yet'),
    fields: [
      { key: 'date', label: 'Date', kind: 'date', required: true, hint: DATE_HINT },
      { key: 'title', label: 'Title', kind: 'text', required: true, prose: true, hint: 'A short headline.' },
      {
        key: 'description',
        label: 'Description',
        kind: 'textarea',
        prose: true,
        hint: 'One to three sentences: what happened and why it matters. *emphasis*, **strong**, [a link](https://…) and lists work.',
      },
      {
        key: 'endDate',
        label: 'End date',
        kind: 'date',
        hint: 'Only for something that lasted. Leave it empty for a single moment.',
      },
      {
        key: 'displayDate',
        label: 'Date as shown',
        kind: 'text',
        prose: true,
        hint: 'Optional words shown instead of the date, such as “June 2024, during the conference”. The event is still placed by its date.',
      },
      {
        key: 'tags',
        label: 'Topics',
        kind: 'words',
        prose: true,
        hint: 'Words pupils can filter the timeline by, separated by commas: ttp, violence.',
      },
      { key: 'sources', label: 'Sources', kind: 'refs', refs: 'sources' },
      { key: 'media', label: 'Picture', kind: 'media' },
      {
        key: 'id',
        label: 'Short name (id)',
        kind: 'text',
        hint: `For links to this event and for questions and figures about it: ${ID_HINT} Made from the title when empty.`,
      },
    ],
  },
  stats: {
    name: 'stats',
    heading: 'Key figures',
    intro: 'Numbers that matter, each shown on a card with what it counts, when and where.',
    noun: 'Stat',
    add: 'Add a figure',
    summary: (item) => line(field(item, 'value') || 'no figure', field(item, 'label') || 'no label yet'),
    fields: [
      {
        key: 'value',
        label: 'Figure',
        kind: 'number',
        required: true,
        hint: 'A plain number, such as 1524, or 90 for 90%. No commas, no % sign.',
      },
      {
        key: 'label',
        label: 'What it counts',
        kind: 'text',
        required: true,
        prose: true,
        hint: 'Read after the number: “violence-related deaths”.',
      },
      {
        key: 'format',
        label: 'Written as',
        kind: 'select',
        options: [
          ['number', 'a plain number (1,524)'],
          ['percent', 'a percentage (90%)'],
          ['compact', 'a short number (1.5K)'],
          ['currency', 'an amount of money ($1,500)'],
        ],
      },
      {
        key: 'currency',
        label: 'Currency',
        kind: 'text',
        hint: 'Its three-letter code, in capitals: PKR, USD, EUR.',
        when: (item) => item.format === 'currency',
      },
      {
        key: 'qualifier',
        label: 'How exact',
        kind: 'select',
        hint: 'For a figure the source gives only as a bound or an estimate, such as “over 90%”.',
        options: [
          ['', 'exactly this figure'],
          ['over', 'over'],
          ['under', 'under'],
          ['about', 'about'],
          ['at-least', 'at least'],
          ['at-most', 'at most'],
        ],
      },
      {
        key: 'max',
        label: 'Up to',
        kind: 'number',
        hint: 'For a range such as 1,400–1,600: the high end. The figure above is then the low end.',
      },
      {
        key: 'change',
        label: 'It is a rise or a fall',
        kind: 'check',
        hint: 'Shown with its sign: +60%. Write a fall as a negative number.',
      },
      {
        key: 'unit',
        label: 'Unit',
        kind: 'text',
        prose: true,
        hint: 'For a plain or short number: kilometer, hectare, or any word, such as attacks.',
      },
      { key: 'period', label: 'When', kind: 'text', prose: true, hint: 'The time it covers: 2023, in two years.' },
      {
        key: 'context',
        label: 'Why it matters',
        kind: 'text',
        prose: true,
        hint: 'Such as “the highest in six years”.',
      },
      { key: 'region', label: 'Place', kind: 'text', prose: true, hint: 'The place the figure is about.' },
      { key: 'tags', label: 'Topics', kind: 'words', prose: true, hint: 'Separated by commas.' },
      { key: 'sources', label: 'Sources', kind: 'refs', refs: 'sources' },
      { key: 'events', label: 'Events about it', kind: 'refs', refs: 'events' },
      { key: 'series', label: 'The figure over time (a small chart)', kind: 'series' },
      { key: 'id', label: 'Short name (id)', kind: 'text', hint: `For questions about this figure: ${ID_HINT}` },
    ],
  },
  glossary: {
    name: 'glossary',
    heading: 'Glossary',
    intro:
      'Words and abbreviations pupils may not know. Their first use in the text of events and figures opens the meaning.',
    noun: 'Glossary entry',
    add: 'Add a word',
    summary: (item) => field(item, 'term') || 'no word yet',
    fields: [
      {
        key: 'term',
        label: 'Word or abbreviation',
        kind: 'text',
        required: true,
        prose: true,
        hint: 'As it is written in the lesson: TTP.',
      },
      {
        key: 'expansion',
        label: 'What it stands for',
        kind: 'text',
        prose: true,
        hint: 'For an abbreviation: Tehreek-i-Taliban Pakistan.',
      },
      {
        key: 'definition',
        label: 'Meaning',
        kind: 'textarea',
        prose: true,
        hint: 'One or two sentences a pupil follows.',
      },
    ],
  },
  questions: {
    name: 'questions',
    heading: 'Quiz questions',
    intro:
      'Multiple-choice questions, asked in this order. The quiz also asks pupils to put events in order: that part needs no questions.',
    noun: 'Question',
    add: 'Add a question',
    summary: (item) => field(item, 'prompt') || 'no question yet',
    fields: [
      { key: 'prompt', label: 'Question', kind: 'textarea', required: true, prose: true },
      { key: 'choices', label: 'Answers to choose from', kind: 'choices', required: true },
      { key: 'answer', label: 'The right answer', kind: 'answer', required: true },
      {
        key: 'explanation',
        label: 'Explanation',
        kind: 'textarea',
        prose: true,
        hint: 'Why that answer is right, shown after the pupil checks. *emphasis* and [links](https://…) work.',
      },
      {
        key: 'event',
        label: 'The event it is about',
        kind: 'ref',
        refs: 'events',
        hint: 'Optional: the feedback then offers “See on the timeline”.',
      },
      { key: 'stat', label: 'The figure it is about', kind: 'ref', refs: 'stats', hint: 'Optional.' },
      {
        key: 'id',
        label: 'Short name (id)',
        kind: 'text',
        hint: `Keeps a pupil’s saved answer with the question when you edit it: ${ID_HINT}`,
      },
    ],
  },
  sources: {
    name: 'sources',
    heading: 'Sources',
    intro: 'The documents your facts come from. Events and figures cite them, and pupils see them as a numbered list.',
    noun: 'Source',
    add: 'Add a source',
    summary: (item) => field(item, 'title') || 'no title yet',
    fields: [
      {
        key: 'title',
        label: 'Title',
        kind: 'text',
        required: true,
        prose: true,
        hint: 'The title of the report, article or statement.',
      },
      {
        key: 'id',
        label: 'Short name (id)',
        kind: 'text',
        required: true,
        hint: `Events and figures cite the source by it, such as crss-2023: ${ID_HINT}`,
      },
      { key: 'publisher', label: 'Publisher', kind: 'text', prose: true },
      {
        key: 'url',
        label: 'Web address',
        kind: 'text',
        hint: 'Starting with https://. Leave it empty when the source is not online.',
      },
      { key: 'date', label: 'Published', kind: 'date', hint: DATE_HINT },
    ],
  },
  eras: {
    name: 'eras',
    heading: 'Periods',
    intro: 'Named stretches of time, shown as bands behind the events on the timeline.',
    noun: 'Period',
    add: 'Add a period',
    summary: (item) =>
      line(field(item, 'title') || 'no name yet', [field(item, 'start'), field(item, 'end')].filter(Boolean).join('–')),
    fields: [
      { key: 'title', label: 'Name', kind: 'text', required: true, prose: true },
      { key: 'start', label: 'Start', kind: 'date', required: true, hint: DATE_HINT },
      { key: 'end', label: 'End', kind: 'date', required: true, hint: DATE_HINT },
      { key: 'id', label: 'Short name (id)', kind: 'text', hint: ID_HINT.replace(/^l/, 'L') },
    ],
  },
};

/** The picture of an event: its own fields, under `media`. */
export const MEDIA_FIELDS: readonly FieldDef[] = [
  {
    key: 'url',
    label: 'Picture address',
    kind: 'text',
    hint: 'The web address of the image, starting with https://, or a file next to the page (images/map.png).',
  },
  {
    key: 'alt',
    label: 'What the picture shows',
    kind: 'text',
    prose: true,
    hint: 'For pupils who cannot see it: “Delegates seated in a conference room”.',
  },
  { key: 'caption', label: 'Caption', kind: 'text', prose: true, hint: 'A line under the picture.' },
  { key: 'credit', label: 'Credit', kind: 'text', prose: true, hint: 'Who made it, and its licence.' },
];

/** Every field name the form shows, by list: a problem about any other field is shown with its item. */
export function fieldKeys(list: ListName): string[] {
  return LIST_DEFS[list].fields.map((f) => f.key);
}

/** The label of a field for the problems summary (`Event 3, Date`), from a problem's path. */
export function labelOf(path: string): string | undefined {
  const match = /^(\w+)\[\d+\]\.(\w+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path);
  if (!match) return LESSON_FIELDS.find((f) => f.key === path)?.label;
  const [, list, key, index, sub] = match;
  const def = (LIST_DEFS as Record<string, ListDef | undefined>)[list]?.fields.find((f) => f.key === key);
  if (!def) return undefined;
  if (def.kind === 'media' && sub) return MEDIA_FIELDS.find((f) => f.key === sub)?.label ?? def.label;
  if (def.kind === 'choices' && index !== undefined) return `Answer ${Number(index) + 1}`;
  if (def.kind === 'series' && index !== undefined) {
    return `${def.label}, point ${Number(index) + 1}${sub ? `, ${sub === 'period' ? 'when' : 'figure'}` : ''}`;
  }
  return def.label;
}

/** A new, empty item of a list, as "Add" puts it in the lesson. */
export function newItem(list: ListName): Draft {
  return list === 'questions' ? { choices: ['', ''] } : {};
}
