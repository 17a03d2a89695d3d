/**
 * `<edu-quiz>` (issue #6, points 3, 4 and 8): putting events in order (drag, buttons, keyboard), multiple choice,
 * feedback, progress kept in localStorage, `edu-quiz-complete` and the message to a framing page, print.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import { QUIZ_STORAGE_PREFIX, type EduQuiz } from '../../src/components/quiz/quiz.js';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';
import type { EduQuizCompleteEvent } from '../../src/events/edu-quiz-complete.js';
import { loadStrings } from '../../src/i18n/strings.js';
import type { LessonInput } from '../../src/lesson/types.js';
import { emulateForcedColors } from '../helpers/browser.js';
import {
  alertOf,
  catchPageErrors,
  EventLog,
  expectWcag22TargetSize,
  loadSeed,
  part,
  parts,
  SEED_URL,
  settle,
  shownProblems,
  text,
} from '../helpers/lesson.js';

type Seed = Awaited<ReturnType<typeof loadSeed>>;

const SEED_ID = 'pakistan-small-arms-2024';
const SEED_KEY = `${QUIZ_STORAGE_PREFIX}${SEED_ID}`;
/** The five events the default lesson's ordering task uses: one of each of its five dates, in date order. */
const SEED_ORDER = ['kabul-2021', 'ttp-ceasefire-ends', 'unsc-appeal', 'durrani-ttp-attacks', 'concerted-campaign'];

/** The default lesson's story in Urdu, with one question (the facts of the default lesson, translated). */
const URDU_QUIZ: LessonInput = {
  id: 'test-urdu-quiz',
  title: 'پاکستان، ٹی ٹی پی اور چھوٹے ہتھیار',
  lang: 'ur',
  events: [
    { id: 'kabul-2021', date: '2021', title: 'افغان طالبان نے کابل پر قبضہ کر لیا' },
    { id: 'ttp-ceasefire-ends', date: '2022-11', title: 'ٹی ٹی پی نے حکومت کے ساتھ جنگ بندی ختم کر دی' },
    { id: 'unsc-appeal', date: '2024-03', title: 'پاکستان نے اقوامِ متحدہ کی سلامتی کونسل سے اپیل کی' },
    { id: 'durrani-ttp-attacks', date: '2024-05', title: 'دو برس میں ٹی ٹی پی کے حملوں میں 60 فیصد اضافہ' },
    { id: 'concerted-campaign', date: '2024-06', title: 'پاکستان نے اسلحہ جمع کرنے کی مہم کا مطالبہ کیا' },
  ],
  questions: [
    {
      id: 'ceasefire',
      prompt: 'ٹی ٹی پی نے جنگ بندی کب ختم کی؟',
      choices: ['نومبر 2021', 'نومبر 2022', 'مارچ 2024'],
      answer: 'نومبر 2022',
      explanation: 'ٹی ٹی پی نے نومبر 2022 میں جنگ بندی ختم کی۔',
      event: 'ttp-ceasefire-ends',
    },
  ],
};

/* ---------- helpers ---------- */
// Elements are compared with ===, never with chai's equal: a failing equal between two elements makes mocha walk
// them for its diff, which can hold the page up until the run times out.

function shadow(el: EduQuiz): ShadowRoot {
  return el.shadowRoot!;
}

/** Puts a quiz on the page with `data` and attributes, and waits for its first render. */
async function mount(data: unknown, attributes: Record<string, string> = {}): Promise<EduQuiz> {
  const el = document.createElement('edu-quiz');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  await fixture(el);
  await el.updateComplete;
  return el;
}

/** The events to order, by id, as they stand now. */
function order(el: EduQuiz): string[] {
  return parts(el, 'item').map((li) => li.dataset.id!);
}

function item(el: EduQuiz, id: string): HTMLElement {
  const found = parts(el, 'item').find((li) => li.dataset.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

/** An event's "Move up" and "Move down" buttons. */
function moves(el: EduQuiz, id: string): [HTMLButtonElement, HTMLButtonElement] {
  const [up, down] = parts<HTMLButtonElement>(el, 'move', item(el, id));
  return [up, down];
}

/** The button whose text (visible or not) or aria-label is `name`. */
function button(el: EduQuiz, name: string, scope: ParentNode = shadow(el)): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].filter(
    (b) => text(b) === name || b.getAttribute('aria-label') === name,
  );
  expect(found.length, `one button "${name}"`).to.equal(1);
  return found[0];
}

function hasButton(el: EduQuiz, name: string): boolean {
  return [...shadow(el).querySelectorAll('button')].some((b) => text(b) === name);
}

async function click(el: EduQuiz, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

/** Puts the events in the order `ids` with the Move up buttons, as a pupil would. */
async function arrange(el: EduQuiz, ids: readonly string[]): Promise<void> {
  for (let p = 0; p < ids.length; p++) {
    while (order(el).indexOf(ids[p]) > p) await click(el, moves(el, ids[p])[0]);
  }
  expect(order(el)).to.deep.equal(ids);
}

function questions(el: EduQuiz): HTMLFieldSetElement[] {
  return parts<HTMLFieldSetElement>(el, 'question');
}

function radios(el: EduQuiz, q: number): HTMLInputElement[] {
  return [...questions(el)[q].querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

async function choose(el: EduQuiz, q: number, choice: number): Promise<void> {
  await click(el, radios(el, q)[choice]);
}

/** The marks' words: in the ordering list, or below each question. */
function itemMarks(el: EduQuiz): string[] {
  return parts(el, 'item').map((li) => text(part(el, 'mark', li)));
}

function questionMark(el: EduQuiz, q: number): string {
  const box = questions(el)[q].parentElement!;
  return text(box.querySelector(':scope > [part~="feedback"] > [part~="mark"]'));
}

function result(el: EduQuiz, task: 'order' | 'choice'): HTMLElement {
  return shadow(el).querySelector<HTMLElement>(`[part~="${task}"] [part~="result"]`)!;
}

function liveText(el: EduQuiz): string {
  return text(shadow(el).querySelector('[aria-live="polite"]'));
}

function completeLog(): EventLog {
  return new EventLog(document, ['edu-quiz-complete']);
}

function details(log: EventLog): unknown[] {
  return log.of('edu-quiz-complete').map((e) => ({ ...(e as EduQuizCompleteEvent).detail }));
}

/** The answers of the default lesson's questions: index of the right choice of each. */
function rightAnswers(seed: Seed): number[] {
  return (seed.questions ?? []).map((q) => q.choices.indexOf(q.answer));
}

function isSorted(ids: readonly string[], sorted: readonly string[]): boolean {
  return ids.every((id, i) => id === sorted[i]);
}

function clearStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(QUIZ_STORAGE_PREFIX)) localStorage.removeItem(key);
}

beforeEach(clearStorage);
afterEach(clearStorage);

/* ---------- accessibility ---------- */

describe('<edu-quiz>: accessibility', function () {
  this.timeout(20_000);

  it('the default lesson passes axe, target size included', async () => {
    const log = new EventLog();
    const el = await fixture<EduQuiz>(html`<edu-quiz src=${SEED_URL} heading="Check what you know"></edu-quiz>`);
    await log.waitFor('edu-load');
    await el.updateComplete;
    expect(parts(el, 'item').length).to.equal(5);
    await expect(el).to.be.accessible();
    await expectWcag22TargetSize(el);
  });

  it('after checking both tasks (marks, explanations, scores, timeline links) it passes axe', async () => {
    const seed = await loadSeed();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <edu-quiz for="quiz-timeline" .data=${seed}></edu-quiz>
        <edu-timeline id="quiz-timeline" layout="vertical" .data=${seed}></edu-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('edu-quiz')!;
    await el.updateComplete;
    await click(el, button(el, 'Check order'));
    await choose(el, 0, 1);
    await choose(el, 1, 0);
    await click(el, button(el, 'Check answers'));
    expect(parts(el, 'timeline-link').length, 'links below the right order and the questions').to.be.greaterThan(5);
    await expect(el).to.be.accessible();
    await expectWcag22TargetSize(el);
    await click(el, button(el, 'Show answers'));
    await expect(el).to.be.accessible();
  });

  it('an Urdu lesson on a right-to-left page passes axe', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ur"><edu-quiz .data=${URDU_QUIZ}></edu-quiz></div>`,
    );
    const el = wrapper.querySelector('edu-quiz')!;
    const ur = await loadStrings('ur');
    await waitUntil(() => el.shadowRoot!.textContent!.includes(ur.quizCheckOrder), 'the Urdu words');
    await expect(el).to.be.accessible();
    await click(el, button(el, ur.quizCheckOrder));
    await expect(el).to.be.accessible();
    await expectWcag22TargetSize(el);
  });

  it('the dark theme passes axe (contrast included), before and after checking', async () => {
    const seed = await loadSeed();
    const el = await mount(seed, { theme: 'dark' });
    await expect(el).to.be.accessible();
    await click(el, button(el, 'Check order'));
    await choose(el, 0, 0);
    await choose(el, 1, 1);
    await click(el, button(el, 'Check answers'));
    await expect(el).to.be.accessible();
  });

  it('the problems panel passes axe', async () => {
    const el = await mount({ events: [{ date: '2021', title: 'Only one' }] });
    expect(alertOf(el)).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('in forced colours, marks keep a border and a visible icon', async () => {
    const el = await mount(await loadSeed(), { mode: 'order' });
    await click(el, button(el, 'Check order'));
    await emulateForcedColors(true);
    try {
      const mark = parts(el, 'mark')[0];
      const style = getComputedStyle(mark);
      expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
      expect(style.borderTopStyle).to.not.equal('none');
      const icon = mark.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(icon).stroke).to.not.equal('none');
    } finally {
      await emulateForcedColors(false);
    }
  });
});

/* ---------- attributes and rendering ---------- */

describe('<edu-quiz>: defaults and attributes', () => {
  it('has documented defaults', () => {
    const el = document.createElement('edu-quiz');
    expect(el.mode).to.equal('all');
    expect(el.orderCount).to.equal(5);
    expect(el.headingLevel).to.equal(2);
    expect(el.heading).to.equal(null);
    expect(el.for).to.equal(null);
    expect(el.printAnswers).to.equal(false);
    expect(el.theme).to.equal(null);
    expect(el.src).to.equal(null);
    expect(el.timeout).to.equal(15);
    expect(el.lesson).to.equal(null);
  });

  it('reads its attributes; print-answers and theme are reflected', async () => {
    const el = await mount(await loadSeed(), { 'order-count': '4', mode: 'order', for: 'x', heading: 'Quiz' });
    expect(el.orderCount).to.equal(4);
    expect(el.mode).to.equal('order');
    expect(el.for).to.equal('x');
    el.printAnswers = true;
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.hasAttribute('print-answers')).to.equal(true);
    expect(el.getAttribute('theme')).to.equal('dark');
  });

  it('headings: the quiz heading at heading-level, the tasks one below; without a heading, the tasks at heading-level', async () => {
    const seed = await loadSeed();
    const el = await mount(seed, { heading: 'Check what you know', 'heading-level': '3' });
    expect(part(el, 'heading')!.localName).to.equal('h3');
    expect(text(part(el, 'heading'))).to.equal('Check what you know');
    const tasks = parts(el, 'task-heading').filter((h) => !h.closest('[hidden]'));
    expect(tasks.map((h) => h.localName)).to.deep.equal(['h4', 'h4']);
    expect(tasks.map((h) => text(h))).to.deep.equal(['Put the events in order', 'Questions']);
    const bare = await mount(seed, { 'heading-level': '3' });
    expect(part(bare, 'heading')).to.equal(null);
    expect(parts(bare, 'task-heading').map((h) => h.localName)).to.include('h3');
  });
});

describe('<edu-quiz>: rendering the default lesson', () => {
  let seed: Seed;
  before(async () => {
    seed = await loadSeed();
  });

  it('shows 5 events to order (one of each date, spread over the lesson) and the 8 questions', async () => {
    const el = await mount(seed);
    expect(alertOf(el)).to.equal(null);
    expect([...order(el)].sort()).to.deep.equal([...SEED_ORDER].sort());
    expect(seed.questions).to.have.length(8);
    const fieldsets = questions(el);
    expect(fieldsets.length).to.equal(8);
    seed.questions!.forEach((q, i) => {
      expect(fieldsets[i].localName).to.equal('fieldset');
      expect(text(fieldsets[i].querySelector('legend'))).to.equal(q.prompt);
      const options = parts(el, 'option', fieldsets[i]);
      expect(options.map((o) => text(o))).to.deep.equal(q.choices);
      expect(radios(el, i).length).to.equal(q.choices.length);
      // Clickable labels: the radio is inside its label.
      expect(options.every((o) => o.localName === 'label' && o.querySelector('input[type="radio"]'))).to.equal(true);
    });
  });

  it('the events to order show their titles, never their dates', async () => {
    const el = await mount(seed);
    for (const id of SEED_ORDER) {
      const event = seed.events.find((e) => e.id === id)!;
      const shown = text(item(el, id));
      expect(shown).to.contain(event.title);
      for (const date of ['2021', 'November 2022', 'March 2024', 'May 2024', 'June 2024']) {
        expect(shown, `${id} gives no date`).to.not.contain(date);
      }
      expect(item(el, id).querySelector('time')).to.equal(null);
    }
  });

  it('each event has a handle and two real buttons named with its title, 24 px at least, disabled at the ends', async () => {
    const el = await mount(seed);
    const ids = order(el);
    ids.forEach((id, i) => {
      const title = seed.events.find((e) => e.id === id)!.title;
      const [up, down] = moves(el, id);
      expect(text(up)).to.equal(`Move up: ${title}`);
      expect(text(down)).to.equal(`Move down: ${title}`);
      expect(up.disabled).to.equal(i === 0);
      expect(down.disabled).to.equal(i === ids.length - 1);
      for (const b of [up, down]) {
        const r = b.getBoundingClientRect();
        expect(r.width).to.be.at.least(24);
        expect(r.height).to.be.at.least(24);
      }
      const handle = part(el, 'handle', item(el, id))!;
      expect(getComputedStyle(handle).touchAction).to.equal('none');
      expect(getComputedStyle(item(el, id)).touchAction, 'the rest of the item still scrolls').to.equal('auto');
    });
  });

  it('order-count: at least 3, at most the number of events; mode shows one task', async () => {
    expect(order(await mount(seed, { 'order-count': '3' })).length).to.equal(3);
    expect(order(await mount(seed, { 'order-count': '1' })).length).to.equal(3);
    expect(order(await mount(seed, { 'order-count': '99' })).length).to.equal(seed.events.length);
    const orderOnly = await mount(seed, { mode: 'order' });
    expect(questions(orderOnly).length).to.equal(0);
    expect(part(orderOnly, 'choice')).to.equal(null);
    const choiceOnly = await mount(seed, { mode: 'choice' });
    expect(parts(choiceOnly, 'item').length).to.equal(0);
    expect(questions(choiceOnly).length).to.equal(8);
  });

  it('changing order-count picks and shuffles again but keeps the answers', async () => {
    const el = await mount(seed);
    await choose(el, 2, 1);
    el.orderCount = 7;
    await el.updateComplete;
    expect(order(el).length).to.equal(7);
    expect(radios(el, 2)[1].checked).to.equal(true);
  });

  it('mode="order" on a lesson with questions but no two dates says so', async () => {
    const el = await mount(
      {
        events: [{ date: '2021', title: 'Only one' }],
        questions: [{ prompt: 'Q?', choices: ['a', 'b'], answer: 'a' }],
      },
      { mode: 'order' },
    );
    expect(text(part(el, 'empty'))).to.equal('This lesson has too few events with different dates to put in order.');
    const all = await mount({
      events: [{ date: '2021', title: 'Only one' }],
      questions: [{ prompt: 'Q?', choices: ['a', 'b'], answer: 'a' }],
    });
    expect(part(all, 'empty'), 'mode="all" quietly shows only the questions').to.equal(null);
    expect(questions(all).length).to.equal(1);
  });
});

/* ---------- the shuffle ---------- */

describe('<edu-quiz>: the shuffle', () => {
  it('is never the right order, in 50 fresh quizzes', async () => {
    const seed = await loadSeed();
    const el = await mount(seed);
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      el.data = { ...seed };
      await el.updateComplete;
      expect(isSorted(order(el), SEED_ORDER), order(el).join(' ')).to.equal(false);
      seen.add(order(el).join(' '));
    }
    expect(seen.size, 'really shuffled').to.be.greaterThan(10);
  });

  it('is never a right order when events are at the same time either way round, and is new on each attempt', async () => {
    const lesson = {
      events: [
        { id: 'a', date: '2020', title: 'A' },
        { id: 'b', date: '2021-05', title: 'B' },
        { id: 'c', date: '2021-05', title: 'C' },
      ],
    };
    const el = await mount(lesson);
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const now = order(el).join('');
      expect(['abc', 'acb'], now).to.not.include(now);
      seen.add(now);
      await click(el, button(el, 'Check order'));
      await click(el, button(el, 'Try again'));
    }
    expect(seen.size).to.be.greaterThan(2);
  });

  it('even when Math.random always gives the same number', async () => {
    const random = Math.random;
    try {
      for (const value of [0, 0.999999]) {
        Math.random = () => value;
        const el = await mount(await loadSeed());
        expect(isSorted(order(el), SEED_ORDER), `${value}: ${order(el).join(' ')}`).to.equal(false);
      }
    } finally {
      Math.random = random;
    }
  });
});

/* ---------- keyboard ---------- */

describe('<edu-quiz>: keyboard', () => {
  async function page(): Promise<{ el: EduQuiz; before: HTMLButtonElement }> {
    const seed = await loadSeed();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>Before</button><edu-quiz mode="order" .data=${seed}></edu-quiz></div>`,
    );
    const el = wrapper.querySelector('edu-quiz')!;
    await el.updateComplete;
    return { el, before: wrapper.querySelector('button')! };
  }

  const focused = (el: EduQuiz): Element | null => shadow(el).activeElement;

  it('Tab reaches the first Move down button; Enter and Space move the event, focus stays, the move is announced', async () => {
    const seed = await loadSeed();
    const { el, before } = await page();
    const first = order(el)[0];
    const title = seed.events.find((e) => e.id === first)!.title;
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el) === moves(el, first)[1], 'the first event has no Move up to stop at').to.equal(true);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(order(el).indexOf(first)).to.equal(1);
    await waitUntil(() => focused(el) === moves(el, first)[1], 'focus on the moved event’s Move down');
    expect(liveText(el)).to.equal(`${title} moved to position 2 of 5`);

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(order(el).indexOf(first)).to.equal(2);
    await waitUntil(() => focused(el) === moves(el, first)[1]);
    expect(liveText(el)).to.equal(`${title} moved to position 3 of 5`);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(order(el).indexOf(first)).to.equal(4);
    // At the bottom Move down is disabled: the focus goes to Move up.
    await waitUntil(() => focused(el) === moves(el, first)[0], 'focus on Move up at the end');
    expect(moves(el, first)[1].disabled).to.equal(true);
    expect(liveText(el)).to.equal(`${title} moved to position 5 of 5`);

    // Enter on Move up moves it back up, the focus staying there.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(order(el).indexOf(first)).to.equal(3);
    await waitUntil(() => focused(el) === moves(el, first)[0]);
  });

  it('Move up at the top hands the focus to Move down', async () => {
    const { el } = await page();
    const second = order(el)[1];
    moves(el, second)[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(order(el)[0]).to.equal(second);
    await waitUntil(() => focused(el) === moves(el, second)[1], 'focus on Move down at the top');
  });

  it('checking moves the focus to the score; Try again reshuffles and focuses the first Move down', async () => {
    const { el } = await page();
    button(el, 'Check order').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => focused(el) === result(el, 'order'), 'focus on the score');
    button(el, 'Try again').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => focused(el) === moves(el, order(el)[0])[1], 'focus on the first Move down');
  });

  it('moves animate, unless the reader prefers reduced motion', async () => {
    const { el } = await page();
    await click(el, moves(el, order(el)[1])[1]);
    await waitUntil(() => shadow(el).getAnimations().length > 0, 'an animation');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      for (const a of shadow(el).getAnimations()) a.finish();
      await click(el, moves(el, order(el)[1])[1]);
      await settle();
      expect(shadow(el).getAnimations().length).to.equal(0);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

/* ---------- dragging ---------- */

describe('<edu-quiz>: dragging', () => {
  afterEach(() => resetMouse());

  function centre(node: Element): [number, number] {
    const r = node.getBoundingClientRect();
    return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
  }

  async function drag(el: EduQuiz, id: string, toBelowIndex: number): Promise<void> {
    const [x, y] = centre(part(el, 'handle', item(el, id))!);
    const target = parts(el, 'item')[toBelowIndex].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, y + 5] });
    await sendMouse({ type: 'move', position: [x, Math.round(target.top + target.height * 0.8)] });
    await el.updateComplete;
    await sendMouse({ type: 'up' });
    await el.updateComplete;
  }

  it('a mouse drag of the handle reorders, and the move is announced', async () => {
    const seed = await loadSeed();
    const el = await mount(seed, { mode: 'order' });
    const first = order(el)[0];
    const rest = order(el).slice(1);
    await drag(el, first, 2);
    expect(order(el)).to.deep.equal([rest[0], rest[1], first, rest[2], rest[3]]);
    const title = seed.events.find((e) => e.id === first)!.title;
    expect(liveText(el)).to.equal(`${title} moved to position 3 of 5`);
    const selection = (shadow(el) as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
    expect(String(selection ?? document.getSelection()), 'a drag selects no text').to.equal('');
    // And back up to the top.
    const [x, y] = centre(part(el, 'handle', item(el, first))!);
    const top = parts(el, 'item')[0].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, Math.round(top.top + 2)] });
    await el.updateComplete;
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(order(el)[0]).to.equal(first);
  });

  it('the list reorders live while the pointer moves, before it is released', async () => {
    const el = await mount(await loadSeed(), { mode: 'order' });
    const first = order(el)[0];
    const [x, y] = centre(part(el, 'handle', item(el, first))!);
    const last = parts(el, 'item')[4].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, Math.round(last.bottom - 2)] });
    await el.updateComplete;
    expect(order(el)[4], 'moved while still held').to.equal(first);
    await sendMouse({ type: 'up' });
  });

  it('a drag that does not start on the handle moves nothing', async () => {
    const el = await mount(await loadSeed(), { mode: 'order' });
    const before = order(el);
    const title = parts(el, 'item')[0];
    const r = title.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.bottom + 150)] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(order(el)).to.deep.equal(before);
  });

  it('touch and pen (Pointer Events) drag too; Escape puts the list back', async () => {
    const el = await mount(await loadSeed(), { mode: 'order' });
    for (const pointerType of ['touch', 'pen']) {
      const first = order(el)[0];
      const handle = part(el, 'handle', item(el, first))!;
      const [x, y] = centre(handle);
      const target = parts(el, 'item')[1].getBoundingClientRect();
      const init = { pointerId: 9, pointerType, bubbles: true, composed: true, isPrimary: true, clientX: x };
      handle.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientY: y }));
      document.body.dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: target.bottom - 2 }));
      await el.updateComplete;
      document.body.dispatchEvent(new PointerEvent('pointerup', { ...init, clientY: target.bottom - 2 }));
      await el.updateComplete;
      expect(order(el)[1], pointerType).to.equal(first);
    }
    const before = order(el);
    const handle = part(el, 'handle', item(el, before[0]))!;
    const [x, y] = centre(handle);
    const init = { pointerId: 3, pointerType: 'touch', bubbles: true, composed: true, clientX: x };
    handle.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientY: y }));
    document.body.dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: y + 200 }));
    await el.updateComplete;
    expect(order(el)).to.not.deep.equal(before);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(order(el), 'Escape cancels the drag').to.deep.equal(before);
  });
});

/* ---------- right to left ---------- */

describe('<edu-quiz>: right to left (Urdu)', () => {
  afterEach(() => resetMouse());

  async function urdu(): Promise<EduQuiz> {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ur"><edu-quiz mode="order" .data=${URDU_QUIZ}></edu-quiz></div>`,
    );
    const el = wrapper.querySelector('edu-quiz')!;
    await el.updateComplete;
    return el;
  }

  it('mirrors the layout: the handle at the right, the buttons at the left', async () => {
    const el = await urdu();
    const li = parts(el, 'item')[0];
    const handle = part(el, 'handle', li)!.getBoundingClientRect();
    const [up] = parts(el, 'move', li);
    const row = li.getBoundingClientRect();
    expect(handle.right).to.be.closeTo(row.right, 12);
    expect(up.getBoundingClientRect().left).to.be.lessThan(row.left + row.width / 2);
    expect(getComputedStyle(li).borderRightWidth, 'the thick border at the inline start').to.equal('4px');
  });

  it('the move buttons and dragging work', async () => {
    const el = await urdu();
    const first = order(el)[0];
    await click(el, moves(el, first)[1]);
    expect(order(el)[1]).to.equal(first);
    // The move slides the item into place: measure where it ends.
    for (const a of shadow(el).getAnimations()) a.finish();
    const handle = part(el, 'handle', item(el, first))!.getBoundingClientRect();
    const x = Math.round(handle.left + handle.width / 2);
    const last = parts(el, 'item')[4].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [x, Math.round(handle.top + handle.height / 2)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, Math.round(last.bottom - 2)] });
    await el.updateComplete;
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(order(el)[4]).to.equal(first);
  });
});

/* ---------- grading ---------- */

describe('<edu-quiz>: checking the order', () => {
  let seed: Seed;
  before(async () => {
    seed = await loadSeed();
  });

  it('marks each event right or wrong with an icon and a word, scores, fires once with the detail', async () => {
    const log = completeLog();
    const el = await mount(seed, { mode: 'order' });
    const [a, b, ...rest] = SEED_ORDER;
    await arrange(el, [b, a, ...rest]);
    await click(el, button(el, 'Check order'));
    expect(itemMarks(el)).to.deep.equal(['Wrong', 'Wrong', 'Right', 'Right', 'Right']);
    for (const mark of parts(el, 'mark')) expect(mark.querySelector('svg[aria-hidden="true"]')).to.not.equal(null);
    expect(text(result(el, 'order'))).to.equal('3 of 5 events are in the right place.');
    expect(result(el, 'order').getAttribute('role')).to.equal('status');
    expect(shadow(el).activeElement === result(el, 'order'), 'focus on the score').to.equal(true);
    // Locked: no buttons to move, no handles.
    expect(parts(el, 'move').length).to.equal(0);
    expect(parts(el, 'handle').length).to.equal(0);
    await settle();
    expect(details(log)).to.deep.equal([{ lessonId: SEED_ID, part: 'order', score: 3, total: 5 }]);
    const event = log.of('edu-quiz-complete')[0];
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('the feedback lists the right order with dates and the time between events', async () => {
    const el = await mount(seed, { mode: 'order' });
    await click(el, button(el, 'Check order'));
    const feedbackRows = () => [...part(el, 'feedback')!.querySelectorAll('ol > li')].map((li) => text(li));
    // The code that writes durations is a chunk of its own, loaded when the quiz first renders.
    await waitUntil(() => feedbackRows()[1]?.includes('later'), 'the durations');
    const rows = feedbackRows();
    expect(rows).to.have.length(5);
    SEED_ORDER.forEach((id, i) => expect(rows[i]).to.contain(seed.events.find((e) => e.id === id)!.title));
    expect(rows[0]).to.contain('2021');
    expect(rows[1]).to.contain('November 2022');
    expect(rows[1]).to.contain('1 year later');
    expect(rows[2]).to.contain('March 2024');
    expect(rows[2]).to.contain('1 year 4 months later');
    expect(rows[3]).to.contain('May 2024').and.to.contain('2 months later');
    // A display date wins over the formatted date.
    expect(rows[4]).to.contain('June 2024, on a Tuesday during the conference').and.to.contain('1 month later');
  });

  it('events at the same time are accepted in either order', async () => {
    const el = await mount(seed, { 'order-count': '8', mode: 'order' });
    const ids = seed.events.map((e) => e.id!);
    // 2024-05: three events (indices 3–5); 2024-06: two (6, 7).
    const variants = [
      ids,
      [...ids.slice(0, 3), ids[5], ids[3], ids[4], ids[7], ids[6]],
      [...ids.slice(0, 3), ids[4], ids[5], ids[3], ids[6], ids[7]],
    ];
    for (const variant of variants) {
      await arrange(el, variant);
      await click(el, button(el, 'Check order'));
      expect(itemMarks(el), variant.join(' ')).to.deep.equal(Array(8).fill('Right'));
      expect(text(result(el, 'order'))).to.equal('All 8 events are in the right order.');
      await click(el, button(el, 'Try again'));
    }
    // The feedback says they may stand either way.
    await arrange(el, ids);
    await click(el, button(el, 'Check order'));
    const rows = [...part(el, 'feedback')!.querySelectorAll('ol > li')].map((li) => text(li));
    expect(rows[4]).to.contain('either order is right');
    expect(rows[7]).to.contain('either order is right');
    expect(rows[6]).to.not.contain('either order');
  });

  it('a tied event out of its group is still wrong', async () => {
    const el = await mount(seed, { 'order-count': '8', mode: 'order' });
    const ids = seed.events.map((e) => e.id!);
    // A June event before the May ones.
    await arrange(el, [...ids.slice(0, 3), ids[6], ids[3], ids[4], ids[5], ids[7]]);
    await click(el, button(el, 'Check order'));
    expect(itemMarks(el)).to.deep.equal(['Right', 'Right', 'Right', 'Wrong', 'Right', 'Right', 'Wrong', 'Right']);
  });

  it('Try again reshuffles and shows the last score; checking again fires again', async () => {
    const log = completeLog();
    const el = await mount(seed, { mode: 'order' });
    await arrange(el, SEED_ORDER);
    await click(el, button(el, 'Check order'));
    await click(el, button(el, 'Try again'));
    expect(parts(el, 'mark').length).to.equal(0);
    expect(isSorted(order(el), SEED_ORDER)).to.equal(false);
    expect(text(result(el, 'order'))).to.equal('Last time: 5 of 5 events in the right place.');
    await click(el, button(el, 'Check order'));
    await settle();
    expect(log.count('edu-quiz-complete')).to.equal(2);
  });

  it('with `for`, each event of the right order offers "See on the timeline"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <edu-quiz mode="order" for="tl" .data=${seed}></edu-quiz>
        <edu-timeline id="tl" layout="vertical" .data=${seed}></edu-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('edu-quiz')!;
    const timeline = wrapper.querySelector<EduTimeline>('edu-timeline')!;
    await timeline.updateComplete;
    await el.updateComplete;
    expect(parts(el, 'timeline-link').length, 'none before checking').to.equal(0);
    await click(el, button(el, 'Check order'));
    const links = parts<HTMLButtonElement>(el, 'timeline-link');
    expect(links.length).to.equal(5);
    expect(text(links[1])).to.equal('See on the timeline');
    const title = seed.events.find((e) => e.id === SEED_ORDER[1])!.title;
    expect(links[1].getAttribute('aria-label')).to.equal(`See on the timeline: ${title}`);
    links[1].click();
    await waitUntil(() => timeline.selected === SEED_ORDER[1], 'the timeline selects the event');
  });

  it('without a timeline of that id, no link', async () => {
    const el = await mount(seed, { mode: 'order', for: 'nowhere' });
    await click(el, button(el, 'Check order'));
    expect(parts(el, 'timeline-link').length).to.equal(0);
  });
});

describe('<edu-quiz>: checking the answers', () => {
  let seed: Seed;
  before(async () => {
    seed = await loadSeed();
  });

  it('marks answered questions, says which are unanswered, scores, moves the focus; no event until all are answered', async () => {
    const log = completeLog();
    const el = await mount(seed, { mode: 'choice' });
    const right = rightAnswers(seed);
    await choose(el, 0, right[0]);
    await choose(el, 1, (right[1] + 1) % seed.questions![1].choices.length);
    await click(el, button(el, 'Check answers'));
    expect(questionMark(el, 0)).to.equal('Right');
    expect(questionMark(el, 1)).to.equal('Wrong');
    for (let q = 2; q < 8; q++) expect(questionMark(el, q)).to.equal('Not answered');
    expect(text(result(el, 'choice'))).to.equal('1 of 8 correct (6 questions not answered).');
    expect(result(el, 'choice').getAttribute('role')).to.equal('status');
    expect(shadow(el).activeElement === result(el, 'choice'), 'focus on the score').to.equal(true);
    // Explanations of the checked questions only.
    const explanations = parts(el, 'explanation');
    expect(explanations.length).to.equal(2);
    expect(text(explanations[0])).to.equal(seed.questions![0].explanation);
    // Checked questions are locked; the others can still be answered.
    expect(questions(el)[0].disabled).to.equal(true);
    expect(questions(el)[1].disabled).to.equal(true);
    expect(questions(el)[2].disabled).to.equal(false);
    await settle();
    expect(log.count('edu-quiz-complete')).to.equal(0);

    for (let q = 2; q < 8; q++) await choose(el, q, right[q]);
    await click(el, button(el, 'Check answers'));
    expect(text(result(el, 'choice'))).to.equal('7 of 8 correct.');
    await settle();
    expect(details(log)).to.deep.equal([{ lessonId: SEED_ID, part: 'choice', score: 7, total: 8 }]);
    expect(hasButton(el, 'Check answers'), 'nothing left to check').to.equal(false);
  });

  it('checking with nothing answered says so', async () => {
    const el = await mount(seed, { mode: 'choice' });
    await click(el, button(el, 'Check answers'));
    expect(text(result(el, 'choice'))).to.equal('Choose an answer to a question first.');
    expect(parts(el, 'explanation').length).to.equal(0);
  });

  it('Show answers marks every right answer and shows every explanation; Try again clears everything', async () => {
    const log = completeLog();
    const el = await mount(seed, { mode: 'choice' });
    await choose(el, 0, 0);
    await click(el, button(el, 'Show answers'));
    const right = rightAnswers(seed);
    questions(el).forEach((fieldset, q) => {
      const options = parts(el, 'option', fieldset);
      const marked = options.filter((o) => part(el, 'mark', o));
      expect(marked.length, `question ${q + 1}`).to.equal(1);
      expect(options.indexOf(marked[0]), `question ${q + 1}`).to.equal(right[q]);
      expect(text(part(el, 'mark', marked[0]))).to.equal('Right answer');
      expect(fieldset.disabled).to.equal(true);
    });
    expect(parts(el, 'explanation').length).to.equal(8);
    expect(shadow(el).activeElement === result(el, 'choice'), 'focus on the score').to.equal(true);
    await click(el, button(el, 'Try again'));
    expect(parts(el, 'explanation').length).to.equal(0);
    expect(parts(el, 'mark').length).to.equal(0);
    expect(radios(el, 0).some((r) => r.checked)).to.equal(false);
    expect(questions(el).every((f) => !f.disabled)).to.equal(true);
    await el.updateComplete;
    expect(shadow(el).activeElement === radios(el, 0)[0], 'focus on the first answer').to.equal(true);
    await settle();
    expect(log.count('edu-quiz-complete')).to.equal(0);
  });

  it('with `for`, a checked question about an event offers "See on the timeline"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <edu-quiz mode="choice" for="tl2" .data=${seed}></edu-quiz>
        <edu-timeline id="tl2" layout="vertical" .data=${seed}></edu-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('edu-quiz')!;
    const timeline = wrapper.querySelector<EduTimeline>('edu-timeline')!;
    await el.updateComplete;
    await choose(el, 0, 0);
    await click(el, button(el, 'Check answers'));
    const links = parts<HTMLButtonElement>(el, 'timeline-link');
    expect(links.length).to.equal(1);
    links[0].click();
    await waitUntil(() => timeline.selected === seed.questions![0].event, 'the question’s event is selected');
  });

  it('Markdown in explanations: a javascript: link stays text, an https link opens in a new tab', async () => {
    const el = await mount({
      events: [{ date: '2021', title: 'One event' }],
      questions: [
        {
          prompt: 'Q?',
          choices: ['a', 'b'],
          answer: 'a',
          explanation: 'See [this](javascript:alert(1)), **bold**, and [the source](https://example.org/a).',
        },
      ],
    });
    await choose(el, 0, 1);
    await click(el, button(el, 'Check answers'));
    const explanation = part(el, 'explanation')!;
    expect(text(explanation)).to.contain('See this');
    expect(explanation.querySelector('strong')?.textContent).to.equal('bold');
    const links = [...explanation.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/a']);
    expect(links[0].target).to.equal('_blank');
    expect(shadow(el).querySelector('[href^="javascript"]')).to.equal(null);
  });

  it('text from the data is text', async () => {
    const el = await mount({
      events: [{ date: '2021', title: 'One event' }],
      questions: [{ prompt: '<img src=x onerror=alert(1)>?', choices: ['<b>a</b>', 'b'], answer: '<b>a</b>' }],
    });
    expect(shadow(el).querySelector('img, b')).to.equal(null);
    expect(text(part(el, 'prompt'))).to.equal('<img src=x onerror=alert(1)>?');
  });
});

/* ---------- events and the framing page ---------- */

describe('<edu-quiz>: events and messages', () => {
  it('no edu-quiz-complete for loading, restored progress or properties the page sets', async () => {
    const seed = await loadSeed();
    localStorage.setItem(
      SEED_KEY,
      JSON.stringify({ v: 1, answers: { salw: 1 }, graded: ['salw'], checked: true, revealed: false }),
    );
    const log = completeLog();
    const el = await mount(seed);
    el.mode = 'choice';
    el.orderCount = 4;
    el.data = { ...seed };
    el.printAnswers = true;
    await el.updateComplete;
    await settle();
    expect(log.count('edu-quiz-complete')).to.equal(0);
  });

  it('posts nothing when the page is not in a frame', async () => {
    expect(window.parent).to.equal(window);
    const calls: unknown[] = [];
    const original = window.postMessage.bind(window);
    window.postMessage = ((message: unknown, ...rest: [string]) => {
      calls.push(message);
      original(message, ...rest);
    }) as typeof window.postMessage;
    try {
      const el = await mount(await loadSeed(), { mode: 'order' });
      await click(el, button(el, 'Check order'));
      await settle();
    } finally {
      window.postMessage = original;
    }
    const ours = calls.filter((m) => /^(lti|edu-timeline)\./.test(String((m as { subject?: unknown })?.subject)));
    expect(ours).to.deep.equal([]);
  });

  it('in a frame: posts its height (lti.frameResize) and the score (edu-timeline.quizComplete) to the parent', async function () {
    this.timeout(15_000);
    const messages: { subject?: string; [key: string]: unknown }[] = [];
    const frame = document.createElement('iframe');
    const onMessage = (e: MessageEvent): void => {
      if (e.source === frame.contentWindow) messages.push(e.data as { subject?: string });
    };
    window.addEventListener('message', onMessage);
    try {
      frame.srcdoc = `<!doctype html><html lang="en"><head><title>framed quiz</title></head><body>
        <edu-quiz mode="order" src="${SEED_URL}"></edu-quiz>
        <script type="module" src="/src/components/quiz/edu-quiz.ts"></script>
      </body></html>`;
      frame.style.cssText = 'width: 600px; height: 400px';
      await fixture(frame);
      await waitUntil(() => messages.some((m) => m.subject === 'lti.frameResize'), 'a frameResize message', {
        timeout: 10_000,
      });
      const resize = messages.find((m) => m.subject === 'lti.frameResize')!;
      expect(resize.height).to.be.a('number').and.to.be.greaterThan(100);

      const inner = frame.contentDocument!.querySelector('edu-quiz') as EduQuiz;
      await waitUntil(() => inner.shadowRoot?.querySelector('[part~="item"]'), 'the framed quiz renders', {
        timeout: 10_000,
      });
      await click(inner, button(inner, 'Check order'));
      await waitUntil(() => messages.some((m) => m.subject === 'edu-timeline.quizComplete'), 'a quizComplete');
      const complete = messages.filter((m) => m.subject === 'edu-timeline.quizComplete');
      expect(complete).to.have.length(1);
      const score = itemMarks(inner).filter((m) => m === 'Right').length;
      expect(complete[0]).to.deep.equal({
        subject: 'edu-timeline.quizComplete',
        lesson: SEED_ID,
        part: 'order',
        score,
        total: 5,
      });
    } finally {
      window.removeEventListener('message', onMessage);
      frame.remove();
    }
  });
});

/* ---------- progress ---------- */

describe('<edu-quiz>: progress in localStorage', () => {
  let seed: Seed;
  before(async () => {
    seed = await loadSeed();
  });

  it('keeps the answers, what was checked and the last order score, and restores them in a new element', async () => {
    const el = await mount(seed);
    await choose(el, 0, 1);
    await choose(el, 3, 0);
    await click(el, button(el, 'Check answers'));
    await choose(el, 5, 2);
    await arrange(el, SEED_ORDER);
    await click(el, button(el, 'Check order'));
    const stored = JSON.parse(localStorage.getItem(SEED_KEY)!) as Record<string, unknown>;
    expect(stored).to.deep.include({
      answers: { [seed.questions![0].id!]: 1, [seed.questions![3].id!]: 0, [seed.questions![5].id!]: 2 },
      graded: [seed.questions![0].id, seed.questions![3].id],
      checked: true,
      order: { score: 5, total: 5 },
    });
    el.remove();

    const log = completeLog();
    const again = await mount(seed);
    expect(radios(again, 0)[1].checked).to.equal(true);
    expect(radios(again, 3)[0].checked).to.equal(true);
    expect(radios(again, 5)[2].checked).to.equal(true);
    expect(questions(again)[0].disabled, 'checked before: still locked').to.equal(true);
    expect(questions(again)[5].disabled, 'answered, not checked').to.equal(false);
    expect(questionMark(again, 0)).to.match(/^(Right|Wrong)$/);
    expect(questionMark(again, 1)).to.equal('Not answered');
    expect(text(result(again, 'order'))).to.equal('Last time: 5 of 5 events in the right place.');
    expect(parts(again, 'item').length, 'a new attempt at the order').to.equal(5);
    await settle();
    expect(log.count('edu-quiz-complete')).to.equal(0);
  });

  it('Reset progress clears the store and the quiz', async () => {
    const el = await mount(seed);
    await choose(el, 0, 1);
    await click(el, button(el, 'Check answers'));
    await click(el, button(el, 'Check order'));
    expect(localStorage.getItem(SEED_KEY)).to.not.equal(null);
    await click(el, button(el, 'Reset progress'));
    expect(localStorage.getItem(SEED_KEY)).to.equal(null);
    expect(radios(el, 0).some((r) => r.checked)).to.equal(false);
    expect(parts(el, 'mark').length).to.equal(0);
    expect(text(result(el, 'order'))).to.equal('');
    expect(text(result(el, 'choice'))).to.equal('');
    expect(parts(el, 'move').length).to.equal(10);
  });

  it('ignores what does not fit the lesson: unknown questions, answers out of range, wrong types, another version', async () => {
    const [q0, q1, q2] = seed.questions!;
    localStorage.setItem(
      SEED_KEY,
      JSON.stringify({
        v: 1,
        answers: { [q0.id!]: 99, [q1.id!]: 1, [q2.id!]: '0', gone: 0, __proto__: 1 },
        graded: [q0.id, q1.id, 'gone', 7],
        checked: 'yes',
        order: { score: 9, total: 5 },
      }),
    );
    const errors = catchPageErrors();
    const el = await mount(seed);
    expect(radios(el, 0).some((r) => r.checked)).to.equal(false);
    expect(radios(el, 1)[1].checked).to.equal(true);
    expect(radios(el, 2).some((r) => r.checked)).to.equal(false);
    expect(questions(el)[0].disabled, 'graded without a valid answer: not graded').to.equal(false);
    expect(questions(el)[1].disabled).to.equal(true);
    expect(text(result(el, 'order'))).to.equal('');
    localStorage.setItem(SEED_KEY, JSON.stringify({ v: 2, answers: { [q1.id!]: 1 } }));
    const other = await mount(seed);
    expect(radios(other, 1)[1].checked, 'another version is not read').to.equal(false);
    expect(errors.errors).to.deep.equal([]);
  });

  it('corrupted JSON in the store is ignored', async () => {
    localStorage.setItem(SEED_KEY, '{"v":1,"answers":{');
    const errors = catchPageErrors();
    const el = await mount(seed);
    expect(questions(el).length).to.equal(8);
    await choose(el, 0, 0);
    expect(JSON.parse(localStorage.getItem(SEED_KEY)!)).to.deep.include({ answers: { [seed.questions![0].id!]: 0 } });
    expect(errors.errors).to.deep.equal([]);
  });

  it('storage that throws (a sandboxed frame) breaks nothing', async () => {
    const proto = Storage.prototype;
    const saved = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
    const fail = (): never => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const errors = catchPageErrors();
    proto.getItem = fail;
    proto.setItem = fail;
    proto.removeItem = fail;
    try {
      const log = completeLog();
      const el = await mount(seed);
      const right = rightAnswers(seed);
      for (let q = 0; q < 8; q++) await choose(el, q, right[q]);
      await click(el, button(el, 'Check answers'));
      expect(text(result(el, 'choice'))).to.equal('8 of 8 correct.');
      await click(el, button(el, 'Reset progress'));
      await settle();
      expect(log.count('edu-quiz-complete')).to.equal(1);
    } finally {
      Object.assign(proto, saved);
    }
    expect(errors.errors).to.deep.equal([]);
  });

  it('each lesson id has its own key; a lesson without an id keeps nothing and offers no reset', async () => {
    const other = await mount({ ...seed, id: 'another-lesson' });
    await choose(other, 0, 2);
    expect(localStorage.getItem(SEED_KEY)).to.equal(null);
    expect(JSON.parse(localStorage.getItem(`${QUIZ_STORAGE_PREFIX}another-lesson`)!)).to.deep.include({
      answers: { [seed.questions![0].id!]: 2 },
    });
    // The same element given another lesson: nothing of the first is shown or written under the second's key.
    other.data = seed;
    await other.updateComplete;
    expect(radios(other, 0).some((r) => r.checked)).to.equal(false);
    expect(localStorage.getItem(SEED_KEY)).to.equal(null);

    const before = Object.keys(localStorage).length;
    const { id: _id, ...noId } = seed;
    const anonymous = await mount(noId);
    await choose(anonymous, 0, 1);
    await click(anonymous, button(anonymous, 'Check answers'));
    expect(Object.keys(localStorage).length).to.equal(before);
    expect(part(anonymous, 'progress')).to.equal(null);
  });
});

/* ---------- bad input ---------- */

describe('<edu-quiz>: bad lessons', () => {
  it('a question whose answer is not a choice, or with one choice, is listed with its place; the rest shows', async () => {
    const log = new EventLog();
    const el = await mount({
      id: 'bad-questions',
      events: [
        { date: '2021', title: 'A' },
        { date: '2022', title: 'B' },
      ],
      questions: [
        { prompt: 'Fine?', choices: ['yes', 'no'], answer: 'yes' },
        { prompt: 'Which year was it?', choices: ['2020', '2021'], answer: '1999' },
        { prompt: 'Only one choice?', choices: ['only'], answer: 'only' },
        { prompt: 'Also fine?', choices: ['a', 'b', 'c'], answer: 'c' },
      ],
    });
    const problems = shownProblems(el);
    const at = (path: string) => problems.find((p) => p.path === path);
    expect(at('questions[1].answer')?.place).to.equal("Question 2 ('Which year was it?')");
    expect(at('questions[1].answer')?.line).to.contain('the answer "1999" is not one of the choices');
    expect(at('questions[2].choices')?.place).to.equal("Question 3 ('Only one choice?')");
    expect(questions(el).map((q) => text(part(el, 'prompt', q)))).to.deep.equal(['Fine?', 'Also fine?']);
    expect(parts(el, 'item').length).to.equal(2);
    await log.waitFor('edu-error');
    expect((log.of('edu-error')[0] as CustomEvent & { detail: { fatal: boolean } }).detail.fatal).to.equal(false);
  });

  it('a lesson with no questions and one event (or all events at one time) cannot be shown', async () => {
    for (const events of [
      [{ date: '2021', title: 'A' }],
      [
        { date: '2024-05', title: 'A' },
        { date: '2024-05', title: 'B' },
      ],
    ]) {
      const el = await mount({ events });
      const problems = shownProblems(el);
      expect(problems.map((p) => p.line).join(' ')).to.contain(
        'the lesson has neither two events with different dates to put in order nor questions to answer',
      );
      expect(parts(el, 'item').length).to.equal(0);
      expect(part(el, 'order')).to.equal(null);
    }
  });

  it('never throws into the page, whatever it is given', async () => {
    const errors = catchPageErrors();
    for (const data of [42, 'not json', [], { questions: 'no' }, { events: [{}] }, null]) {
      const el = await mount(data);
      await settle();
      expect(shadow(el).querySelector('[part~="base"]')).to.not.equal(null);
    }
    expect(errors.errors).to.deep.equal([]);
  });
});

/* ---------- print ---------- */

describe('<edu-quiz>: print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('a worksheet: no buttons or handles, blanks to number the events, empty boxes, no feedback', async () => {
    const el = await mount(await loadSeed());
    await choose(el, 0, 0);
    await click(el, button(el, 'Check answers'));
    await emulateMedia({ media: 'print' });
    for (const b of shadow(el).querySelectorAll('button'))
      expect(getComputedStyle(b).display, text(b)).to.equal('none');
    for (const h of parts(el, 'handle')) expect(getComputedStyle(h).display).to.equal('none');
    for (const f of parts(el, 'feedback')) expect(getComputedStyle(f).display).to.equal('none');
    for (const r of parts(el, 'result')) expect(getComputedStyle(r).display).to.equal('none');
    const li = parts(el, 'item')[0];
    expect(getComputedStyle(li, '::before').content).to.equal('"____"');
    const radio = radios(el, 1)[0];
    const box = getComputedStyle(radio);
    expect(box.appearance).to.equal('none');
    expect(parseFloat(box.borderTopWidth)).to.be.greaterThan(0);
    expect(box.borderTopStyle).to.equal('solid');
    expect(getComputedStyle(part(el, 'answer-key')!).display, 'no key without print-answers').to.equal('none');
    const printHelp = parts(el, 'help').filter((p) => getComputedStyle(p).display !== 'none');
    expect(printHelp.map((p) => text(p))).to.deep.equal([
      'Number the events from 1 (the earliest) to the last (the latest).',
      'Tick one box for each question.',
    ]);
  });

  it('with print-answers, the answer key prints on a page of its own, and is never shown on screen', async () => {
    const seed = await loadSeed();
    const el = await mount(seed, { 'print-answers': '' });
    const key = part(el, 'answer-key')!;
    expect(key.hidden).to.equal(true);
    expect(getComputedStyle(key).display, 'on screen').to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(key).display).to.equal('block');
    expect(getComputedStyle(key).breakBefore).to.equal('page');
    const [orderList, questionList] = [...key.querySelectorAll('ol')];
    const rows = [...orderList.querySelectorAll('li')].map((li) => text(li));
    expect(rows[0]).to.equal(`${seed.events[0].title} (2021)`);
    expect(rows[2]).to.contain('March 2024');
    const answers = [...questionList.querySelectorAll('li')].map((li) => text(li.querySelector('strong')));
    expect(answers).to.deep.equal(seed.questions!.map((q) => q.answer));
    el.printAnswers = false;
    await el.updateComplete;
    expect(getComputedStyle(key).display).to.equal('none');
  });
});
