/**
 * The lesson data model: what a lesson file holds once `parseLesson` has checked it.
 *
 * These types mirror `data/lesson.schema.json` (JSON Schema 2020-12). The schema describes the file a teacher
 * writes; these types describe what the elements receive after validation, so optional fields stay optional and
 * every date is already parsed into a {@link PartialDate}.
 */
import type { PartialDate } from '../dates/partial-date.js';

/** A lesson as written in a lesson file (before validation). Every field is optional except `events` or `stats`. */
export interface LessonInput {
  $schema?: string;
  /** A stable id for the lesson (used later to keep quiz progress apart). */
  id?: string;
  title?: string;
  summary?: string;
  /** BCP 47 language tag of the lesson's text, e.g. `en`, `ur`, `fr`. */
  lang?: string;
  events?: EventInput[];
  eras?: EraInput[];
  stats?: StatInput[];
  sources?: SourceInput[];
  glossary?: GlossaryEntry[];
  /** Multiple-choice questions for `<edu-quiz>`. */
  questions?: QuestionInput[];
}

export interface EventInput {
  id?: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally `THH:MM`; a leading `-` for years BCE. */
  date: string;
  endDate?: string;
  /** Free text shown instead of the formatted date, e.g. "Spring 2024" or "c. 1450". */
  displayDate?: string;
  title: string;
  description?: string;
  tags?: string[];
  /** Ids of entries in the lesson's `sources`. */
  sources?: string[];
  media?: MediaInput;
}

export interface MediaInput {
  /** An http(s) URL of an image. */
  url: string;
  /** Text alternative for the image; an empty string marks it decorative. */
  alt: string;
  /** A line shown under the image, saying what it shows. */
  caption?: string;
  credit?: string;
}

export interface EraInput {
  id?: string;
  title: string;
  start: string;
  end: string;
}

/**
 * How a statistic's value is written: a plain number (1,524), percentage points (`90` means 90%), a short number
 * (1.5K), or an amount of money in `currency` ($1,500).
 */
export type StatFormat = 'number' | 'percent' | 'compact' | 'currency';

/** A word that qualifies a figure the source gives only as a bound or an approximation. */
export type StatQualifier = 'over' | 'under' | 'about' | 'at-least' | 'at-most';

export interface StatInput {
  id?: string;
  /** The figure; for a range, its low end. */
  value: number;
  /** The high end of a range: `{ value: 1400, max: 1600 }` is "1,400–1,600". At least `value`. */
  max?: number;
  label: string;
  format?: StatFormat;
  /** An ISO 4217 code (`USD`, `PKR`), required with `format: "currency"` and used only with it. */
  currency?: string;
  /** "over 90%" is `{ value: 90, format: "percent", qualifier: "over" }`. */
  qualifier?: StatQualifier;
  /** The value is a rise or a fall (shown with its sign: +60%). */
  change?: boolean;
  /**
   * A unit: an Intl.NumberFormat unit identifier (`kilometer`, `percent`…) or free text (`attacks`). Shown with
   * the `number` and `compact` formats only.
   */
  unit?: string;
  /** The time the figure covers, as text: "2023", "in two years". */
  period?: string;
  /** What makes the figure notable: "the highest in six years". */
  context?: string;
  region?: string;
  /** Words to filter a grid of figures by. */
  tags?: string[];
  sources?: string[];
  /** Ids of the lesson's events that report or explain the figure. */
  events?: string[];
  /** The figure over time, for a small chart: at least two points, in the order they are drawn. */
  series?: StatPoint[];
}

/** One point of a stat's `series`. */
export interface StatPoint {
  /** When, as text: "2022", "Q1 2023". */
  period: string;
  value: number;
}

export interface SourceInput {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  /** A partial date, as for events. */
  date?: string;
}

export interface GlossaryEntry {
  term: string;
  expansion?: string;
  definition?: string;
}

export interface QuestionInput {
  id?: string;
  /** The question, as pupils read it. */
  prompt: string;
  /** The answers to choose from, 2 to 8 of them, in the order they are shown. */
  choices: string[];
  /** The right answer, written exactly as one of `choices`. */
  answer: string;
  /** Why that answer is right: shown after the pupil answers. */
  explanation?: string;
  /** The id of the event the question is about ("See on the timeline"). */
  event?: string;
  /** The id of the stat the question is about. */
  stat?: string;
}

/* ---------- The validated model the elements render ---------- */

export interface Lesson {
  id?: string;
  title?: string;
  summary?: string;
  lang?: string;
  /** Sorted by date (then by end date, then by the order in the file). */
  events: TimelineEvent[];
  eras: Era[];
  stats: Stat[];
  sources: Source[];
  glossary: GlossaryEntry[];
  questions: Question[];
}

export interface TimelineEvent {
  /** Unique within the lesson; generated from the title when the file has none. */
  id: string;
  date: PartialDate;
  endDate?: PartialDate;
  displayDate?: string;
  title: string;
  description?: string;
  tags: string[];
  /** Source ids that exist in the lesson's `sources`. */
  sources: string[];
  media?: Media;
}

export interface Media {
  url: string;
  alt: string;
  caption?: string;
  credit?: string;
}

export interface Era {
  id: string;
  title: string;
  start: PartialDate;
  end: PartialDate;
}

export interface Stat {
  id: string;
  value: number;
  /** Greater than `value` when the figure is a range. */
  max?: number;
  label: string;
  format: StatFormat;
  /** Set exactly when `format` is `currency`: a code Intl knows. */
  currency?: string;
  qualifier?: StatQualifier;
  change?: boolean;
  /** Only with the `number` and `compact` formats. */
  unit?: string;
  period?: string;
  context?: string;
  region?: string;
  tags: string[];
  sources: string[];
  /** Ids of events of the same lesson (not checked for a stat read on its own). */
  events: string[];
  /** Two points or more, or none (empty). */
  series: StatPoint[];
}

export interface Source {
  id: string;
  title: string;
  publisher?: string;
  /** Only http(s) and mailto URLs survive validation. */
  url?: string;
  date?: PartialDate;
}

export interface Question {
  /** Unique among the lesson's questions; made from the prompt when the file has none. */
  id: string;
  prompt: string;
  /** Two to eight distinct answers, in the file's order. */
  choices: string[];
  /** The index of the right answer in `choices`. */
  answer: number;
  explanation?: string;
  /** The id of an event of the same lesson. */
  event?: string;
  /** The id of a stat of the same lesson. */
  stat?: string;
}

/** One thing wrong (or doubtful) in a lesson file. */
export interface LessonProblem {
  /** `error`: that part could not be used. `warning`: it was used, but probably not as the author meant. */
  severity: 'error' | 'warning';
  /** Where, as a JSON path: `events[2].date`. Empty for the file as a whole. */
  path: string;
  /**
   * Where, in a teacher's words, when the problem is inside one item: `Event 3 ('TTP ends its ceasefire')`, or
   * `Row 4 ('TTP ends its ceasefire')` for a spreadsheet. Numbers count from 1, in the order of the file.
   */
  place?: string;
  /** What is wrong, in words a teacher understands: `2022-11-31 does not exist`. */
  message: string;
  /** How to fix it: `use YYYY-MM-DD`. */
  fix: string;
}

/** The lists of a lesson whose items are numbered in messages. */
export type ListKey = 'events' | 'eras' | 'stats' | 'sources' | 'glossary' | 'questions';

/**
 * What each item was called where it came from, when the lesson was converted from another format: `Row 4` of a
 * spreadsheet, `TimelineJS event 3`. Index `i` names the item at `events[i]` (or `eras[i]`…) of the converted lesson.
 */
export type Places = Partial<Record<ListKey, readonly string[]>>;

export interface ParseResult {
  /** `null` when nothing in the input could be used. */
  lesson: Lesson | null;
  problems: LessonProblem[];
}
