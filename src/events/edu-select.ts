import type { TimelineEvent } from '../lesson/types.js';

export interface EduSelectDetail {
  /** The selected event's id (also the element's `selected` attribute). */
  readonly id: string;
  readonly event: TimelineEvent;
}

/** Fired when the user selects a timeline event (click, Enter or Space); not when the page sets `selected`. */
export class EduSelectEvent extends Event {
  static readonly type = 'edu-select';
  readonly detail: EduSelectDetail;

  constructor(detail: EduSelectDetail) {
    super(EduSelectEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'edu-select': EduSelectEvent;
  }
}
