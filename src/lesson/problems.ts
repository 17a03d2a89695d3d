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
