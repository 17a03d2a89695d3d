import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's own content width, kept current with a ResizeObserver: layouts follow the element's container (a
 * sidebar, a column, a closed `<details>` that opens), never the viewport. Width 0 means "not laid out yet" (hidden).
 */
export class SizeController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;
  private measured = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.measured = false;
    // None in a test DOM such as jsdom (an app's unit tests): the width measured before the first render stays.
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      if (width === this.width) return;
      this.width = width;
      // Rendered in the next frame, not inside the observer's callback: a render that changes the element's height
      // there makes Chrome report "ResizeObserver loop completed with undelivered notifications" as a page error.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostUpdate(): void {
    // Measured before the first render as well: it then already has the real layout, so `edu-load` (fired after it)
    // announces events that are on screen. The observer keeps it current, and reports 0 inside hidden containers.
    // Measured here rather than when connected: an element added with others (a lesson's parts) is measured in its own
    // render, once the page around it is laid out, not in the middle of the render that adds them all.
    if (this.measured) return;
    this.measured = true;
    this.width = contentWidth(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }
}

function contentWidth(el: HTMLElement): number {
  const style = getComputedStyle(el);
  const width = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return Number.isFinite(width) && width > 0 ? Math.round(width) : 0;
}
