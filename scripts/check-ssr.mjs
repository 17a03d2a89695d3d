#!/usr/bin/env node
// Server rendering, as a React or Vue app that renders on a server (Next.js, Nuxt, Astro) meets the package: its
// modules are imported in Node, where there is no DOM, before any browser sees the page.
//   1. every entry a developer imports (`edu-timeline`, `edu-timeline/define.js`, each
//      `edu-timeline/components/<name>/edu-<name>.js`) imports in a Node process of its own without throwing;
//   2. React 19's `renderToString` and Vue 3's `renderToString` render a page with the elements after
//      `edu-timeline/define.js` was imported: their tags and children come out as HTML, for the browser to upgrade.
// The elements draw in the browser only: on the server they are their tags (and the markup written inside them).
// The bundle (`edu-timeline.bundle.js`) is for a <script type="module"> in a page and is not imported here.
// Run after `npm run build` (dist/). Exits 1 with every problem listed.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';

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

// 2. The frameworks' server renderers, with the elements registered.
const page = `
  import 'edu-timeline/define.js';
  import { createElement as h } from 'react';
  import { renderToString } from 'react-dom/server';
  import { createSSRApp, h as vh } from 'vue';
  import { renderToString as renderVue } from 'vue/server-renderer';
  const lesson = { title: 'A lesson', events: [{ date: '2022-11', title: 'The TTP ends its ceasefire' }] };
  const react = renderToString(
    h('main', null,
      h('edu-lesson', { src: '/lesson.json', 'heading-level': '2' }),
      h('edu-timeline', { data: lesson, layout: 'vertical' },
        h('edu-event', { date: '2024-03' }, h('h3', null, 'An appeal to the Security Council'))),
      h('edu-stat-card', { value: '1524', label: 'deaths' })));
  const app = createSSRApp({
    render: () => vh('main', [vh('edu-lesson', { src: '/lesson.json' }), vh('edu-timeline', { '.data': lesson })]),
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('edu-');
  console.log(JSON.stringify({ react, vue: await renderVue(app) }));
`;
try {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', page]);
  const { react, vue } = JSON.parse(stdout);
  const expected = {
    react: [
      '<edu-lesson src="/lesson.json" heading-level="2"></edu-lesson>',
      '<edu-timeline layout="vertical"><edu-event date="2024-03"><h3>An appeal to the Security Council</h3></edu-event></edu-timeline>',
      '<edu-stat-card value="1524" label="deaths"></edu-stat-card>',
    ],
    vue: ['<edu-lesson src="/lesson.json"></edu-lesson>', '<edu-timeline></edu-timeline>'],
  };
  for (const [name, html] of Object.entries({ react, vue })) {
    for (const part of expected[name]) {
      if (!html.includes(part)) problems.push(`${name}'s renderToString: expected ${part} in\n  ${html}`);
    }
  }
} catch (e) {
  problems.push(`rendering with React's and Vue's renderToString threw:\n${String(e.stderr ?? e.message).trim()}`);
}

if (problems.length) {
  console.error(`check-ssr: ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(
    `check-ssr: ${entries.length} entries import in Node without a DOM; React 19's and Vue 3's renderToString ` +
      'render the elements as their tags.',
  );
}
