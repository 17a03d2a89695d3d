export interface EduQuizCompleteDetail {
  /** The lesson's `id`, when the lesson file has one. */
  readonly lessonId?: string;
  /** Which task was finished: `order` (putting events in order) or `choice` (the multiple-choice questions). */
  readonly part: 'order' | 'choice';
  /** Events in a right place (`order`), or questions answered right (`choice`). */
  readonly score: number;
  /** Events to order, or questions asked. */
  readonly total: number;
}

/**
 * Fired when a pupil checks a quiz task: the order of events, or the multiple-choice questions with every one of
 * them answered. Never for progress restored from an earlier visit, nor for a property the page set.
 */
export class EduQuizCompleteEvent extends Event {
  static readonly type = 'edu-quiz-complete';
  readonly detail: EduQuizCompleteDetail;

  constructor(detail: EduQuizCompleteDetail) {
    super(EduQuizCompleteEvent.type, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'edu-quiz-complete': EduQuizCompleteEvent;
  }
}
