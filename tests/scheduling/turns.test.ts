import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { isPrinting, nextTurn } from '../../src/scheduling/turns.js';
import { minimalLesson, part, parts, SEED_URL, text } from '../helpers/lesson.js';

/** Every microtask queued so far, and those they queue: what Lit's renders run in, within one task. */
async function drainMicrotasks(): Promise<void> {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}

function added<K extends keyof HTMLElementTagNameMap>(tag: K, set: (el: HTMLElementTagNameMap[K]) => void = () => {}) {
  const el = document.createElement(tag);
  set(el);
  document.body.append(el);
  return el;
}

describe('first renders, each in a task of its own', () => {
  const made: Element[] = [];
  afterEach(() => {
    for (const el of made.splice(0)) el.remove();
  });

  it('resolves nextTurn in a later task, in the order asked', async () => {
    const order: string[] = [];
    const first = nextTurn().then(() => order.push('first'));
    const second = nextTurn().then(() => order.push('second'));
    await drainMicrotasks();
    expect(order, 'not within the task that asked').to.deep.equal([]);
    await Promise.all([first, second]);
    expect(order).to.deep.equal(['first', 'second']);
  });

  it('gives every turn at once from beforeprint to afterprint, in the order asked, and waits again after', async () => {
    const order: string[] = [];
    const waited = nextTurn().then(() => order.push('waited'));
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(isPrinting()).to.equal(true);
      const during = nextTurn().then(() => order.push('during'));
      await drainMicrotasks();
      expect(order, 'within the task that printed').to.deep.equal(['waited', 'during']);
      await Promise.all([waited, during]);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(isPrinting()).to.equal(false);
    const after = nextTurn().then(() => order.push('after'));
    await drainMicrotasks();
    expect(order, 'printed: a turn is a later task again').to.deep.equal(['waited', 'during']);
    await after;
  });

  it('draws a stat card placed in the page in a task after the one that added it', async () => {
    const card = added('edu-stat-card', (el) => {
      el.value = '1524';
      el.label = 'deaths';
    });
    made.push(card);
    await drainMicrotasks();
    expect(card.hasUpdated, 'not drawn in the task that added it').to.equal(false);
    await card.updateComplete;
    expect(text(part(card, 'value')!)).to.include('1,524');
  });

  it('draws two cards added together in two tasks, in the order they were added', async () => {
    const drawn: string[] = [];
    const first = added('edu-stat-card', (el) => Object.assign(el, { value: '1', label: 'first' }));
    const second = added('edu-stat-card', (el) => Object.assign(el, { value: '2', label: 'second' }));
    made.push(first, second);
    void first.updateComplete.then(() => drawn.push(`first ${second.hasUpdated ? 'after' : 'before'} second`));
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(drawn).to.deep.equal(['first before second']);
  });

  it('draws at once, in the same task, what has content showing until then, or is drawn by another element', async () => {
    // Text inside the card shows until it draws: it draws in the task that added it, so nothing shows in between.
    const withText = added('edu-stat-card', (el) => {
      el.value = '7';
      el.label = 'with text';
      el.textContent = '7 with text';
    });
    made.push(withText);
    // Inside a grid, the grid's render orders its cards: drawn with it.
    const grid = await fixture(html`<edu-stat-grid .data=${minimalLesson()}></edu-stat-grid>`);
    made.push(grid);
    await drainMicrotasks();
    expect(withText.hasUpdated, 'a card with text in it').to.equal(true);
    const cards = [...grid.shadowRoot!.querySelectorAll('edu-stat-card')];
    expect(cards.length).to.be.above(0);
    expect(cards.every((c) => c.hasUpdated)).to.equal(true);
  });

  it('draws a timeline given data in its own task, one with src shows its loading line at once', async () => {
    const given = added('edu-timeline', (el) => {
      el.data = minimalLesson();
    });
    const loading = added('edu-timeline', (el) => {
      el.src = SEED_URL;
    });
    made.push(given, loading);
    await drainMicrotasks();
    expect(given.hasUpdated, 'given data: drawn a task later').to.equal(false);
    expect(part(loading, 'status'), 'loading: its line at once').to.not.equal(null);
    await given.updateComplete;
    expect(parts(given, 'event').length).to.equal(2);
  });
});
