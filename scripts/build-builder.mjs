#!/usr/bin/env node
// Assembles the lesson builder as a folder of static files to put on any web server, at any address (every link in
// it is relative): builder-static/ by default.
//
//   builder-static/index.html                    the builder's page, with the example lesson inside it
//   builder-static/builder.css, builder.js       its style and script (builder/dist/builder.js, one classic script)
//   builder-static/edu-timeline.standalone.js    the library in one file, put inside the pages the builder exports
//   builder-static/pakistan-small-arms-2024.json the example lesson, also as a file
//
// It copies what the builds made: run them first.
//   npx rollup -c && npx rollup -c builder/rollup.builder.mjs && node scripts/build-builder.mjs [--out folder]
// Opened from disk (index.html double-clicked), the builder works too, except "Download the page", which needs to
// read edu-timeline.standalone.js and so a web address.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = 'pakistan-small-arms-2024.json';

/** Files copied as they are: where from, and their name in the folder. */
const COPIED = [
  ['builder/builder.css', 'builder.css', 'it is part of the repository'],
  ['builder/dist/builder.js', 'builder.js', 'npx rollup -c builder/rollup.builder.mjs'],
  ['dist/edu-timeline.standalone.js', 'edu-timeline.standalone.js', 'npx rollup -c'],
  [`data/${EXAMPLE}`, EXAMPLE, 'it is part of the repository'],
];

/** builder/index.html with its links made to point into the folder, and the example lesson inside it. */
export function staticIndex(html, example) {
  const replacements = [
    ['src="dist/builder.js"', 'src="builder.js"'],
    [`example-src="../data/${EXAMPLE}"`, `example-src="${EXAMPLE}"`],
    ['standalone-src="../dist/edu-timeline.standalone.js"', 'standalone-src="edu-timeline.standalone.js"'],
  ];
  let out = html;
  for (const [from, to] of replacements) {
    if (!out.includes(from))
      throw new Error(`builder/index.html no longer has ${from}: update scripts/build-builder.mjs`);
    out = out.replace(from, to);
  }
  // `<` as \u003c: no text in the lesson can end the script element early.
  const json = JSON.stringify(JSON.parse(example)).replace(/</g, '\\u003c');
  const opening = /<edu-builder\b[^>]*>/.exec(out);
  if (!opening) throw new Error('builder/index.html has no <edu-builder>: update scripts/build-builder.mjs');
  const at = opening.index + opening[0].length;
  return `${out.slice(0, at)}\n      <script type="application/json">${json}</script>${out.slice(at)}`;
}

function main() {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'builder-static' } } });
  const out = resolve(ROOT, values.out);
  // The folder is emptied first: only ever one that is empty or holds an earlier copy of the builder.
  const earlier = existsSync(out) && readdirSync(out).length > 0;
  if (earlier && !(existsSync(join(out, 'builder.js')) && existsSync(join(out, 'index.html')))) {
    console.error(
      `build-builder: ${values.out} is not empty and is not an earlier copy of the builder: choose another --out`,
    );
    process.exit(2);
  }
  const missing = COPIED.filter(([from]) => !existsSync(join(ROOT, from)));
  if (missing.length) {
    for (const [from, , how] of missing) console.error(`build-builder: ${from} is missing: run ${how} first`);
    process.exit(1);
  }
  const files = buildStatic(out);
  console.log(`build-builder: ${relative(ROOT, out) || out}/ (${files.join(', ')})`);
}

/** Writes the builder's static folder into `out` (emptied first); returns the names of its files. */
export function buildStatic(out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [from, to] of COPIED) copyFileSync(join(ROOT, from), join(out, to));
  const index = staticIndex(
    readFileSync(join(ROOT, 'builder', 'index.html'), 'utf8'),
    readFileSync(join(ROOT, 'data', EXAMPLE), 'utf8'),
  );
  writeFileSync(join(out, 'index.html'), index);
  return ['index.html', ...COPIED.map(([, to]) => to)];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
