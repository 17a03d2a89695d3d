/**
 * The huge and hostile inputs that the tests feed the readers with (to check what comes out) and that
 * `npm run bench:input` times (against budgets). A test here never times anything: a reader that became quadratic
 * on one of these would take minutes, and the test's own timeout stops it; how fast each one is is the bench's job.
 */
import type { Span } from '../../src/components/timeline/axis-layout.js';
import { seededRandom } from './generate.js';

const N = 100_000;

/** Texts for parseMarkdown (and unsafeLinks), by name. */
export const HOSTILE_MARKDOWN: Readonly<Record<string, string>> = {
  '1 MB of Markdown in one paragraph': 'Some *em*, _em_, **strong**, [a link](https://example.org/) and text.\n'.repeat(
    15_000,
  ),
  '100,000 *': '*'.repeat(N),
  '100,000 [': '['.repeat(N),
  '100,000 ]': ']'.repeat(N),
  '100,000 *a': '*a'.repeat(N),
  '100,000 _a_': '_a_ '.repeat(N),
  '100,000 `[a](`': '[a]('.repeat(N),
  '100,000 `[a](x` sharing one unclosed title': `${'[a](x'.repeat(N)} "${'t'.repeat(N)}`,
  '100,000 `[a](<`': '[a](<'.repeat(N),
  '100,000 `((`': `[a](${'('.repeat(N)}`,
  '100,000 nested [ then ](x)': `${'['.repeat(N)}a${'](https://example.org/)'.repeat(N)}`,
  '100,000 <': '<'.repeat(N),
  '100,000 <a:': '<a:'.repeat(N),
  '100,000 lines of list items': '- item\n'.repeat(N),
  '1 MB of spaces': `${' '.repeat(1_000_000)}x`,
};

/** A text for escapeMarkdown: long runs of spaces and list markers. */
export const HOSTILE_ESCAPE = `${' '.repeat(N)}\n${'- '.repeat(N)}\n${'1. '.repeat(N)}`;

/** HTML for htmlToMarkdown (then parseMarkdown), by name. */
export const HOSTILE_HTML: Readonly<Record<string, string>> = {
  '100,000 <': '<'.repeat(N),
  '100,000 <a': '<a'.repeat(N),
  '100,000 <!--': '<!--'.repeat(N),
  '100,000 <!---->': '<!---->'.repeat(N),
  '100,000 </': '</'.repeat(N),
  '100,000 &': '&'.repeat(N),
  '100,000 &#': '&#'.repeat(N),
  '100,000 &copyx': '&copyx'.repeat(N),
  '100,000 <em>': `${'<em>'.repeat(N)}x${'</em>'.repeat(N)}`,
  '10,000 nested lists': `${'<ul><li>'.repeat(10_000)}x`,
  '100,000 <a href=x>': `${'<a href=x>y'.repeat(N)}`,
  '100,000 <a href="': '<a href="'.repeat(N),
  '100,000 <script>': '<script>'.repeat(N),
  '100,000 <svg>': '<svg>'.repeat(N),
  '1 MB of HTML':
    '<p>Hello <b>world</b> &amp; <a href="https://example.org/">a link</a>, <em>some</em> text.</p>\n'.repeat(12_000),
};

/** Texts that a timeline's description renders as rich text. */
export const HUGE_RICH_TEXT: Readonly<Record<string, string>> = {
  '1 MB of Markdown': 'Some *em*, [a link](https://example.org/) and text.\n'.repeat(20_000),
  '100,000 [': '['.repeat(N),
  '100,000 *': '*'.repeat(N),
};

/**
 * A horizontal `<edu-timeline>` (not yet in the page) holding 100,000 spreadsheet rows in a `<script type="text/csv">`:
 * dates over 1,000 years, 7 tags.
 */
export function timelineOfManyRows(count = 100_000): HTMLElement {
  const rows = ['date,title,tags'];
  for (let i = 0; i < count; i++) {
    rows.push(`${1000 + (i % 1000)}-${String((i % 12) + 1).padStart(2, '0')},Event ${i},t${i % 7}`);
  }
  const el = document.createElement('edu-timeline');
  el.setAttribute('layout', 'horizontal');
  const script = document.createElement('script');
  script.type = 'text/csv';
  script.textContent = rows.join('\n');
  el.append(script);
  return el;
}

/** A text in which the glossary's terms are looked for: 240,000 characters, every word a term or part of one. */
export const LONG_GLOSSARY_TEXT = 'UNSC UN KPK '.repeat(20_000);

/** `count` spans sorted by start, over `days` days, a share of them ranges (some very long); titles of any length. */
export function randomSpans(
  seed: number,
  count: number,
  days: number,
  rangeShare = 0.15,
): { spans: Span[]; titles: string[] } {
  const DAY = 86_400_000;
  const random = seededRandom(seed);
  const starts = Array.from({ length: count }, () => Math.floor(random() * days) * DAY).sort((a, b) => a - b);
  const spans = starts.map((start) => {
    const r = random();
    const length = r < rangeShare / 3 ? days * DAY * random() : r < rangeShare ? 30 * DAY * random() : 0;
    return { start, end: start + DAY + Math.floor(length) };
  });
  const titles = spans.map(() => 'x'.repeat(1 + Math.floor(random() * 60)));
  return { spans, titles };
}
