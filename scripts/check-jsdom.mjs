#!/usr/bin/env node
// The elements in a test DOM, as an app's unit tests meet them: Vitest's and Jest's jsdom environment, where
// React Testing Library and Vue Test Utils render a component that contains the elements. jsdom has custom elements
// and shadow roots, but no layout and none of ResizeObserver, IntersectionObserver, matchMedia, CSS.escape or
// scrollIntoView. The elements must render there, and the paths a unit test drives must work, with no error:
//   each element renders the default lesson (a lone card its attributes); a click on an event fires `edu-select`;
//   ArrowRight moves the focus to the next event; a citation moves it to its source; the quiz moves an event and
//   checks the order; a card's "See on the timeline" selects its event; a lesson file that is not there is reported
//   inside the element (role="alert") and by `edu-error`. A glossary term's meaning is a popover, which jsdom lacks:
//   a click on it must only cause no error.
// Run after `npm run build` (dist/). Exits 1 with every problem listed.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const problems = [];
const dom = new JSDOM('<!doctype html><html lang="en"><body></body></html>', {
  url: 'http://localhost/lesson/',
  pretendToBeVisual: true,
});
// As Vitest's jsdom environment does: the window's properties become globals, Node's own ones kept.
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (key in globalThis) continue;
  try {
    globalThis[key] = dom.window[key];
  } catch {
    // A read-only global of Node's: keep it.
  }
}
for (const key of ['window', 'document', 'navigator', 'Event', 'CustomEvent', 'KeyboardEvent', 'MouseEvent']) {
  Object.defineProperty(globalThis, key, { value: dom.window[key], configurable: true, writable: true });
}
dom.window.addEventListener('error', (e) => problems.push(`error in the page: ${e.error?.stack ?? e.message}`));
process.on('unhandledRejection', (e) => problems.push(`unhandled rejection: ${e?.stack ?? e}`));
dom.virtualConsole.on('jsdomError', (e) => problems.push(`jsdom: ${e.stack ?? e.message}`));

const lesson = JSON.parse(readFileSync('data/pakistan-small-arms-2024.json', 'utf8'));
const settle = (el) => el.updateComplete.then(() => new Promise((resolve) => setTimeout(resolve, 50)));
const shadowText = (el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const expect = (what, ok, detail = '') => ok || problems.push(`${what}${detail ? `: ${detail}` : ''}`);

try {
  await import('edu-timeline/define.js');
  const mount = async (tag, setup) => {
    const el = document.createElement(tag);
    setup(el);
    document.body.append(el);
    await settle(el);
    return el;
  };

  // Each element renders.
  const timeline = await mount('edu-timeline', (el) => (el.data = lesson));
  expect(
    '<edu-timeline> draws the events',
    timeline.shadowRoot.querySelectorAll('[part~="event"]').length === lesson.events.length,
  );
  const grid = await mount('edu-stat-grid', (el) => (el.data = lesson));
  expect(
    '<edu-stat-grid> draws a card per figure',
    grid.shadowRoot.querySelectorAll('edu-stat-card').length === lesson.stats.length,
  );
  const glossary = await mount('edu-glossary', (el) => (el.data = lesson));
  expect('<edu-glossary> lists the terms', shadowText(glossary).includes(lesson.glossary[0].term));
  const quiz = await mount('edu-quiz', (el) => (el.data = lesson));
  const card = await mount('edu-stat-card', (el) => {
    el.setAttribute('value', '1524');
    el.setAttribute('label', 'violence-related deaths');
  });
  expect('a lone <edu-stat-card> shows its figure', shadowText(card).includes('1,524'), shadowText(card).slice(0, 80));
  const whole = await mount('edu-lesson', (el) => (el.data = lesson));
  await new Promise((resolve) => setTimeout(resolve, 300)); // its parts are drawn in turns
  expect('<edu-lesson> draws its title', shadowText(whole).includes(lesson.title));
  expect('<edu-lesson> draws the quiz', !!whole.shadowRoot.querySelector('edu-quiz'));

  // A click selects; ArrowRight moves on.
  let selected = '';
  timeline.addEventListener('edu-select', (e) => (selected = e.detail.id));
  const buttons = () => [...timeline.shadowRoot.querySelectorAll('[part~="select"][data-id]')];
  buttons()[0].click();
  await settle(timeline);
  expect('a click on an event fires edu-select', selected === buttons()[0].dataset.id, `got "${selected}"`);
  buttons()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
  await settle(timeline);
  expect('ArrowRight moves the focus to the next event', timeline.shadowRoot.activeElement === buttons()[1]);
  const citation = timeline.shadowRoot.querySelector('[data-source]');
  citation.click();
  await settle(timeline);
  expect(
    'a citation moves the focus to its source',
    timeline.shadowRoot.activeElement?.id === `source-${citation.dataset.source}`,
    `focus on #${timeline.shadowRoot.activeElement?.id}`,
  );

  // The quiz: move the first event down, then check.
  quiz.shadowRoot.querySelector("[part~='item'] button:not([disabled])").click();
  await settle(quiz);
  [...quiz.shadowRoot.querySelectorAll('button')].find((b) => /check/i.test(b.textContent)).click();
  await settle(quiz);
  // The score line, whatever the shuffle gave: "2 of 5 events are in the right place.", "1 of 5 … is …", "All 5 …".
  const score = quiz.shadowRoot.querySelector('[part~="result"]')?.textContent ?? '';
  const items = quiz.shadowRoot.querySelectorAll("[part~='item']").length;
  expect('the quiz checks the order', new RegExp(`\\b${items}\\b.*\\bevents\\b`).test(score), `"${score.trim()}"`);

  // A card's link to the timeline, and a glossary term, inside the lesson.
  const inner = (tag) => whole.shadowRoot.querySelector(tag);
  const link = inner('edu-stat-grid')
    .shadowRoot.querySelector('edu-stat-card')
    .shadowRoot.querySelector('[part~="timeline-link"]');
  link.click();
  await settle(inner('edu-timeline'));
  expect('"See on the timeline" selects an event of the lesson', !!inner('edu-timeline').selected, link.textContent);
  // A term's meaning is a popover (popovertarget), which jsdom does not have: there a click must only do no harm.
  inner('edu-timeline').shadowRoot.querySelector('[part~="glossary-term"]').click();
  await settle(inner('edu-timeline'));

  // A lesson file that is not there (no server in a unit test): reported inside the element and by edu-error.
  let reported = false;
  const missing = await mount('edu-timeline', (el) => {
    el.addEventListener('edu-error', () => (reported = true));
    el.setAttribute('src', 'no-such-lesson.json');
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await settle(missing);
  expect('a missing lesson file fires edu-error', reported);
  expect(
    'a missing lesson file is shown in the element',
    !!missing.shadowRoot.querySelector('[role="alert"][part~="error"]'),
  );
} catch (e) {
  problems.push(`the check could not run: ${e.stack ?? e}`);
}

if (problems.length) {
  console.error(`check-jsdom: ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  'check-jsdom: in jsdom (the DOM of Vitest and Jest), every element renders the default lesson, and a click, ' +
    'ArrowRight, a citation, the quiz, a card link and a missing file work, a glossary term does no harm; no error.',
);
process.exit(0);
