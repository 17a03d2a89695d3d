import type { LessonProblem } from './types.js';

/** Collects the problems found while reading one lesson. */
export class ProblemList {
  readonly items: LessonProblem[] = [];

  error(path: string, message: string, fix: string): void {
    this.items.push({ severity: 'error', path, message, fix });
  }

  warn(path: string, message: string, fix: string): void {
    this.items.push({ severity: 'warning', path, message, fix });
  }

  get hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'error');
  }
}

/** The item a path is in (`events[2]` for `events[2].date` and for `events[2]` itself), or `undefined`. */
function itemOf(path: string): string | undefined {
  return /^\w+\[\d+\](?![^.[])/.exec(path)?.[0];
}

/**
 * The items (`events[2]`) whose "left out" line `parseLesson` closes their errors with ("this event was left out; fix
 * the problems above so it can be used"): that line names no new mistake, it says what the item's other errors did.
 * It is told by its place, not its wording: an error at an item's own path, in an item that has errors in its fields.
 */
function leftOutItems(problems: readonly LessonProblem[]): Set<string> {
  const found = new Set<string>();
  for (const p of problems) {
    const item = itemOf(p.path);
    if (p.severity === 'error' && item && item !== p.path) found.add(item);
  }
  return found;
}

/** The problems without the "left out" lines (see {@link leftOutItems}): one line a mistake. */
export function mistakes(problems: readonly LessonProblem[]): LessonProblem[] {
  return groupProblems(problems).flatMap((g) => g.problems);
}

/** The problems of one item of a lesson, or one problem outside any item (`item` undefined). */
export interface ProblemGroup {
  /** The item's path (`events[2]`), or `undefined` for a problem about the file or a whole list. */
  item?: string;
  /** Its place in words (`Event 3 ('TTP ends its ceasefire')`), when its problems name one. */
  place?: string;
  /** The line saying that the item was left out for the problems below, when it was. */
  leftOut?: LessonProblem;
  /** Its problems in file order, without the "left out" line. */
  problems: LessonProblem[];
}

/**
 * The problems by item, in the order each item is first named; a problem outside any item is a group of its own.
 * The problems panel lists an item's mistakes under its name, once, with whether it was left out, instead of
 * repeating the name on each line and closing with a "left out" line of its own.
 */
export function groupProblems(problems: readonly LessonProblem[]): ProblemGroup[] {
  const leftOut = leftOutItems(problems);
  const groups: ProblemGroup[] = [];
  const byItem = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const item = itemOf(problem.path);
    let group = item ? byItem.get(item) : undefined;
    if (!group) {
      group = { item, problems: [] };
      groups.push(group);
      if (item) byItem.set(item, group);
    }
    group.place ??= problem.place;
    if (problem.severity === 'error' && leftOut.has(problem.path)) group.leftOut = problem;
    else group.problems.push(problem);
  }
  return groups;
}

/**
 * One line, as a teacher reads it: `Event 3 ('TTP ends its ceasefire'): the date 2022-11-31 does not exist (that
 * month has 30 days); use YYYY-MM-DD with a real day`. The JSON path stands in where there is no place in words.
 */
export function formatProblem(problem: LessonProblem): string {
  const where = problem.place ?? problem.path;
  return `${where ? `${where}: ` : ''}${problem.message}; ${problem.fix}`;
}

/** What a value is, in words: "a number", "a list", "null". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text "${clip(value)}"`;
  return typeof value === 'number' || typeof value === 'boolean'
    ? `the ${typeof value} ${String(value)}`
    : typeof value;
}

/** A place and the name of what is there, as messages write it: `Event 3 ('TTP ends its ceasefire')`. */
export function namedPlace(place: string, name: string | undefined): string {
  const shown = name?.replace(/\s+/g, ' ').trim();
  return shown ? `${place} ('${clip(shown)}')` : place;
}

/**
 * The warning for a `source-url` written without a `source` (a card's, an event's): the address has no title to be
 * listed and cited by, so no source is shown. One wording for a card alone and for a lesson written in HTML.
 */
export function sourceUrlAlone(url: string): [message: string, fix: string] {
  return [
    `source-url="${clip(url)}" is given without source="…", so no source is shown`,
    'add source="…" with the title of the page or report it links to',
  ];
}

export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Edits (insert, delete, replace) from `a` to `b`, counted up to 3: enough to tell a typo from another name. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
