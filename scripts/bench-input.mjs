#!/usr/bin/env node
// npm run bench:input: how long the readers take on the tests' huge and hostile inputs, and how long the page cannot
// answer while an element takes them, in headless Chromium, against budgets.
//
//   node scripts/bench-input.mjs [--runs 5] [--only markdown,html,dates,glossary,axis,page]
//
// The tests (markdown, html-to-markdown, glossary-match, axis-layout, rich-text, robustness, timeline-interactive)
// feed the same inputs (tests/helpers/hostile-inputs.ts) and check what comes out, without a stopwatch: a busy
// machine would fail a timed test, and a reader that turned quadratic on 100,000 characters takes minutes, which the
// tests' own timeouts catch. The budgets (in bench/input.ts, next to each case) are the promises in between: each
// is about three times what this machine measures (2 cores, TOOLCHAIN.md), so a slower algorithm shows, a busy
// neighbour does not. A page case also has a budget for the longest time the page could not answer.
//
// bench/input.ts is built with the bundle's own build steps (rollup.config.mjs `plugins`: the same TypeScript,
// minification and production Lit), into a temporary folder, and opened from a local server. Each case runs --runs
// times, each run after a garbage collection, in the same page; the median is compared with the budget.
// Exit 0 when every median is within its budget, 1 otherwise.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { plugins } from '../rollup.config.mjs';
import { CHROME_ARGS, findChromeOrExit } from './find-chrome.mjs';
import { serveFolder } from './serve.mjs';

const GROUPS = ['markdown', 'html', 'dates', 'glossary', 'axis', 'page'];

function parseArgs(argv) {
  const options = { runs: 5, only: GROUPS };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--runs') options.runs = Number(value());
    else if (flag === '--only') options.only = String(value()).split(',');
    else {
      console.error('usage: node scripts/bench-input.mjs [--runs 5] [--only markdown,html,dates,glossary,axis,page]');
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) {
    console.error('bench:input: --runs must be a whole number ≥ 1');
    process.exit(2);
  }
  for (const group of options.only) {
    if (!GROUPS.includes(group)) {
      console.error(`bench:input: unknown group "${group}" (${GROUPS.join(', ')})`);
      process.exit(2);
    }
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
const chromePath = findChromeOrExit();

const folder = mkdtempSync(join(tmpdir(), 'edu-bench-input-'));
const build = await rollup({
  input: 'bench/input.ts',
  plugins: plugins(folder, { tsconfig: './tsconfig.json' }),
  onwarn(warning, warn) {
    if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
  },
});
await build.write({ dir: folder, format: 'es', entryFileNames: 'input.js', inlineDynamicImports: true });
await build.close();
writeFileSync(
  join(folder, 'index.html'),
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>bench:input</title><body></body>' +
    '<script type="module" src="input.js"></script></html>',
);

const server = await serveFolder(folder);
const browser = await puppeteer.launch({
  executablePath: chromePath,
  args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--window-size=1280,800'],
  defaultViewport: { width: 1280, height: 800 },
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
let over = 0;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(server.url);
  await page.waitForFunction(() => Array.isArray(window.benchCases), { timeout: 30_000 });
  const list = await page.evaluate(() => window.benchCases.map(({ group, name, budget }) => ({ group, name, budget })));
  for (const [index, { group, name, budget }] of list.entries()) {
    if (!options.only.includes(group)) continue;
    const runs = [];
    for (let i = 0; i < options.runs; i++) {
      runs.push(
        await page.evaluate(async (at) => {
          globalThis.gc?.();
          return window.benchCases[at].run();
        }, index),
      );
    }
    const ms = median(runs.map((r) => r.ms));
    const longest = runs.every((r) => typeof r.longest === 'number') ? median(runs.map((r) => r.longest)) : null;
    const misses = [
      ms > budget.ms ? `work ${ms.toFixed(0)} > ${budget.ms} ms` : '',
      longest !== null && longest > budget.longest ? `page waited ${longest.toFixed(0)} > ${budget.longest} ms` : '',
    ].filter(Boolean);
    if (misses.length) over++;
    rows.push({ group, name, ms, longest, misses });
    console.log(
      `${misses.length ? 'OVER' : 'ok  '} ${group.padEnd(8)} ${name.padEnd(62)} ${ms.toFixed(1).padStart(8)} ms` +
        ` / ${budget.ms}` +
        (longest === null ? '' : `  page waited ${longest.toFixed(0)} / ${budget.longest} ms`) +
        (misses.length ? `  ${misses.join('; ')}` : ''),
    );
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}

console.log(
  `bench:input: ${rows.length} cases, the median of ${options.runs} runs each against its budget (bench/input.ts).`,
);
if (over) {
  console.error(`bench:input: ${over} case(s) over budget.`);
  process.exit(1);
}
console.log('bench:input: every case within its budget.');
