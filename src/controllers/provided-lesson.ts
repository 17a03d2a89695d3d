import type { Lesson } from '../lesson/types.js';

/** Lessons handed to elements by the element that loaded them (see {@link provideLesson}). */
const provided = new WeakMap<Element, Lesson>();

/**
 * Hands `el` a lesson that another element has already loaded, checked and reported on: `<edu-lesson>` gives its
 * one lesson to the timeline, grid, glossary and quiz it draws. The element shows it as it is, without reading it
 * again and without firing `edu-load` or `edu-error` (the giver did, once). Internal: the page cannot reach this
 * map, so nothing unchecked can come in this way.
 */
export function provideLesson(
  el: Element & { requestUpdate?: () => void },
  lesson: Lesson,
  { apart = false }: { apart?: boolean } = {},
): void {
  if (apart) drawnApart.add(el);
  if (provided.get(el) === lesson) return;
  provided.set(el, lesson);
  el.requestUpdate?.();
}

/** Parts whose first render waits for a task of its own (see `LessonController.schedule`). */
const drawnApart = new WeakSet<Element>();

/** Whether `el` was handed its lesson with `apart`: its first render is to wait for a task of its own. */
export function drawsApart(el: Element): boolean {
  return drawnApart.has(el);
}

/** The lesson handed to `el` by {@link provideLesson}, even before `el` has drawn it. */
export function providedLesson(el: Element): Lesson | undefined {
  return provided.get(el);
}
