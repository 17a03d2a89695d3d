/**
 * The Markdown subset of lesson descriptions, parsed into a tree that only holds what the renderer allows.
 *
 * Kept: `*em*` / `_em_`, `**strong**` / `__strong__`, `[text](url)` (a title after the URL is read and ignored),
 * `<https://…>`, backslash escapes, a newline as a line break, a blank line between paragraphs, and lists of lines
 * starting with `- `, `* `, `+ ` or `1. ` / `1) `. Everything else (headings, HTML, images, code, tables) is text:
 * HTML in a description is shown as typed, never read as markup, and entities such as `&lt;` stay as typed too.
 *
 * Emphasis follows CommonMark's delimiter rules (so `snake_case` is no emphasis), with its bracket and delimiter
 * stacks; link destinations are read with tables built once per paragraph. No step rescans the text, so a megabyte
 * of `[` or `*` takes linear time, and nesting deeper than {@link MAX_DEPTH} is shown as typed rather than recursed.
 */
import { LINK_SCHEMES, safeUrl } from './url.js';

/** A run of text in a paragraph or list item. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'em' | 'strong'; children: Inline[] }
  /** `href` has passed `safeUrl(…, LINK_SCHEMES)`: a link that does not is only its text. */
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'br' };

/** A paragraph, or a list (`start` is the first number of an ordered list). */
export type Block =
  { kind: 'paragraph'; children: Inline[] } | { kind: 'list'; ordered: boolean; start?: number; items: Inline[][] };

/** Levels of emphasis and links shown as such; anything nested deeper is shown as typed. */
const MAX_DEPTH = 8;

/** Parses a description. Never throws; any text gives a tree. */
export function parseMarkdown(text: string): Block[] {
  return parseBlocks(text, null);
}

/**
 * Hrefs of Markdown links in the text that are NOT allowed (javascript:, data:, vbscript:, file: …), so the lesson
 * parser can warn. Each once, in order; an empty `()` is not counted.
 */
export function unsafeLinks(text: string): string[] {
  const found: string[] = [];
  parseBlocks(text, found);
  return [...new Set(found)];
}

/**
 * Backslash-escapes the characters that would otherwise be read as Markdown (* _ [ ] ( ) < \ ` and a leading "- ",
 * "+ ", "1. " on any line), for text coming from HTML or CSV. Escaping more than needed is harmless: a backslash
 * before any ASCII punctuation only means "this character as typed".
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]()<]/g, '\\$&')
    .replace(/^([ \t]*)(?:([-+])|(\d{1,9})\.)(?=[ \t])/gm, (_m, indent: string, bullet?: string, n?: string) =>
      bullet ? `${indent}\\${bullet}` : `${indent}${n}\\.`,
    );
}

/* ---------- blocks ---------- */

interface ListItem {
  ordered: boolean;
  start: number;
  text: string;
}

function parseBlocks(text: string, unsafe: string[] | null): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: { ordered: boolean; start: number; items: string[][] } | null = null;
  // A blank line since the list's last item: another item continues the list, other text ends it.
  let gap = false;

  const flushPara = (): void => {
    if (para.length) blocks.push({ kind: 'paragraph', children: parseInline(para.join('\n'), unsafe) });
    para = [];
  };
  const flushList = (l: { ordered: boolean; start: number; items: string[][] }): void => {
    const items = l.items.map((lines) => parseInline(lines.join('\n'), unsafe));
    blocks.push(
      l.ordered ? { kind: 'list', ordered: true, start: l.start, items } : { kind: 'list', ordered: false, items },
    );
    list = null;
  };

  const lines = text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD').split('\n');
  for (const line of lines) {
    const content = trimSpaces(line);
    if (content === '') {
      flushPara();
      gap = true;
      continue;
    }
    const item = listItem(content);
    if (list) {
      if (item && item.ordered === list.ordered) {
        list.items.push([item.text]);
        gap = false;
        continue;
      }
      // An indented line carries on the item above it; one at the margin is a new paragraph after the list.
      if (!item && !gap && (line[0] === ' ' || line[0] === '\t')) {
        list.items[list.items.length - 1].push(content);
        continue;
      }
      flushList(list);
    }
    // As in CommonMark, only a list numbered from 1 interrupts a paragraph, so a line that starts "1984. The…"
    // inside a paragraph stays text.
    if (item && (para.length === 0 || !item.ordered || item.start === 1)) {
      flushPara();
      list = { ordered: item.ordered, start: item.start, items: [[item.text]] };
      gap = false;
      continue;
    }
    para.push(content);
  }
  flushPara();
  if (list) flushList(list);
  return blocks;
}

/** The list item a line (without its indentation) starts, if it starts one: a marker, a space, then some text. */
function listItem(line: string): ListItem | null {
  const c = line[0];
  let ordered = false;
  let start = 0;
  let i = 1;
  if (c !== '-' && c !== '*' && c !== '+') {
    i = 0;
    while (i < 10 && isDigit(line.charCodeAt(i))) i++;
    if (i === 0 || i > 9 || (line[i] !== '.' && line[i] !== ')')) return null;
    ordered = true;
    start = Number(line.slice(0, i));
    i++;
  }
  if (line[i] !== ' ' && line[i] !== '\t') return null;
  return { ordered, start, text: trimSpaces(line.slice(i)) };
}

/** Trims spaces and tabs only (a leading no-break space is the teacher's), without a regex that could backtrack. */
function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === ' ' || s[a] === '\t')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t')) b--;
  return s.slice(a, b);
}

/* ---------- inlines ---------- */

const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const BANG = 0x21;
const QUOTE = 0x22;
const APOS = 0x27;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const STAR = 0x2a;
const LT = 0x3c;
const GT = 0x3e;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const UNDERSCORE = 0x5f;

/** Characters that end a run of plain text. */
const SPECIAL = new Uint8Array(128);
for (const c of '\n\\*_[]<!') SPECIAL[c.charCodeAt(0)] = 1;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

type NodeKind = 'text' | 'br' | 'em' | 'strong' | 'link';

/** A node of the tree while it is built: emphasis wraps siblings in place, so they are a doubly linked list. */
class Node {
  kind: NodeKind;
  text: string;
  parent: Node | null = null;
  prev: Node | null = null;
  next: Node | null = null;
  first: Node | null = null;
  last: Node | null = null;
  /** For a run of `*` or `_`: the character, and how many are left unmatched (its text). */
  run = '';
  count = 0;
  /** For emphasis and links: the Markdown around the content, shown when nested too deep. */
  open = '';
  close = '';
  /** For links: the allowed URL (`undefined` when not allowed) and the destination as written. */
  href: string | undefined = undefined;
  dest = '';

  constructor(kind: NodeKind, text = '') {
    this.kind = kind;
    this.text = text;
  }

  append(child: Node): void {
    child.parent = this;
    child.prev = this.last;
    child.next = null;
    if (this.last) this.last.next = child;
    else this.first = child;
    this.last = child;
  }

  insertAfter(node: Node): void {
    const parent = this.parent!;
    node.parent = parent;
    node.prev = this;
    node.next = this.next;
    if (this.next) this.next.prev = node;
    else parent.last = node;
    this.next = node;
  }

  unlink(): void {
    const parent = this.parent;
    if (this.prev) this.prev.next = this.next;
    else if (parent) parent.first = this.next;
    if (this.next) this.next.prev = this.prev;
    else if (parent) parent.last = this.prev;
    this.parent = this.prev = this.next = null;
  }
}

/** An entry of the delimiter stack (CommonMark's "process emphasis"). */
interface Delimiter {
  node: Node;
  char: string;
  count: number;
  /** The run's length before any of it was matched (for the "multiple of 3" rule). */
  length: number;
  canOpen: boolean;
  canClose: boolean;
  prev: Delimiter | null;
  next: Delimiter | null;
}

/** An entry of the bracket stack: a `[` that may start a link. */
interface Bracket {
  node: Node;
  prev: Bracket | null;
  prevDelimiter: Delimiter | null;
  active: boolean;
}

function parseInline(src: string, unsafe: string[] | null): Inline[] {
  return new InlineParser(src, unsafe).parse();
}

class InlineParser {
  private readonly src: string;
  private readonly unsafe: string[] | null;
  private readonly root = new Node('em');
  private delimiters: Delimiter | null = null;
  private brackets: Bracket | null = null;
  private pos = 0;
  private tables: LinkTables | undefined;
  /** Where the title starting at an index ends (-1: it does not), since several `](` can share one title. */
  private readonly titles = new Map<number, number>();

  constructor(src: string, unsafe: string[] | null) {
    this.src = src;
    this.unsafe = unsafe;
  }

  parse(): Inline[] {
    const { src } = this;
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      if (c === LF) {
        this.root.append(new Node('br'));
        this.pos++;
      } else if (c === BACKSLASH) {
        this.backslash();
      } else if (c === STAR || c === UNDERSCORE) {
        this.delimiterRun(c);
      } else if (c === OPEN_BRACKET) {
        this.openBracket();
      } else if (c === CLOSE_BRACKET) {
        this.closeBracket();
      } else if (c === BANG && src.charCodeAt(this.pos + 1) === OPEN_BRACKET) {
        // An image: not in the subset, so its brackets are text and never start a link either.
        this.addText('![');
        this.pos += 2;
      } else if (!(c === LT && this.autolink())) {
        this.plainText();
      }
    }
    this.processEmphasis(null);
    return toInlines(this.root);
  }

  private addText(text: string): Node {
    const node = new Node('text', text);
    this.root.append(node);
    return node;
  }

  private plainText(): void {
    const { src } = this;
    let end = this.pos + 1;
    while (end < src.length) {
      const c = src.charCodeAt(end);
      if (c < 128 && SPECIAL[c]) break;
      end++;
    }
    this.addText(src.slice(this.pos, end));
    this.pos = end;
  }

  private backslash(): void {
    const next = this.src.charCodeAt(this.pos + 1);
    if (next === LF) {
      this.root.append(new Node('br'));
      this.pos += 2;
    } else if (isAsciiPunctuation(next)) {
      this.addText(this.src[this.pos + 1]);
      this.pos += 2;
    } else {
      this.addText('\\');
      this.pos++;
    }
  }

  private delimiterRun(c: number): void {
    const { src } = this;
    let end = this.pos;
    while (end < src.length && src.charCodeAt(end) === c) end++;
    const char = src[this.pos];
    const before = this.pos === 0 ? '\n' : charBefore(src, this.pos);
    const after = end >= src.length ? '\n' : String.fromCodePoint(src.codePointAt(end)!);
    const beforeSpace = isWhitespace(before);
    const afterSpace = isWhitespace(after);
    const beforePunct = isPunctuation(before);
    const afterPunct = isPunctuation(after);
    const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
    const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
    // `_` inside a word (snake_case) neither opens nor closes.
    const canOpen = char === '*' ? left : left && (!right || beforePunct);
    const canClose = char === '*' ? right : right && (!left || afterPunct);

    const node = new Node('text');
    node.run = char;
    node.count = end - this.pos;
    this.root.append(node);
    if (canOpen || canClose) {
      const d: Delimiter = {
        node,
        char,
        count: node.count,
        length: node.count,
        canOpen,
        canClose,
        prev: this.delimiters,
        next: null,
      };
      if (this.delimiters) this.delimiters.next = d;
      this.delimiters = d;
    }
    this.pos = end;
  }

  private openBracket(): void {
    const node = this.addText('[');
    this.brackets = { node, prev: this.brackets, prevDelimiter: this.delimiters, active: true };
    this.pos++;
  }

  private closeBracket(): void {
    const start = this.pos;
    this.pos++;
    const opener = this.brackets;
    if (!opener) {
      this.addText(']');
      return;
    }
    this.brackets = opener.prev;
    const tail = opener.active ? this.linkTail(this.pos) : null;
    if (!tail) {
      this.addText(']');
      return;
    }
    const link = new Node('link');
    link.open = '[';
    link.close = this.src.slice(start, tail.end);
    link.dest = tail.dest;
    if (tail.dest.trim() !== '') {
      link.href = safeUrl(tail.dest, LINK_SCHEMES);
      if (!link.href) this.unsafe?.push(tail.dest.trim());
    }
    for (let n = opener.node.next; n;) {
      const next: Node | null = n.next;
      n.unlink();
      link.append(n);
      n = next;
    }
    this.root.append(link);
    this.processEmphasis(opener.prevDelimiter);
    opener.node.unlink();
    // No links inside links: the `[` before this one can no longer start one. Those below an inactive one already
    // are inactive, so the walk stops there and each bracket is visited once.
    for (let b = opener.prev; b && b.active; b = b.prev) b.active = false;
    this.pos = tail.end;
  }

  /** `(destination "title")` at `p`, after a `]`. */
  private linkTail(p: number): { dest: string; end: number } | null {
    const { src } = this;
    if (src.charCodeAt(p) !== OPEN_PAREN) return null;
    const t = (this.tables ??= new LinkTables(src));
    let i = t.skipSpace(p + 1);
    if (src.charCodeAt(i) === CLOSE_PAREN) return { dest: '', end: i + 1 };
    let destStart: number;
    let destEnd: number;
    let afterDest: number;
    if (src.charCodeAt(i) === LT) {
      let k = i + 1;
      for (; k < src.length; k++) {
        const c = src.charCodeAt(k);
        if (c === GT) break;
        if (c === LT || c === LF) return null;
        if (c === BACKSLASH) k++;
      }
      if (k >= src.length) return null;
      destStart = i + 1;
      destEnd = k;
      afterDest = k + 1;
    } else {
      const end = t.bareEnd(i);
      if (end <= i) return null;
      destStart = i;
      destEnd = end;
      afterDest = end;
    }
    i = t.skipSpace(afterDest);
    const q = src.charCodeAt(i);
    if (i > afterDest && (q === QUOTE || q === APOS || q === OPEN_PAREN)) {
      const close = this.titleEnd(i);
      if (close < 0) return null;
      i = t.skipSpace(close + 1);
    }
    if (src.charCodeAt(i) !== CLOSE_PAREN) return null;
    // Only now is the destination copied: a failed attempt costs no more than the table look-ups.
    return { dest: unescape(src.slice(destStart, destEnd)), end: i + 1 };
  }

  private titleEnd(start: number): number {
    const cached = this.titles.get(start);
    if (cached !== undefined) return cached;
    const { src } = this;
    const open = src.charCodeAt(start);
    const close = open === OPEN_PAREN ? CLOSE_PAREN : open;
    let end = -1;
    for (let k = start + 1; k < src.length; k++) {
      const c = src.charCodeAt(k);
      if (c === BACKSLASH) k++;
      else if (c === close) {
        end = k;
        break;
      } else if (c === OPEN_PAREN && open === OPEN_PAREN) break;
    }
    this.titles.set(start, end);
    return end;
  }

  /** `<scheme:…>`; `false` when the `<` starts no autolink (it is then text). */
  private autolink(): boolean {
    const { src } = this;
    let k = this.pos + 1;
    if (!isAsciiLetter(src.charCodeAt(k))) return false;
    k++;
    while (k < src.length && k - this.pos <= 32 && isSchemeChar(src.charCodeAt(k))) k++;
    if (k - this.pos - 1 < 2 || src.charCodeAt(k) !== 0x3a) return false;
    for (k++; k < src.length; k++) {
      const c = src.charCodeAt(k);
      if (c === GT) break;
      if (c <= SPACE || c === LT || c === 0x7f) return false;
    }
    if (k >= src.length) return false;
    const url = src.slice(this.pos + 1, k);
    const link = new Node('link');
    link.open = '<';
    link.close = '>';
    link.dest = url;
    link.href = safeUrl(url, LINK_SCHEMES);
    if (!link.href) this.unsafe?.push(url);
    link.append(new Node('text', url));
    this.root.append(link);
    this.pos = k + 1;
    return true;
  }

  private removeDelimiter(d: Delimiter): void {
    if (d.prev) d.prev.next = d.next;
    if (d.next) d.next.prev = d.prev;
    else this.delimiters = d.prev;
  }

  /** CommonMark's "process emphasis", for the delimiters above `bottom`. */
  private processEmphasis(bottom: Delimiter | null): void {
    if (this.delimiters === bottom) return;
    // Per kind of closer, the delimiter below which no opener can be found: keeps the search linear.
    const openersBottom = new Map<string, Delimiter | null>();
    let closer = this.delimiters;
    while (closer && closer.prev !== bottom) closer = closer.prev;
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.length % 3}`;
      const floor = openersBottom.has(key) ? (openersBottom.get(key) ?? null) : bottom;
      let opener = closer.prev;
      while (opener && opener !== bottom && opener !== floor) {
        const oddMatch =
          (closer.canOpen || opener.canClose) && closer.length % 3 !== 0 && (opener.length + closer.length) % 3 === 0;
        if (opener.char === closer.char && opener.canOpen && !oddMatch) break;
        opener = opener.prev;
      }
      if (opener && opener !== bottom && opener !== floor) {
        const use = closer.count >= 2 && opener.count >= 2 ? 2 : 1;
        opener.count -= use;
        closer.count -= use;
        opener.node.count = opener.count;
        closer.node.count = closer.count;
        const emphasis = new Node(use === 1 ? 'em' : 'strong');
        emphasis.open = emphasis.close = closer.char.repeat(use);
        for (let n = opener.node.next; n && n !== closer.node;) {
          const next: Node | null = n.next;
          n.unlink();
          emphasis.append(n);
          n = next;
        }
        opener.node.insertAfter(emphasis);
        for (let d = closer.prev; d && d !== opener;) {
          const prev: Delimiter | null = d.prev;
          this.removeDelimiter(d);
          d = prev;
        }
        if (opener.count === 0) {
          opener.node.unlink();
          this.removeDelimiter(opener);
        }
        if (closer.count === 0) {
          closer.node.unlink();
          const next = closer.next;
          this.removeDelimiter(closer);
          closer = next;
        }
      } else {
        openersBottom.set(key, closer.prev);
        const next = closer.next;
        if (!closer.canOpen) this.removeDelimiter(closer);
        closer = next;
      }
    }
    while (this.delimiters && this.delimiters !== bottom) this.removeDelimiter(this.delimiters);
  }
}

/**
 * Look-up tables over a paragraph for link destinations, built the first time a `](` appears. Without them each
 * failed `](` would scan ahead to the end of its destination, and a paragraph of `[a](x[a](x…` would take
 * quadratic time.
 */
class LinkTables {
  private readonly src: string;
  /** Parenthesis depth before each index (unescaped `(` minus `)`). */
  private readonly depth: Int32Array;
  /** The first index at or after i that is a space or control character (ends a bare destination). */
  private readonly nextStop: Int32Array;
  /** The first unmatched, unescaped `)` at or after i. */
  private readonly nextClose: Int32Array;
  /** The first index at or after i that is not a space or tab. */
  private readonly nextNonSpace: Int32Array;

  constructor(src: string) {
    this.src = src;
    const n = src.length;
    const escaped = new Uint8Array(n + 1);
    this.depth = new Int32Array(n + 1);
    let d = 0;
    for (let i = 0; i < n; i++) {
      this.depth[i] = d;
      if (escaped[i]) continue;
      const c = src.charCodeAt(i);
      if (c === BACKSLASH && isAsciiPunctuation(src.charCodeAt(i + 1))) escaped[i + 1] = 1;
      else if (c === OPEN_PAREN) d++;
      else if (c === CLOSE_PAREN) d--;
    }
    this.depth[n] = d;
    this.nextStop = new Int32Array(n + 1).fill(n);
    this.nextNonSpace = new Int32Array(n + 1).fill(n);
    this.nextClose = new Int32Array(n + 2).fill(n);
    for (let i = n - 1; i >= 0; i--) {
      const c = src.charCodeAt(i);
      this.nextStop[i] = c <= SPACE || c === 0x7f ? i : this.nextStop[i + 1];
      this.nextNonSpace[i] = c === SPACE || c === TAB ? this.nextNonSpace[i + 1] : i;
      if (escaped[i] || (c !== OPEN_PAREN && c !== CLOSE_PAREN)) this.nextClose[i] = this.nextClose[i + 1];
      else if (c === CLOSE_PAREN) this.nextClose[i] = i;
      else {
        // A `(` is matched by the first unmatched `)` after it; the answer is the next unmatched one after that.
        const match = this.nextClose[i + 1];
        this.nextClose[i] = match >= n ? n : this.nextClose[match + 1];
      }
    }
  }

  /** Skips spaces and tabs, and at most one line break. */
  skipSpace(i: number): number {
    if (i >= this.src.length) return this.src.length;
    let k = this.nextNonSpace[i];
    if (this.src.charCodeAt(k) === LF) k = this.nextNonSpace[k + 1];
    return k;
  }

  /** The end of a bare destination starting at i (balanced parentheses, no spaces), or -1. */
  bareEnd(i: number): number {
    const stop = this.nextStop[i];
    const close = this.nextClose[i];
    if (close < stop) return close;
    return this.depth[stop] === this.depth[i] ? stop : -1;
  }
}

function unescape(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isSchemeChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e;
}

function charBefore(src: string, i: number): string {
  const c = src.charCodeAt(i - 1);
  const isLowSurrogate = c >= 0xdc00 && c <= 0xdfff;
  return isLowSurrogate && i >= 2 ? src.slice(i - 2, i) : src[i - 1];
}

function isWhitespace(ch: string): boolean {
  return /^\s$/u.test(ch);
}

function isPunctuation(ch: string): boolean {
  return /^[\p{P}\p{S}]$/u.test(ch);
}

/**
 * The built tree as the public, plain-object tree: adjacent texts merged, links that are not allowed reduced to
 * their text, empty link text replaced by the destination, and levels past {@link MAX_DEPTH} shown as typed.
 * A loop with its own stack: a paragraph of 100,000 `*` nests that deep before the cut.
 */
function toInlines(root: Node): Inline[] {
  const top: Inline[] = [];
  interface Frame {
    node: Node | null;
    out: Inline[];
    depth: number;
    /** Text to add to `out` once the frame is done (the closing Markdown of a level shown as typed). */
    close: string;
  }
  const stack: Frame[] = [{ node: root.first, out: top, depth: 0, close: '' }];
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const node = frame.node;
    if (!node) {
      stack.pop();
      pushText(frame.out, frame.close);
      continue;
    }
    frame.node = node.next;
    if (node.kind === 'text') {
      pushText(frame.out, node.run ? node.run.repeat(node.count) : node.text);
    } else if (node.kind === 'br') {
      frame.out.push({ kind: 'br' });
    } else {
      if (node.kind === 'link' && !hasVisibleText(node)) {
        // A link with nothing to read would be an unnamed link: its address is its name.
        node.first = node.last = null;
        node.append(new Node('text', node.dest));
      }
      const allowed = node.kind !== 'link' || node.href !== undefined;
      if (allowed && frame.depth < MAX_DEPTH) {
        const children: Inline[] = [];
        frame.out.push(
          node.kind === 'link' ? { kind: 'link', href: node.href!, children } : { kind: node.kind, children },
        );
        stack.push({ node: node.first, out: children, depth: frame.depth + 1, close: '' });
      } else if (allowed) {
        pushText(frame.out, node.open);
        stack.push({ node: node.first, out: frame.out, depth: frame.depth, close: node.close });
      } else {
        stack.push({ node: node.first, out: frame.out, depth: frame.depth, close: '' });
      }
    }
  }
  return top;
}

function pushText(out: Inline[], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

/** Whether anything under `container` is text other than white space (a walk without recursion). */
function hasVisibleText(container: Node): boolean {
  let n = container.first;
  while (n) {
    if (n.kind === 'text' && /\S/.test(n.run || n.text)) return true;
    if (n.first) {
      n = n.first;
      continue;
    }
    while (n && n !== container && !n.next) n = n.parent;
    n = n && n !== container ? n.next : null;
  }
  return false;
}
