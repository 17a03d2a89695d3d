#!/usr/bin/env node
// Finds a Chromium or Chrome to drive with puppeteer-core (tests, screenshots, story checks).
// Nothing here downloads a browser: this machine and CI reach only the package registries.
//
//   import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
//   node scripts/find-chrome.mjs          # prints the path, or the one-line hint and exits 1
import { accessSync, constants, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NO_CHROME_MESSAGE =
  'edu-timeline: no Chromium or Chrome found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH=/path/to/chrome.';

/**
 * Flags for headless runs as root in containers and CI: no sandbox (root), new headless, no GPU, and nothing that
 * reaches out to the network on its own (updates, sync, QUIC probes).
 */
export const CHROME_ARGS = Object.freeze([
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
]);

/** Error thrown by {@link findChrome}; its message is the one line to show the user. */
export class ChromeNotFoundError extends Error {
  constructor() {
    super(NO_CHROME_MESSAGE);
    this.name = 'ChromeNotFoundError';
  }
}

function candidates() {
  const list = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  if (process.env.HOME) {
    list.push(
      join(process.env.HOME, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
      join(process.env.HOME, 'Applications/Chromium.app/Contents/MacOS/Chromium'),
    );
  }
  for (const base of [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA]) {
    if (base) list.push(join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  list.push(
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  );
  return list.filter((p) => typeof p === 'string' && p.trim() !== '');
}

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    // Windows has no execute bit; existing is enough there.
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the first existing executable among CHROME_PATH and the usual install locations.
 * @throws {ChromeNotFoundError} with a one-line message when there is none.
 */
export function findChrome() {
  const found = candidates().find(isExecutableFile);
  if (!found) throw new ChromeNotFoundError();
  return found;
}

/**
 * For config files: the path, or print the one-line message and exit 1 (no stack trace).
 */
export function findChromeOrExit() {
  try {
    return findChrome();
  } catch (error) {
    if (!(error instanceof ChromeNotFoundError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * Fails the running check (exit 1, one line naming it) if it is still running after `minutes`. A browser step that
 * never answers (puppeteer's `newPage` hung once here, in the builder export check) must fail `npm test` with a
 * message, not stall it until CI's time limit. The timer does not keep a finished process alive.
 * @param {string} name
 * @param {number} minutes
 */
export function failIfStillRunningAfter(name, minutes) {
  setTimeout(() => {
    console.error(`${name}: still running after ${minutes} minutes, so a browser step never answered: failing.`);
    process.exit(1);
  }, minutes * 60_000).unref();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(findChromeOrExit());
}
