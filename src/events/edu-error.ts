import type { LessonProblem } from '../lesson/types.js';

export interface EduErrorDetail {
  /** Every problem found (errors and warnings), each with its JSON path, message and fix. */
  readonly problems: readonly LessonProblem[];
  /** True when nothing could be shown; false when the valid rest of the lesson was rendered. */
  readonly fatal: boolean;
}

/** Fired when lesson data has errors: a part of it, or all of it, could not be shown. */
export class EduErrorEvent extends Event {
  static readonly type = 'edu-error';
  readonly detail: EduErrorDetail;

  constructor(detail: EduErrorDetail) {
    super(EduErrorEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'edu-error': EduErrorEvent;
  }
}
