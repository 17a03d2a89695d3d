/**
 * Driving `<edu-builder>` in the tests as a teacher would: start it, find its controls by id or label, type, and wait
 * for the pause after which it checks the lesson and redraws the preview.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../builder/src/main.js';
import type { EduBuilder } from '../../builder/src/builder.js';
import type { StorageLike } from '../../builder/src/store.js';
import type { EduLesson } from '../../src/components/lesson/lesson.js';

export const EXAMPLE_URL = '/data/pakistan-small-arms-2024.json';
export const STANDALONE_URL = '/dist/edu-timeline.standalone.js';

let count = 0;

/** A storage key no other test (nor another test file running at the same time) uses. */
export function uniqueKey(): string {
  return `edu-timeline:builder:test:${Date.now()}:${count++}:${Math.random().toString(36).slice(2)}`;
}

const keys: string[] = [];
afterEach(() => {
  for (const key of keys.splice(0)) localStorage.removeItem(key);
});

/** A builder on the page, with its own storage key, the example and the standalone bundle from the dev server. */
export async function builderFixture(
  options: { key?: string; storage?: StorageLike | null; example?: string } = {},
): Promise<EduBuilder> {
  const key = options.key ?? uniqueKey();
  keys.push(key);
  const el = document.createElement('edu-builder');
  el.setAttribute('storage-key', key);
  el.setAttribute('example-src', options.example ?? EXAMPLE_URL);
  el.setAttribute('standalone-src', STANDALONE_URL);
  if (options.storage !== undefined) el.storage = options.storage;
  return fixture<EduBuilder>(el);
}

/** The one element matching `selector` in the builder's shadow root; fails the test when there is none. */
export function $<T extends Element = HTMLElement>(el: EduBuilder, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  expect(found, `${selector} in <edu-builder>`).to.not.equal(null);
  return found!;
}

/** Every element matching `selector` in the builder's shadow root. */
export function $$<T extends Element = HTMLElement>(el: EduBuilder, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The control of the field at a lesson path (`events[2].date`): its id is made from the path. */
export function field<T extends HTMLElement = HTMLInputElement>(el: EduBuilder, path: string): T {
  return $<T>(el, `#f-${path.replace(/[^A-Za-z0-9_]+/g, '-').replace(/-$/, '')}`);
}

/** The text a reader sees, white space folded. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Clicks "Start from the example" and waits for the form. */
export async function startFromExample(el: EduBuilder): Promise<void> {
  $<HTMLButtonElement>(el, '#start-example').click();
  await waitUntil(() => el.shadowRoot!.querySelector('#edit-heading'), 'the form after starting', { timeout: 5000 });
  await el.updateComplete;
}

/** Clicks "Start empty" and waits for the form. */
export async function startEmpty(el: EduBuilder): Promise<void> {
  $<HTMLButtonElement>(el, '#start-empty').click();
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('#edit-heading'), 'the form after starting').to.not.equal(null);
}

/** Sets a text box's text as typing does (an `input` event), without waiting for the check. */
export function typeInto(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Chooses an option of a list box, as a teacher does. */
export function choose(control: HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Opens the item with this header id (`f-events-1`) if it is closed. */
export async function openItem(el: EduBuilder, list: string, index: number): Promise<void> {
  const toggle = $<HTMLButtonElement>(el, `#f-${list}-${index}`);
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
}

/** The preview's `<edu-lesson>`. */
export function preview(el: EduBuilder): EduLesson {
  return $<EduLesson>(el, '.preview edu-lesson');
}

/** Waits until `check` holds, for what the builder does after its pause in typing (about 300 ms). */
export async function eventually(check: () => unknown, message: string, timeout = 3000): Promise<void> {
  await waitUntil(check, message, { timeout, interval: 20 });
}

/** The lines of the problems summary at the top of the editor. */
export function summaryLines(el: EduBuilder): string[] {
  return $$(el, '.summary li').map((li) => text(li));
}

/** A storage whose every use throws, as a browser with storage blocked does. */
export function blockedStorage(): StorageLike {
  const fail = (): never => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  };
  return { getItem: fail, setItem: fail, removeItem: fail };
}

/** A storage that reads but cannot write more, as a full one does. */
export function fullStorage(): StorageLike & { writes: number } {
  const storage = {
    writes: 0,
    getItem: () => null,
    setItem: () => {
      storage.writes++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem: () => undefined,
  };
  return storage;
}

/**
 * Catches what the builder downloads: the links with `download` it clicks, with the file's name and text (read from
 * the blob: address before it is revoked). Restored after each test.
 */
export function catchDownloads(): { name: string; text: Promise<string> }[] {
  const files: { name: string; text: Promise<string> }[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download && this.href.startsWith('blob:')) {
      files.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
      return;
    }
    original.call(this);
  };
  restores.push(() => (HTMLAnchorElement.prototype.click = original));
  return files;
}

/** Replaces `navigator.clipboard.writeText` for the test (or makes it refuse); returns what was written. */
export function catchClipboard(fail = false): string[] {
  const written: string[] = [];
  // An own property of the clipboard hides the prototype's method until it is deleted again.
  Object.defineProperty(navigator.clipboard, 'writeText', {
    configurable: true,
    value: (value: string) => {
      if (fail) return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      written.push(value);
      return Promise.resolve();
    },
  });
  restores.push(() => delete (navigator.clipboard as unknown as Record<string, unknown>).writeText);
  return written;
}

const restores: (() => void)[] = [];
afterEach(() => {
  for (const restore of restores.splice(0).reverse()) restore();
});
