#!/usr/bin/env node
// npm run bench:peers (also the second half of npm run bench): edu-timeline against TimelineJS and vis-timeline in
// headless Chromium, side by side in one run.
//
//   node scripts/bench.mjs [--runs 5] [--sizes 100,1000,10000] [--only edu,vis,tljs] [--out docs/benchmarks.md]
//                          [--no-build] [--verbose]
//
// --no-build measures dist/edu-timeline.bundle.js as it is instead of running `npm run build:bundle` first;
// --verbose prints how long each phase of each run took.
//
// For each size N, each run opens every library, in turn (the order rotates from run to run), in a new incognito
// context: bench/<lib>.html from a local server, with a 1200 × 600 px container in a 1280 × 800 viewport, and the
// same N seeded events. It measures the first render, next and previous, the JS heap after GC, the DOM nodes and the
// longest task while navigating and panning; then prints the table and the issue's target ratios and writes them to
// --out. Requests to any other host are blocked for every library. Exit 0 even when a target is missed (this is a
// benchmark, not a test); exit 1 when a library failed to render at some size in every run, or nothing could run.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { TYPES } from './serve.mjs';
import { CHROME_ARGS, findChromeOrExit } from './find-chrome.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 20_241_129;
const VIEWPORT = { width: 1280, height: 800 };
const NEXT_CALLS = 5;
const PREVIOUS_CALLS = 3;
const NOOP_CALLS = 3;
/** Quiet time after each next/previous, so timers it started (preloading, scroll fixes) run inside the window. */
const STEP_SETTLE_MS = 150;
/** Quiet time after the first render before items are counted again (did rendering go on after the signal?). */
const RENDER_SETTLE_MS = 500;
/** Runs of one library at one size that take longer than this are capped at SLOW_RUNS (said in the output). */
const SLOW_RUN_MS = 30_000;
const SLOW_RUNS = 3;
/**
 * Time boxes for one run's next/previous calls and pan, so that a library taking seconds per call cannot stretch
 * the bench to an hour: past the box no further call or input event is sent (at least one next and one previous
 * always are). What was cut is reported. The pan is done in the first PAN_RUNS runs only (its number is a maximum).
 */
const NAV_BUDGET_MS = 6_000;
const PAN_BUDGET_MS = 5_000;
const PAN_RUNS = 1;
/** Before each run, wait (up to QUIET_WAIT_MS) until other processes use less than QUIET_LOAD cores. */
const QUIET_LOAD = 0.5;
const QUIET_WAIT_MS = 10_000;
/** …and no more than this in the whole bench, so a machine that stays busy does not double its length. */
const QUIET_WAIT_TOTAL_MS = 60_000;

const LIBS = {
  edu: { key: 'edu', name: 'edu-timeline', page: 'bench/edu.html' },
  tljs: { key: 'tljs', name: 'TimelineJS 3.9.11', page: 'bench/tljs.html' },
  vis: { key: 'vis', name: 'vis-timeline 8.5.4', page: 'bench/vis.html' },
};

/* ---------- options ---------- */

function usage(message) {
  if (message) console.error(`bench: ${message}`);
  console.error(
    'usage: node scripts/bench.mjs [--runs 5] [--sizes 100,1000,10000] [--only edu,vis,tljs] [--out docs/benchmarks.md] [--no-build] [--verbose]',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const options = {
    runs: 5,
    sizes: [100, 1000, 10000],
    only: ['edu', 'tljs', 'vis'],
    out: 'docs/benchmarks.md',
    build: true,
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i] ?? usage(`${flag} needs a value`);
    switch (flag) {
      case '--runs':
        options.runs = Number(value());
        if (!Number.isInteger(options.runs) || options.runs < 1) usage('--runs must be a whole number ≥ 1');
        break;
      case '--sizes':
        options.sizes = value()
          .split(',')
          .map((s) => Number(s.replace(/_/g, '')));
        if (options.sizes.some((n) => !Number.isInteger(n) || n < 2)) usage('--sizes must be whole numbers ≥ 2');
        break;
      case '--only':
        options.only = value()
          .split(',')
          .map((s) => s.trim());
        for (const key of options.only) if (!LIBS[key]) usage(`--only: unknown library "${key}" (edu, vis, tljs)`);
        break;
      case '--out':
        options.out = value();
        break;
      case '--no-build':
        options.build = false;
        break;
      case '--verbose':
        options.verbose = true;
        break;
      case '--help':
      case '-h':
        usage();
        break;
      default:
        usage(`unknown option ${argv[i]}`);
    }
  }
  return options;
}

/* ---------- a tiny static server: bench/, dist/ and the two libraries' dist files, nothing else ---------- */

const SERVED = [
  'bench/',
  'dist/',
  'node_modules/@knight-lab/timelinejs/dist/',
  'node_modules/vis-timeline/standalone/',
  'node_modules/vis-timeline/styles/',
];

function startServer() {
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname).replace(/^\/+/, '');
    } catch {
      path = '';
    }
    const file = resolve(ROOT, path);
    const allowed = !path.includes('\0') && SERVED.some((dir) => file.startsWith(join(ROOT, dir.slice(0, -1)) + sep));
    const info = allowed ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-cache',
    });
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}/` }));
  });
}

/* ---------- statistics and formatting ---------- */

function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
const finite = (values) => values.filter((x) => Number.isFinite(x));
const min = (values) => Math.min(...finite(values));
const max = (values) => Math.max(...finite(values));

function fmt(ms) {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 100) return Math.round(ms).toLocaleString('en-US');
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}
const fmtRange = (values) =>
  finite(values).length ? `${fmt(median(values))} (${fmt(min(values))}–${fmt(max(values))})` : '–';
const mb = (bytes) => (Number.isFinite(bytes) ? (bytes / 1e6).toFixed(1) : '–');
const load = (cores) => (Number.isFinite(cores) ? cores.toFixed(2) : '–');
const int = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/* ---------- other load on the machine (Linux only) ---------- */

/**
 * CPU time of the whole machine and of this process's tree (node, Chromium and its children, reaped children
 * included), in clock ticks. The difference tells whether something else ran during a run (a test suite, a build),
 * which skews timings on a 2-core machine. null where /proc is not there.
 */
function cpuSnapshot() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const idle = fields[3] + (fields[4] ?? 0);
    const procs = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // rest[0] is field 3 (state): ppid is field 4, utime..cstime fields 14–17.
        procs.set(Number(name), { ppid: Number(rest[1]), time: rest.slice(11, 15).reduce((a, b) => a + Number(b), 0) });
      } catch {
        // the process ended while we looked
      }
    }
    const ours = new Set([process.pid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, p] of procs) {
        if (!ours.has(pid) && ours.has(p.ppid)) {
          ours.add(pid);
          grew = true;
        }
      }
    }
    let oursTime = 0;
    for (const pid of ours) oursTime += procs.get(pid)?.time ?? 0;
    return { total, busy: total - idle, ours: oursTime };
  } catch {
    return null;
  }
}

let quietWaited = 0;

async function waitForQuiet() {
  const start = Date.now();
  let load;
  do {
    const a = cpuSnapshot();
    if (!a) return { waitedMs: 0, load: NaN };
    await sleep(500);
    load = otherLoad(a, cpuSnapshot());
  } while (
    load > QUIET_LOAD &&
    Date.now() - start < QUIET_WAIT_MS &&
    quietWaited + (Date.now() - start) < QUIET_WAIT_TOTAL_MS
  );
  quietWaited += Date.now() - start;
  return { waitedMs: Date.now() - start, load };
}

/** Average number of cores kept busy by other processes between two snapshots. */
function otherLoad(a, b) {
  if (!a || !b || b.total <= a.total) return NaN;
  const other = b.busy - a.busy - (b.ours - a.ours);
  return Math.max(0, (other / (b.total - a.total)) * os.cpus().length);
}

/* ---------- one run: one library, one size, a fresh incognito context ---------- */

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return cdp.send('Runtime.getHeapUsage');
}

async function taskSeconds(page) {
  return (await page.metrics()).TaskDuration ?? NaN;
}

/** One next/previous (dir ±1) or no-op (0): in-page wall time, and main-thread busy time from CDP. */
async function step(page, dir) {
  const before = await taskSeconds(page);
  const wall = await page.evaluate((d, settle) => window.bench.step(d, settle), dir, STEP_SETTLE_MS);
  const after = await taskSeconds(page);
  return { wallMs: wall.ms, signalMs: wall.signalMs, busyMs: (after - before) * 1000 };
}

const PAN_MOVES = 10;
const PAN_WHEELS = 6;

async function pan(page) {
  const rect = await page.evaluate(() => window.bench.panRect());
  if (!rect || rect.width < 50) return { longest: NaN, what: 'no pan target', sent: 0 };
  const x = rect.x + rect.width / 2;
  const y = rect.y + Math.min(rect.height / 2, 60);
  const from = await page.evaluate(() => window.bench.now());
  const start = Date.now();
  const inBudget = () => Date.now() - start < PAN_BUDGET_MS;
  let sent = 0;
  // A drag (pointer down, 10 moves of 30 px, up), then 6 horizontal wheel notches over the same area: real input
  // through CDP, so each library gets the events its own handlers listen to (pointer, mouse, wheel, mousewheel).
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= PAN_MOVES && inBudget(); i++, sent++) await page.mouse.move(x - 30 * i, y);
  await page.mouse.up();
  for (let i = 0; i < PAN_WHEELS && inBudget(); i++, sent++) {
    await page.mouse.wheel({ deltaX: 120 });
    await page.evaluate(() => window.bench.frames(1));
  }
  await page.evaluate(() => window.bench.frames(2));
  await sleep(200);
  const to = await page.evaluate(() => window.bench.now());
  return { longest: await page.evaluate((a, b) => window.bench.longest(a, b), from, to), what: rect.what, sent };
}

async function runOne(browser, origin, lib, n, withPan) {
  const cpuBefore = cpuSnapshot();
  const context = await browser.createBrowserContext();
  const blocked = new Map();
  const errors = [];
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
        void request.continue();
      } else {
        let host = url;
        try {
          host = new URL(url).host;
        } catch {
          // keep the whole URL
        }
        blocked.set(host, (blocked.get(host) ?? 0) + 1);
        void request.abort('blockedbyclient');
      }
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/ERR_BLOCKED_BY_CLIENT/.test(message.text())) {
        errors.push(`console: ${message.text()}`);
      }
    });

    const phases = {};
    let mark = Date.now();
    const response = await page.goto(new URL(lib.page, origin).href, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${lib.page}: HTTP ${response?.status()}`);
    await page.waitForFunction(() => window.bench?.ready === true, { timeout: 30_000 });
    const cdp = await page.createCDPSession();
    const heap0 = await heapAfterGc(cdp);

    phases.load = Date.now() - mark;
    mark = Date.now();

    // First render.
    const render = await page.evaluate((count, seed) => window.bench.render(count, seed), n, SEED);
    phases.render = Date.now() - mark;
    mark = Date.now();
    const items = await page.evaluate(() => window.bench.items());
    await sleep(RENDER_SETTLE_MS);
    const itemsLater = await page.evaluate(() => window.bench.items());
    const heap1 = await heapAfterGc(cdp);
    const nodes = await page.evaluate(() => window.bench.nodes());

    // Next and previous: the harness's own cost first (no-op steps), then the calls.
    const noop = [];
    for (let i = 0; i < NOOP_CALLS; i++) noop.push(await step(page, 0));
    phases.measure = Date.now() - mark;
    mark = Date.now();
    const seqFrom = await page.evaluate(() => window.bench.now());
    const navStart = Date.now();
    const navOpen = () => Date.now() - navStart < NAV_BUDGET_MS;
    const next = [];
    for (let i = 0; i < NEXT_CALLS && (i < 1 || navOpen()); i++) next.push(await step(page, +1));
    const previous = [];
    for (let i = 0; i < PREVIOUS_CALLS && (i < 1 || navOpen()); i++) previous.push(await step(page, -1));
    const seqTo = await page.evaluate(() => window.bench.now());
    const longestNav = await page.evaluate((a, b) => window.bench.longest(a, b), seqFrom, seqTo);
    phases.nav = Date.now() - mark;
    mark = Date.now();

    const panned = withPan ? await pan(page) : { longest: NaN, what: 'not this run', sent: PAN_MOVES + PAN_WHEELS };
    phases.pan = Date.now() - mark;
    const info = await page.evaluate(() => window.bench.info());
    const load = otherLoad(cpuBefore, cpuSnapshot());
    const cut = [];
    if (next.length < NEXT_CALLS || previous.length < PREVIOUS_CALLS) {
      cut.push(`${next.length} next and ${previous.length} previous calls (time box ${NAV_BUDGET_MS / 1000} s)`);
    }
    if (panned.sent < PAN_MOVES + PAN_WHEELS) {
      cut.push(`${panned.sent} of ${PAN_MOVES + PAN_WHEELS} pan input events (time box ${PAN_BUDGET_MS / 1000} s)`);
    }

    const overhead = median(noop.map((s) => s.busyMs));
    const busy = (s) => Math.max(0, s.busyMs - overhead);
    return {
      ok: true,
      renderMs: render.ms,
      signalMs: render.signalMs,
      settledMs: render.settledMs,
      quiet: render.quiet,
      atSignal: render.atSignal,
      fingerprint: render.fingerprint,
      items,
      itemsLater,
      heapBytes: heap1.usedSize - heap0.usedSize,
      heapTotalBytes: heap1.usedSize,
      embedderBytes:
        heap1.embedderHeapUsedSize !== undefined ? heap1.embedderHeapUsedSize - heap0.embedderHeapUsedSize : NaN,
      nodes: nodes.nodes,
      elements: nodes.elements,
      nextMs: next.map((s) => s.wallMs),
      nextBusyMs: next.map(busy),
      previousMs: previous.map((s) => s.wallMs),
      previousBusyMs: previous.map(busy),
      noopWallMs: median(noop.map((s) => s.wallMs)),
      noopBusyMs: overhead,
      longestNav,
      longestPan: panned.longest,
      panWhat: panned.what ?? panned.note,
      info,
      otherLoad: load,
      cut,
      phases,
      blocked: Object.fromEntries(blocked),
      errors,
    };
  } catch (error) {
    return { ok: false, error: error.message.split('\n')[0], blocked: Object.fromEntries(blocked), errors };
  } finally {
    await context.close().catch(() => {});
  }
}

/** Checks that the library really holds and shows the N events before its timing is trusted. */
function check(lib, n, r) {
  if (!r.ok) return r.error;
  const { items, itemsLater } = r;
  if (items.expected !== n) return `holds ${items.expected} events, not ${n}`;
  if (lib.key === 'edu') {
    if (items.inDom + items.clusters === 0)
      return 'no event or cluster in its shadow DOM at the end of the first render';
  } else if (items.inDom !== n) {
    return `${items.inDom} of ${n} item elements in the DOM at the end of the first render`;
  }
  if (itemsLater.inDom !== items.inDom || (itemsLater.clusters ?? 0) !== (items.clusters ?? 0)) {
    r.warnings = [
      ...(r.warnings ?? []),
      `items in the DOM changed after the end of the first render (${items.inDom} → ${itemsLater.inDom}): it went on rendering`,
    ];
  }
  return null;
}

/* ---------- the report ---------- */

function summarise(results, options) {
  const rows = [];
  for (const n of options.sizes) {
    for (const key of options.only) {
      const lib = LIBS[key];
      const all = results.filter((r) => r.lib === key && r.n === n);
      const good = all.filter((r) => r.valid);
      const pool = (field) => good.flatMap((r) => r[field]);
      rows.push({
        key,
        lib,
        n,
        runs: all.length,
        valid: good.length,
        render: good.map((r) => r.renderMs),
        signal: good.map((r) => r.signalMs),
        settled: good.map((r) => r.settledMs),
        allQuiet: good.every((r) => r.quiet),
        next: pool('nextMs'),
        nextBusy: pool('nextBusyMs'),
        previous: pool('previousMs'),
        previousBusy: pool('previousBusyMs'),
        heap: median(good.map((r) => r.heapBytes)),
        embedder: median(good.map((r) => r.embedderBytes)),
        nodes: median(good.map((r) => r.nodes)),
        inDom: median(good.map((r) => r.items.inDom)),
        clusters: median(good.map((r) => r.items.clusters)),
        atSignal: {
          inDom: median(good.map((r) => r.atSignal?.inDom)),
          clusters: median(good.map((r) => r.atSignal?.clusters)),
        },
        longestNav: max(good.map((r) => r.longestNav)),
        longestPan: max(good.map((r) => r.longestPan)),
        noopWall: median(good.map((r) => r.noopWallMs)),
        noopBusy: median(good.map((r) => r.noopBusyMs)),
        failures: all.filter((r) => !r.valid).map((r) => r.problem),
        load: good.map((r) => r.otherLoad),
      });
    }
  }
  return rows;
}

function ratioLines(rows, options) {
  const row = (key, n) => rows.find((r) => r.key === key && r.n === n && r.valid > 0);
  const lines = [];
  const renderRatio = (other, n, target) => {
    const edu = row('edu', n);
    const them = row(other, n);
    const label = `first render at ${n.toLocaleString('en-US')} events: edu-timeline ≥ ${target}× faster than ${LIBS[other].name}`;
    if (!options.sizes.includes(n) || !options.only.includes('edu') || !options.only.includes(other)) {
      return `${label}: not measured in this run`;
    }
    if (!edu || !them) return `${label}: not measured (a library failed)`;
    const ratio = median(them.render) / median(edu.render);
    return `${label}: ${ratio.toFixed(1)}× (${fmt(median(them.render))} / ${fmt(median(edu.render))} ms): **${ratio >= target ? 'met' : 'not met'}**`;
  };
  lines.push(renderRatio('tljs', 1000, 10), renderRatio('vis', 1000, 3));
  lines.push(renderRatio('tljs', 10000, 20), renderRatio('vis', 10000, 20));

  const eduRows = rows.filter((r) => r.key === 'edu' && r.valid > 0);
  if (!options.only.includes('edu') || eduRows.length === 0) {
    lines.push('next/previous under 16 ms at every N: not measured');
  } else {
    const worst = eduRows.map((r) => ({
      n: r.n,
      busy: Math.max(median(r.nextBusy), median(r.previousBusy)),
      wall: Math.max(median(r.next), median(r.previous)),
    }));
    const met = worst.every((w) => w.busy < 16);
    const detail = worst
      .map((w) => `${w.n.toLocaleString('en-US')}: ${fmt(w.busy)} ms work, ${fmt(w.wall)} ms to two frames`)
      .join('; ');
    lines.push(
      `next/previous under 16 ms at every N (main-thread work per call, median): ${detail}: **${met ? 'met' : 'not met'}**` +
        ` (sizes measured: ${eduRows.map((r) => r.n.toLocaleString('en-US')).join(', ')})`,
    );
  }
  {
    const label = 'JS heap at 10,000 events ≤ 1/4 of vis-timeline’s';
    const edu = row('edu', 10000);
    const vis = row('vis', 10000);
    if (!options.sizes.includes(10000) || !options.only.includes('edu') || !options.only.includes('vis')) {
      lines.push(`${label}: not measured in this run`);
    } else if (!edu || !vis) {
      lines.push(`${label}: not measured (a library failed)`);
    } else {
      const ratio = edu.heap / vis.heap;
      lines.push(
        `${label}: ${mb(edu.heap)} MB vs ${mb(vis.heap)} MB = ${ratio.toFixed(2)}: **${ratio <= 0.25 ? 'met' : 'not met'}**`,
      );
    }
  }
  return lines;
}

function mainTable(rows) {
  const lines = [
    '| library | N | first render ms median (min–max) | next ms | heap MB | DOM nodes | longest task ms (nav / pan) |',
    '| --- | --: | --: | --: | --: | --: | --: |',
  ];
  const task = (ms) => (ms === null || !Number.isFinite(ms) ? 'n/a' : ms === 0 ? '< 50' : fmt(ms));
  for (const r of rows) {
    if (r.valid === 0) {
      lines.push(`| ${r.lib.name} | ${int(r.n)} | failed: ${r.failures[0] ?? 'no run'} | | | | |`);
      continue;
    }
    lines.push(
      `| ${r.lib.name} | ${int(r.n)} | ${fmtRange(r.render)} | ${fmt(median(r.nextBusy))} work / ${fmt(median(r.next))} to 2 frames | ${mb(r.heap)} | ${int(r.nodes)} | ${task(r.longestNav)} / ${task(r.longestPan)} |`,
    );
  }
  return lines;
}

function detailTable(rows) {
  const lines = [
    '| library | N | valid runs | first render: signal / quiet ms | items in DOM at signal → end | next work ms median (min–max) | next to 2 frames ms | previous work ms | previous to 2 frames ms | embedder heap MB | harness no-op: work / 2 frames ms | other load, cores: median / max |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const r of rows) {
    if (r.valid === 0) continue;
    const items = (i) => (r.key === 'edu' ? `${int(i.inDom)} + ${int(i.clusters)} clusters` : int(i.inDom));
    lines.push(
      `| ${r.lib.name} | ${int(r.n)} | ${r.valid}/${r.runs} | ${fmt(median(r.signal))} / ${r.allQuiet ? '' : '> '}${fmt(median(r.settled))} | ${items(r.atSignal)} → ${items({ inDom: r.inDom, clusters: r.clusters })} | ${fmtRange(r.nextBusy)} | ${fmtRange(r.next)} | ${fmtRange(r.previousBusy)} | ${fmtRange(r.previous)} | ${mb(r.embedder)} | ${fmt(r.noopBusy)} / ${fmt(r.noopWall)} | ${load(median(r.load))} / ${load(max(r.load))} |`,
    );
  }
  return lines;
}

function writeReport(file, { machine, options, rows, ratios, notes, started, seconds }) {
  const text = `# Benchmarks

Written by \`npm run bench:peers\` (scripts/bench.mjs, pages in bench/). Do not edit by hand: run it again.

- Date: ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${Math.round(seconds)} s
- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ram} GiB RAM, ${machine.os}
- Node ${machine.node}, ${machine.browser} (headless, \`${machine.args}\`)
- Command: \`${['node scripts/bench.mjs', ...process.argv.slice(2)].join(' ')}\`: runs ${options.runs}, sizes ${options.sizes.join(', ')}, libraries ${options.only.join(', ')}
- edu-timeline: ${machine.bundle}

## Results

${mainTable(rows).join('\n')}

Medians over the valid runs (first render: one value per run; next: every call of every run, pooled). "next ms":
main-thread work per call / wall time until two frames after the library's signal (see below). "< 50": no task
reached the 50 ms a long task needs.

### Targets (issue #3 point 9)

${ratios.map((l) => `- ${l}`).join('\n')}

### More detail

${detailTable(rows).join('\n')}

## How each number is taken

- **Same input for all.** N events from a seeded PRNG (bench/harness.js, seed ${SEED}): dates spread over 30 years
  (1994–2023), titles of 3–8 words, descriptions of 18–22 words, one tag each, sorted by date. Each library gets them
  in its own format, built before the clock starts: the lesson object itself for edu-timeline (\`el.data\`), box items
  \`{ id, content: title, start: date, title: description }\` (the description as the hover tooltip) for
  vis-timeline, and TimelineJS JSON (\`start_date {year, month, day}\`, \`text {headline, text}\`, the lesson title as
  its title slide) for TimelineJS. A fingerprint of the events is compared across libraries in each run.
- **Fresh page per run.** Every run of every library is a new incognito browser context (so a new renderer process,
  cold caches and a cold JIT) loading bench/<lib>.html from a local node:http server, with a 1200 × 600 px container
  in a 1280 × 800 viewport. Runs alternate libraries, and the order rotates from one run to the next. **Requests to
  any host other than the local server are blocked for every library** (TimelineJS's font stylesheet asks Google
  Fonts for its fonts on every render; the notes list what each library asked for).
- **First render**: \`performance.now()\` just before construction (edu-timeline: \`createElement\`, \`layout="horizontal"\`,
  \`data\`, append; vis-timeline: \`new vis.Timeline(div, items, { height: '600px' })\`; TimelineJS:
  \`new TL.Timeline(div, data, { script_path: <local copy>, duration: 1 })\`) until two animation frames after the
  library's own signal: \`edu-load\`; vis-timeline's \`onInitialDrawComplete\` option (its first \`changed\` event is
  emitted inside the constructor, before a listener can be attached; this callback comes after the initial draw and
  fit); TimelineJS's \`loaded\` event. Two frames after the signal, the frame showing the result has been rendered.
  The detail table also gives the time of the signal itself, and **quiet**: when the page next had 5 frames in a row
  each within 20 ms of the one before, i.e. when the library stopped working ("> t": some run was still busy when the
  bench stopped looking, 3 s after the end of a frame). A quiet time far beyond the first render means the library
  went on working after its signal.
- **Rendered N items?** After the first render each library's item elements are counted: vis-timeline
  \`.vis-item.vis-box\` and TimelineJS \`.tl-timemarker\` must number N, and the events the library holds must be N.
  edu-timeline must hold N events and show some; by design it draws only the events in view and folds overlapping
  ones into cluster buttons (horizontal) or the first 200 (vertical list, "show more"), so its DOM holds far fewer
  items than the others: that is a design difference being measured, not a missing render. Counted again
  ${RENDER_SETTLE_MS} ms later: a change means the library went on rendering after its signal, and is reported.
- **Next / previous**: ${NEXT_CALLS} successive next calls, then ${PREVIOUS_CALLS} previous, each followed by
  ${STEP_SETTLE_MS} ms of quiet. edu-timeline: \`el.next()\` / \`el.previous()\`, then \`el.updateComplete\`;
  vis-timeline: \`setSelection(id, { focus: true, zoom: false, animation: false })\` until \`changed\` (\`zoom: false\`
  keeps the zoom level: the default would zoom a point item to a 10 ms window; when the next event is on the same
  day the window does not move, no \`changed\` comes and the call ends when \`setSelection\` returns, the selected
  item having redrawn itself); TimelineJS: \`goToNext()\` /
  \`goToPrev()\` until \`change\`, with its animations cut to 1 ms (\`duration: 1\`; 0 means its default 1000).
  Two numbers per call: **work**, the renderer main thread's busy time (CDP \`Performance.getMetrics\`
  TaskDuration, before and after the call and its quiet time, less the same measure for a call that does nothing);
  and **to 2 frames**, the wall time from the call to two animation frames after the library's signal. The second
  can never be under one frame interval (16.7 ms at 60 Hz) whatever the library does, so the 16 ms target is judged
  on the work.
- **Heap**: CDP \`HeapProfiler.collectGarbage\` (twice), then \`Runtime.getHeapUsage\`: used JS heap after the first
  render minus the same on the loaded page before the events were generated. It includes the events in the
  library's input format and everything the library built; not the library's code. "embedder heap" is Blink's own
  heap (DOM nodes and the like) measured the same way.
- **DOM nodes**: every node (elements, text, comments) in the document, shadow roots included, after the first
  render.
- **Other load**: on Linux, the CPU time of the whole machine minus that of this process tree (node, Chromium and its
  children), from /proc, as cores kept busy by other programs during each run. The bench waits (up to
  ${QUIET_WAIT_MS / 1000} s per run) for other programs to go quiet before each run, but a 2-core machine shared with a
  test suite or a build gives slower and noisier numbers, for every library.
- **Longest task**: a \`PerformanceObserver\` for \`longtask\` (tasks over 50 ms) from page load; the longest task that
  started during the next/previous sequence (all runs), and during a pan (the first ${PAN_RUNS} runs): a mouse drag
  (${PAN_MOVES} moves of 30 px) and ${PAN_WHEELS} horizontal wheel notches (deltaX 120) over the library's pan area
  (edu-timeline \`[part~="axis"]\`, vis-timeline \`.vis-panel.vis-center\`, TimelineJS \`.tl-timenav\`), sent as real
  input through CDP so each library gets the events it listens to (vis-timeline zooms on a wheel by default). Maximum
  over the runs.
- **Time boxes**: a library that takes seconds per call gets at least one next and one previous per run, then no
  more calls after ${NAV_BUDGET_MS / 1000} s; the pan sends no more input after ${PAN_BUDGET_MS / 1000} s; a library
  whose run at some size takes over ${SLOW_RUN_MS / 1000} s gets ${SLOW_RUNS} runs there instead of --runs. Each cut is
  listed in the notes.

## Notes from this run

${notes.length ? notes.map((l) => `- ${l}`).join('\n') : '- none'}
`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/* ---------- main ---------- */

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = new Date();
  const notes = [];

  if (options.only.includes('edu') && options.build) {
    console.log('bench: building dist/edu-timeline.bundle.js (npm run build:bundle)…');
    const built = spawnSync('npm', ['run', 'build:bundle'], {
      cwd: ROOT,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    if (built.status !== 0) {
      console.error(`${built.stdout}\n${built.stderr}`);
      console.error(
        'bench: the bundle did not build (see above); fix it, or use --no-build to measure the existing bundle.',
      );
      process.exit(1);
    }
  }
  const needed = {
    edu: 'dist/edu-timeline.bundle.js',
    tljs: 'node_modules/@knight-lab/timelinejs/dist/js/timeline.js',
    vis: 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
  };
  for (const key of options.only) {
    if (!existsSync(join(ROOT, needed[key]))) {
      console.error(`bench: ${needed[key]} is missing (${key === 'edu' ? 'npm run build:bundle' : 'npm install'}).`);
      process.exit(1);
    }
  }
  const bundleInfo = options.only.includes('edu')
    ? await stat(join(ROOT, needed.edu)).then(
        (s) =>
          `dist/edu-timeline.bundle.js, ${s.size.toLocaleString('en-US')} bytes, built ${s.mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC${options.build ? '' : ' (--no-build)'}`,
      )
    : 'not measured';

  const executablePath = findChromeOrExit();

  const { server, origin } = await startServer();
  const args = [
    ...CHROME_ARGS,
    `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ];
  const browser = await puppeteer.launch({ executablePath, args, headless: true, protocolTimeout: 600_000 });
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus.length,
    ram: (os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    browser: await browser.version(),
    args: args.join(' '),
    bundle: bundleInfo,
  };
  console.log(`bench: ${machine.browser}, ${machine.cpu} × ${machine.cores}, Node ${machine.node}`);
  console.log(`bench: runs ${options.runs}, sizes ${options.sizes.join(', ')}, libraries ${options.only.join(', ')}\n`);

  const results = [];
  const capped = new Set();
  try {
    for (const n of options.sizes) {
      for (let run = 0; run < options.runs; run++) {
        const order = options.only.map((_, i) => options.only[(i + run) % options.only.length]);
        for (const key of order) {
          const lib = LIBS[key];
          if (capped.has(`${key}:${n}`) && run >= SLOW_RUNS) continue;
          const gate = await waitForQuiet();
          const t0 = Date.now();
          const r = await runOne(browser, origin, lib, n, run < PAN_RUNS);
          r.gate = gate;
          const took = Date.now() - t0;
          r.lib = key;
          r.n = n;
          r.run = run + 1;
          r.problem = check(lib, n, r);
          r.valid = r.problem === null;
          results.push(r);
          const status = r.valid
            ? `render ${fmt(r.renderMs)} ms, next ${fmt(median(r.nextBusyMs))} ms work / ${fmt(median(r.nextMs))} ms to 2 frames, heap ${mb(r.heapBytes)} MB, ${int(r.nodes)} nodes, items ${r.items.inDom}${r.items.clusters !== undefined ? ` + ${r.items.clusters} clusters` : ''}`
            : `FAILED: ${r.problem}`;
          const load = Number.isFinite(r.otherLoad) ? `, other load ${r.otherLoad.toFixed(2)} cores` : '';
          console.log(
            `  N=${n} run ${run + 1}/${options.runs} ${lib.name.padEnd(18)} ${status} (${(took / 1000).toFixed(1)} s${load})`,
          );
          for (const w of r.warnings ?? []) console.log(`    warning: ${w}`);
          if (r.cut?.length) console.log(`    cut short: ${r.cut.join('; ')}`);
          if (options.verbose && r.phases) {
            console.log(
              `    phases (s): ${Object.entries(r.phases)
                .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
                .join(', ')}`,
            );
          }
          for (const e of r.errors.slice(0, 3)) console.log(`    ${e}`);
          if (took > SLOW_RUN_MS && options.runs > SLOW_RUNS && !capped.has(`${key}:${n}`)) {
            capped.add(`${key}:${n}`);
            const note = `${lib.name} at N = ${n.toLocaleString('en-US')}: a run took ${(took / 1000).toFixed(0)} s, so it gets ${SLOW_RUNS} runs instead of ${options.runs} (to keep the whole bench near 10 minutes).`;
            notes.push(note);
            console.log(`    note: ${note}`);
          }
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }

  // Same events for every library?
  for (const n of options.sizes) {
    const prints = new Set(results.filter((r) => r.n === n && r.ok).map((r) => r.fingerprint));
    if (prints.size > 1)
      notes.push(`N = ${n}: the libraries did not all get the same events (${[...prints].join(' / ')})!`);
  }
  const blocked = {};
  for (const r of results) {
    for (const [host, count] of Object.entries(r.blocked ?? {})) {
      blocked[r.lib] ??= {};
      blocked[r.lib][host] = (blocked[r.lib][host] ?? 0) + count;
    }
  }
  for (const key of options.only) {
    const hosts = blocked[key]
      ? Object.entries(blocked[key])
          .map(([h, c]) => `${h} (${c})`)
          .join(', ')
      : 'none';
    notes.push(`third-party requests blocked for ${LIBS[key].name}: ${hosts}`);
  }
  const eduInfo = results.find((r) => r.lib === 'edu' && r.ok)?.info;
  if (eduInfo && !eduInfo.hasNextMethod) {
    notes.push(
      'edu-timeline has no next()/previous() methods yet: next/previous clicked the neighbouring [part~="select"] button in its shadow root instead.',
    );
  }
  const eduLayouts = new Set(results.filter((r) => r.lib === 'edu' && r.ok).map((r) => r.items.layout));
  if (eduLayouts.size) notes.push(`edu-timeline layout in use: ${[...eduLayouts].join(', ')}`);
  for (const r of results) {
    if (r.info?.missedSignals) {
      notes.push(
        `${LIBS[r.lib].name} N = ${r.n} run ${r.run}: ${r.info.missedSignals} next/previous calls sent no change signal within 5 s (timed to that timeout).`,
      );
    }
    for (const w of r.warnings ?? []) notes.push(`${LIBS[r.lib].name} N = ${r.n} run ${r.run}: ${w}`);
    if (r.cut?.length) notes.push(`${LIBS[r.lib].name} N = ${r.n} run ${r.run}: cut short to ${r.cut.join(' and ')}.`);
    if (!r.valid) notes.push(`${LIBS[r.lib].name} N = ${r.n} run ${r.run} not counted: ${r.problem}`);
  }
  const loads = results.filter((r) => Number.isFinite(r.otherLoad));
  if (loads.length) {
    const busy = loads.filter((r) => r.otherLoad > QUIET_LOAD);
    notes.push(
      `other processes on this machine used ${load(median(loads.map((r) => r.otherLoad)))} cores (median; max ${load(max(loads.map((r) => r.otherLoad)))}) during the runs; ${busy.length} of ${loads.length} runs had more than ${QUIET_LOAD} core busy elsewhere${busy.length ? ', so their timings are inflated' : ''} (the bench waited up to ${QUIET_WAIT_MS / 1000} s before each run for quiet, ${Math.round(quietWaited / 1000)} s in all).`,
    );
  }
  const early = results.filter((r) => r.valid && r.atSignal && r.atSignal.inDom + (r.atSignal.clusters ?? 0) === 0);
  for (const key of new Set(early.map((r) => r.lib))) {
    const count = early.filter((r) => r.lib === key).length;
    notes.push(
      `${LIBS[key].name}: in ${count} of ${results.filter((r) => r.lib === key && r.valid).length} runs its signal came before any event was in the DOM; they were drawn within the two frames after it (counted at the end of the first render).`,
    );
  }
  if (results.some((r) => r.ok && r.info && r.info.longTaskApi === false)) {
    notes.push('this Chromium has no Long Tasks API: longest task not measured.');
  }

  const rows = summarise(results, options);
  const ratios = ratioLines(rows, options);
  const seconds = (Date.now() - started.getTime()) / 1000;

  console.log(`\n${mainTable(rows).join('\n')}\n`);
  console.log(detailTable(rows).join('\n'));
  console.log('\nTargets:');
  for (const line of ratios) console.log(`  ${line.replace(/\*\*/g, '')}`);
  console.log('\nNotes:');
  for (const line of notes) console.log(`  ${line}`);

  const out = resolve(ROOT, options.out);
  writeReport(out, { machine, options, rows, ratios, notes, started, seconds });
  console.log(`\nbench: wrote ${out} (${Math.round(seconds)} s)`);

  const failed = rows.filter((r) => r.valid === 0);
  if (failed.length) {
    console.error(`bench: failed to render at all: ${failed.map((r) => `${r.lib.name} at N = ${r.n}`).join(', ')}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exit(1);
});
