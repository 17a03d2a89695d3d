#!/usr/bin/env node
// Takes a PNG of the demo (or any page) in headless Chromium, so a person can look at what the elements render.
//
//   npm run screenshot                                   # / of the demo server → screenshots/demo.png
//   npm run screenshot -- demo/index.html --out x.png    # a path served by scripts/serve.mjs
//   npm run screenshot -- http://localhost:6006/iframe.html?id=… --width 390 --full
//   options: --out file.png  --width 1280  --height 800  --full  --media print  --color-scheme dark|light
//            --scale 1  --timeout 30000  --wait-for "css selector"
// Page errors, console errors and failed requests are printed; the exit code is 1 if there were any.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChromeOrExit } from './find-chrome.mjs';
import { startServer } from './serve.mjs';

const USAGE =
  'usage: npm run screenshot [-- url-or-path] [--out file.png] [--width 1280] [--height 800] [--full]\n' +
  '       [--media print|screen] [--color-scheme dark|light] [--scale 1] [--timeout 30000] [--wait-for selector]';

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o', default: 'screenshots/demo.png' },
        width: { type: 'string', default: '1280' },
        height: { type: 'string', default: '800' },
        full: { type: 'boolean', default: false },
        media: { type: 'string' },
        'color-scheme': { type: 'string' },
        scale: { type: 'string', default: '1' },
        timeout: { type: 'string', default: '30000' },
        'wait-for': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`screenshot: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const num = (name, min) => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < min) {
      console.error(`screenshot: --${name} must be a number ≥ ${min}`);
      process.exit(2);
    }
    return n;
  };
  if (values.media && !['print', 'screen'].includes(values.media)) {
    console.error('screenshot: --media must be print or screen');
    process.exit(2);
  }
  if (values['color-scheme'] && !['dark', 'light', 'no-preference'].includes(values['color-scheme'])) {
    console.error('screenshot: --color-scheme must be dark, light or no-preference');
    process.exit(2);
  }
  if (positionals.length > 1) {
    console.error(`screenshot: one url or path at most\n${USAGE}`);
    process.exit(2);
  }
  return {
    target: positionals[0] ?? '/',
    out: resolve(values.out),
    width: Math.round(num('width', 100)),
    height: Math.round(num('height', 100)),
    scale: num('scale', 0.1),
    timeout: num('timeout', 1000),
    full: values.full,
    media: values.media,
    colorScheme: values['color-scheme'],
    waitFor: values['wait-for'],
  };
}

const opts = options();
const isUrl = /^[a-z][a-z0-9+.-]*:/i.test(opts.target);

const chrome = findChromeOrExit();

let server;
let browser;
const userDataDir = mkdtempSync(join(tmpdir(), 'edu-timeline-chrome-'));
const problems = [];

try {
  let url = opts.target;
  if (!isUrl) {
    server = await startServer({ port: 0 });
    url = new URL(opts.target.replace(/^\.?\/*/, ''), server.url).href;
  }

  browser = await puppeteer.launch({
    executablePath: chrome,
    args: [...CHROME_ARGS],
    headless: true,
    userDataDir,
  });
  const page = await browser.newPage();
  page.setDefaultTimeout(opts.timeout);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Chromium asks for /favicon.ico on its own; a demo without one is not an error.
  const isFavicon = (u = '') => new URL(u, 'http://x/').pathname === '/favicon.ico';
  page.on('console', (msg) => {
    if (msg.type() === 'error' && isFavicon(msg.location()?.url)) return;
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    else if (msg.type() === 'warn') console.warn(`console warning: ${msg.text()}`);
  });
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400 && !isFavicon(res.url())) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });

  await page.setViewport({ width: opts.width, height: opts.height, deviceScaleFactor: opts.scale });
  if (opts.media) await page.emulateMediaType(opts.media);
  // Reduced motion: the statistic cards show their final figures at once, not a frame of their count-up.
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    ...(opts.colorScheme ? [{ name: 'prefers-color-scheme', value: opts.colorScheme }] : []),
  ]);

  const response = await page.goto(url, { waitUntil: 'networkidle0', timeout: opts.timeout });
  if (!response) problems.push(`no response for ${url}`);

  // Wait for every edu-* element on the page to be defined and rendered, then for web fonts and two frames.
  await page.evaluate(
    async (timeout) => {
      const tags = [
        ...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.startsWith('edu-'))),
      ];
      let timer;
      const timedOut = new Promise((_, reject) => {
        timer = setTimeout(() => {
          const undefinedTags = tags.filter((t) => !customElements.get(t));
          reject(new Error(`elements not defined after ${timeout} ms: ${undefinedTags.join(', ') || '(none)'}`));
        }, timeout);
      });
      await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), timedOut]);
      clearTimeout(timer);
      const elements = tags.length ? [...document.querySelectorAll(tags.join(','))] : [];
      await Promise.all(elements.map((el) => /** @type {{ updateComplete?: Promise<unknown> }} */ (el).updateComplete));
      await document.fonts?.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    },
    Math.min(opts.timeout, 10000),
  );
  if (opts.waitFor) await page.waitForSelector(opts.waitFor, { visible: true, timeout: opts.timeout });

  mkdirSync(dirname(opts.out), { recursive: true });
  await page.screenshot({ path: opts.out, fullPage: opts.full, type: 'png' });
  console.log(
    `screenshot: ${opts.out} (${url}, ${opts.width}×${opts.height}${opts.full ? ', full page' : ''}` +
      `${opts.media ? `, media ${opts.media}` : ''}${opts.colorScheme ? `, ${opts.colorScheme}` : ''})`,
  );
} catch (error) {
  problems.push(`failed: ${error.message}`);
} finally {
  await browser?.close().catch(() => {});
  await server?.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

if (problems.length) {
  for (const p of problems) console.error(`screenshot: ${p}`);
  process.exit(1);
}
