/**
 * Fixtures and utilities for the element tests: the default lesson, a minimal valid lesson, a log of the `edu-*`
 * events a page would hear, shadow-root queries by part, page-error capture and an axe run with WCAG 2.2 rules.
 */
import { aTimeout, expect, fixture, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import type { LessonInput } from '../../src/lesson/types.js';

/** The default lesson, as the dev server serves it. */
export const SEED_URL = '/data/pakistan-small-arms-2024.json';

/** The types of event the elements fire. */
export type EduEventType = 'edu-load' | 'edu-error' | 'edu-select';

/** The default lesson as JSON (a fresh copy on every call, so a test may change it). */
export async function loadSeed(): Promise<
  LessonInput & Required<Pick<LessonInput, 'events' | 'stats' | 'sources' | 'eras'>>
> {
  const response = await fetch(SEED_URL, { cache: 'no-store' });
  expect(response.ok, `${SEED_URL} is served`).to.equal(true);
  return (await response.json()) as LessonInput & Required<Pick<LessonInput, 'events' | 'stats' | 'sources' | 'eras'>>;
}

/** The default lesson's JSON text, as a teacher would paste it into an inline script. */
export async function loadSeedText(): Promise<string> {
  return fetchText(SEED_URL);
}

/** A file the dev server serves, as text; fails the test when it is not there. */
export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' });
  expect(response.ok, `${url} is served`).to.equal(true);
  return response.text();
}

/**
 * Places `el` below the fold of a 200 px scroll box (after a spacer `below` px tall) in the page: it is not in view
 * until the box is scrolled to it. Returns the box.
 */
export async function placeBelowTheFold(el: Element, below = 600): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.style.cssText = 'height: 200px; overflow: auto';
  const spacer = document.createElement('div');
  spacer.style.height = `${below}px`;
  box.append(spacer, el);
  await fixture(box);
  return box;
}

/** The smallest lesson every element can show something of: two events, one stat, one source. */
export function minimalLesson(overrides: Partial<LessonInput> = {}): LessonInput {
  return {
    title: 'A minimal lesson',
    lang: 'en',
    events: [
      { id: 'first', date: '2021', title: 'First thing', sources: ['s1'] },
      { id: 'second', date: '2022-11', title: 'Second thing' },
    ],
    stats: [{ id: 'count', value: 42, label: 'things counted', sources: ['s1'] }],
    sources: [{ id: 's1', title: 'A source' }],
    ...overrides,
  };
}

/** A `blob:` URL serving `value` as JSON: same-origin, so `src` can load a lesson that is not a file in data/. */
export function jsonUrl(value: unknown): string {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
  blobUrls.push(url);
  return url;
}
const blobUrls: string[] = [];
afterEach(() => {
  for (const url of blobUrls.splice(0)) URL.revokeObjectURL(url);
});

/* ---------- shadow-root queries ---------- */

function root(el: Element): ShadowRoot {
  const shadow = el.shadowRoot;
  if (!shadow) throw new Error(`<${el.localName}> has no open shadow root`);
  return shadow;
}

/** Every element in `el`'s shadow root with the part `name` (`[part~=name]`), in document order. */
export function parts<T extends Element = HTMLElement>(el: Element, name: string, scope: ParentNode = root(el)): T[] {
  return [...scope.querySelectorAll<T & Element>(`[part~="${name}"]`)];
}

/** The one element with the part `name`, or `null`. Fails when there are several. */
export function part<T extends Element = HTMLElement>(el: Element, name: string, scope?: ParentNode): T | null {
  const found = parts<T>(el, name, scope);
  expect(found.length, `at most one [part~="${name}"]`).to.be.at.most(1);
  return found[0] ?? null;
}

/**
 * The text a reader sees, with runs of HTML white space (space, tab, newlines) as one space. Other spaces, such as
 * the narrow no-break space French puts in numbers, are kept as they are.
 */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

/** The problems panel (`[role=alert][part~=error]`) of an element, or `null`. */
export function alertOf(el: Element): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('[role="alert"][part~="error"]');
}

/**
 * Each line of the panel: its place in words (`Event 3 ('…')`, its own or that of the item it is listed under; empty
 * when there is none), its path (the `<code>`, empty for the file) and the rest of its line. An item listed with its
 * problems under it is a line too: its path is the item's (`events[2]`), and its line says whether it was left out
 * ("this event was left out", empty when it was not).
 */
export function shownProblems(el: Element): { place: string; path: string; line: string }[] {
  return [...(alertOf(el)?.querySelectorAll('li') ?? [])].map((li) => {
    const own = (selector: string) => li.querySelector(`:scope > ${selector}`);
    const group = li.parentElement?.closest('li');
    const place = text(own('[part~="error-place"]') ?? group?.querySelector(':scope > [part~="error-place"]'));
    const path = text(own('code'));
    const all = text(ownText(li));
    const head = [own('[part~="error-place"]') ? place : '', path].filter(Boolean).join(' ');
    const line = head && all.startsWith(head) ? all.slice(head.length).replace(/^:/, '').trim() : all;
    return { place, path, line };
  });
}

/** A copy of `li` without the list nested in it. */
function ownText(li: Element): Node {
  const copy = li.cloneNode(true) as Element;
  copy.querySelector(':scope > ul')?.remove();
  return copy;
}

/** Whether `el`'s panel lists a problem at `path` whose line contains (or matches) `message`. */
export function showsProblem(el: Element, path: string, message: string | RegExp): boolean {
  return shownProblems(el).some((p) => p.path === path && matches(p.line, message));
}

/** The problem at `path` whose message contains (or matches) `message`, if any. */
export function findProblem<P extends { path: string; message: string }>(
  problems: readonly P[],
  path: string,
  message: string | RegExp,
): P | undefined {
  return problems.find((p) => p.path === path && matches(p.message, message));
}

function matches(text: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? text.includes(expected) : expected.test(text);
}

/* ---------- events ---------- */

/**
 * Records the `edu-*` events that reach `target` (the document by default: they bubble and are composed), from
 * before the element exists, so an event fired during the first update is not missed. Stopped after each test.
 */
export class EventLog {
  readonly events: Event[] = [];
  private readonly types: readonly string[];
  private readonly listener = (e: Event): void => void this.events.push(e);

  constructor(
    private readonly target: EventTarget = document,
    types: readonly string[] = ['edu-load', 'edu-error', 'edu-select'],
  ) {
    this.types = types;
    for (const type of types) target.addEventListener(type, this.listener);
    logs.push(this);
  }

  of<K extends EduEventType>(type: K): GlobalEventHandlersEventMap[K][];
  of(type: string): Event[];
  of(type: string): Event[] {
    return this.events.filter((e) => e.type === type);
  }

  count(type: string): number {
    return this.of(type).length;
  }

  /** Resolves when `count` events of `type` have been recorded (at once when they already have). */
  async waitFor(type: string, count = 1, timeout = 4000): Promise<Event> {
    await waitUntil(() => this.count(type) >= count, `${count} × ${type} (got ${this.count(type)})`, {
      timeout,
      interval: 10,
    });
    return this.of(type)[count - 1];
  }

  clear(): void {
    this.events.length = 0;
  }

  stop(): void {
    for (const type of this.types) this.target.removeEventListener(type, this.listener);
  }
}
const logs: EventLog[] = [];
afterEach(() => {
  for (const log of logs.splice(0)) log.stop();
});

/** The next `type` event on `el`, failing after `timeout` ms instead of hanging the test. */
export async function waitForEvent<K extends EduEventType>(
  el: EventTarget,
  type: K,
  timeout = 4000,
): Promise<GlobalEventHandlersEventMap[K]> {
  return Promise.race([
    oneEvent(el, type) as Promise<GlobalEventHandlersEventMap[K]>,
    aTimeout(timeout).then(() => {
      throw new Error(`no ${type} within ${timeout} ms`);
    }),
  ]);
}

/**
 * Lets pending work run out (microtasks, two frames and a macrotask), to check that something did NOT happen:
 * a second event, a late render. Never used to wait for something that should happen.
 */
export async function settle(): Promise<void> {
  await nextFrame();
  await nextFrame();
  await aTimeout(20);
}

/**
 * An element with its lesson written as HTML children, as a teacher's page would hold it: markup parsed by the
 * browser, not built by script. Resolves once the children have been read (a part of the library loaded on first
 * use reads them) and drawn.
 */
export async function writtenInPage<T extends HTMLElement & { lesson: unknown; updateComplete: Promise<boolean> }>(
  tag: string,
  children: string,
  attrs: Record<string, string> = {},
): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.innerHTML = children;
  const placed = await fixture<T>(el);
  await waitUntil(() => placed.lesson || alertOf(placed), 'the children were read');
  await placed.updateComplete;
  return placed;
}

/* ---------- page errors ---------- */

/** Collects uncaught errors and unhandled rejections in the page until `stop()`; stopped after each test anyway. */
export function catchPageErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent): void => void errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent): void => void errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const stop = (): void => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
  catchers.push(stop);
  return { errors, stop };
}
const catchers: (() => void)[] = [];
afterEach(() => {
  for (const stop of catchers.splice(0)) stop();
});

/* ---------- fixtures ---------- */

/**
 * An element holding its lesson in an inline `<script type="application/json">` child, put on the page (Lit
 * templates cannot bind into a script's text, so the element is built with the DOM first).
 */
export async function inlineFixture<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  json: string,
  attributes: Record<string, string> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  return fixture<HTMLElementTagNameMap[K]>(el);
}

/* ---------- accessibility ---------- */

declare global {
  interface Window {
    axe?: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Runs axe on `el` with the WCAG 2.2 target-size rule switched on (axe leaves it off by default, and
 * chai-a11y-axe's `accessible()` passes only `ignoredRules` on to axe, not rule options), and fails listing every
 * violation.
 */
export async function expectWcag22TargetSize(el: Element): Promise<void> {
  // @ts-expect-error: axe.min.js has no types of its own; importing it sets window.axe (as chai-a11y-axe does).
  if (!window.axe) await import('axe-core/axe.min.js');
  const results = await window.axe!.run(el, {
    resultTypes: ['violations'],
    rules: { 'target-size': { enabled: true } },
  });
  const lines = results.violations.flatMap((v) => [
    `${v.id} (${v.impact}): ${v.help}`,
    ...v.nodes.map((n) => `  ${String(n.target)}: ${n.failureSummary ?? ''}`),
  ]);
  expect(lines, lines.join('\n')).to.deep.equal([]);
}

/**
 * A card "over 90 <label>" in a `<div lang>` (not yet in the page): its qualifier is one of the elements' own words,
 * so it shows which language the card speaks.
 */
export function qualifiedCardIn(
  lang: string,
  label: string,
): { box: HTMLDivElement; card: HTMLElementTagNameMap['edu-stat-card'] } {
  const box = document.createElement('div');
  box.lang = lang;
  const card = document.createElement('edu-stat-card');
  card.value = '90';
  card.label = label;
  card.setAttribute('qualifier', 'over');
  box.append(card);
  return { box, card };
}
