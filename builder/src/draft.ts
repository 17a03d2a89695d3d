/**
 * The lesson being built, as plain JSON data, and the few edits the form makes to it. Nothing here checks the lesson:
 * `parseLesson` (src/lesson/parse.ts) does, and its problems name places with the same paths these functions take
 * (`events[2].date`, `questions[0].choices[1]`).
 */

/** A lesson as the builder holds it: what the teacher typed or imported, checked or not. */
export type Draft = Record<string, unknown>;

/** The lists of a lesson that the form edits item by item. */
export const LISTS = ['events', 'stats', 'glossary', 'questions', 'sources', 'eras'] as const;
export type ListName = (typeof LISTS)[number];

/** One step of a path: a field name or a list index. */
export type Segment = string | number;

/** `events[2].media.url` → `['events', 2, 'media', 'url']`. */
export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    out.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  }
  return out;
}

/** `['events', 2, 'media', 'url']` → `events[2].media.url`. */
export function formatPath(segments: readonly Segment[]): string {
  return segments.reduce<string>(
    (path, s) => (typeof s === 'number' ? `${path}[${s}]` : path ? `${path}.${s}` : s),
    '',
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or `undefined` when any step is missing. */
export function getAt(draft: unknown, path: string | readonly Segment[]): unknown {
  let node: unknown = draft;
  for (const s of typeof path === 'string' ? parsePath(path) : path) {
    if (typeof s === 'number' ? !Array.isArray(node) : !isRecord(node)) return undefined;
    node = (node as Record<string | number, unknown>)[s];
  }
  return node;
}

/**
 * Sets the value at `path`, creating the objects on the way. `undefined` removes the field; a nested object left
 * empty by that (an event's `media` with nothing in it) goes too, as the form's empty fields mean "not given".
 * Changes `draft` in place and returns it.
 */
export function setAt(draft: Draft, path: string | readonly Segment[], value: unknown): Draft {
  const segments = typeof path === 'string' ? parsePath(path) : [...path];
  if (segments.length === 0) return draft;
  const parents: Record<string | number, unknown>[] = [];
  let node: Record<string | number, unknown> = draft;
  for (let i = 0; i < segments.length - 1; i++) {
    const s = segments[i];
    let next = node[s];
    const wantList = typeof segments[i + 1] === 'number';
    if (wantList ? !Array.isArray(next) : !isRecord(next)) {
      if (value === undefined) return draft;
      next = wantList ? [] : {};
      node[s] = next;
    }
    parents.push(node);
    node = next as Record<string | number, unknown>;
  }
  const last = segments[segments.length - 1];
  if (value !== undefined) {
    node[last] = value;
    return draft;
  }
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else delete node[last];
  // Prune objects emptied by the removal, but never an item of a list (a new, empty event is still an event) nor
  // the lesson itself.
  for (let i = segments.length - 2; i >= 0; i--) {
    const parent = parents[i];
    const key = segments[i];
    const child = parent[key];
    if (typeof key === 'number') break;
    if (isRecord(child) && Object.keys(child).length === 0) delete parent[key];
    else break;
  }
  return draft;
}

/** The list at `path` (an array), creating it when it is missing. A value that is not a list is replaced. */
export function listAt(draft: Draft, path: string): unknown[] {
  const value = getAt(draft, path);
  if (Array.isArray(value)) return value;
  const list: unknown[] = [];
  setAt(draft, path, list);
  return list;
}

/** Adds `item` at the end of the list at `path`; returns its index. */
export function addItem(draft: Draft, path: string, item: unknown): number {
  const list = listAt(draft, path);
  list.push(item);
  return list.length - 1;
}

/** Removes the item at `index` of the list at `path` and returns it. An emptied list stays, as an empty list. */
export function removeItem(draft: Draft, path: string, index: number): unknown {
  const list = getAt(draft, path);
  if (!Array.isArray(list) || index < 0 || index >= list.length) return undefined;
  return list.splice(index, 1)[0];
}

/** Puts `item` back into the list at `path` at `index` (or at its end when the list is shorter now). */
export function insertItem(draft: Draft, path: string, index: number, item: unknown): number {
  const list = listAt(draft, path);
  const at = Math.max(0, Math.min(index, list.length));
  list.splice(at, 0, item);
  return at;
}

/** Moves the item at `index` by `by` places (−1 up, +1 down); returns its new index, or `index` when it cannot. */
export function moveItem(draft: Draft, path: string, index: number, by: number): number {
  const list = getAt(draft, path) as unknown[] | undefined;
  const to = index + by;
  if (!Array.isArray(list) || index < 0 || index >= list.length || to < 0 || to >= list.length) return index;
  const [item] = list.splice(index, 1);
  list.splice(to, 0, item);
  return to;
}

/** The lists of `draft` that hold items, by name: an absent or malformed list is empty here. */
export function items(draft: Draft, list: ListName): unknown[] {
  const value = draft[list];
  return Array.isArray(value) ? value : [];
}

/** A deep copy as JSON holds it: what the preview, the store and the exports get (never the object being edited). */
export function snapshot(draft: Draft): Draft {
  return JSON.parse(JSON.stringify(draft)) as Draft;
}

/** A lesson with nothing in it yet but its language and an id, so that pupils' quiz answers are kept. */
export function emptyDraft(lang = 'en', now = new Date()): Draft {
  const day = now.toISOString().slice(0, 10);
  const suffix = Math.random().toString(36).slice(2, 6);
  return { id: `lesson-${day}-${suffix}`, lang };
}
