import { expect, fixture, html } from '@open-wc/testing';
import { DraftStore, readSaved, type SavedDraft } from '../../builder/src/store.js';
import type { EduBuilder } from '../../builder/src/builder.js';
import { loadSeed } from '../helpers/lesson.js';
import {
  $,
  blockedStorage,
  builderFixture,
  eventually,
  field,
  fullStorage,
  preview,
  startFromExample,
  text,
  typeInto,
  uniqueKey,
} from './builder-helpers.js';

/** What the builder kept under `key`. */
function kept(key: string): SavedDraft | null {
  const value = localStorage.getItem(key);
  return value === null ? null : readSaved(value);
}

/** Takes the builder off the page, as closing the tab does, and puts a new one with the same key on it. */
async function reload(el: EduBuilder): Promise<EduBuilder> {
  const key = el.storageKey;
  el.remove();
  const again = document.createElement('edu-builder');
  again.setAttribute('storage-key', key);
  again.setAttribute('example-src', el.exampleSrc);
  again.setAttribute('standalone-src', el.standaloneSrc);
  return fixture<EduBuilder>(again);
}

describe('<edu-builder> keeping the lesson', function () {
  this.timeout(20_000);

  it('keeps every change in localStorage after a pause, and restores it in a new builder', async () => {
    const el = await builderFixture();
    const key = el.storageKey;
    expect(kept(key), 'nothing kept before starting').to.equal(null);
    await startFromExample(el);
    typeInto(field(el, 'title'), 'Kept across a reload');
    await eventually(() => kept(key)?.draft.title === 'Kept across a reload', 'the change is kept');
    expect(text($(el, '.save-state'))).to.match(/^Kept in this browser as you work \(last kept at .+\)\.$/);

    const again = await reload(el);
    expect(field(again, 'title').value).to.equal('Kept across a reload');
    expect(text($(again, '#notice'))).to.contain(
      'Welcome back. This is the lesson you were working on, “Kept across a reload”, kept in this browser on',
    );
    await eventually(() => preview(again).lesson?.title === 'Kept across a reload', 'the preview shows it');
    // "Start over" is offered with it, and asks first.
    const startOver = [...$(again, '#notice').querySelectorAll('button')].find((b) => text(b) === 'Start over…')!;
    startOver.click();
    expect($<HTMLDialogElement>(again, '#confirm').open).to.equal(true);
    $<HTMLButtonElement>(again, '#confirm-cancel').click();
    expect(field(again, 'title').value).to.equal('Kept across a reload');
  });

  it('keeps a change at once when the page is left (pagehide), before the pause is over', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    typeInto(field(el, 'title'), 'Typed just before closing');
    expect(kept(el.storageKey)?.draft.title).to.not.equal('Typed just before closing');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(kept(el.storageKey)?.draft.title).to.equal('Typed just before closing');
  });

  it('keeps a change when the builder is taken off the page', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    typeInto(field(el, 'summary'), 'A summary typed last');
    el.remove();
    expect(kept(el.storageKey)?.draft.summary).to.equal('A summary typed last');
  });

  it('keeps half-typed JSON text that cannot be read yet, and comes back to it', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    $<HTMLButtonElement>(el, '#view-json').click();
    await el.updateComplete;
    const area = $<HTMLTextAreaElement>(el, '#json-text');
    typeInto(area, `${area.value.slice(0, 200)}`);
    await eventually(() => area.getAttribute('aria-invalid') === 'true', 'the text cannot be read');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const again = await reload(el);
    expect($<HTMLTextAreaElement>(again, '#json-text').value).to.equal(area.value);
    expect(text($(again, '#json-text-problems'))).to.contain('the file is not valid JSON');
  });

  it('keeps the choices of what pupils see', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    $<HTMLInputElement>(el, '#part-quiz').click();
    $<HTMLInputElement>(el, '#print-answers').click();
    await el.updateComplete;
    expect(preview(el).hide).to.equal('quiz');
    expect(preview(el).printAnswers).to.equal(false);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const again = await reload(el);
    expect($<HTMLInputElement>(again, '#part-quiz').checked).to.equal(false);
    expect($<HTMLInputElement>(again, '#print-answers').checked).to.equal(false);
    expect(preview(again).hide).to.equal('quiz');
  });

  it('says so, visibly and once, when the browser does not allow keeping anything', async () => {
    const el = await builderFixture({ storage: blockedStorage() });
    const alert = $(el, '.save-state[role="alert"]');
    expect(text(alert)).to.contain('Not saved. This browser does not let the builder keep your work');
    expect(text(alert)).to.contain('download the lesson file now and then');
    // Everything else still works.
    await startFromExample(el);
    typeInto(field(el, 'title'), 'Not kept, still shown');
    await eventually(() => preview(el).lesson?.title === 'Not kept, still shown', 'the preview follows');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[role="alert"]')).to.have.length(1);
  });

  it('says so when the browser’s storage is full, and tries again on the next change', async () => {
    const storage = fullStorage();
    const el = await builderFixture({ storage });
    await startFromExample(el);
    await eventually(() => el.shadowRoot!.querySelector('.save-state[role="alert"]'), 'the message');
    expect(text($(el, '.save-state'))).to.contain('its storage for this site is full');
    const writes = storage.writes;
    typeInto(field(el, 'title'), 'Another change');
    await eventually(() => storage.writes > writes, 'tried again');
  });

  it('throws nothing and keeps nothing for a blocked storage, in the store itself', () => {
    const store = new DraftStore('k', () => blockedStorage());
    expect(store.load()).to.deep.include({ ok: false, reason: 'unavailable' });
    const saved: SavedDraft = {
      version: 1,
      savedAt: new Date().toISOString(),
      draft: {},
      view: 'form',
      options: { hide: [], printAnswers: true },
    };
    expect(store.save(saved)).to.deep.include({ ok: false, reason: 'unavailable' });
    expect(new DraftStore('k', () => fullStorage()).save(saved)).to.deep.include({ ok: false, reason: 'full' });
    expect(new DraftStore('k', () => null).load()).to.deep.include({ ok: false, reason: 'unavailable' });
  });

  it('starts afresh, and says so, when what is kept is not a saved lesson', async () => {
    const key = uniqueKey();
    localStorage.setItem(key, '{"version": 1, "draft": "cut off');
    try {
      const el = await builderFixture({ key });
      expect(text($(el, '.save-state'))).to.contain('could not be read, so the builder starts afresh');
      expect(el.shadowRoot!.querySelector('#start-heading')).to.not.equal(null);
    } finally {
      localStorage.removeItem(key);
    }
    expect(readSaved('null')).to.equal(null);
    expect(readSaved('{"version": 2, "draft": {}}')).to.equal(null);
  });

  it('forgets the lesson when the teacher confirms “Start over”', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(kept(el.storageKey)).to.not.equal(null);
    $<HTMLButtonElement>(el, '#start-over').click();
    $<HTMLButtonElement>(el, '#confirm-start-over').click();
    await el.updateComplete;
    expect(kept(el.storageKey)).to.equal(null);
    const again = await reload(el);
    expect(again.shadowRoot!.querySelector('#start-heading')).to.not.equal(null);
  });

  it('offers, without taking it, a newer version kept by another tab', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    const seed = await loadSeed();
    const other: SavedDraft = {
      version: 1,
      savedAt: new Date().toISOString(),
      draft: { ...seed, title: 'Changed in another tab' },
      view: 'form',
      options: { hide: [], printAnswers: true },
    };
    window.dispatchEvent(new StorageEvent('storage', { key: el.storageKey, newValue: JSON.stringify(other) }));
    await el.updateComplete;
    expect(field(el, 'title').value).to.not.equal('Changed in another tab');
    const button = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => text(b) === 'Show the other version here',
    )!;
    button.click();
    await el.updateComplete;
    expect(field(el, 'title').value).to.equal('Changed in another tab');
  });

  it('keeps two lessons apart under two storage keys', async () => {
    const [a, b] = [uniqueKey(), uniqueKey()];
    try {
      const one = await fixture<EduBuilder>(
        html`<edu-builder storage-key=${a} example-src="/data/pakistan-small-arms-2024.json"></edu-builder>`,
      );
      await startFromExample(one);
      typeInto(field(one, 'title'), 'Lesson A');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      const two = await fixture<EduBuilder>(html`<edu-builder storage-key=${b}></edu-builder>`);
      expect(two.shadowRoot!.querySelector('#start-heading'), 'the second has nothing kept').to.not.equal(null);
      expect(kept(a)?.draft.title).to.equal('Lesson A');
      expect(kept(b)).to.equal(null);
    } finally {
      localStorage.removeItem(a);
      localStorage.removeItem(b);
    }
  });
});
