#!/usr/bin/env node
// Checks the lesson builder's one-file export as a teacher uses it: a page opened from disk, with no network.
//   1. the export code itself (builder/src/export.ts, compiled here with TypeScript) makes the page from the built
//      dist/edu-timeline.standalone.js and the default lesson;
//   2. the built builder makes the same page, as a teacher does ("Start from the example", "Download the page", the
//      download caught): served by scripts/serve.mjs at /builder/, and as the static folder of
//      scripts/build-builder.mjs served under a sub-path;
//   3. each page is opened from file:// in headless Chromium with the network off, and must show the whole lesson
//      (title, figures, timeline, glossary, sources, quiz) and print, with no console error, no page error and no
//      request but the file;
//   4. the static folder opened from disk: the builder starts with its example, and says why "Download the page"
//      needs a web address.
//
//   npx rollup -c && npx rollup -c builder/rollup.builder.mjs && node scripts/check-builder-export.mjs
//   node scripts/check-builder-export.mjs --keep      # leaves the pages in the temporary folder and prints it
// Exit code 0 when every check passes, 1 otherwise (each failure on its own line).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import ts from 'typescript';
import { CHROME_ARGS, failIfStillRunningAfter, findChromeOrExit } from './find-chrome.mjs';
import { buildStatic } from './build-builder.mjs';
import { serveFolder, startServer } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const STANDALONE = join(ROOT, 'dist', 'edu-timeline.standalone.js');
export const BUILDER_BUNDLE = join(ROOT, 'builder', 'dist', 'builder.js');
export const LESSON = join(ROOT, 'data', 'pakistan-small-arms-2024.json');

/**
 * builder/src/export.ts as a module Node can import: the same code the builder runs, compiled by TypeScript (it
 * imports nothing, so one file is all it takes).
 * @param {string} dir a folder to write the compiled module to
 * @returns {Promise<typeof import('../builder/src/export.ts')>}
 */
export async function loadExportModule(dir) {
  const source = readFileSync(join(ROOT, 'builder', 'src', 'export.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: 'export.ts',
  });
  const file = join(dir, 'export.mjs');
  writeFileSync(file, outputText);
  return import(pathToFileURL(file).href);
}

/** The built file at `path`, or exits with the command that builds it. */
function readBuilt(path, command) {
  if (!existsSync(path)) {
    console.error(`check-builder-export: ${path.slice(ROOT.length + 1)} is missing: run ${command} first`);
    process.exit(1);
  }
  return readFileSync(path, 'utf8');
}

/**
 * Opens `file` from disk with the network off and returns what the page shows, or throws. Any request but the file
 * itself is refused and reported.
 * @param {import('puppeteer-core').Browser} browser
 */
export async function openOffline(browser, file, { viewport = { width: 1280, height: 900 } } = {}) {
  const problems = [];
  const page = await browser.newPage();
  try {
    await page.setViewport(viewport);
    await page.setOfflineMode(true);
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const url = pathToFileURL(file).href;
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() === url) void request.continue();
      else {
        problems.push(`request for ${request.url()} (the page must need nothing but itself)`);
        void request.abort();
      }
    });
    page.on('requestfailed', (request) => {
      if (request.url() !== url) return;
      problems.push(`the file itself failed to load: ${request.failure()?.errorText}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const shown = await page.evaluate(async () => {
      const until = async (check, what) => {
        const end = Date.now() + 10_000;
        while (!check()) {
          if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      await until(() => customElements.get('edu-lesson'), '<edu-lesson> to be defined (the inline bundle did not run)');
      const lesson = document.querySelector('edu-lesson');
      await until(() => lesson.lesson, 'the lesson to load');
      await lesson.updateComplete;
      const root = lesson.shadowRoot;
      const parts = ['edu-stat-grid', 'edu-timeline', 'edu-glossary', 'edu-quiz'].map((tag) => root.querySelector(tag));
      await until(() => parts.every((p) => p?.lesson), 'every part of the lesson to render');
      await Promise.all(parts.map((p) => p.updateComplete));
      const [grid, timeline, glossary, quiz] = parts;
      await Promise.all([...grid.shadowRoot.querySelectorAll('edu-stat-card')].map((c) => c.updateComplete));
      const textOf = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return {
        lang: document.documentElement.lang,
        title: document.title,
        heading: textOf(root.querySelector('h1[part~="title"]')),
        problemsPanel: textOf(root.querySelector('[part~="error"]')),
        cards: [...grid.shadowRoot.querySelectorAll('edu-stat-card')].map((c) =>
          textOf(c.shadowRoot.querySelector('[part~="value"]')),
        ),
        events: timeline.lesson.events.length,
        eventButtons: timeline.shadowRoot.querySelectorAll('[part~="select"]').length,
        glossaryTerms: glossary.shadowRoot.querySelectorAll('dt').length,
        sources: root.querySelectorAll('[part~="source"]').length,
        questions: quiz.shadowRoot.querySelectorAll('[part~="question"]').length,
        orderItems: quiz.shadowRoot.querySelectorAll('[part~="item"]').length,
      };
    });
    // It prints as a handout: the browser can lay it out on paper.
    const pdf = await page.pdf({ format: 'A4' });
    shown.pdfBytes = pdf.length;
    return { shown, problems };
  } finally {
    await page.close();
  }
}

/** The differences between what a page showed and the default lesson, as lines. */
export function compare(shown, lesson) {
  const failures = [];
  const expect = (ok, line) => ok || failures.push(line);
  expect(shown.lang === lesson.lang, `the page's lang is "${shown.lang}", not the lesson's "${lesson.lang}"`);
  expect(shown.title === lesson.title, `the page's <title> is "${shown.title}"`);
  expect(shown.heading === lesson.title, `the lesson's heading is "${shown.heading}"`);
  expect(shown.problemsPanel === '', `the lesson shows a problems panel: ${shown.problemsPanel}`);
  expect(shown.cards.length === lesson.stats.length, `${shown.cards.length} figure cards, not ${lesson.stats.length}`);
  expect(shown.cards[0] === '1,524', `the first card shows "${shown.cards[0]}", not 1,524`);
  expect(shown.events === lesson.events.length, `${shown.events} events on the timeline, not ${lesson.events.length}`);
  expect(shown.eventButtons > 0, 'no event can be selected on the timeline');
  expect(shown.glossaryTerms === lesson.glossary.length, `${shown.glossaryTerms} glossary terms`);
  expect(shown.sources === lesson.sources.length, `${shown.sources} sources listed`);
  expect(shown.questions === lesson.questions.length, `${shown.questions} quiz questions`);
  expect(shown.orderItems >= 3, `${shown.orderItems} events to put in order`);
  expect(shown.pdfBytes > 20_000, `the printed page is only ${shown.pdfBytes} bytes`);
  return failures;
}

/**
 * Drives a builder page at `url` as a teacher does: "Start from the example", then "Download the page"; returns the
 * downloaded file (caught in `downloads`) and the builder's status line.
 * @param {import('puppeteer-core').Browser} browser
 */
export async function downloadFromBuilder(browser, url, downloads) {
  const page = await browser.newPage();
  const problems = [];
  try {
    page.on('pageerror', (error) => problems.push(`builder page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`builder console error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`builder request answered ${response.status()}: ${response.url()}`);
    });
    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await openBuilder(page, url);
    await clickInBuilder(page, '#start-example');
    await page.waitForFunction(() => document.querySelector('edu-builder').shadowRoot.querySelector('#download-page'), {
      timeout: 10_000,
    });
    await clickInBuilder(page, '#download-page');
    const end = Date.now() + 20_000;
    let file;
    while (!file && Date.now() < end) {
      file = readdirSync(downloads).find((name) => name.endsWith('.html'));
      if (!file) await new Promise((r) => setTimeout(r, 100));
    }
    const status = await statusOf(page, '#page-status');
    if (!file) throw new Error(`the builder downloaded no page within 20 s (it says: ${status})`);
    return { file: join(downloads, file), status, problems };
  } finally {
    await page.close();
  }
}

/** Opens the builder at `url` with nothing kept from before. */
export async function openBuilder(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await customElements.whenDefined('edu-builder');
    const builder = document.querySelector('edu-builder');
    // A key of its own: nothing a teacher kept in this browser is read or overwritten.
    builder.setAttribute('storage-key', `edu-timeline:builder:check:${Date.now()}`);
    await builder.updateComplete;
  });
}

export function clickInBuilder(page, selector) {
  return page.evaluate(async (s) => {
    const builder = document.querySelector('edu-builder');
    await builder.updateComplete;
    const target = builder.shadowRoot.querySelector(s);
    if (!target) throw new Error(`no ${s} in the builder`);
    target.click();
  }, selector);
}

function statusOf(page, selector) {
  return page.evaluate(
    (s) => (document.querySelector('edu-builder').shadowRoot.querySelector(s)?.textContent ?? '').trim(),
    selector,
  );
}

/**
 * The static folder opened from disk: the builder starts (a classic script), the example is inside the page, and
 * "Download the page" says it needs a web address instead of failing silently.
 */
async function checkFromDisk(browser, folder) {
  const page = await browser.newPage();
  const problems = [];
  try {
    page.on('pageerror', (error) => problems.push(`builder from disk: page error: ${error.message}`));
    await openBuilder(page, pathToFileURL(join(folder, 'index.html')).href);
    await clickInBuilder(page, '#start-example');
    await page.waitForFunction(() => document.querySelector('edu-builder').shadowRoot.querySelector('#download-page'), {
      timeout: 10_000,
    });
    const title = await page.evaluate(
      () => document.querySelector('edu-builder').shadowRoot.querySelector('#f-title').value,
    );
    if (!title.startsWith('Pakistan asks the UN'))
      problems.push(`builder from disk: the example's title is "${title}"`);
    await clickInBuilder(page, '#download-page');
    await page.waitForFunction(
      () => document.querySelector('edu-builder').shadowRoot.querySelector('#page-status.error'),
      { timeout: 10_000 },
    );
    const status = await statusOf(page, '#page-status');
    if (!status.includes('opened from a file')) problems.push(`builder from disk: "Download the page" says: ${status}`);
  } finally {
    await page.close();
  }
  return problems;
}

async function main() {
  const keep = process.argv.includes('--keep');
  const bundle = readBuilt(STANDALONE, 'npx rollup -c');
  readBuilt(BUILDER_BUNDLE, 'npx rollup -c builder/rollup.builder.mjs');
  const lesson = JSON.parse(readFileSync(LESSON, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'edu-builder-export-'));
  const failures = [];
  let browser;
  try {
    const { standaloneHtml, lessonFileName } = await loadExportModule(dir);
    const made = join(dir, `${lessonFileName(lesson)}.html`);
    writeFileSync(made, standaloneHtml(lesson, { bundle }));
    browser = await puppeteer.launch({
      executablePath: findChromeOrExit(),
      args: [...CHROME_ARGS],
      headless: true,
      userDataDir: join(dir, 'chrome'),
    });

    const pure = await openOffline(browser, made);
    failures.push(...pure.problems, ...compare(pure.shown, lesson));
    console.log(
      `${failures.length ? 'FAIL' : 'ok  '} export.ts page: ${(statSync(made).size / 1024).toFixed(0)} KB, ` +
        `${pure.shown.cards.length} cards, ${pure.shown.events} events, ${pure.shown.questions} questions, offline from file://`,
    );

    const expected = standaloneHtml(
      // As the builder has it: its copy of the example names the published schema.
      { ...lesson, $schema: 'https://unpkg.com/edu-timeline@0.1/data/lesson.schema.json' },
      { bundle },
    );
    const server = await startServer({ port: 0 });
    const folder = join(dir, 'builder-static');
    buildStatic(folder);
    const hosted = await serveFolder(folder, '/school/tools/lesson-builder/');
    try {
      for (const [what, url] of [
        ['builder on the demo server (/builder/)', `${server.url}builder/`],
        ['builder-static/ under a sub-path', hosted.url],
      ]) {
        const before = failures.length;
        const downloads = join(dir, `downloads-${before}-${Date.now()}`);
        mkdirSync(downloads);
        const got = await downloadFromBuilder(browser, url, downloads);
        failures.push(...got.problems.map((p) => `${what}: ${p}`));
        if (!/^Downloaded “/.test(got.status)) failures.push(`${what}: the builder says: ${got.status}`);
        const downloaded = readFileSync(got.file, 'utf8');
        // The same page as export.ts makes, but for the date it was made on.
        if (downloaded.replace(/ lesson builder on [^.<]+\./, ' lesson builder.') !== expected) {
          failures.push(`${what}: the page it downloaded differs from what export.ts makes of the same lesson`);
        }
        const offline = await openOffline(browser, got.file);
        failures.push(...[...offline.problems, ...compare(offline.shown, lesson)].map((p) => `${what}: ${p}`));
        console.log(
          `${failures.length > before ? 'FAIL' : 'ok  '} ${what}: downloaded ${got.file.split('/').pop()} ` +
            `(${(Buffer.byteLength(downloaded) / 1024).toFixed(0)} KB), the same page, works offline from file://`,
        );
      }
    } finally {
      await hosted.close();
      await server.close();
    }
    const before = failures.length;
    failures.push(...(await checkFromDisk(browser, folder)));
    console.log(
      `${failures.length > before ? 'FAIL' : 'ok  '} builder-static/ opened from disk: starts, has the example, ` +
        'and says why the page needs a web address',
    );
  } catch (error) {
    failures.push(`failed: ${error.stack ?? error.message}`);
  } finally {
    await browser?.close().catch(() => {});
    if (keep) console.log(`check-builder-export: pages kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  if (failures.length) {
    for (const line of failures) console.error(`check-builder-export: ${line}`);
    process.exit(1);
  }
  console.log('check-builder-export: the one-file page works offline, from export.ts and from the builder');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // About a minute here (builder-screenshots.mjs imports this file: no time limit for it).
  failIfStillRunningAfter('check-builder-export', 5);
  await main();
}
