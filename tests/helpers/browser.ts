/**
 * Typed wrappers for the server commands added in web-test-runner.config.mjs. The runner resets both after each
 * test file, but a test that changes them should still reset them in `afterEach`, so tests in one file stay
 * independent.
 *
 * For print, prefers-color-scheme and prefers-reduced-motion use `emulateMedia` from @web/test-runner-commands.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** A CSS media feature as Chromium's DevTools protocol takes it, e.g. `{ name: 'forced-colors', value: 'active' }`. */
export interface MediaFeature {
  name: string;
  value: string;
}

/**
 * Runs the page in an IANA time zone (`'Pacific/Honolulu'`, `'Pacific/Kiritimati'`), or back in the machine's own
 * with `null`. Affects `Date`, `Intl.DateTimeFormat` and date-fns for code run after it resolves.
 */
export async function emulateTimezone(timezoneId: string | null): Promise<void> {
  await executeServerCommand<boolean, { timezoneId: string | null }>('emulate-timezone', { timezoneId });
}

/**
 * Emulates CSS media features, all at once: Chromium replaces everything emulated before, including a print media
 * type set with `emulateMedia`. `null` (or `[]`) clears them.
 */
export async function emulateMediaFeatures(features: readonly MediaFeature[] | null): Promise<void> {
  await executeServerCommand<boolean, { features: readonly MediaFeature[] | null }>('emulate-media-features', {
    features,
  });
}

/**
 * Turns Windows-style high-contrast mode on or off: `@media (forced-colors: active)` matches and system colours
 * replace author colours. It replaces any other emulated media (see emulateMediaFeatures).
 */
export async function emulateForcedColors(on: boolean): Promise<void> {
  await emulateMediaFeatures(on ? [{ name: 'forced-colors', value: 'active' }] : null);
}
