#!/usr/bin/env node
// Server rendering, as a React or Vue app that renders on a server (Next.js, Nuxt, Astro) meets the package: its
// modules are imported in Node, where there is no DOM, before any browser sees the page.
//   1. every entry a developer imports (`edu-timeline`, `edu-timeline/define.js`, each
//      `edu-timeline/components/<name>/edu-<name>.js`) imports in a Node process of its own without throwing;
//   2. React 19's `renderToString` and Vue 3's `renderToString` render the apps of scripts/ssr/apps.mjs after
//      `edu-timeline/define.js` was imported: the elements' tags, attributes and markup children come out as HTML;
//   3. hydration, in Chromium: that HTML, with the apps built for the browser by Vite, taken over there by React's
//      hydrateRoot and Vue's createSSRApp: the timelines must draw the lesson (and the written event) and the
//      apps must hear `edu-select`, in the ways docs/frameworks.md gives. React 19 does not set a custom element's
//      properties or event props while hydrating (facebook/react#35446): the check expects that too, so the day a
//      React release sets them it fails and says that the docs' warning can go.
// The elements draw in the browser only: on the server they are their tags (and the markup written inside them).
// The bundle (`edu-timeline.bundle.js`) is for a <script type="module"> in a page and is not imported here.
// Run after `npm run build` (dist/). Exits 1 with every problem listed.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { CHROME_ARGS, failIfStillRunningAfter, findChromeOrExit } from './find-chrome.mjs';
import { serveFolder } from './serve.mjs';

// About 10 s here.
failIfStillRunningAfter('check-ssr', 3);

const run = promisify(execFile);
const problems = [];

const elements = readdirSync('dist/components', { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(`dist/components/${d.name}`).includes(`edu-${d.name}.js`))
  .map((d) => `edu-timeline/components/${d.name}/edu-${d.name}.js`);
const entries = ['edu-timeline', 'edu-timeline/define.js', ...elements];

// 1. Each entry alone, by the package's own name (Node resolves it through package.json `exports`).
await Promise.all(
  entries.map(async (entry) => {
    try {
      await run(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(entry)});`]);
    } catch (e) {
      const message = String(e.stderr ?? e.message)
        .split('\n')
        .find((line) => /Error/.test(line));
      problems.push(`import '${entry}' in Node throws: ${message ?? String(e.stderr ?? e.message).trim()}`);
    }
  }),
);

// 2 and 3. The server's HTML, then hydration.
const LESSON = 'data/pakistan-small-arms-2024.json';
const lesson = JSON.parse(readFileSync(LESSON, 'utf8'));
const events = lesson.events.length;
const out = mkdtempSync(join(tmpdir(), 'edu-timeline-ssr-'));
const browser = await puppeteer.launch({ executablePath: findChromeOrExit(), args: [...CHROME_ARGS] });
/** Closed once the browser is: a server waits for the connections a browser keeps open. */
const servers = [];
try {
  await import('edu-timeline/define.js');
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { createSSRApp } = await import('vue');
  const { renderToString: renderVue } = await import('vue/server-renderer');
  const { ReactApp, vueApp } = await import('./ssr/apps.mjs');
  const renderers = {
    react: () => renderToString(createElement(ReactApp, { lesson })),
    vue: () => renderVue(createSSRApp(vueApp(lesson))),
  };
  for (const [name, render] of Object.entries(renderers)) {
    const dir = join(out, name);
    await build({
      root: 'scripts/ssr',
      logLevel: 'error',
      build: {
        outDir: dir,
        emptyOutDir: true,
        rollupOptions: { input: `scripts/ssr/${name}-client.mjs`, output: { entryFileNames: 'client.js' } },
      },
    });
    copyFileSync(LESSON, join(dir, 'lesson.json'));
    const html = await render();
    // The tags with their attributes and written children; `data`, an object, is not in the HTML.
    const written = {
      react: [
        '<edu-timeline id="prop" layout="vertical"></edu-timeline>',
        '<edu-timeline id="src" layout="vertical" src="lesson.json"></edu-timeline>',
        '<edu-timeline id="markup" layout="vertical"><edu-event date="2024-03"><h3>',
      ],
      vue: ['<edu-timeline id="prop" layout="vertical"></edu-timeline>'],
    };
    for (const part of written[name]) {
      if (!html.includes(part)) problems.push(`${name}'s renderToString: expected ${part} in\n  ${html}`);
    }
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">` +
        `<script type="module" src="client.js"></script></head><body><div id="app">${html}</div></body></html>`,
    );
    const server = await serveFolder(dir);
    servers.push(server);
    const page = await browser.newPage();
    const said = [];
    page.on('pageerror', (e) => said.push(`page error: ${e.message}`));
    page.on('console', (m) => ['error', 'warn'].includes(m.type()) && said.push(`console ${m.type()}: ${m.text()}`));
    page.on('requestfailed', (r) => said.push(`failed request: ${r.url()}`));
    try {
      await page.goto(server.url, { waitUntil: 'load' });
      /** Events drawn by the timeline `id`, once it has drawn `n` (the lesson's, by default) or 3 s have passed. */
      const drawn = (id, n = events) =>
        page
          .waitForFunction(
            (id, n) => document.getElementById(id)?.shadowRoot?.querySelectorAll('[part~="event"]').length === n,
            { timeout: 3000, polling: 50 },
            id,
            n,
          )
          .then(() => n)
          .catch(() =>
            page.evaluate(
              (id) => document.getElementById(id)?.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0,
              id,
            ),
          );
      /** Clicks the first event of the timeline `id`; returns what the app's own line for it then says. */
      const select = async (id, line) => {
        await page.evaluate(
          (id) => document.getElementById(id).shadowRoot.querySelector('[part~="select"][data-id]')?.click(),
          id,
        );
        return page
          .waitForFunction(
            (line) => document.getElementById(line).textContent !== '',
            { timeout: 2000, polling: 50 },
            line,
          )
          .then(() => page.$eval(`#${line}`, (p) => p.textContent))
          .catch(() => '');
      };
      const first = [...lesson.events].sort((a, b) => a.date.localeCompare(b.date))[0].id;
      const expect = (what, actual, wanted) => {
        if (actual !== wanted) problems.push(`${name}, hydrated: ${what}: ${actual}, expected ${wanted}`);
      };
      if (name === 'react') {
        expect('#ref (data set in an effect) drew events', await drawn('ref'), events);
        expect('#ref: the app heard edu-select', await select('ref', 'selected-ref'), first);
        expect('#src (the src attribute) drew events', await drawn('src'), events);
        expect('#markup (an <edu-event> written inside) drew its event', await drawn('markup', 1), 1);
        const viaProp = await drawn('prop');
        if (viaProp !== 0) {
          problems.push(
            `react, hydrated: #prop (data as a JSX prop) drew ${viaProp} events: this React release sets custom ` +
              "elements' properties while hydrating. Remove the warning about it from docs/frameworks.md and " +
              'expect the events here.',
          );
        }
      } else {
        expect('#prop (.data) drew events', await drawn('prop'), events);
        expect('#prop: the app heard edu-select', await select('prop', 'selected-prop'), first);
      }
      for (const line of said) problems.push(`${name}, hydrated: ${line}`);
    } finally {
      await page.close();
    }
  }
} catch (e) {
  problems.push(`the hydration check could not run: ${e.stack ?? e}`);
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
  rmSync(out, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`check-ssr: ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(
    `check-ssr: ${entries.length} entries import in Node without a DOM; React 19's and Vue 3's renderToString ` +
      'render the elements as their tags; hydrated in Chromium, the timelines draw the lesson and the apps hear ' +
      'edu-select (React: data set through a ref, or src; Vue: .data).',
  );
}
