#!/usr/bin/env node
// Checks built files against package.json "size-budget":
//   { "dist/edu-timeline.bundle.js": { "brotli": 16384 } }   (limits in bytes: raw, gzip and/or brotli)
// Prints raw / gzip -9 / brotli q11 sizes, the budget and pass/fail; exits 1 on any failure or missing file.
// A name with a * in its last segment ("dist/edu-timeline-chunks/*.js") applies its limits to each matching file:
// chunk names carry a content hash.
//
// Then each element's cost, from the per-element build in dist/cdn/ (one entry per element, shared chunks):
//   own       its entry file: the code no other element uses
//   alone     its entry and every chunk it imports statically: what a page with only this element downloads before
//             it draws (chunks loaded by import() on demand, such as another language or the CSV reader, are not
//             counted; their own budgets are above)
// and for each set named in package.json "size-budget-elements" ("edu-timeline+edu-stat-grid", or "*" for all),
// the same for the set together, each file counted once. Files are compressed one by one, as a browser fetches them.
//
//   node scripts/size.mjs                      # budget from ./package.json
//   node scripts/size.mjs --budget other.json  # a JSON file holding a "size-budget" object (or the object itself)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KINDS = ['raw', 'gzip', 'brotli'];

function parseArgs(argv) {
  const args = { budget: 'package.json', root: process.cwd() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--budget' || arg === '--root') {
      const value = argv[++i];
      if (!value) fail(`${arg} needs a value`);
      args[arg.slice(2)] = value;
    } else if (arg === '-h' || arg === '--help') {
      console.log('usage: node scripts/size.mjs [--budget file.json] [--root dir]');
      process.exit(0);
    } else {
      fail(`unknown argument: ${arg}`);
    }
  }
  return args;
}

function fail(message) {
  console.error(`size: ${message}`);
  process.exit(1);
}

function loadBudget(file) {
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`cannot read ${file}: ${error.message}`);
  }
  const budget = json['size-budget'] ?? (file.endsWith('package.json') ? undefined : json);
  if (!budget || typeof budget !== 'object' || Object.keys(budget).length === 0) {
    fail(`no "size-budget" entries in ${file}`);
  }
  for (const [name, limits] of Object.entries(budget)) {
    const keys = limits && typeof limits === 'object' ? Object.keys(limits) : [];
    const bad = keys.filter((k) => !KINDS.includes(k) || !Number.isFinite(limits[k]) || limits[k] <= 0);
    if (keys.length === 0 || bad.length > 0) {
      fail(`budget for ${name} must be an object with positive byte limits among ${KINDS.join(', ')}`);
    }
  }
  return budget;
}

function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

const fmt = (n) => n.toLocaleString('en-US');

const args = parseArgs(process.argv.slice(2));
const root = resolve(args.root);
const budget = loadBudget(resolve(root, args.budget));

/** The budget entry's files: itself, or for a pattern every file its last segment matches (none: [name]). */
function expand(name) {
  const last = basename(name);
  if (!last.includes('*')) return [name];
  const dir = dirname(name);
  const pattern = new RegExp(
    `^${last
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  const found = existsSync(resolve(root, dir)) ? readdirSync(resolve(root, dir)).filter((f) => pattern.test(f)) : [];
  return found.length ? found.sort().map((f) => `${dir}/${f}`) : [name];
}

const rows = [];
let failures = 0;
let missing = 0;
for (const [name, limits] of Object.entries(budget).flatMap(([n, l]) => expand(n).map((f) => [f, l]))) {
  const path = resolve(root, name);
  if (!existsSync(path)) {
    missing++;
    failures++;
    rows.push([name, '-', '-', '-', describeLimits(limits), 'MISSING']);
    continue;
  }
  const sizes = measure(readFileSync(path));
  const over = KINDS.filter((k) => limits[k] !== undefined && sizes[k] > limits[k]);
  if (over.length) failures++;
  rows.push([
    name,
    fmt(sizes.raw),
    fmt(sizes.gzip),
    fmt(sizes.brotli),
    describeLimits(limits),
    over.length ? `FAIL (${over.map((k) => `${k} +${fmt(sizes[k] - limits[k])}`).join(', ')})` : 'pass',
  ]);
}

function describeLimits(limits) {
  return KINDS.filter((k) => limits[k] !== undefined)
    .map((k) => `${k} ≤ ${fmt(limits[k])}`)
    .join(', ');
}

const header = ['file', 'raw', 'gzip -9', 'brotli q11', 'budget', 'result'];
const table = [header, ...rows];
const widths = header.map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
const numeric = new Set([1, 2, 3]);
const line = (r) =>
  r
    .map((cell, i) => (numeric.has(i) ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i])))
    .join('  ')
    .trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

if (missing) console.error(`\nsize: ${missing} budgeted file(s) missing: run \`npm run build\` first.`);
if (failures) {
  console.error(`size: ${failures} file(s) over budget or missing.`);
  process.exit(1);
}
console.log(`\nsize: ${rows.length} file(s) within budget.`);

checkElements(JSON.parse(readFileSync(resolve(root, args.budget), 'utf8'))['size-budget-elements'] ?? {});

/** The files a module imports statically (rollup writes them first, before any other statement), as paths. */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const found = [];
  const pattern = /^\s*(?:import|export)\s*(?:[^"'();]*?\s*from\s*)?["']([^"']+)["']\s*;?/;
  let rest = code;
  for (let m = pattern.exec(rest); m; m = pattern.exec(rest)) {
    found.push(resolve(dirname(file), m[1]));
    rest = rest.slice(m[0].length);
  }
  return found;
}

/** The entry files and everything they import statically, each once. */
function closure(entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  entries.forEach(visit);
  return [...seen];
}

function checkElements(setBudgets) {
  const dir = resolve(root, 'dist/cdn');
  const entries = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^edu-.*\.js$/.test(f))
        .sort()
    : [];
  if (entries.length === 0) fail('no per-element build in dist/cdn: run `npm run build` first.');
  const brotli = new Map();
  const sizeOf = (file) => {
    if (!brotli.has(file)) brotli.set(file, measure(readFileSync(file)).brotli);
    return brotli.get(file);
  };
  const total = (files) => files.reduce((sum, f) => sum + sizeOf(f), 0);
  const path = (name) => resolve(dir, `${name}.js`);

  const rows = entries.map((f) => {
    const name = f.replace(/\.js$/, '');
    const files = closure([path(name)]);
    return [name, fmt(sizeOf(path(name))), fmt(total(files)), String(files.length), '', ''];
  });
  let over = 0;
  for (const [set, limits] of Object.entries(setBudgets)) {
    const names = set === '*' ? entries.map((f) => f.replace(/\.js$/, '')) : set.split('+');
    const unknown = names.filter((n) => !existsSync(path(n)));
    if (unknown.length) fail(`size-budget-elements: no element entry ${unknown.join(', ')} in dist/cdn`);
    const files = closure(names.map(path));
    const size = total(files);
    const limit = limits?.brotli;
    if (!Number.isFinite(limit)) fail(`size-budget-elements["${set}"] needs a brotli limit in bytes`);
    const ok = size <= limit;
    if (!ok) over++;
    rows.push([
      set === '*' ? 'all elements' : names.join(' + '),
      '',
      fmt(size),
      String(files.length),
      `brotli ≤ ${fmt(limit)}`,
      ok ? 'pass' : `FAIL (+${fmt(size - limit)})`,
    ]);
  }
  const head = ['element (dist/cdn)', 'own (entry)', 'alone', 'files', 'budget', 'result'];
  const all = [head, ...rows];
  const w = head.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const show = (r) =>
    r
      .map((cell, i) => ([1, 2, 3].includes(i) ? String(cell).padStart(w[i]) : String(cell).padEnd(w[i])))
      .join('  ')
      .trimEnd();
  console.log(`\n${show(head)}`);
  console.log(w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) console.log(show(r));
  console.log(
    '(brotli q11 bytes, each file compressed on its own. own: the entry file, code no other element needs; alone: the',
  );
  console.log(
    'entry and every chunk it imports statically. edu-lesson contains the others, so they share its chunks.)',
  );
  if (over) {
    console.error(`size: ${over} element set(s) over budget.`);
    process.exit(1);
  }
}
