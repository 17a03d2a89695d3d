// Page side of `npm run bench` (scripts/bench.mjs drives it with puppeteer-core). Plain ES module, no build step.
// Each page (edu.html, vis.html, tljs.html) loads its library and calls install() with an adapter:
//
//   prepare(lesson)          → the library's own input format, built before the clock starts
//   create(container, input) → { done: Promise } (resolves on the library's own "rendered" signal)
//   step(dir)                → Promise: select the next (+1) or previous (-1) event and bring it into view;
//                              resolves on the library's own "changed" signal
//   items()                  → { expected, inDom, ... }: how many events the library holds and has in the DOM
//   panTarget()              → the element a person drags or wheels over to pan
//   info()                   → anything worth reporting (e.g. a missing method)
/* global window, document, performance, requestAnimationFrame, setTimeout, clearTimeout, PerformanceObserver, Node */

/** mulberry32: a small seeded PRNG, so every library gets exactly the same events. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'treaty council army river harvest trade border census charter reform vote strike market railway bridge port ' +
  'school court parliament king queen province city village mission rebellion ceasefire summit alliance embassy ' +
  'drought flood famine plague vaccine telegraph radio press union factory mine canal dam road airport satellite ' +
  'election campaign protest march decree law tax budget bank currency debt loan export import tariff industry ' +
  'science museum library university festival temple mosque church monument archive report survey map expedition ' +
  'navy fleet garrison fortress siege battle truce accord delegation minister president governor mayor judge ' +
  'general envoy merchant farmer worker student teacher doctor engineer pilot sailor writer poet painter ' +
  'opens closes signs rejects declares founds builds restores leaves joins meets calls asks ends begins wins ' +
  'loses moves reaches crosses returns visits publishes bans allows funds approves new old first last great small ' +
  'northern southern eastern western national regional local foreign royal public private secret early late'
).split(' ');

const TAGS = ['politics', 'economy', 'war', 'science', 'culture', 'health', 'law', 'transport'];

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1994, 0, 1);
const SPAN_DAYS = Math.round((Date.UTC(2024, 0, 1) - FIRST_DAY) / DAY_MS); // 30 years

/**
 * N events in the lesson format (docs/data-format.md), sorted by date: dates spread over 30 years, titles of 3–8
 * words, descriptions of 18–22 words, one tag each. Same seed, same lesson.
 */
export function makeLesson(n, seed) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const words = (count) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const sentence = (count) => {
    const text = words(count);
    return text[0].toUpperCase() + text.slice(1);
  };
  const days = Array.from({ length: n }, () => Math.floor(random() * SPAN_DAYS)).sort((a, b) => a - b);
  const events = days.map((day, i) => ({
    id: `e${i + 1}`,
    date: new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10),
    title: sentence(3 + Math.floor(random() * 6)),
    description: `${sentence(18 + Math.floor(random() * 5))}.`,
    tags: [pick(TAGS)],
  }));
  return { title: `A benchmark lesson with ${n} events`, events };
}

/** A short fingerprint of a lesson, so the driver can check that every library got the same events. */
function fingerprint(lesson) {
  let chars = 0;
  for (const ev of lesson.events) chars += ev.title.length + ev.description.length;
  const { events } = lesson;
  return `${events.length}:${events[0]?.date}..${events[events.length - 1]?.date}:${chars}`;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
/** Waits for `count` animation frames: after two, the frame that showed the change has been rendered. */
export async function frames(count = 2) {
  for (let i = 0; i < count; i++) await frame();
}

/**
 * When the page went quiet: the start of the first of `streak` frames in a row that each came within 20 ms of the
 * one before (no long main-thread work between them). If that does not happen within 3 s (measured from the end of
 * a frame, so a long task can stretch it), minus the time it gave up: the page was not quiet before then.
 */
async function quiet(streak = 5) {
  const start = performance.now();
  let last = start;
  let run = 0;
  let since = start;
  while (performance.now() - start < 3_000) {
    await frame();
    const now = performance.now();
    if (now - last < 20) {
      if (run === 0) since = last;
      if (++run >= streak) return since;
    } else {
      run = 0;
    }
    last = now;
  }
  return -performance.now(); // not quiet within 3 s (negative: "not before this")
}
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects after `ms` with `what` in the message (so a hung library fails its run instead of the whole bench). */
export function deadline(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no signal within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Waits for a library's "changed" signal, but never longer than `ms`: resolves `true` when the signal came, `false`
 * when it did not (some moves draw nothing new, so no signal is sent; the run goes on and the miss is counted).
 */
export function signalOrTimeout(signal, ms = 5000) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([signal.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

/** Every node (elements, text, comments) in the document, including inside shadow roots; and elements alone. */
function countNodes() {
  let nodes = 0;
  let elements = 0;
  const walk = (root) => {
    const stack = [root];
    while (stack.length) {
      const node = stack.pop();
      nodes++;
      if (node.nodeType === Node.ELEMENT_NODE) {
        elements++;
        if (node.shadowRoot) stack.push(node.shadowRoot);
      }
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  };
  walk(document.documentElement);
  return { nodes, elements };
}

// Long tasks (over 50 ms, as the browser defines them), from page load on.
const longTasks = [];
const keep = (entries) => {
  for (const entry of entries) longTasks.push({ start: entry.startTime, duration: entry.duration });
};
const longTaskApi =
  typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask');
const longTaskObserver = longTaskApi ? new PerformanceObserver((list) => keep(list.getEntries())) : null;
longTaskObserver?.observe({ type: 'longtask', buffered: true });

export function install(adapter) {
  let created = null;
  window.bench = {
    name: adapter.name,
    now: () => performance.now(),

    /**
     * First render: from just before the library is constructed (its input already built) until two animation
     * frames after its own "rendered" signal.
     */
    async render(n, seed) {
      const lesson = makeLesson(n, seed);
      const print = fingerprint(lesson);
      const input = adapter.prepare(lesson);
      const container = document.getElementById('timeline');
      const t0 = performance.now();
      created = adapter.create(container, input);
      await deadline(created.done, 300_000, `${adapter.name} first render`);
      const signal = performance.now();
      // What is in the DOM when the signal comes (the time this count takes is taken off the result).
      const atSignal = adapter.items();
      const counting = performance.now() - signal;
      await frames(2);
      const end = performance.now();
      const settled = await quiet();
      return {
        ms: end - t0 - counting,
        signalMs: signal - t0,
        settledMs: Math.abs(settled) - t0 - counting,
        quiet: settled > 0,
        atSignal,
        fingerprint: print,
      };
    },

    /** One next (+1) or previous (-1), or nothing (0: the harness's own cost); `settle` ms of quiet afterwards. */
    async step(dir, settle = 0) {
      const t0 = performance.now();
      if (dir !== 0) await deadline(adapter.step(dir), 60_000, `${adapter.name} step`);
      const signal = performance.now();
      await frames(2);
      const end = performance.now();
      if (settle) await sleep(settle);
      return { ms: end - t0, signalMs: signal - t0 };
    },

    frames,
    items: () => adapter.items(),
    info: () => ({ ...(adapter.info?.() ?? {}), longTaskApi }),
    nodes: countNodes,

    /** Centre and size of the area to pan, in viewport pixels. */
    panRect() {
      const el = adapter.panTarget();
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, what: adapter.panTargetName ?? el.tagName };
    },

    /** The longest task that started between `from` and `to` (performance.now() times), or 0 if none over 50 ms. */
    longest(from, to) {
      if (!longTaskObserver) return null;
      keep(longTaskObserver.takeRecords()); // entries not yet delivered to the callback
      let max = 0;
      for (const task of longTasks) if (task.start >= from && task.start <= to) max = Math.max(max, task.duration);
      return max;
    },
  };
  window.bench.ready = true;
}
