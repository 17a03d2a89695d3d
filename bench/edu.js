// <edu-timeline> (dist/edu-timeline.bundle.js) under the bench harness: see harness.js for the adapter contract.
/* global document */
import '../dist/edu-timeline.bundle.js';
import { install } from './harness.js';

let el = null;
let usedFallback = false;

/** Fallback while `next()`/`previous()` do not exist: click the neighbouring `[part~="select"]` button. */
function clickNeighbour(dir) {
  const buttons = [...el.shadowRoot.querySelectorAll('[part~="select"]')];
  if (buttons.length === 0) return;
  const current = buttons.findIndex((b) => b.getAttribute('aria-current') === 'true');
  const target = current < 0 ? (dir > 0 ? 0 : buttons.length - 1) : current + dir;
  buttons[Math.min(buttons.length - 1, Math.max(0, target))].click();
}

install({
  name: 'edu-timeline',
  panTargetName: '[part~="axis"]',

  prepare: (lesson) => lesson, // the lesson format is its own input

  create(container, lesson) {
    el = document.createElement('edu-timeline');
    el.setAttribute('layout', 'horizontal');
    const done = new Promise((resolve, reject) => {
      el.addEventListener('edu-load', () => resolve(), { once: true });
      el.addEventListener('edu-error', (e) => {
        if (e.detail?.fatal) reject(new Error(`edu-error: ${e.detail.problems?.[0]?.message ?? 'fatal'}`));
      });
    });
    el.data = lesson;
    container.append(el);
    return { done };
  },

  async step(dir) {
    if (typeof el.next === 'function' && typeof el.previous === 'function') {
      if (dir > 0) el.next();
      else el.previous();
    } else {
      usedFallback = true;
      clickNeighbour(dir);
    }
    await el.updateComplete;
  },

  items() {
    const root = el?.shadowRoot;
    return {
      expected: el?.lesson?.events.length ?? 0,
      inDom: root ? root.querySelectorAll('[part~="event"]').length : 0,
      clusters: root ? root.querySelectorAll('[part~="cluster"]').length : 0,
      layout: el?.currentLayout ?? el?.getAttribute('layout'),
    };
  },

  panTarget: () => el?.shadowRoot?.querySelector('[part~="axis"]') ?? el,

  info: () => ({
    hasNextMethod: typeof el?.next === 'function' && typeof el?.previous === 'function',
    usedFallback,
  }),
});
