/**
 * Resolves in a later task, after the page has had its turn (a frame, a tap, a key): `scheduler.yield()` where
 * there is one, else a message posted to ourselves (timers would be slowed to one a second in a background tab).
 * Either way, continuations run in the order they were asked for.
 */
export function nextTurn(): Promise<void> {
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
