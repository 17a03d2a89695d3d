/**
 * Where each problem `parseLesson` found is shown in the form: next to its field when the form has that field, else
 * with the nearest thing that holds it (a group, the item, the list), else only in the summary at the top. The
 * problems themselves, their words and their paths, are `parseLesson`'s: nothing is checked here.
 */
import { mistakes } from '../../src/lesson/problems.js';
import type { LessonProblem } from '../../src/lesson/types.js';
import { formatPath, getAt, isRecord, LISTS, parsePath, type Draft } from './draft.js';
import { LESSON_FIELDS, LIST_DEFS, MEDIA_FIELDS } from './fields.js';

/** The id of a field's control (and the stem of its hint's and problems' ids): `events[2].date` → `f-events-2-date`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_]+/g, '-').replace(/-$/, '')}`;
}

/**
 * Every place of the form a problem can be shown at, for this lesson: `''` (the summary), the lesson's fields, each
 * list, item, field, and each part of a group (a question's `choices[1]`, a stat's `series[0].value`).
 */
export function formTargets(draft: Draft): Set<string> {
  const targets = new Set<string>(['', ...LESSON_FIELDS.map((f) => f.key)]);
  for (const list of LISTS) {
    targets.add(list);
    const value = draft[list];
    if (!Array.isArray(value)) continue;
    value.forEach((item: unknown, i) => {
      const at = `${list}[${i}]`;
      targets.add(at);
      if (!isRecord(item)) return;
      for (const def of LIST_DEFS[list].fields) {
        const path = `${at}.${def.key}`;
        targets.add(path);
        if (def.kind === 'media') for (const m of MEDIA_FIELDS) targets.add(`${path}.${m.key}`);
        const sub = item[def.key];
        if (def.kind === 'choices' && Array.isArray(sub)) sub.forEach((_, j) => targets.add(`${path}[${j}]`));
        if (def.kind === 'series' && Array.isArray(sub)) {
          sub.forEach((_, j) => {
            targets.add(`${path}[${j}]`);
            targets.add(`${path}[${j}].period`);
            targets.add(`${path}[${j}].value`);
          });
        }
      }
    });
  }
  return targets;
}

/** The place of the form where a problem at `path` is shown: the path itself, or the nearest one that holds it. */
export function targetOf(path: string, targets: ReadonlySet<string>): string {
  const segments = parsePath(path);
  while (segments.length > 0) {
    const at = formatPath(segments);
    if (targets.has(at)) return at;
    segments.pop();
  }
  return '';
}

/** A problem with the place of the form it is shown at. */
export interface PlacedProblem extends LessonProblem {
  /** Where in the form: a field's path, a group's, an item's (`events[2]`), a list's, or `''` for the summary only. */
  readonly target: string;
  /** A field the teacher can remove to settle it: a field the format does not have (a typo), set in the lesson. */
  readonly unknownField?: string;
}

/** The problems of a lesson, by the place of the form that shows them. */
export class ProblemMap {
  readonly all: readonly PlacedProblem[];
  private readonly byTarget = new Map<string, PlacedProblem[]>();
  /** By item (`events[3]`): every item's header counts its problems, and a lesson may have thousands of items. */
  private readonly byItem = new Map<string, PlacedProblem[]>();

  constructor(problems: readonly LessonProblem[], draft: Draft) {
    const targets = formTargets(draft);
    // Without parseLesson's "this event was left out" lines: the form says once, above the list, that a part with a
    // problem is left out, and such a line would count one wrong date as two problems.
    this.all = mistakes(problems).map((p) => {
      const target = targetOf(p.path, targets);
      const placed: PlacedProblem = { ...p, target, unknownField: unknownField(p, target, draft) };
      add(this.byTarget, target, placed);
      const item = /^\w+\[\d+\]/.exec(target)?.[0];
      if (item) add(this.byItem, item, placed);
      return placed;
    });
  }

  /** The problems shown at exactly this place. */
  at(target: string): readonly PlacedProblem[] {
    return this.byTarget.get(target) ?? [];
  }

  /** The problems shown at this place or anywhere inside it (an item's fields), for the count in its header. */
  within(target: string): readonly PlacedProblem[] {
    if (/^\w+\[\d+\]$/.test(target)) return this.byItem.get(target) ?? [];
    return this.all.filter(
      (p) => p.target === target || p.target.startsWith(`${target}.`) || p.target.startsWith(`${target}[`),
    );
  }

  get errors(): number {
    return this.all.filter((p) => p.severity === 'error').length;
  }

  get warnings(): number {
    return this.all.length - this.errors;
  }
}

function add(map: Map<string, PlacedProblem[]>, key: string, problem: PlacedProblem): void {
  const list = map.get(key);
  if (list) list.push(problem);
  else map.set(key, [problem]);
}

/**
 * The name of a field `parseLesson` ignored because the format has no such field (`"descripton"`), when the lesson
 * has it where the problem says: the form offers to remove it.
 */
function unknownField(problem: LessonProblem, target: string, draft: Draft): string | undefined {
  if (problem.severity !== 'warning' || !/has no field "/.test(problem.message)) return undefined;
  const segments = parsePath(problem.path);
  const key = segments.at(-1);
  if (typeof key !== 'string' || formatPath(segments) === target) return undefined;
  const owner = getAt(draft, segments.slice(0, -1));
  return isRecord(owner) && key in owner ? key : undefined;
}
