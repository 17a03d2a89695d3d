import type { ReactiveController, ReactiveControllerHost } from 'lit';

/*
 * Talking to the page around an iframe, for learning platforms (Canvas, Moodle, Google Sites) that show a lesson in
 * a frame. Two messages, both to `window.parent`, and only when the page really is framed:
 *
 * - `{ subject: 'lti.frameResize', height }` whenever the document's height changes, the message Canvas acts on
 *   for LTI tools' frames, so the frame grows with the lesson and never shows a second scrollbar (a host page of
 *   one's own can listen for it too);
 * - `{ subject: 'edu-timeline.quizComplete', lesson, score, total }` when a pupil finishes a quiz, for a host page
 *   that records grades (see the README's "In a learning platform").
 *
 * Neither carries anything private (a height, a score), so they go to any origin: the lesson cannot know the
 * platform's address in advance.
 */

/** Whether this document is shown inside a frame of another page. */
export function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

/** Sends a message to the framing page; nothing when not framed. */
export function postToHost(message: Record<string, unknown>): void {
  if (!isFramed()) return;
  try {
    window.parent.postMessage(message, '*');
  } catch {
    // A host that cannot be reached has nothing to size or grade.
  }
}

const hosts = new Set<object>();
let observer: ResizeObserver | undefined;
let lastHeight = -1;
let frame = 0;

/** The height the framing page needs to show the whole document without a scrollbar. */
function documentHeight(): number {
  return Math.ceil(
    Math.max(
      document.documentElement.scrollHeight,
      document.body?.scrollHeight ?? 0,
      document.documentElement.offsetHeight,
    ),
  );
}

function postHeight(): void {
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(() => {
    const height = documentHeight();
    if (height === lastHeight) return;
    lastHeight = height;
    postToHost({ subject: 'lti.frameResize', height });
  });
}

/**
 * Keeps the framing page told of the document's height while any element using it is on the page: one observer for
 * the whole document, however many elements there are. Does nothing on a page that is not framed.
 */
export class FrameController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!isFramed()) return;
    hosts.add(this.host);
    if (!observer) {
      lastHeight = -1;
      observer = new ResizeObserver(postHeight);
      observer.observe(document.documentElement);
      if (document.body) observer.observe(document.body);
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size && observer) {
      observer.disconnect();
      observer = undefined;
      cancelAnimationFrame(frame);
    }
  }
}
