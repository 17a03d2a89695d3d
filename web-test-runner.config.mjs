// @web/test-runner: mocha tests in headless Chromium (npm run test:browser, or `npx wtr tests/lesson/*.test.ts`).
// TypeScript is compiled by esbuild with tsconfig.json (experimentalDecorators, useDefineForClassFields: false).
// The dev server serves the repository root, so tests can fetch('/data/pakistan-small-arms-2024.json').
//
// Extra server commands (wrapped with types in tests/helpers/browser.ts):
//   'emulate-timezone'        { timezoneId: 'Pacific/Honolulu' | null }       → page.emulateTimezone
//   'emulate-media-features'  { features: [{ name: 'forced-colors', value: 'active' }] | null }
//                                                                              → page.emulateMediaFeatures
// emulateMedia from @web/test-runner-commands covers print, prefers-color-scheme and prefers-reduced-motion on
// Chromium but not forced-colors (Playwright only), hence the second command.
// Both, and emulateMedia's, are reset after every test file: the runner reuses pages between files.
// Chromium applies media emulation as a whole: each call (emulateMedia's media type, its features, or
// 'emulate-media-features') replaces what the previous one set, so emulateMedia({ media: 'print', reducedMotion })
// ends up with print only. Emulate one thing at a time.
import commonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChromeOrExit } from './scripts/find-chrome.mjs';

const CI = Boolean(process.env.CI);

// papaparse (the CSV importer's parser) ships only as UMD/CommonJS; the dev server serves ES modules. Limited to it
// so every other file is served untouched.
const commonjsPlugin = fromRollup(commonjs);

// Prints one line and exits if there is no browser, instead of puppeteer's stack trace.
const executablePath = findChromeOrExit();

// The media features puppeteer can emulate. Chromium keeps an emulated forced-colors even through a call with no
// features; only an explicit empty value clears a feature, so resets list every one of them.
const MEDIA_FEATURES = [
  'prefers-color-scheme',
  'prefers-reduced-motion',
  'prefers-contrast',
  'prefers-reduced-transparency',
  'color-gamut',
  'forced-colors',
];
const NO_MEDIA_FEATURES = MEDIA_FEATURES.map((name) => ({ name, value: '' }));

/** Resets what the commands below (and emulateMedia) change, so one test file cannot leak into the next. */
async function resetEmulation(page) {
  await page.emulateTimezone(undefined);
  await page.emulateMediaFeatures(NO_MEDIA_FEATURES);
  await page.emulateMediaType(undefined);
}

function chromium() {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      // puppeteer adds --headless=new itself when headless is true (and leaves it out for `wtr --debug`).
      args: CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')),
    },
    // With two files running at once, two tabs of one window would share it: the background tab gets no
    // animation frames (fixture() and nextFrame() hang) and no focus. Each page gets a window of its own, and
    // claims focus, so keyboard and focus tests behave as in the only tab.
    createPage: async ({ context }) => {
      const page = await context.newPage({ type: 'window' });
      await page.emulateFocusedPage(true);
      return page;
    },
  });
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const page = launcher.getPage(sessionId);
    const result = await stopSession(sessionId);
    if (!page.isClosed()) await resetEmulation(page);
    return result;
  };
  return launcher;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
function emulationCommands() {
  return {
    name: 'edu-emulation-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone' && command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`${command} is only implemented for Chromium via puppeteer, not ${session.browser.type}`);
      }
      /** @type {import('puppeteer-core').Page} */
      const page = session.browser.getPage(session.id);

      if (command === 'emulate-timezone') {
        const timezoneId = payload?.timezoneId;
        if (timezoneId !== null && timezoneId !== undefined && typeof timezoneId !== 'string') {
          throw new Error('emulate-timezone: payload must be { timezoneId: string | null }');
        }
        await page.emulateTimezone(timezoneId ?? undefined);
        return true;
      }

      const features = payload?.features;
      if (features !== null && features !== undefined) {
        const ok =
          Array.isArray(features) &&
          features.every((f) => f && typeof f.name === 'string' && typeof f.value === 'string');
        if (!ok) {
          throw new Error(
            'emulate-media-features: payload must be { features: { name: string, value: string }[] | null }',
          );
        }
      }
      await page.emulateMediaFeatures(features?.length ? features : NO_MEDIA_FEATURES);
      return true;
    },
  };
}

/**
 * `hold-requests` { pattern }: the test's page sends every request whose URL contains `pattern` and gets no answer
 * until `release-requests` (a server or network that hangs); every other request goes on as usual. For the paths that
 * must not wait for ever (an element waiting for its language's words). Per page: test files running alongside are
 * not held.
 */
function requestHoldCommands() {
  /** Per test session: the pattern held, the requests waiting, and the page's listener. */
  const holds = new Map();
  return {
    name: 'edu-request-hold-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hold-requests' && command !== 'release-requests') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} is only implemented for Chromium`);
      /** @type {import('puppeteer-core').Page} */
      const page = session.browser.getPage(session.id);
      const held = holds.get(session.id);
      if (command === 'hold-requests') {
        if (typeof payload?.pattern !== 'string' || !payload.pattern) {
          throw new Error('hold-requests: payload must be { pattern: string }');
        }
        if (held) throw new Error('hold-requests: already holding; release-requests first');
        const hold = { pattern: payload.pattern, released: false, waiting: [], listener: null };
        hold.listener = (request) => {
          if (request.isInterceptResolutionHandled()) return;
          if (!hold.released && request.url().includes(hold.pattern)) hold.waiting.push(request);
          else void request.continue().catch(() => undefined);
        };
        holds.set(session.id, hold);
        page.on('request', hold.listener);
        // A response the browser has cached (another test file loaded the same module) would not be held.
        await page.setCacheEnabled(false);
        await page.setRequestInterception(true);
        return true;
      }
      if (!held) return 0;
      // Answered first, with the listener still letting everything else through; then interception ends.
      held.released = true;
      await Promise.all(held.waiting.map((request) => request.continue().catch(() => undefined)));
      page.off('request', held.listener);
      await page.setRequestInterception(false);
      await page.setCacheEnabled(true);
      holds.delete(session.id);
      return held.waiting.length;
    },
  };
}

/**
 * Ends the run with one plain line, "wtr: N passed, N failed, N skipped", that CI logs can be read by. A test file
 * that failed to load (syntax error, failed import, uncaught error) counts as one failed test.
 * @returns {import('@web/test-runner').Reporter}
 */
function summaryLine() {
  return {
    stop({ sessions }) {
      const count = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) count.skipped++;
          else if (test.passed) count.passed++;
          else count.failed++;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        const before = count.failed;
        walk(session.testResults);
        if (!session.passed && count.failed === before) count.failed++;
      }
      process.stdout.write(`\nwtr: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`);
    },
  };
}

/**
 * Serves the pages under /tests/csp/ with a strict Content Security Policy and Trusted Types, as a hardened school
 * site would (tests/security/csp.test.ts). Only there: the test runner's own page needs its inline script.
 */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
async function strictCspPages(context, next) {
  await next();
  if (context.path.startsWith('/tests/csp/') && context.path.endsWith('.html')) {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
}

/**
 * Serves the built bundle alone at /tests/no-chunks/edu-timeline.bundle.js, as if someone had copied the one file
 * without the edu-timeline-chunks/ folder next to it: the chunks it imports there answer 404
 * (tests/controllers/missing-chunks.test.ts).
 */
async function bundleWithoutChunks(context, next) {
  if (context.path === '/tests/no-chunks/edu-timeline.bundle.js') context.path = '/dist/edu-timeline.bundle.js';
  return next();
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  middleware: [strictCspPages, bundleWithoutChunks],
  rootDir: '.',
  files: ['tests/**/*.test.ts'],
  // Lit's development build in tests: it throws on reactive properties shadowed by class fields and warns about
  // update loops, which the production build silently allows.
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // 'stream' is required only by papaparse's Node stream API. strictRequires: false, because the wrapped form
    // exports a `__require` for a proxy module that only a Rollup build creates, not the dev server.
    commonjsPlugin({ include: ['**/node_modules/papaparse/**'], ignore: ['stream'], strictRequires: false }),
    emulationCommands(),
    requestHoldCommands(),
  ],
  browsers: [chromium()],
  reporters: [defaultReporter(), summaryLine()],
  // Two test files at once on two cores. Measured here with the pages in separate windows: same results as one at a
  // time and no slower; with both pages as tabs of one window it was 3× slower with frame-wait timeouts.
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: CI ? 60_000 : 30_000,
  testsStartTimeout: CI ? 60_000 : 30_000,
  testsFinishTimeout: CI ? 180_000 : 120_000,
  testFramework: {
    config: { ui: 'bdd', timeout: 5000 },
  },
  // A real document (lang, title) so axe checks of fixtures run against a realistic page, and the "Lit is in dev
  // mode" notice is silenced (other Lit dev warnings still show). readable-failures.js keeps a failed assertion's
  // values short, so that an element compared with another can be reported (see that file).
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>edu-timeline tests</title>
    <script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script>
    <script src="/tests/helpers/readable-failures.js"></script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
