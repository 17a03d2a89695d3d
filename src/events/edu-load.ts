import type { Lesson, LessonProblem } from '../lesson/types.js';

export interface EduLoadDetail {
  /** The checked lesson, as the element renders it. */
  readonly lesson: Lesson;
  /** Everything doubtful that was found, warnings included; empty for a clean file. */
  readonly problems: readonly LessonProblem[];
}

/** Fired when an element's lesson data has been read and rendered (from `src`, inline JSON or the `data` property). */
export class EduLoadEvent extends Event {
  static readonly type = 'edu-load';
  readonly detail: EduLoadDetail;

  constructor(detail: EduLoadDetail) {
    super(EduLoadEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'edu-load': EduLoadEvent;
  }
}
