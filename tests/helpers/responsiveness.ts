/**
 * How long the page could not respond while something ran: a chain of 0 ms timers runs alongside, and each gap
 * between two timers is a time the page could not have answered a click or a key either.
 */
export interface Responsiveness {
  /** From the start to the first timer. */
  first: number;
  /** The longest gap between two timers (or the start and the first one). */
  longest: number;
  /** Timers that fired. */
  timers: number;
  /** One line for an assertion message. */
  summary: string;
}

/** Runs `work` (started synchronously, as a page script would) with a 0 ms timer chain beside it. */
export async function measureResponsiveness(work: () => Promise<unknown>): Promise<Responsiveness> {
  const fired: number[] = [];
  let running = true;
  const tick = (): void => {
    fired.push(performance.now());
    if (running) setTimeout(tick, 0);
  };
  const t0 = performance.now();
  setTimeout(tick, 0);
  const pending = work();
  try {
    await pending;
  } finally {
    running = false;
  }
  const end = performance.now();
  const gaps = fired.map((t, i) => t - (i === 0 ? t0 : fired[i - 1]));
  gaps.push(end - (fired.at(-1) ?? t0));
  const first = gaps[0];
  const longest = Math.max(...gaps);
  return {
    first,
    longest,
    timers: fired.length,
    summary: `first timer after ${first.toFixed(0)} ms, longest gap ${longest.toFixed(0)} ms, ${fired.length} timers in ${(end - t0).toFixed(0)} ms`,
  };
}
