/**
 * True from the page's `beforeprint` to its `afterprint`: the reader has asked to print, and the browser lays the page
 * out for paper once the event's handlers and the promises they settle have run.
 */
let printing = false;
/** The turns being waited for, to be given at once when the page is about to print. */
const waiting = new Set<() => void>();
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    printing = true;
    for (const resolve of waiting) resolve();
    waiting.clear();
  });
  window.addEventListener('afterprint', () => {
    printing = false;
  });
}

/** Whether the page is about to print or printing (between `beforeprint` and `afterprint`). */
export function isPrinting(): boolean {
  return printing;
}

/**
 * Resolves in a later task, after the page has had its turn (a frame, a tap, a key): `scheduler.yield()` where
 * there is one, else a message posted to ourselves (timers would be slowed to one a second in a background tab).
 * Either way, continuations run in the order they were asked for.
 *
 * When the page is about to print, every turn waited for is given at once, and later ones too until it has printed:
 * what is drawn in turns is then all drawn before the browser lays out the paper (a reader who prints in a lesson's
 * first second gets every part, not the first few).
 */
export function nextTurn(): Promise<void> {
  if (printing) return Promise.resolve();
  return new Promise((resolve) => {
    const give = (): void => {
      if (waiting.delete(give)) resolve();
    };
    waiting.add(give);
    laterTask().then(give, give);
  });
}

function laterTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * Whether an element's first render is to wait for a task of its own, rather than run in the task that added it:
 * true for an element placed in the page itself (not drawn by another element of ours, which orders its parts on its
 * own) that has nothing inside it to show meanwhile, so that nothing on screen changes in between. A page with a
 * timeline and several figures then never draws them all in one long task; the page's first number formatter alone
 * is some 25 ms here, four times that on a phone.
 */
export function drawsInItsOwnTask(host: HTMLElement & { readonly hasUpdated: boolean }): boolean {
  return (
    !host.hasUpdated && host.getRootNode() === document && host.childElementCount === 0 && !host.textContent?.trim()
  );
}
