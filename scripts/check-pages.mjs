#!/usr/bin/env node
// axe-core on the two pages people open first, the demo lesson (/) and the lesson builder (/builder/), in the
// states Lighthouse does not see: the dark colour scheme, a phone's width, the builder with a lesson in it, and
// WCAG 2.2's target-size rule on (Lighthouse's accessibility score runs axe in the light scheme, without it). Page-level
// rules (one <main>, a level-one heading, content in landmarks) are on: these are whole pages.
//
//   node scripts/check-pages.mjs        # needs the bundle and the builder's script: npm run build first
//
// The demo page is scrolled to its end first, so every part that draws when it comes into view has drawn.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { axeProblems, settle } from './page-checks.mjs';
import { CHROME_ARGS, failIfStillRunningAfter, findChromeOrExit } from './find-chrome.mjs';
import { startServer } from './serve.mjs';

failIfStillRunningAfter('check-pages', 5);

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** [what, path, colour scheme, viewport, what to do before axe runs] */
const CASES = [
  ['demo lesson page', '/', 'light', PHONE, scrollToEnd],
  ['demo lesson page', '/', 'dark', PHONE, scrollToEnd],
  ['demo lesson page', '/', 'dark', DESKTOP, scrollToEnd],
  ['lesson builder, the example open', '/builder/', 'light', DESKTOP, startFromExample],
  ['lesson builder, the example open', '/builder/', 'dark', DESKTOP, startFromExample],
  ['lesson builder, the example open', '/builder/', 'dark', PHONE, startFromExample],
];

for (const file of ['dist/edu-timeline.bundle.js', 'builder/dist/builder.js']) {
  if (!existsSync(new URL(`../${file}`, import.meta.url))) {
    console.error(`check-pages: no ${file}. Build first: npm run build:bundle && npm run build:builder-script`);
    process.exit(1);
  }
}
const executablePath = findChromeOrExit();
const server = await startServer({ port: 0 });
const browser = await puppeteer.launch({ executablePath, args: [...CHROME_ARGS] });
let failed = 0;
try {
  for (const [what, path, scheme, viewport, prepare] of CASES) {
    const started = performance.now();
    const problems = await checkPage(new URL(path, server.url).href, scheme, viewport, prepare);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const label = `${what} (${path}), ${scheme}, ${viewport.width} px`;
    if (problems.length) {
      failed++;
      console.log(`FAIL ${label}  (${seconds} s)`);
      for (const p of problems) console.log(`  ${p.replaceAll('\n', '\n  ')}`);
    } else {
      console.log(`ok   ${label}: no axe violations  (${seconds} s)`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (failed) {
  console.error(`check-pages: ${failed} of ${CASES.length} page states have problems.`);
  process.exit(1);
}
console.log(
  `check-pages: ${CASES.length} page states, no axe violations (WCAG 2.2 A/AA with target-size, best practices).`,
);

async function checkPage(url, scheme, viewport, prepare) {
  // A context of its own: nothing kept from the case before (the builder restores its autosaved lesson, which would
  // skip its start screen, and a quiz its saved answers).
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  try {
    await page.setViewport(viewport);
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: scheme },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 30_000 });
    await prepare(page);
    const unsettled = await page.evaluate(settle, { root: 'body', timeoutMs: 15_000 });
    if (unsettled) problems.push(unsettled);
    problems.push(...(await axeProblems(page, [['body']])));
  } catch (error) {
    problems.push(`check crashed: ${error?.stack ?? error}`);
  } finally {
    await context.close().catch(() => {});
  }
  return problems;
}

/** Scrolls a screen at a time to the end of the page and back to the top. */
async function scrollToEnd(page) {
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Presses the builder's "Start from the example" and waits for its form and preview. */
async function startFromExample(page) {
  let pressed = false;
  for (const button of await page.$$('pierce/button')) {
    if (/start from the example/i.test(await button.evaluate((b) => b.textContent ?? ''))) {
      await button.click();
      pressed = true;
      break;
    }
  }
  if (!pressed) throw new Error('the builder has no "Start from the example" button');
  await page.waitForFunction(() => document.querySelector('edu-builder')?.shadowRoot?.querySelector('edu-lesson'), {
    timeout: 15_000,
  });
}
