#!/usr/bin/env node
// The pictures of docs/builder.md (docs/images/builder/*.png), taken in headless Chromium:
//   editing.png          the builder on the demo server, the example lesson open, an event being edited
//   error.png            the same with an impossible date typed: the problem next to the field and in the summary
//   export-offline.png   the page "Download the page" made, opened from disk with the network off
// It shows the builds as they are: run them first.
//
//   npx rollup -c && npx rollup -c builder/rollup.builder.mjs && node scripts/builder-screenshots.mjs
// Reduced motion (no count-up) keeps the pictures the same from run to run. Page errors, console errors and failed
// requests are printed, and the exit code is then 1.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { clickInBuilder, LESSON, loadExportModule, openBuilder, STANDALONE } from './check-builder-export.mjs';
import { CHROME_ARGS, findChromeOrExit } from './find-chrome.mjs';
import { startServer } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'images', 'builder');
/** Pictures larger than this are reported: the guide is read on school connections. */
const MAX_BYTES = 300 * 1024;

const problems = [];
const dir = mkdtempSync(join(tmpdir(), 'edu-builder-shots-'));
let browser;
let server;

/** Runs `fn` inside the builder's shadow root and returns its result. */
function inBuilder(page, fn, ...args) {
  return page.evaluate(
    (source, ...rest) => {
      const root = document.querySelector('edu-builder').shadowRoot;
      return new Function('root', '...args', `return (${source})(root, ...args);`)(root, ...rest);
    },
    fn.toString(),
    ...args,
  );
}

/** Waits for the builder's pause after typing, and for the preview to draw what it was given. */
async function settle(page) {
  await new Promise((r) => setTimeout(r, 700));
  await page.evaluate(async () => {
    const root = document.querySelector('edu-builder').shadowRoot;
    const lesson = root.querySelector('edu-lesson');
    await lesson?.updateComplete;
    for (const el of lesson?.shadowRoot?.querySelectorAll('*') ?? []) await el.updateComplete;
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

async function shoot(page, name) {
  const path = join(OUT, name);
  await page.screenshot({ path, type: 'png' });
  const size = statSync(path).size;
  if (size > MAX_BYTES) problems.push(`${name} is ${Math.round(size / 1024)} KB (over ${MAX_BYTES / 1024} KB)`);
  console.log(`builder-screenshots: ${relative(ROOT, path)} (${Math.round(size / 1024)} KB)`);
}

function watch(page, what) {
  page.on('pageerror', (error) => problems.push(`${what}: page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${what}: console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`${what}: request failed: ${request.url()}`));
}

try {
  mkdirSync(OUT, { recursive: true });
  server = await startServer({ port: 0 });
  browser = await puppeteer.launch({
    executablePath: findChromeOrExit(),
    args: [...CHROME_ARGS],
    headless: true,
    userDataDir: join(dir, 'chrome'),
  });
  const page = await browser.newPage();
  watch(page, 'builder');
  await page.setViewport({ width: 1400, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await openBuilder(page, `${server.url}builder/`);
  await clickInBuilder(page, '#start-example');
  await page.waitForFunction(() => document.querySelector('edu-builder').shadowRoot.querySelector('#f-events-1'));
  await inBuilder(page, (root) => {
    // The message about starting from the example is read once; the pictures show the work.
    [...root.querySelectorAll('.notice button')].find((b) => b.textContent.includes('Hide'))?.click();
  });
  await clickInBuilder(page, '#f-events-1');
  await settle(page);
  // The second event open, its title being edited, scrolled to the top of the window.
  await inBuilder(page, (root) => {
    const toggle = root.querySelector('#f-events-1');
    toggle.closest('li').scrollIntoView({ block: 'start' });
    window.scrollBy(0, -16);
    const title = root.querySelector('#f-events-1-title');
    title.focus({ preventScroll: true });
    title.setSelectionRange(title.value.length, title.value.length);
  });
  await page.keyboard.type(' (November 2022)');
  await settle(page);
  await shoot(page, 'editing.png');

  // An impossible date: the problem under the field, counted in the event's header (and listed in the summary).
  await inBuilder(page, (root) => {
    const date = root.querySelector('#f-events-1-date');
    date.focus({ preventScroll: true });
    date.select();
  });
  await page.keyboard.type('2022-11-31');
  await settle(page);
  await inBuilder(page, (root) => {
    root.querySelector('#f-events-1').closest('li').scrollIntoView({ block: 'start' });
    window.scrollBy(0, -16);
  });
  await settle(page);
  await shoot(page, 'error.png');
  await page.close();

  // The one-file page, made by the export code from the built standalone bundle, opened from disk offline.
  const { standaloneHtml, lessonFileName } = await loadExportModule(dir);
  const lesson = JSON.parse(readFileSync(LESSON, 'utf8'));
  const file = join(dir, `${lessonFileName(lesson)}.html`);
  writeFileSync(file, standaloneHtml(lesson, { bundle: readFileSync(STANDALONE, 'utf8'), madeOn: '29 November 2026' }));
  const offline = await browser.newPage();
  watch(offline, 'exported page');
  await offline.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await offline.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await offline.setOfflineMode(true);
  await offline.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await offline.waitForFunction(() => document.querySelector('edu-lesson')?.lesson);
  await offline.evaluate(async () => {
    const lesson = document.querySelector('edu-lesson');
    for (const el of lesson.shadowRoot.querySelectorAll('*')) await el.updateComplete;
    for (const grid of lesson.shadowRoot.querySelectorAll('edu-stat-grid')) {
      for (const card of grid.shadowRoot.querySelectorAll('edu-stat-card')) await card.updateComplete;
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  await shoot(offline, 'export-offline.png');
} catch (error) {
  problems.push(`failed: ${error.stack ?? error.message}`);
} finally {
  await browser?.close().catch(() => {});
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
}

if (problems.length) {
  for (const p of problems) console.error(`builder-screenshots: ${p}`);
  process.exit(1);
}
