/**
 * What `<edu-lesson>` tells the elements it draws, and only them: the lesson each is handed, which of them draw in a
 * task of their own, and the timeline it is about to draw. Internal: the page cannot reach these maps, so nothing
 * unchecked can come in this way.
 */
import type { Lesson } from '../lesson/types.js';

/** Lessons handed to elements by the element that loaded them (see {@link provideLesson}). */
const provided = new WeakMap<Element, Lesson>();

/** Elements whose first render waits for a task of its own (see {@link drawApart}). */
const apart = new WeakSet<Element>();

/** Per shadow root, the timelines about to be drawn in it, by id, with their lesson (see {@link expectTimeline}). */
const expected = new WeakMap<Node, Map<string, Lesson>>();

/**
 * Hands `el` a lesson that another element has already loaded, checked and reported on: `<edu-lesson>` gives its
 * one lesson to the timeline, grid, glossary and quiz it draws. The element shows it as it is, without reading it
 * again and without firing `edu-load` or `edu-error` (the giver did, once).
 */
export function provideLesson(el: Element & { requestUpdate?: () => void }, lesson: Lesson): void {
  if (provided.get(el) === lesson) return;
  provided.set(el, lesson);
  el.requestUpdate?.();
}

/** The lesson handed to `el` by {@link provideLesson}, even before `el` has drawn it. */
export function providedLesson(el: Element): Lesson | undefined {
  return provided.get(el);
}

/**
 * Has `el` draw first in a task of its own, not in the task of the render that added it (its host's `scheduleUpdate`
 * asks {@link drawsApart}). Called before that first render: in the `updated` of the element that added it.
 */
export function drawApart(el: Element): void {
  apart.add(el);
}

export function drawsApart(el: Element): boolean {
  return apart.has(el);
}

/**
 * Says that a timeline with `id` and this lesson is about to be drawn in `root` (`lesson` null: no longer), so that
 * a figure drawn before it already offers "See on the timeline" with its events' titles, instead of adding the
 * buttons once it is there and pushing everything below them down.
 */
export function expectTimeline(root: Node, id: string, lesson: Lesson | null): void {
  const ids = expected.get(root) ?? new Map<string, Lesson>();
  expected.set(root, ids);
  if (lesson) ids.set(id, lesson);
  else ids.delete(id);
}

/** The lesson of the timeline `id` about to be drawn in `from`'s tree or a tree around it, if one is. */
export function expectedTimeline(from: Node, id: string): Lesson | undefined {
  for (let root: Node | undefined = from.getRootNode(); root;) {
    const lesson = expected.get(root)?.get(id);
    if (lesson) return lesson;
    root = root instanceof ShadowRoot ? root.host.getRootNode() : undefined;
  }
  return undefined;
}
