/**
 * Page side of `npm run bench:input` (scripts/bench-input.mjs builds this file with the bundle's own build steps and
 * drives it with puppeteer-core). The huge and hostile inputs of the tests (tests/helpers/hostile-inputs.ts), timed:
 * the tests check what comes out of them, this page how long it takes and how long the page cannot answer meanwhile.
 *
 * Each case is a function that does the work once and returns what was measured, in ms:
 *   ms       the work, start to end (for the pure readers: parsing, matching, stacking)
 *   longest  the longest time the page could not answer while an element took the input (a 0 ms timer chain beside it,
 *            as in tests/helpers/responsiveness.ts): a budget here is a promise about the page, not about the element
 */
import '../src/define.js';
import { stack } from '../src/components/timeline/axis-layout.js';
import type { EduTimeline } from '../src/components/timeline/timeline.js';
import { findTerms, termMatcher } from '../src/lesson/glossary-match.js';
import { parsePartialDate } from '../src/dates/partial-date.js';
import { htmlToMarkdown } from '../src/lesson/html-to-markdown.js';
import { escapeMarkdown, parseMarkdown, unsafeLinks } from '../src/lesson/markdown.js';
import { generateLesson } from '../tests/helpers/generate.js';
import {
  HOSTILE_ESCAPE,
  HOSTILE_HTML,
  HOSTILE_MARKDOWN,
  HUGE_RICH_TEXT,
  LONG_GLOSSARY_TEXT,
  randomSpans,
  timelineOfManyRows,
} from '../tests/helpers/hostile-inputs.js';
import { measureResponsiveness } from '../tests/helpers/responsiveness.js';

export interface Measured {
  ms: number;
  longest?: number;
}

export interface BenchCase {
  group: string;
  name: string;
  run: () => Promise<Measured>;
  /** The most the median may be, in ms: about three times what this machine measures (TOOLCHAIN.md, 2 cores). */
  budget: Measured;
}

/**
 * Budgets of the readers' cases, by input name. Measured here, median of 3 (ms): the 1 MB paragraph 690, `_a_` 440,
 * nested links 400, `[a](` and the unclosed title 230–260, list items and `*a` 170–180, the rest under 25;
 * HTML: 1 MB 500, 100,000 links 425, the rest under 65.
 */
const MARKDOWN_MS: Readonly<Record<string, number>> = {
  '1 MB of Markdown in one paragraph': 2000,
  '100,000 _a_': 1300,
  '100,000 nested [ then ](x)': 1200,
  '100,000 `[a](`': 700,
  '100,000 `[a](x` sharing one unclosed title': 800,
  '100,000 `[a](<`': 700,
  '100,000 *a': 550,
  '100,000 lines of list items': 550,
};
const HTML_MS: Readonly<Record<string, number>> = { '1 MB of HTML': 1500, '100,000 <a href=x>': 1300 };
/** Inputs not named above take under 65 ms here. */
const OTHER_MS = 200;

const DAY = 86_400_000;

function timed(work: () => unknown): Promise<Measured> {
  const start = performance.now();
  work();
  return Promise.resolve({ ms: performance.now() - start });
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** A new timeline in the page, `layout` as given, 1000 × 600 px, with its first (empty) render done. */
async function timeline(layout: 'vertical' | 'horizontal'): Promise<EduTimeline> {
  document.body.replaceChildren();
  const el = document.createElement('edu-timeline');
  el.setAttribute('layout', layout);
  el.style.cssText = 'display:block;inline-size:1000px;block-size:600px';
  document.body.append(el);
  await el.updateComplete;
  await frame();
  return el;
}

/** Until the element has fired edu-load or edu-error, its update is done, and a frame has been painted. */
async function loaded(el: EduTimeline, start: () => void): Promise<void> {
  const done = new Promise<void>((resolve) => {
    el.addEventListener('edu-load', () => resolve(), { once: true });
    el.addEventListener('edu-error', () => resolve(), { once: true });
  });
  start();
  await done;
  await el.updateComplete;
  await frame();
}

/** Until the horizontal axis shows ticks and events. */
async function axisDrawn(el: EduTimeline): Promise<void> {
  const root = el.shadowRoot!;
  while (!root.querySelector('[part~="tick"]') || !root.querySelector('[part~="event"]')) await frame();
  await el.updateComplete;
}

async function responsiveness(work: () => Promise<unknown>): Promise<Measured> {
  const start = performance.now();
  const r = await measureResponsiveness(work);
  return { ms: performance.now() - start, longest: r.longest };
}

export const cases: BenchCase[] = [
  ...Object.entries(HOSTILE_MARKDOWN).map(([name, text]) => ({
    group: 'markdown',
    name,
    budget: { ms: MARKDOWN_MS[name] ?? OTHER_MS },
    run: () =>
      timed(() => {
        parseMarkdown(text);
        unsafeLinks(text);
      }),
  })),
  {
    group: 'markdown',
    name: 'escapeMarkdown on long runs',
    budget: { ms: 50 },
    run: () => timed(() => escapeMarkdown(HOSTILE_ESCAPE)),
  },
  ...Object.entries(HOSTILE_HTML).map(([name, html]) => ({
    group: 'html',
    name,
    budget: { ms: HTML_MS[name] ?? OTHER_MS },
    run: () => timed(() => parseMarkdown(htmlToMarkdown(html).markdown)),
  })),
  // A date that is not one is answered with the date to write (suggestDates), whose patterns would be quadratic in
  // a long text: over 40,000 spaces took 2.4 s before it stopped looking at texts longer than any date.
  ...Object.entries({
    'a date of 1 MB of spaces between words': `a${' '.repeat(1_000_000)}x`,
    'a date of 1 MB of "1 "': '1 '.repeat(500_000),
    'a date of 1 MB ending in BC': `${'a.'.repeat(500_000)}bc`,
  }).map(([name, text]) => ({
    group: 'dates',
    name,
    budget: { ms: 50 },
    run: () => timed(() => parsePartialDate(text)),
  })),
  {
    group: 'glossary',
    name: 'terms in 240,000 characters',
    budget: { ms: 50 },
    run: () => timed(() => findTerms(LONG_GLOSSARY_TEXT, termMatcher([{ term: 'UN' }, { term: 'UNSC' }]))),
  },
  {
    group: 'axis',
    name: 'stack 100,000 events',
    budget: { ms: 100 },
    run: () => {
      const { spans, titles } = randomSpans(9, 100_000, 43_800);
      return timed(() => stack(spans, titles, DAY / 2));
    },
  },
  // Rendering is one task: the page waits as long as the work. 1 MB of Markdown is 80,000 elements to lay out
  // (4.4 s here, linear in the size: 1.1 s for a quarter of it); the others 50–85 ms.
  ...Object.entries(HUGE_RICH_TEXT).map(([name, description]) => ({
    group: 'page',
    name: `a description of ${name}`,
    budget: name === '1 MB of Markdown' ? { ms: 12_000, longest: 12_000 } : { ms: 300, longest: 300 },
    run: async () => {
      const el = await timeline('vertical');
      return responsiveness(() =>
        loaded(el, () => (el.data = { events: [{ date: '2021', title: 'A', description }] })),
      );
    },
  })),
  ...(['vertical', 'horizontal'] as const).map((layout) => ({
    group: 'page',
    name: `1 MB title and description, ${layout}`,
    // 600 ms vertical (one paragraph of 2 MB to lay out), 200 horizontal.
    budget: { ms: 2000, longest: 2000 },
    run: async () => {
      const mega = 'x'.repeat(1024 * 1024);
      const el = await timeline(layout);
      return responsiveness(() =>
        loaded(
          el,
          () =>
            (el.data = {
              events: [
                { date: '2021', title: mega, description: `${mega} *and* more` },
                { date: '2022', title: 'B' },
              ],
            }),
        ),
      );
    },
  })),
  {
    group: 'page',
    name: '100,000 events as data, horizontal, until the axis is drawn',
    // 820 ms, read in turns: the page waited at most 210 ms.
    budget: { ms: 3000, longest: 700 },
    run: async () => {
      const lesson = generateLesson(100_000, { seed: 100, years: 300 });
      const el = await timeline('horizontal');
      return responsiveness(async () => {
        await loaded(el, () => (el.data = lesson));
        await axisDrawn(el);
      });
    },
  },
  {
    group: 'page',
    name: '100,000 spreadsheet rows in the page, horizontal',
    // 1,090 ms, the page waited at most 410 ms.
    budget: { ms: 3500, longest: 1200 },
    run: async () => {
      document.body.replaceChildren();
      const el = timelineOfManyRows() as EduTimeline;
      return responsiveness(() => loaded(el, () => document.body.append(el)));
    },
  },
];

(window as unknown as { benchCases: BenchCase[] }).benchCases = cases;
