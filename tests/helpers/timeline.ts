/**
 * A small harness for driving <edu-timeline> as a reader does: build it (optionally inside a wrapper that sets
 * width or direction), wait for its axis, read which events are drawn, where the focus and the tab stop are, what
 * the tick labels say and where they sit.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';
import { part, parts, text } from './lesson.js';

export interface TimelineOptions {
  /** Attributes, as a teacher writes them (`layout`, `filter`, `start-at`, `hash-sync`, `theme`, `selected`, …). */
  attrs?: Record<string, string | boolean>;
  /** Styles of a wrapping <div> (e.g. `{ width: '320px' }`). */
  wrapperStyle?: Partial<CSSStyleDeclaration>;
  /** Attributes of that wrapper (e.g. `{ dir: 'rtl' }`). */
  wrapperAttrs?: Record<string, string>;
  /** A focusable button before the timeline, to Tab in from. */
  buttonBefore?: boolean;
}

/**
 * An <edu-timeline> with `data` set before it is connected, the way a page or a framework creates one; returned
 * after its first update (not necessarily after its axis is drawn: see {@link axisReady}).
 */
export async function makeTimeline(data: unknown, options: TimelineOptions = {}): Promise<EduTimeline> {
  const el = document.createElement('edu-timeline');
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  if (data !== undefined) el.data = data;
  const wrapper = document.createElement('div');
  Object.assign(wrapper.style, options.wrapperStyle ?? {});
  for (const [name, value] of Object.entries(options.wrapperAttrs ?? {})) wrapper.setAttribute(name, value);
  if (options.buttonBefore) {
    const before = document.createElement('button');
    before.id = 'before';
    before.textContent = 'Before the timeline';
    wrapper.append(before);
  }
  wrapper.append(el);
  await fixture(wrapper);
  await el.updateComplete;
  return el;
}

/** Waits until the horizontal axis is drawn: the element knows its width and shows ticks and events. */
export async function axisReady(el: EduTimeline, timeout = 4000): Promise<void> {
  await waitUntil(
    () => el.currentLayout === 'horizontal' && parts(el, 'tick').length > 0 && parts(el, 'event').length > 0,
    'the horizontal axis is drawn with ticks and events',
    { timeout, interval: 10 },
  );
  await el.updateComplete;
}

/** Waits until every running animation and transition in the shadow root has finished (positions are final). */
export async function animationsDone(el: EduTimeline): Promise<void> {
  await el.updateComplete;
  const running = el.shadowRoot!.getAnimations();
  await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
}

/** The ids of the events drawn, in DOM order. */
export function drawnIds(el: EduTimeline): string[] {
  return parts(el, 'event').map((li) => li.dataset.id ?? '');
}

/** The event select buttons. */
export function selectButtons(el: EduTimeline): HTMLButtonElement[] {
  return parts<HTMLButtonElement>(el, 'select');
}

/** The select button of event `id`, or null when it is not drawn. */
export function selectButtonOf(el: EduTimeline, id: string): HTMLButtonElement | null {
  return selectButtons(el).find((b) => b.dataset.id === id) ?? null;
}

/** The event item of `id`, or null when it is not drawn. */
export function eventItemOf(el: EduTimeline, id: string): HTMLElement | null {
  return parts(el, 'event').find((li) => li.dataset.id === id) ?? null;
}

/** The id of the event whose select button has focus, or null. */
export function focusedEventId(el: EduTimeline): string | null {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  return active?.matches('[part~="select"]') ? (active.dataset.id ?? null) : null;
}

/** The ids of the select buttons that are in the Tab order (tabindex 0): with a roving tab stop, exactly one. */
export function tabStops(el: EduTimeline): string[] {
  return selectButtons(el)
    .filter((b) => b.tabIndex === 0)
    .map((b) => b.dataset.id ?? '');
}

/** Sum of the "+N" cluster counts drawn. */
export function clusteredCount(el: EduTimeline): number {
  return parts(el, 'cluster').reduce((n, c) => n + Number(/\d+/.exec(text(c))?.[0] ?? 'NaN'), 0);
}

/** Whether `inner`'s box lies inside `outer`'s (with `slack` px of rounding). */
export function inside(inner: DOMRect, outer: DOMRect, slack = 1): boolean {
  return (
    inner.left >= outer.left - slack &&
    inner.right <= outer.right + slack &&
    inner.top >= outer.top - slack &&
    inner.bottom <= outer.bottom + slack
  );
}

/** The ids of the other drawn events whose select buttons overlap `id`'s (on the axis, labels must not overlap). */
export function overlapping(el: EduTimeline, id: string): string[] {
  const box = selectButtonOf(el, id)?.getBoundingClientRect();
  if (!box) return [];
  return selectButtons(el)
    .filter((b) => b.dataset.id !== id)
    .filter((b) => {
      const r = b.getBoundingClientRect();
      return r.left < box.right - 1 && r.right > box.left + 1 && r.top < box.bottom - 1 && r.bottom > box.top + 1;
    })
    .map((b) => b.dataset.id ?? '');
}

/** The axis element (fails when there is none). */
export function axisOf(el: EduTimeline): HTMLElement {
  const axis = part(el, 'axis');
  expect(axis, '[part~=axis]').to.not.equal(null);
  return axis!;
}

export interface TickAt {
  label: string;
  x: number;
}

/** The tick labels and their left edges (px, viewport). */
export function ticks(el: EduTimeline): TickAt[] {
  return parts(el, 'tick').map((t) => ({ label: text(t), x: t.getBoundingClientRect().left }));
}

/**
 * How far the ticks moved (px) between two readings: the shift of every label found once in each (a month axis
 * repeats "Jul"), which must agree. Fails when no such label is in both.
 */
export function tickShift(before: TickAt[], after: TickAt[]): number {
  const once = (list: TickAt[], label: string): TickAt | undefined =>
    list.filter((t) => t.label === label).length === 1 ? list.find((t) => t.label === label) : undefined;
  const shifts = before.flatMap((b) => {
    const a = once(after, b.label);
    return a && once(before, b.label) ? [a.x - b.x] : [];
  });
  expect(shifts.length, `a tick label in both readings: ${JSON.stringify({ before, after })}`).to.be.greaterThan(0);
  const [first] = shifts;
  for (const s of shifts) expect(s, `every tick moved alike: ${shifts.join(', ')}`).to.be.closeTo(first, 1.5);
  return first;
}

export type TickUnit = 'year' | 'month' | 'day' | 'time' | 'unknown';

/** The unit a tick label counts, read from its (English) text: "2024", "500 BC", "1 AD", "Jan 2022", "Jul", "Mar 4", "6:00 AM". */
export function unitOfLabel(label: string): TickUnit {
  if (/^\d+( BC| AD)?$/.test(label)) return 'year';
  if (/^[A-Z][a-z]{2}( \d{4})?$/.test(label)) return 'month';
  if (/^[A-Z][a-z]{2} \d{1,2}$/.test(label)) return 'day';
  if (/\d:\d\d/.test(label)) return 'time';
  return 'unknown';
}

/** The finest unit among the tick labels drawn (an axis of months may show a year on January). */
export function axisUnit(el: EduTimeline): TickUnit {
  const order: TickUnit[] = ['time', 'day', 'month', 'year'];
  const units = new Set(ticks(el).map((t) => unitOfLabel(t.label)));
  expect(
    units.has('unknown'),
    `tick labels: ${ticks(el)
      .map((t) => t.label)
      .join(' | ')}`,
  ).to.equal(false);
  return order.find((u) => units.has(u)) ?? 'unknown';
}

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour. */
export function luminance(color: string): number {
  const [r, g, b] = (/rgba?\(([^)]+)\)/.exec(color)?.[1] ?? '0,0,0')
    .split(/[ ,/]+/)
    .slice(0, 3)
    .map(Number)
    .map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The alpha of a computed colour (1 for `rgb()`). */
export function alpha(color: string): number {
  const m = /rgba\([^)]*[, /]\s*([\d.]+)\)/.exec(color);
  return m ? Number(m[1]) : color === 'transparent' ? 0 : 1;
}
