#!/usr/bin/env node
// Checks built files against package.json "size-budget":
//   { "dist/edu-timeline.bundle.js": { "brotli": 16384 } }   (limits in bytes: raw, gzip and/or brotli)
// Prints raw / gzip -9 / brotli q11 sizes, the budget and pass/fail; exits 1 on any failure or missing file.
// A name with a * in its last segment ("dist/edu-timeline-chunks/*.js") applies its limits to each matching file:
// chunk names carry a content hash.
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
