// What the browser checks of pages (check-stories, check-pages) share: waiting until the elements have settled, and
// axe-core run as they run it: WCAG 2.0–2.2 A and AA and Deque's best practices, with target-size (WCAG 2.2 2.5.8),
// which axe tags wcag22aa but leaves off by default.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** axe-core tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus Deque's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Rules switched on by name on top of the tags. */
export const AXE_RULES = { 'target-size': { enabled: true } };

let source;

/**
 * Runs axe in `page` on `include` (CSS selectors; shadow roots are searched) with `rules` on top of {@link AXE_RULES},
 * and returns one readable line block per violation: "axe color-contrast (serious): …" and up to five of its nodes.
 */
export async function axeProblems(page, include, rules = {}) {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const violations = await page.evaluate(
    async (context, options) => {
      const result = await window.axe.run(context, options);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.map((t) => [].concat(t).join(' >>> ')).join(' '),
          summary: (n.failureSummary ?? '').split('\n').slice(1, 2).join('').trim(),
        })),
      }));
    },
    { include },
    { runOnly: { type: 'tag', values: AXE_TAGS }, rules: { ...AXE_RULES, ...rules }, resultTypes: ['violations'] },
  );
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) => `    ${n.target}${n.summary ? ` — ${n.summary}` : ''}`);
    if (v.nodes.length > 5) nodes.push(`    … and ${v.nodes.length - 5} more`);
    return `axe ${v.id} (${v.impact}): ${v.help}\n${nodes.join('\n')}`;
  });
}

/**
 * Runs in the page (`page.evaluate(settle, { root, timeoutMs, waitForIdle })`): waits until every custom element under
 * the `root` selector (light DOM and open shadow roots) is defined and updated and, with `waitForIdle`, nothing is
 * loading any more (no `aria-busy="true"`, no custom element with a `loading` attribute). Returns a problem, or null.
 */
export async function settle({ root: selector, timeoutMs, waitForIdle = true }) {
  const deadline = performance.now() + timeoutMs;
  const root = document.querySelector(selector);
  if (!root) return `there is no ${selector}`;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const deep = () => {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(root);
    return out;
  };
  const describe = (el) => `<${el.localName}${el.id ? `#${el.id}` : ''}>`;
  const updated = () =>
    Promise.all(deep().map((el) => (el.updateComplete instanceof Promise ? el.updateComplete : undefined)));

  for (;;) {
    const pending = [
      ...new Set(
        deep()
          .filter((el) => el.matches(':not(:defined)'))
          .map((el) => el.localName),
      ),
    ];
    if (pending.length === 0) break;
    if (performance.now() > deadline) return `custom elements never defined: ${pending.join(', ')}`;
    await Promise.race([Promise.all(pending.map((tag) => customElements.whenDefined(tag))), sleep(100)]);
  }
  for (;;) {
    await updated();
    // `loading` on a custom element only: an <img loading="lazy"> (an event's picture) keeps that attribute for good.
    const busy = deep().filter(
      (el) => el.getAttribute('aria-busy') === 'true' || (el.localName.includes('-') && el.hasAttribute('loading')),
    );
    if (busy.length === 0 || !waitForIdle) break;
    if (performance.now() > deadline) {
      const where = busy.map((el) => describe(el.getRootNode().host ?? el));
      return `still loading after ${timeoutMs} ms (aria-busy="true" or loading in ${[...new Set(where)].join(', ')})`;
    }
    await sleep(50);
  }
  await updated();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return null;
}
