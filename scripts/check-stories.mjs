#!/usr/bin/env node
// Opens every story of the static Storybook in Chromium and fails on anything a reader would see go wrong.
//
//   node scripts/check-stories.mjs                       # serves storybook-static/ on 127.0.0.1 (any free port)
//   node scripts/check-stories.mjs --dir some/other-dir
//   node scripts/check-stories.mjs --url http://127.0.0.1:6006   # a running `storybook dev` instead (the only
//                                                        # place Lit's "Multiple versions" warning can show up)
//   node scripts/check-stories.mjs timeline stat-card    # only stories whose id contains one of these
//
// A story fails on: an uncaught page error; a console error (and Lit's "Multiple versions of Lit" warning); an HTTP
// response ≥ 400 or a failed request; Storybook's storyErrored / storyThrewException / playFunctionThrewException /
// unhandledErrorsWhilePlaying / storyMissing events or a failed report in storyFinished; a story that never finishes
// rendering or renders nothing; and axe-core violations of WCAG 2.2 A/AA and best practices, target-size included,
// in #storybook-root once every element has settled (all custom elements defined and updated, no `aria-busy="true"`
// or `loading` attribute left, in the light DOM and open shadow roots).
//
// Stories tagged `!test` are skipped, as Storybook's own test tools do. A story may set, in its parameters:
//   storyCheck: { allowHttpErrors: ['data/missing.json'] }   URL parts whose HTTP errors it provokes on purpose
//   storyCheck: { waitForIdle: false }                       it shows a loading state that never ends
//   a11y: { options: { rules: { 'some-rule': { enabled: false } } } }   an axe rule off, printed with the result
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { axeProblems, settle } from './page-checks.mjs';
import { serveFolder } from './serve.mjs';
import { CHROME_ARGS, failIfStillRunningAfter, findChrome } from './find-chrome.mjs';

// Two to four minutes here for 72 stories.
failIfStillRunningAfter('check-stories', 15);

const CONCURRENCY = 2;
const RENDER_TIMEOUT_MS = 20_000;
const SETTLE_TIMEOUT_MS = 10_000;
const VIEWPORT = { width: 1280, height: 800 };

/**
 * Page-level rules off. A story is one element alone in an empty iframe: it has no <main>, no page <h1> and no
 * landmarks around it by design, so these would fail every story and say nothing about the element. The page that
 * embeds the element provides them (check-pages checks the demo page and the builder with them on).
 * (.storybook/preview.ts turns the same three off for the a11y panel.)
 */
const PAGE_RULES_OFF = {
  'landmark-one-main': { enabled: false },
  'page-has-heading-one': { enabled: false },
  region: { enabled: false },
};

/** Console warnings that are failures too. */
const FATAL_WARNINGS = [/Multiple versions of Lit loaded/i, /custom-elements\.json is missing/i];

const STORYBOOK_EVENTS = [
  'storyPrepared',
  'storyRendered',
  'storyFinished',
  'storyErrored',
  'storyThrewException',
  'playFunctionThrewException',
  'unhandledErrorsWhilePlaying',
  'storyMissing',
];

/**
 * Runs in the page before Storybook: records the preview channel's events. Storybook 10 publishes its channel by
 * assigning `globalThis.__STORYBOOK_ADDONS_CHANNEL__`, and `channel.emit` also calls the preview's own listeners,
 * so a setter on that global sees every channel (and every event) from the first one.
 */
function recordStorybookEvents(eventNames) {
  const state = { events: [], parameters: null, finished: null };
  Object.defineProperty(window, '__storyCheck', { value: state });
  const errorOf = (e) =>
    e && typeof e === 'object'
      ? { name: e.name, message: e.message ?? e.title, stack: e.stack ?? e.description }
      : { message: String(e) };
  const hooked = new WeakSet();
  let current;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set(channel) {
      current = channel;
      if (!channel || typeof channel.on !== 'function' || hooked.has(channel)) return;
      hooked.add(channel);
      for (const name of eventNames) {
        channel.on(name, (payload) => {
          if (name === 'storyPrepared') {
            const { a11y, storyCheck } = payload?.parameters ?? {};
            state.parameters = JSON.parse(JSON.stringify({ a11y: a11y ?? {}, storyCheck: storyCheck ?? {} }));
          } else if (name === 'storyFinished') {
            state.finished = {
              status: payload?.status,
              reports: (payload?.reporters ?? []).map((r) => ({
                type: r.type,
                status: r.status,
                error: r.result?.error ? errorOf(r.result.error).message : undefined,
                violations: (r.result?.violations ?? []).map((v) => ({
                  id: v.id,
                  help: v.help,
                  targets: v.nodes.map((n) => [].concat(n.target).join(' ')),
                })),
              })),
            };
          } else if (name === 'storyRendered') {
            state.events.push({ name });
          } else {
            const list = Array.isArray(payload) ? payload : [payload];
            state.events.push({ name, errors: list.map(errorOf) });
          }
        });
      }
    },
  });
}

async function checkStory(browser, baseUrl, entry) {
  const problems = [];
  const notes = [];
  const started = performance.now();
  // Pages share the browser's HTTP and code caches (a context per story would parse Storybook's 2 MB again).
  const page = await browser.newPage();
  try {
    await page.setViewport(VIEWPORT);
    const httpErrors = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message ?? error}`));
    page.on('console', (msg) => {
      const text = msg.text();
      // Chromium logs every 4xx/5xx response as a console error too; the response handler reports those.
      if (msg.type() === 'error' && /^Failed to load resource/.test(text)) return;
      if (msg.type() === 'error') {
        const where = msg.location()?.url ? ` (${msg.location().url})` : '';
        problems.push(`console error: ${text}${where}`);
      } else if (FATAL_WARNINGS.some((re) => re.test(text))) {
        problems.push(`console ${msg.type()}: ${text}`);
      }
    });
    page.on('response', (res) => {
      if (res.status() >= 400 && !/\/favicon[^/]*$/.test(new URL(res.url()).pathname)) {
        httpErrors.push({ url: res.url(), text: `HTTP ${res.status()} ${res.request().method()} ${res.url()}` });
      }
    });
    page.on('requestfailed', (req) => {
      const reason = req.failure()?.errorText ?? 'failed';
      // Aborts are what an element does on disconnect or a superseded load; not an error.
      if (reason !== 'net::ERR_ABORTED')
        httpErrors.push({ url: req.url(), text: `request failed (${reason}) ${req.url()}` });
    });
    await page.evaluateOnNewDocument(recordStorybookEvents, STORYBOOK_EVENTS);

    const url = new URL('iframe.html', baseUrl);
    // a11y.manual stops the a11y addon's own axe run right after the first render: the check below runs axe with
    // the same rules once the elements have settled, and two runs would only double the time and the report.
    url.search = new URLSearchParams({ id: entry.id, viewMode: 'story', globals: 'a11y.manual:!true' }).toString();
    await page.goto(url.href, { waitUntil: 'load', timeout: RENDER_TIMEOUT_MS });

    const finished = await page
      .waitForFunction(() => window.__storyCheck.finished !== null, { timeout: RENDER_TIMEOUT_MS, polling: 50 })
      .then(
        () => true,
        () => false,
      );
    /** @type {{events: {name: string, errors?: {name?: string, message?: string, stack?: string}[]}[], parameters: any, finished: any}} */
    const state = await page.evaluate(() => window.__storyCheck);
    const parameters = state.parameters ?? { a11y: {}, storyCheck: {} };

    const storybookErrors = state.events.filter((e) => e.name !== 'storyRendered');
    for (const event of storybookErrors) {
      for (const { message = '', stack = '' } of event.errors ?? []) {
        const text = stack.includes(message) ? stack : [message, stack].filter(Boolean).join('\n');
        problems.push(`Storybook ${event.name}: ${text || '(no details)'}`);
      }
    }
    if (!finished) {
      const rendered = state.events.some((e) => e.name === 'storyRendered');
      problems.push(
        `the story did not finish rendering within ${RENDER_TIMEOUT_MS} ms${rendered ? '' : ' (no storyRendered)'}`,
      );
    }
    for (const report of state.finished?.reports ?? []) {
      if (report.status !== 'failed') continue;
      if (report.error) problems.push(`Storybook ${report.type} report failed: ${report.error}`);
      for (const v of report.violations) {
        problems.push(
          `Storybook ${report.type} report: ${v.id}: ${v.help}\n    ${v.targets.slice(0, 5).join('\n    ')}`,
        );
      }
    }

    if (finished && storybookErrors.length === 0) {
      const hasContent = await page.evaluate(() => {
        // The web-components renderer renders into a wrapper, <div id="root-inner">, inside the root.
        const root = document.querySelector('#storybook-root');
        return !!root && (!!root.querySelector('*:not(#root-inner)') || (root.textContent ?? '').trim() !== '');
      });
      if (!hasContent) problems.push('the story rendered nothing into #storybook-root');

      const waitForIdle = parameters.storyCheck.waitForIdle !== false;
      const unsettled = await page.evaluate(settle, {
        root: '#storybook-root',
        timeoutMs: SETTLE_TIMEOUT_MS,
        waitForIdle,
      });
      if (unsettled) problems.push(unsettled);

      const rules = { ...PAGE_RULES_OFF };
      const storyRules = { ...parameters.a11y.options?.rules };
      for (const { id, enabled } of parameters.a11y.config?.rules ?? []) storyRules[id] = { enabled };
      for (const [id, rule] of Object.entries(storyRules)) {
        if (rule?.enabled === false && PAGE_RULES_OFF[id]?.enabled !== false) {
          rules[id] = { enabled: false };
          notes.push(`axe rule ${id} off for this story`);
        }
      }
      problems.push(...(await axeProblems(page, [['#storybook-root']], rules)));
    }

    const allowed = parameters.storyCheck.allowHttpErrors ?? [];
    for (const { url: failedUrl, text } of httpErrors) {
      if (allowed.some((part) => failedUrl.includes(part))) notes.push(`expected: ${text}`);
      else problems.push(text);
    }
  } catch (error) {
    problems.push(`check crashed: ${error?.stack ?? error}`);
  } finally {
    await page.close().catch(() => {});
  }
  return { id: entry.id, ms: Math.round(performance.now() - started), problems, notes };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { dir: { type: 'string', default: 'storybook-static' }, url: { type: 'string' } },
  });

  let server;
  let baseUrl = values.url;
  if (!baseUrl) {
    const dir = resolve(values.dir);
    try {
      readFileSync(join(dir, 'index.json'));
    } catch {
      console.error(
        `check-stories: no ${join(values.dir, 'index.json')}. Build Storybook first: npm run build-storybook`,
      );
      process.exit(1);
    }
    server = await serveFolder(dir);
    baseUrl = server.url;
  }
  if (!baseUrl.endsWith('/')) baseUrl += '/';

  const userDataDir = mkdtempSync(join(tmpdir(), 'edu-story-check-'));
  let browser;
  try {
    const index = await (await fetch(new URL('index.json', baseUrl))).json();
    const stories = Object.values(index.entries).filter(
      (e) => e.type === 'story' && (positionals.length === 0 || positionals.some((part) => e.id.includes(part))),
    );
    const skipped = stories.filter((e) => Array.isArray(e.tags) && !e.tags.includes('test'));
    const queue = stories.filter((e) => !skipped.includes(e));
    for (const e of skipped) console.log(`- ${e.id} (skipped: tagged !test)`);
    if (queue.length === 0) {
      console.error(
        `check-stories: no stories to check${positionals.length ? ` matching ${positionals.join(' ')}` : ''}`,
      );
      process.exitCode = 1;
      return;
    }

    browser = await puppeteer.launch({
      executablePath: findChrome(),
      args: [...CHROME_ARGS],
      headless: true,
      userDataDir,
    });
    const started = performance.now();
    const results = [];
    const worker = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const result = await checkStory(browser, baseUrl, entry);
        results.push(result);
        const note = result.notes.length ? `  (${result.notes.join('; ')})` : '';
        console.log(`${result.problems.length ? '✗' : '✓'} ${result.id}  ${result.ms} ms${note}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const failed = results.filter((r) => r.problems.length > 0);
    for (const r of failed) {
      console.log(`\n✗ ${r.id}`);
      for (const p of r.problems) console.log(`  - ${p.replaceAll('\n', '\n  ')}`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `\n${results.length - failed.length} passed, ${failed.length} failed, ${skipped.length} skipped (${seconds} s)`,
    );
    if (failed.length) process.exitCode = 1;
  } finally {
    await browser?.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    await server?.close();
  }
}

await main();
