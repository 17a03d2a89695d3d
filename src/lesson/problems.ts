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

/** One line, as a teacher reads it: `events[3].date: 2022-11-31 does not exist; use YYYY-MM-DD`. */
export function formatProblem(problem: LessonProblem): string {
  const where = problem.path ? `${problem.path}: ` : '';
  return `${where}${problem.message}; ${problem.fix}`;
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

export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
