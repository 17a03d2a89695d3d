#!/usr/bin/env node
// Checks the framework examples (examples/react, examples/vue) the way a developer who embeds the elements meets them:
//   1. types: regenerates dist/react.d.ts and dist/vue.d.ts (scripts/framework-types.mjs), compiles every line of them,
//      and type-checks each example with its file of deliberate mistakes
//      (`tsc -p examples/react`, `vue-tsc -p examples/vue`): a mistake the types stop catching fails the check;
//   2. builds: `vite build` of each example, production into examples/<name>/dist/ and development (React's and
//      Vue's dev warnings, Lit's dev mode) into a temporary folder; a build warning fails, except KNOWN_BUILD_WARNINGS;
//   3. pages: serves each build on 127.0.0.1 and opens it in headless Chromium. It must render the elements from the
//      lesson bound to their `data` property (never a `data` attribute), update the app's own "Selected event" when
//      an event is clicked and when one is chosen with Enter (`edu-select`), and report a broken lesson file opened
//      through the app's file input (`edu-error`), with no console error or warning, page error, failed request or
//      HTTP error on the way.
// Prints a summary with timings; exits 1 on any failure. Run after `npm run build` (dist/ and custom-elements.json).
//
//   node scripts/check-examples.mjs              # both examples
//   node scripts/check-examples.mjs vue          # only one
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import puppeteer from 'puppeteer-core';
import { build, createLogger } from 'vite';
import { CHROME_ARGS, failIfStillRunningAfter, findChromeOrExit } from './find-chrome.mjs';
import { serveFolder } from './serve.mjs';

// About 15 s here.
failIfStillRunningAfter('check-examples', 5);

const ROOT = process.cwd();
const EXAMPLES = {
  react: { check: ['typescript/bin/tsc', '--noEmit', '-p', 'examples/react'] },
  vue: { check: ['vue-tsc/bin/vue-tsc.js', '--noEmit', '-p', 'examples/vue'] },
};
const TYPE_FILES = { './react': 'dist/react.d.ts', './vue': 'dist/vue.d.ts' };
const WAIT_MS = 15_000;
const VIEWPORT = { width: 1280, height: 900 };
/** The app's own "Selected event" line: both examples render the selected event's title in it. */
const SELECTED = '[aria-labelledby="selected-heading"] strong';

/**
 * Build warnings that come from the library, not from the examples; each must say why it is tolerated. Any other
 * warning fails the check.
 */
/** @type {{ pattern: RegExp, why: string }[]} */
const KNOWN_BUILD_WARNINGS = [];

/** Console messages a development build prints by design. */
const DEV_CONSOLE_ALLOWED = [/^Lit is in dev mode\./, /Download the React DevTools/];
/** Lit's own sign of a development build: without it, the dev build would not be one and would prove nothing. */
const DEV_MODE_SIGN = /^Lit is in dev mode\./;

/** A lesson with one impossible date: the elements show the rest and report the problem in `edu-error`. */
const BROKEN_LESSON = {
  title: 'A lesson with a mistake',
  events: [
    { date: '2022-11-31', title: 'A day that does not exist' },
    { date: '2023', title: 'A year that does' },
    { date: '2024-03', title: 'A month that does' },
  ],
};

const { positionals } = parseArgs({ allowPositionals: true });
const names = positionals.length ? positionals : Object.keys(EXAMPLES);
for (const name of names) {
  if (!EXAMPLES[name]) {
    console.error(`check-examples: no example "${name}" (there are: ${Object.keys(EXAMPLES).join(', ')}).`);
    process.exit(1);
  }
}

const started = performance.now();
const failures = [];
const summary = [];
const knownWarnings = new Set();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const require = createRequire(join(ROOT, 'package.json'));

/** Runs a Node script of a dependency (or of ours); resolves with its output, rejects with it. */
function runNode(script, args) {
  return new Promise((done, failed) => {
    execFile(
      process.execPath,
      [script, ...args],
      { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`.trim();
        if (error) failed(new Error(output || error.message));
        else done(output);
      },
    );
  });
}

/* ---------- 0. what the check needs ---------- */

function preflight() {
  const problems = [];
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  if (pkg.name !== 'edu-timeline') problems.push(`run from the repository root (package.json is "${pkg.name}")`);
  for (const file of ['dist/index.d.ts', 'dist/define.js', 'custom-elements.json']) {
    if (!existsSync(join(ROOT, file))) problems.push(`${file} is missing: run \`npm run build\` first`);
  }
  // The examples import the types as a user does, `edu-timeline/react` and `edu-timeline/vue`: the package must
  // export them.
  for (const [subpath, file] of Object.entries(TYPE_FILES)) {
    const entry = pkg.exports?.[subpath];
    const types = typeof entry === 'string' ? entry : entry?.types;
    if (types !== `./${file}`) {
      problems.push(
        `package.json "exports" needs "${subpath}": { "types": "./${file}" } (found ${JSON.stringify(entry)})`,
      );
    }
  }
  if (problems.length) {
    console.error(`check-examples: cannot start:\n  - ${problems.join('\n  - ')}`);
    process.exit(1);
  }
}

/* ---------- 1. types ---------- */

async function checkTypes() {
  const since = performance.now();
  try {
    summary.push(await runNode(join(ROOT, 'scripts/framework-types.mjs'), []));
  } catch (error) {
    failures.push(`types: scripts/framework-types.mjs failed:\n${error.message}`);
    return;
  }

  // The generated files themselves, every line: the examples' own checks skip .d.ts files (skipLibCheck, as apps
  // do), where a broken import would quietly turn an element's props into `any`. Checking the .d.ts files with
  // skipLibCheck off would check React's, Vue's and Lit's types too (slow), so each is compiled as a .ts copy,
  // kept under node_modules/.cache so that `react` and `vue` resolve as they do from dist/.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'edu-framework-types-'));
  const copies = Object.values(TYPE_FILES).map((file) => {
    const copy = join(dir, basename(file).replace(/\.d\.ts$/, '-types.ts'));
    const index = relative(dir, join(ROOT, 'dist', 'index.js'))
      .split(sep)
      .join('/');
    writeFileSync(copy, readFileSync(join(ROOT, file), 'utf8').replace(/from '\.\/index\.js'/g, `from '${index}'`));
    return copy;
  });
  const tsconfig = join(dir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      files: copies,
    }),
  );

  const checks = [
    ['dist/react.d.ts and dist/vue.d.ts compile', ['typescript/bin/tsc', '-p', tsconfig]],
    ...names.map((name) => [`examples/${name} type-checks, deliberate mistakes caught`, EXAMPLES[name].check]),
  ];
  const results = await Promise.allSettled(
    checks.map(async ([label, [bin, ...args]]) => {
      const t = performance.now();
      await runNode(require.resolve(bin), args);
      return `${label} (${seconds(t)})`;
    }),
  );
  rmSync(dir, { recursive: true, force: true });
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') summary.push(`types: ${result.value}`);
    else failures.push(`types: ${checks[i][0]}: FAILED\n${result.reason.message}`);
  });
  summary.push(`types: done in ${seconds(since)}`);
}

/* ---------- 2. builds ---------- */

/** A Vite logger that keeps warnings and errors instead of printing them. */
function recordingLogger(into) {
  const logger = createLogger('warn', { allowClearScreen: false });
  const keep = (level) => (message) => into.push({ level, message: String(message) });
  return { ...logger, warn: keep('warn'), warnOnce: keep('warn'), error: keep('error'), info() {} };
}

async function buildExample(name, mode, outDir) {
  const since = performance.now();
  const logs = [];
  const previous = process.env.NODE_ENV;
  // React and Vue pick their development or production code by NODE_ENV, which Vite only sets when it is unset.
  process.env.NODE_ENV = mode;
  try {
    await build({
      root: join(ROOT, 'examples', name),
      mode,
      logLevel: 'warn',
      customLogger: recordingLogger(logs),
      build: { outDir, emptyOutDir: true, minify: mode === 'production' },
    });
  } catch (error) {
    failures.push(`${name} (${mode}): vite build failed: ${error.message}`);
    return false;
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  let known = 0;
  for (const log of logs) {
    const text = stripVTControlCharacters(log.message).trim();
    const allowed = log.level === 'warn' && KNOWN_BUILD_WARNINGS.find((w) => w.pattern.test(text));
    if (allowed) {
      knownWarnings.add(allowed.why);
      known++;
    } else {
      failures.push(`${name} (${mode}): vite build ${log.level}: ${text}`);
    }
  }
  const where = outDir.startsWith(ROOT) ? relative(ROOT, outDir) : 'a temporary folder';
  summary.push(`build: ${name} (${mode}) → ${where} in ${seconds(since)}${known ? `, ${known} known warning(s)` : ''}`);
  return true;
}

/* ---------- 3. pages ---------- */

async function checkPage(browser, name, mode, dir, brokenFile) {
  const since = performance.now();
  const label = `${name} (${mode})`;
  const problems = [];
  const { url, close } = await serveFolder(dir);
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  let devMode = false;
  page.on('console', (message) => {
    const type = message.type();
    const text = message.text();
    if (DEV_MODE_SIGN.test(text)) devMode = true;
    if (type !== 'error' && type !== 'warn' && type !== 'assert') return;
    if (mode === 'development' && DEV_CONSOLE_ALLOWED.some((re) => re.test(text))) return;
    problems.push(`console ${type}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  /** Waits until the app's own "Selected event" line names `title`. */
  const appShows = async (title, after) => {
    const read = (selector) => document.querySelector(selector)?.textContent?.trim() ?? null;
    try {
      await page.waitForFunction(
        (selector, t) => document.querySelector(selector)?.textContent?.trim() === t,
        { timeout: WAIT_MS },
        SELECTED,
        title,
      );
    } catch {
      const shown = await page.evaluate(read, SELECTED);
      throw new Error(`after ${after}, the app shows ${JSON.stringify(shown)} as selected, not "${title}"`);
    }
  };

  // Every edu-error the page sees (they bubble and are composed), to compare with what the app says.
  await page.evaluateOnNewDocument(() => {
    window.__eduErrors = [];
    window.addEventListener('edu-error', (e) => {
      window.__eduErrors.push({ tag: e.target.localName, count: e.detail.problems.length, fatal: e.detail.fatal });
    });
  });

  const steps = [];
  try {
    await page.goto(url, { waitUntil: 'load' });

    // Rendered from the lesson bound to the `data` property.
    await page.waitForFunction(
      () => {
        const timeline = document.querySelector('edu-timeline');
        const grid = document.querySelector('edu-stat-grid');
        return (
          timeline?.lesson &&
          timeline.shadowRoot?.querySelector('[part~="select"][data-id]') &&
          grid?.lesson &&
          grid.shadowRoot?.querySelector('edu-stat-card')
        );
      },
      { timeout: WAIT_MS },
    );
    const rendered = await page.evaluate(() => {
      const timeline = document.querySelector('edu-timeline');
      const grid = document.querySelector('edu-stat-grid');
      const quiz = document.querySelector('edu-quiz');
      return {
        dataIsProperty: ['edu-timeline', 'edu-stat-grid', 'edu-quiz'].every((tag) => {
          const el = document.querySelector(tag);
          return el && typeof el.data === 'object' && el.data !== null && !el.hasAttribute('data');
        }),
        events: timeline.lesson.events.length,
        drawn: timeline.shadowRoot.querySelectorAll('[part~="event"]').length,
        stats: grid.lesson.stats.length,
        cards: grid.shadowRoot.querySelectorAll('edu-stat-card').length,
        quiz: Boolean(quiz?.lesson),
        // Both examples hide the timeline's own title and set its heading level (a property in React, attributes in Vue).
        options: timeline.hideTitle === true && timeline.headingLevel === 2,
        heading: document.querySelector('h1')?.textContent?.trim(),
        lessonTitle: timeline.lesson.title,
      };
    });
    if (!rendered.dataIsProperty)
      problems.push('`data` is not set as a property on every element (or set as an attribute)');
    if (rendered.events === 0 || rendered.drawn === 0)
      problems.push(`the timeline shows no events (${JSON.stringify(rendered)})`);
    if (rendered.cards !== rendered.stats || rendered.cards === 0) {
      problems.push(`the grid shows ${rendered.cards} cards for ${rendered.stats} stats`);
    }
    if (!rendered.quiz) problems.push('the quiz has no lesson');
    if (!rendered.options) problems.push('the timeline did not get hideTitle / headingLevel 2 from the app');
    if (rendered.heading !== rendered.lessonTitle) {
      problems.push(
        `the page heading "${rendered.heading}" is not the lesson title from edu-load ("${rendered.lessonTitle}")`,
      );
    }
    steps.push(`${rendered.events} events (${rendered.drawn} drawn), ${rendered.cards} cards, quiz`);

    // edu-select: a click on one event, then Enter on another; the app's own UI must follow.
    const ids = await page.evaluate(() =>
      [...document.querySelector('edu-timeline').shadowRoot.querySelectorAll('[part~="select"][data-id]')].map(
        (b) => b.dataset.id,
      ),
    );
    if (ids.length < 2) throw new Error(`only ${ids.length} event(s) can be selected on the timeline`);
    const titleOf = (id) =>
      page.evaluate((i) => document.querySelector('edu-timeline').lesson.events.find((e) => e.id === i)?.title, id);

    const first = await titleOf(ids[0]);
    const button = await page.evaluateHandle(
      (id) => document.querySelector('edu-timeline').shadowRoot.querySelector(`[part~="select"][data-id="${id}"]`),
      ids[0],
    );
    await button.click();
    await appShows(first, `a click on "${first}"`);
    steps.push(`click → "${first}"`);

    const second = await titleOf(ids[ids.length - 1]);
    await page.evaluate(
      (id) =>
        document.querySelector('edu-timeline').shadowRoot.querySelector(`[part~="select"][data-id="${id}"]`).focus(),
      ids[ids.length - 1],
    );
    await page.keyboard.press('Enter');
    await appShows(second, `Enter on "${second}"`);
    steps.push(`Enter → "${second}"`);

    // edu-error: a lesson file with a mistake, opened through the app's file input, becomes the new `data`.
    const input = await page.$('input[type="file"]');
    if (!input) throw new Error('the app has no file input');
    await input.uploadFile(brokenFile);
    const report = () =>
      page.evaluate(() => ({
        h1: document.querySelector('h1')?.textContent?.trim(),
        problems: document.querySelector('.problems')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        errors: window.__eduErrors,
      }));
    try {
      await page.waitForFunction(
        (title) =>
          document.querySelector('h1')?.textContent?.trim() === title &&
          /\d+ problems? (is|are) listed/.test(document.querySelector('.problems')?.textContent ?? ''),
        { timeout: WAIT_MS },
        BROKEN_LESSON.title,
      );
    } catch {
      throw new Error(`the broken lesson is not reported by the app (${JSON.stringify(await report())})`);
    }
    const reported = await report();
    const shown = Number(/(\d+) problems? (is|are) listed/.exec(reported.problems)[1]);
    const timelineError = reported.errors.find((e) => e.tag === 'edu-timeline');
    if (!timelineError || timelineError.fatal || timelineError.count !== shown) {
      problems.push(
        `the app shows ${shown} problem(s); the timeline's edu-error said ${JSON.stringify(timelineError)}`,
      );
    }
    const after = await page.evaluate(
      (selector) => ({
        events: document.querySelector('edu-timeline').lesson?.events.length,
        selected: document.querySelector(selector) !== null,
      }),
      SELECTED,
    );
    if (after.events !== BROKEN_LESSON.events.length - 1) {
      problems.push(`the broken lesson should show ${BROKEN_LESSON.events.length - 1} events, shows ${after.events}`);
    }
    if (after.selected) problems.push('the selection of the previous lesson is still shown');
    steps.push(`broken file → "${reported.problems}"`);
    if ((mode === 'development') !== devMode) {
      problems.push(`Lit ${devMode ? 'is' : 'is not'} in dev mode in a ${mode} build`);
    }
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await context.close();
    await close();
  }
  // The same warning from every render counts once, with how many times it came.
  const counted = new Map();
  for (const problem of problems) counted.set(problem, (counted.get(problem) ?? 0) + 1);
  const listed = [...counted].map(([problem, n]) => (n > 1 ? `${problem} (×${n})` : problem));
  if (listed.length) failures.push(`${label}: page FAILED:\n  - ${listed.join('\n  - ')}`);
  summary.push(
    `page: ${label}: ${steps.join('; ') || 'nothing checked'} (${seconds(since)})${problems.length ? ' FAILED' : ''}`,
  );
}

/* ---------- run ---------- */

preflight();
const chrome = findChromeOrExit();
await checkTypes();

const temp = mkdtempSync(join(tmpdir(), 'edu-examples-'));
const brokenFile = join(temp, 'broken-lesson.json');
writeFileSync(brokenFile, JSON.stringify(BROKEN_LESSON));
const builds = [];
const buildsSince = performance.now();
for (const name of names) {
  for (const mode of ['production', 'development']) {
    const outDir = mode === 'production' ? join(ROOT, 'examples', name, 'dist') : join(temp, `${name}-dev`);
    if (await buildExample(name, mode, outDir)) builds.push({ name, mode, outDir });
  }
}
summary.push(`build: done in ${seconds(buildsSince)}`);
for (const why of knownWarnings) summary.push(`build: known warning, tolerated: ${why}`);

if (builds.length) {
  const pagesSince = performance.now();
  const browser = await puppeteer.launch({ executablePath: chrome, args: [...CHROME_ARGS] });
  try {
    for (const { name, mode, outDir } of builds) await checkPage(browser, name, mode, outDir, brokenFile);
  } finally {
    await browser.close();
  }
  summary.push(`page: done in ${seconds(pagesSince)}`);
}
rmSync(temp, { recursive: true, force: true });

console.log(summary.map((line) => `check-examples: ${line}`).join('\n'));
if (failures.length) {
  console.error(`\ncheck-examples: ${failures.length} failure(s):\n${failures.join('\n')}`);
  console.error(`check-examples: FAILED in ${seconds(started)}`);
  process.exit(1);
}
console.log(`check-examples: ${names.join(' and ')}: all checks pass in ${seconds(started)}`);
