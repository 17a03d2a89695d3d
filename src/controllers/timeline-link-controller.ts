import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findById } from '../templates/sources.js';
import { expectedTimeline, providedLesson } from './provided-lesson.js';

/** What an element linking to a timeline sees of it (it never imports the timeline). */
export type LinkedTimeline = HTMLElement & {
  show?: (id: string) => boolean;
  lesson?: { events?: readonly { id: string; title: string }[] } | null;
};

/**
 * The link from an element to the `<edu-timeline>` its `for` attribute names, for "See on the timeline" buttons (stat
 * cards, the quiz): the one owner of finding that timeline, showing an event on it, and drawing the buttons again when
 * it loads a lesson after the element has rendered.
 */
export class TimelineLinkController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly id: () => string | null,
  ) {
    host.addController(this);
  }

  /**
   * The timeline named by `for`: looked up in the host's own tree, then in each tree around it, up to the page (so a
   * card inside a grid inside `<edu-lesson>` finds the lesson's timeline).
   */
  get timeline(): LinkedTimeline | null {
    const id = this.id();
    return id ? findById(this.host, id) : null;
  }

  /**
   * Whether there is a timeline to link to: one on the page, or one that the lesson around the host is about to
   * draw (its figures are drawn a task before it, with their buttons).
   */
  get present(): boolean {
    const id = this.id();
    return id !== null && (findById(this.host, id) !== null || expectedTimeline(this.host, id) !== undefined);
  }

  /**
   * The title of one of the timeline's events: from its lesson once it has one, before that from the lesson it has
   * been handed, or is about to be drawn with.
   */
  title(eventId: string): string | undefined {
    const id = this.id();
    const timeline = this.timeline;
    const lesson = timeline
      ? (timeline.lesson ?? providedLesson(timeline))
      : id !== null
        ? expectedTimeline(this.host, id)
        : undefined;
    return lesson?.events?.find((e) => e.id === eventId)?.title;
  }

  /** Selects the event on the timeline, brings it into view and focuses it (without `edu-select`). */
  show(eventId: string): void {
    const timeline = this.timeline;
    // Upgraded, it selects, scrolls and focuses; not (yet) upgraded, the attribute is picked up when it is.
    if (typeof timeline?.show === 'function') timeline.show(eventId);
    else timeline?.setAttribute('selected', eventId);
  }

  hostConnected(): void {
    document.addEventListener('edu-load', this.onLessonLoad);
  }

  hostDisconnected(): void {
    document.removeEventListener('edu-load', this.onLessonLoad);
  }

  /** A timeline that loads after the host has rendered: its buttons are drawn again, with the event titles. */
  private readonly onLessonLoad = (e: Event): void => {
    const id = this.id();
    if (id && (e.target as Element | null)?.id === id) this.host.requestUpdate();
  };
}
