#!/usr/bin/env node
// The pictures of docs/teachers.md (docs/images/teachers/*.png), taken in headless Chromium on the demo server.
// It shows dist/ as it is: build the bundle first.
//
//   npm run build:bundle && node scripts/teacher-screenshots.mjs          # every picture
//   node scripts/teacher-screenshots.mjs quiz-checked problems-box        # only these
//
// Each picture is taken on a page made here that is the guide's own snippet (with /dist/ instead of unpkg.com and the
// default lesson from /data/), served on the demo server's address by request interception, so nothing is added to
// demo/. Reduced motion (no count-up) and a seeded Math.random (the same shuffled quiz each time) keep the pictures
// the same from run to run. Page errors, console errors and failed requests are printed, and the exit code is then 1.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChromeOrExit } from './find-chrome.mjs';
import { startServer } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'images', 'teachers');
const BUNDLE = join(ROOT, 'dist', 'edu-timeline.bundle.js');
const LESSON_PATH = '/data/pakistan-small-arms-2024.json';
const WIDTH = 1000;
/** Pictures larger than this are reported: the guide is read on school connections. */
const MAX_BYTES = 250 * 1024;

/** The guide's smallest whole page, with `body` in it. */
function snippetPage(body) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>My lesson</title>
    <script type="module" src="/dist/edu-timeline.bundle.js"></script>
  </head>
  <body>
    ${body}
  </body>
</html>`;
}

/** The default lesson, with its second event on a day that does not exist, written inside the page. */
function problemsPage() {
  const lesson = JSON.parse(readFileSync(join(ROOT, LESSON_PATH), 'utf8'));
  const event = lesson.events.find((e) => e.id === 'ttp-ceasefire-ends') ?? lesson.events[1];
  event.date = '2022-11-31';
  // `<` as \u003c: a "</script>" inside a text cannot end the script element early.
  const json = JSON.stringify(lesson, null, 2).replace(/</g, '\\u003c');
  return snippetPage(`<edu-lesson>\n<script type="application/json">\n${json}\n</script>\n</edu-lesson>`);
}

/** Pages served under /teachers/ on the demo server's address. */
const PAGES = {
  'lesson.html': () => snippetPage(`<edu-lesson src="${LESSON_PATH}" print-answers></edu-lesson>`),
  'problems.html': problemsPage,
};

const problems = [];

/** A page in a fresh browser context (no saved quiz progress), with the guide's pages served and errors recorded. */
async function openPage(browser, serverUrl, name, height) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: WIDTH, height, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  // The same "random" order of quiz events on every run (Park–Miller, seed 7).
  await page.evaluateOnNewDocument(() => {
    let seed = 7;
    Math.random = () => {
      seed = (seed * 16807) % 2147483647;
      return (seed - 1) / 2147483646;
    };
  });
  const isFavicon = (u = '') => new URL(u, 'http://x/').pathname === '/favicon.ico';
  page.on('pageerror', (error) => problems.push(`${name}: page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !isFavicon(msg.location()?.url)) problems.push(`${name}: console: ${msg.text()}`);
  });
  page.on('requestfailed', (req) => problems.push(`${name}: request failed: ${req.url()}`));
  page.on('response', (res) => {
    if (res.status() >= 400 && !isFavicon(res.url())) problems.push(`${name}: HTTP ${res.status()}: ${res.url()}`);
  });
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const { pathname } = new URL(req.url());
    const make = pathname.startsWith('/teachers/') ? PAGES[pathname.slice('/teachers/'.length)] : undefined;
    if (make) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: make() });
    else void req.continue();
  });
  await page.goto(new URL(`teachers/${name}`, serverUrl).href, { waitUntil: 'networkidle0' });
  await settle(page);
  return { page, context };
}

/**
 * Waits until every edu-* element, in the page and inside the others' shadow roots, is defined, has loaded its lesson
 * (no "Loading the lesson…" line left) and has rendered; then for fonts and two frames.
 */
async function settle(page) {
  await page.waitForFunction(
    () => {
      const all = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('edu-')) all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return (
        all.length > 0 &&
        all.every((el) => customElements.get(el.localName) && el.shadowRoot) &&
        !all.some((el) => el.shadowRoot.querySelector('[part~="status"]'))
      );
    },
    { timeout: 20000, polling: 100 },
  );
  await page.evaluate(async () => {
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('edu-')) all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    await Promise.all(all.map((el) => el.updateComplete));
    await document.fonts?.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

/** An element inside `<edu-lesson>`'s shadow root, or inside the shadow root of the element found there. */
function inLesson(page, selector, inner) {
  return page.evaluateHandle(
    (selector, inner) => {
      const found = document.querySelector('edu-lesson').shadowRoot.querySelector(selector);
      return inner ? found?.shadowRoot.querySelector(inner) : found;
    },
    selector,
    inner,
  );
}

/** The smallest rectangle, in page coordinates, around the given element handles' boxes, with `pad` pixels around. */
async function around(page, handles, pad = 12) {
  const boxes = [];
  for (const handle of handles) {
    const box = await page.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY };
    }, handle);
    boxes.push(box);
  }
  const top = Math.max(0, Math.min(...boxes.map((b) => b.top)) - pad);
  const bottom = Math.max(...boxes.map((b) => b.bottom)) + pad;
  return { x: 0, y: Math.floor(top), width: WIDTH, height: Math.ceil(bottom - top) };
}

async function save(page, name, clip) {
  const path = join(OUT, `${name}.png`);
  // Within the viewport, with the region scrolled into view: a capture beyond the viewport resizes the page for a
  // moment, and that closes an open glossary popover.
  const { height } = page.viewport();
  if (clip.height > height) throw new Error(`${name}: ${clip.height} px tall, taller than the ${height} px viewport`);
  await page.evaluate((y) => scrollTo(0, y), clip.y);
  await page.screenshot({ path, type: 'png', clip, captureBeyondViewport: false });
  const bytes = statSync(path).size;
  if (bytes > MAX_BYTES) problems.push(`${name}: ${Math.round(bytes / 1024)} KB, more than ${MAX_BYTES / 1024} KB`);
  console.log(`teacher-screenshots: ${relative(ROOT, path)} (${Math.round(bytes / 1024)} KB)`);
}

/** The pictures, by name: each opens its own page. */
const SHOTS = {
  /** The top of the lesson: title, summary, key figures and the timeline. */
  async 'lesson-top'(browser, url) {
    const { page, context } = await openPage(browser, url, 'lesson.html', 1800);
    const timeline = await around(page, [await inLesson(page, 'edu-timeline')], 16);
    await save(page, 'lesson-top', { x: 0, y: 0, width: WIDTH, height: timeline.y + timeline.height });
    await context.close();
  },

  /** An event opened on the timeline, and the glossary word "TTP" in its text clicked. */
  async 'glossary-popover'(browser, url) {
    const { page, context } = await openPage(browser, url, 'lesson.html', 1000);
    const timeline = await inLesson(page, 'edu-timeline');
    await timeline.evaluate((el) => el.setAttribute('selected', 'ttp-ceasefire-ends'));
    await settle(page);
    const detail = await inLesson(page, 'edu-timeline', '[part~="detail"]');
    const term = await detail.evaluateHandle((el) => el.querySelector('[part~="glossary-term"]'));
    if (!(await term.evaluate((el) => el !== null))) throw new Error('no glossary term in the event details');
    await term.click();
    const note = await inLesson(page, 'edu-timeline', '[part~="glossary-note"]:popover-open');
    if (!(await note.evaluate((el) => el !== null))) throw new Error('the glossary popover did not open');
    await settle(page);
    // The popover reaches below the event's details, to the next heading: show that heading whole, not cut.
    const next = await inLesson(page, '#glossary-heading');
    await save(page, 'glossary-popover', await around(page, [detail, note, next]));
    await context.close();
  },

  /** The quiz after "Check order" and "Check answers": question 1 answered right, question 2 wrong. */
  async 'quiz-checked'(browser, url) {
    const { page, context } = await openPage(browser, url, 'lesson.html', 1700);
    const quiz = await inLesson(page, 'edu-quiz');
    const click = async (selector, index = 0) => {
      const el = await quiz.evaluateHandle((q, s, i) => q.shadowRoot.querySelectorAll(s)[i] ?? null, selector, index);
      if (!(await el.evaluate((e) => e !== null))) throw new Error(`quiz: nothing matches ${selector} [${index}]`);
      await el.click();
    };
    const button = async (text) => {
      const el = await quiz.evaluateHandle(
        (q, t) => [...q.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === t) ?? null,
        text,
      );
      if (!(await el.evaluate((e) => e !== null))) throw new Error(`quiz: no "${text}" button`);
      await el.click();
    };
    // Question 1: "November 2022" (right); question 2: "A peacekeeping mission in Afghanistan" (wrong).
    await click('ol.questions > li:nth-child(1) input', 1);
    await click('ol.questions > li:nth-child(2) input', 0);
    await button('Check order');
    await button('Check answers');
    await settle(page);
    // The score line takes the focus after checking: no focus ring in the picture.
    await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      el?.blur();
    });
    const section = await inLesson(page, 'section[aria-labelledby="quiz-heading"]');
    const second = await quiz.evaluateHandle((q) => q.shadowRoot.querySelectorAll('ol.questions > li')[1]);
    const box = await around(page, [section, second], 12);
    const end = await around(page, [second], 12);
    await save(page, 'quiz-checked', { ...box, height: end.y + end.height - box.y });
    await context.close();
  },

  /** The problems box of a lesson whose second event is dated 2022-11-31, with the title below it. */
  async 'problems-box'(browser, url) {
    const { page, context } = await openPage(browser, url, 'problems.html', 800);
    const box = await inLesson(page, '[part~="error"]');
    if (!(await box.evaluate((el) => el !== null))) throw new Error('no problems box');
    const header = await inLesson(page, '[part~="header"]');
    await save(page, 'problems-box', await around(page, [box, header], 8));
    await context.close();
  },

  /**
   * The handout as the browser prints it (A4, with the answer key): the PDF Chromium makes, shown in Chromium's own PDF
   * viewer, with page 1 and the small pictures of every page; then the last page alone.
   */
  async 'print-preview'(browser, url) {
    const { page, context } = await openPage(browser, url, 'lesson.html', 1000);
    const dir = mkdtempSync(join(tmpdir(), 'edu-timeline-handout-'));
    const pdf = join(dir, 'handout.pdf');
    try {
      await page.pdf({ path: pdf, format: 'A4', margin: { top: '12mm', right: '12mm', bottom: '12mm', left: '12mm' } });
      await context.close();
      const pages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      if (pages < 2) throw new Error(`the PDF has ${pages} pages; expected the handout and its answer key`);
      const viewer = await browser.newPage();
      const show = async (fragment, width, height, name) => {
        await viewer.setViewport({ width, height, deviceScaleFactor: 1 });
        await viewer.goto('about:blank');
        await viewer.goto(`${pathToFileURL(pdf).href}#${fragment}`, { waitUntil: 'load' });
        // The viewer draws the pages (and their small pictures) after "load", and says nothing when it is done.
        await new Promise((done) => setTimeout(done, 3000));
        const path = join(OUT, `${name}.png`);
        await viewer.screenshot({ path, type: 'png' });
        const bytes = statSync(path).size;
        if (bytes > MAX_BYTES)
          problems.push(`${name}: ${Math.round(bytes / 1024)} KB, more than ${MAX_BYTES / 1024} KB`);
        console.log(`teacher-screenshots: ${relative(ROOT, path)} (${Math.round(bytes / 1024)} KB, ${pages} pages)`);
      };
      await show('page=1&view=Fit', WIDTH, 760, 'print-preview');
      await show(`page=${pages}&toolbar=0&navpanes=0&view=Fit`, 640, 880, 'print-answer-key');
      await viewer.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in SHOTS));
if (unknown.length) {
  console.error(`teacher-screenshots: no picture named ${unknown.join(', ')}; known: ${Object.keys(SHOTS).join(', ')}`);
  process.exit(2);
}
if (!existsSync(BUNDLE)) {
  console.error('teacher-screenshots: dist/edu-timeline.bundle.js is missing: run npm run build:bundle first');
  process.exit(1);
}

const chrome = findChromeOrExit();

mkdirSync(OUT, { recursive: true });
const userDataDir = mkdtempSync(join(tmpdir(), 'edu-timeline-chrome-'));
let server;
let browser;
try {
  server = await startServer({ port: 0 });
  browser = await puppeteer.launch({ executablePath: chrome, args: [...CHROME_ARGS], headless: true, userDataDir });
  for (const name of wanted.length ? wanted : Object.keys(SHOTS)) {
    try {
      await SHOTS[name](browser, server.url);
    } catch (error) {
      problems.push(`${name}: ${error.message}`);
    }
  }
} catch (error) {
  problems.push(`failed: ${error.message}`);
} finally {
  await browser?.close().catch(() => {});
  await server?.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

if (problems.length) {
  for (const p of problems) console.error(`teacher-screenshots: ${p}`);
  process.exit(1);
}
