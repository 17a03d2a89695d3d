/**
 * HTML reduced to the Markdown subset of descriptions: TimelineJS texts, and the HTML a teacher writes inside
 * `<edu-event>`.
 *
 * Kept: paragraphs, line breaks, emphasis (`em`, `i`), strong (`strong`, `b`), links (`a[href]`, any scheme: the
 * Markdown renderer decides which may be links, and those that may not are listed in `dropped`), lists (`ul`, `ol`,
 * `li`), and the text of every other element. Dropped with their content: scripts, styles, embedded documents,
 * media, SVG, MathML and form controls; dropped alone: images and other empty elements. Everything dropped is named
 * in `dropped`, so the lesson check can tell the teacher.
 *
 * No DOMParser, innerHTML, `<template>` or range: pages that require Trusted Types block those, and innerHTML on an
 * element of the page's document runs the markup's loaders even while detached (`<img src=x onerror>` fires). HTML
 * text is read by a small tokenizer that follows the HTML tokenizer's rules for tags, attributes, comments and
 * raw-text elements, in linear time; nodes already in the page are walked as they are. Both feed one emitter, so the
 * rules are the same.
 */
import { escapeMarkdown } from './markdown.js';
import { LINK_SCHEMES, safeUrl } from './url.js';

/** The Markdown, and what had to go. */
export interface Reduced {
  markdown: string;
  /** tag names (lowercase, unique, sorted) and things dropped, e.g. ['iframe','img','script'] */
  dropped: string[];
}

/** Reduces an HTML fragment (a TimelineJS `text`, say) to the Markdown subset. Never throws. */
export function htmlToMarkdown(html: string): Reduced {
  const emitter = new Emitter();
  tokenize(html, emitter);
  return emitter.finish();
}

/**
 * The same for DOM nodes a teacher wrote in the page (children of `<edu-event>`), walking the live nodes (no
 * serialising/reparsing).
 */
export function nodesToMarkdown(nodes: Iterable<Node>): Reduced {
  const emitter = new Emitter();
  for (const node of nodes) walk(node, emitter);
  return emitter.finish();
}

/* ---------- what each element becomes ---------- */

/** Gone with everything inside: code, styles, other documents, media and controls whose text is no description. */
const DROP_WITH_CONTENT = new Set([
  'applet',
  'audio',
  'button',
  'canvas',
  'datalist',
  'dialog',
  'frameset',
  'iframe',
  'math',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'picture',
  'plaintext',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'video',
  'xmp',
]);

/** Empty elements that are dropped and reported. */
const DROP_EMPTY = new Set([
  'area',
  'base',
  'embed',
  'frame',
  'image',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
]);

/** The HTML tokenizer reads these elements' content as text up to their end tag, not as markup. */
const RAW_TEXT = new Set([
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
]);

/** Elements that start and end a paragraph (a blank line in Markdown). */
const PARAGRAPHS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'nav',
  'p',
  'pre',
  'section',
  'table',
]);

/** Elements that start and end a line: a `<div>` per line is what rich-text editors write. */
const LINES = new Set(['caption', 'dd', 'div', 'dt', 'figcaption', 'legend', 'summary', 'tr']);

type FormatKind = 'em' | 'strong' | 'link';

const FORMATS = new Map<string, FormatKind>([
  ['em', 'em'],
  ['i', 'em'],
  ['strong', 'strong'],
  ['b', 'strong'],
  ['a', 'link'],
]);

interface Format {
  kind: FormatKind;
  /** `*` or `_`: which one emphasis is written with, chosen when it is written. */
  char: string;
  /** For links: the destination, ready for Markdown. */
  dest: string;
  /** Elements of this kind open inside each other (`<em>…<i>…</i>…</em>`): one emphasis, closed by the last. */
  depth: number;
}

function opener(f: Format): string {
  return f.kind === 'link' ? '[' : f.char.repeat(f.kind === 'em' ? 1 : 2);
}

function closer(f: Format): string {
  return f.kind === 'link' ? `](${f.dest})` : opener(f);
}

/**
 * Writes the Markdown from a stream of start tags, end tags and text, whatever they were read from. White space is
 * collapsed as HTML does; breaks, list markers and emphasis are written lazily, just before the next visible text,
 * so that empty elements and white space at their edges leave nothing behind (`<em> a </em>` is ` *a* `, which
 * Markdown reads as emphasis, where `* a *` would not be).
 */
class Emitter {
  private readonly lines: string[] = [];
  /** The current line: Markdown already escaped, plus text still to escape (escaped as one piece, so that a list
   * marker split over two elements, `1<span>. </span>`, is still seen at the start of the line). */
  private line = '';
  private text = '';
  private lineHasText = false;
  private space = false;
  /** A line break (1) or paragraph break (2) to write before the next text. */
  private pendingBreak = 0;
  private brs = 0;
  private marker = '';
  private readonly lists: { ordered: boolean; next: number }[] = [];
  /** Emphasis and links written and still open, outermost first. */
  private open: Format[] = [];
  /** Ended, but the closing Markdown waits for the next text, so that `</em><em>` joins into one emphasis. */
  private closing: Format[] = [];
  /** Opened (or to reopen after a break), written with the next text; dropped if none comes. */
  private pending: Format[] = [];
  private skip: { name: string; depth: number } | null = null;
  private pre = 0;
  private readonly dropped = new Set<string>();

  /** A start tag. Returns whether the element's content is to be read (false for dropped elements). */
  start(name: string, attribute: (name: string) => string | null): boolean {
    if (this.skip) {
      if (name === this.skip.name) this.skip.depth++;
      return false;
    }
    if (DROP_WITH_CONTENT.has(name)) {
      this.dropped.add(name);
      this.skip = { name, depth: 1 };
      return false;
    }
    if (DROP_EMPTY.has(name)) {
      this.dropped.add(name);
      return false;
    }
    const format = FORMATS.get(name);
    if (format === 'link') {
      const href = attribute('href');
      if (href !== null && href.trim() !== '') this.openLink(href);
    } else if (format) {
      this.openFormat(format, '');
    } else if (name === 'br') {
      this.lineBreak();
    } else if (name === 'ul' || name === 'ol') {
      this.blockBreak(2);
      this.lists.push({ ordered: name === 'ol', next: name === 'ol' ? listStart(attribute('start')) : 1 });
    } else if (name === 'li') {
      this.blockBreak(1);
      const list = this.lists[this.lists.length - 1];
      // Nested lists are indented for whoever reads the Markdown (the subset has one level); capped, so 10,000
      // nested lists do not write 10,000 spaces on every line.
      const indent = '  '.repeat(Math.min(Math.max(0, this.lists.length - 1), 3));
      this.marker = list?.ordered ? `${indent}${list.next++}. ` : `${indent}- `;
    } else if (name === 'td' || name === 'th') {
      this.space = true;
    } else if (PARAGRAPHS.has(name) || LINES.has(name)) {
      this.blockBreak(PARAGRAPHS.has(name) ? 2 : 1);
      if (name === 'pre') this.pre++;
    }
    return true;
  }

  end(name: string): void {
    if (this.skip) {
      if (name === this.skip.name && --this.skip.depth === 0) this.skip = null;
      return;
    }
    const format = FORMATS.get(name);
    if (format) {
      this.closeFormat(format);
    } else if (name === 'ul' || name === 'ol') {
      this.lists.pop();
      this.blockBreak(2);
    } else if (name === 'li') {
      this.blockBreak(1);
    } else if (name === 'td' || name === 'th') {
      this.space = true;
    } else if (PARAGRAPHS.has(name) || LINES.has(name)) {
      this.blockBreak(PARAGRAPHS.has(name) ? 2 : 1);
      if (name === 'pre') this.pre = Math.max(0, this.pre - 1);
    }
  }

  /** Text, entities already decoded. */
  chars(data: string): void {
    if (this.skip) return;
    if (this.pre) {
      const lines = data.split(/\r\n?|\n/);
      lines.forEach((line, i) => {
        if (i > 0) this.lineBreak();
        this.words(line);
      });
    } else {
      this.words(data);
    }
  }

  finish(): Reduced {
    this.flushClosing();
    for (const f of this.open.reverse()) this.writeMarkup(closer(f));
    this.endLine();
    return { markdown: this.lines.join('\n').trim(), dropped: [...this.dropped].sort() };
  }

  private words(data: string): void {
    const words = data.replace(/\0/g, '\uFFFD').split(/[ \t\n\f\r]+/);
    words.forEach((word, i) => {
      if (i > 0) this.space = true;
      if (word !== '') this.write(word);
    });
  }

  /** Visible text: first whatever waits (breaks, closing and opening Markdown, a space). */
  private write(text: string): void {
    if (this.pendingBreak || this.marker) this.newLine();
    this.flushClosing();
    if (this.space && this.lineHasText) this.text += ' ';
    this.space = false;
    for (const f of this.pending) {
      // Written right after a closing `*`, another `*` would join its run (`*a**b*****c**` for misnested
      // `<em>a<strong>b</em>c</strong>`) and be read another way: `_` keeps the runs apart.
      f.char = f.kind !== 'link' && this.text === '' && this.line.endsWith('*') ? '_' : '*';
      this.writeMarkup(opener(f));
      this.open.push(f);
    }
    this.pending = [];
    this.text += text;
    this.lineHasText = true;
    this.brs = 0;
  }

  private writeMarkup(markup: string): void {
    this.line += escapeMarkdown(this.text) + markup;
    this.text = '';
  }

  private endLine(): void {
    this.line += escapeMarkdown(this.text);
    this.text = '';
    this.lines.push(this.line);
    this.line = '';
  }

  private newLine(): void {
    const started = this.lines.length > 0 || this.line !== '' || this.text !== '';
    if (started) {
      // Emphasis cannot run over a paragraph or list item in Markdown: close it here and open it again after.
      this.flushClosing();
      for (const f of [...this.open].reverse()) this.writeMarkup(closer(f));
      this.pending = [...this.open, ...this.pending];
      this.open = [];
      this.endLine();
      if (this.pendingBreak === 2) this.lines.push('');
    }
    // An indented line carries on the list item above it.
    const indent = this.marker || !this.lists.length ? '' : '  ';
    this.line = indent + this.marker;
    this.marker = '';
    this.pendingBreak = 0;
    this.lineHasText = false;
    this.space = false;
  }

  private blockBreak(level: 1 | 2): void {
    // Inside a list a blank line would end the item, so paragraphs there are lines.
    const wanted = this.lists.length ? 1 : level;
    this.pendingBreak = Math.max(this.pendingBreak, wanted);
    this.brs = 0;
  }

  private lineBreak(): void {
    // Two <br> in a row look like a paragraph break, and are one.
    this.brs++;
    this.pendingBreak = Math.max(this.pendingBreak, this.brs >= 2 && !this.lists.length ? 2 : 1);
  }

  private openLink(href: string): void {
    const url = urlOfAttribute(href);
    if (!safeUrl(url, LINK_SCHEMES)) this.dropped.add(describeLink(url));
    // An <a> inside an <a> ends the first, as the HTML parser does.
    if ([...this.open, ...this.pending].some((f) => f.kind === 'link')) this.closeFormat('link', true);
    this.openFormat('link', toDestination(url));
  }

  private openFormat(kind: FormatKind, dest: string): void {
    const same = [...this.open, ...this.pending].find((f) => f.kind === kind);
    if (same) {
      same.depth++;
      return;
    }
    const last = this.closing[this.closing.length - 1];
    if (last?.kind === kind && last.dest === dest) {
      this.closing.pop();
      last.depth = 1;
      this.open.push(last);
      return;
    }
    this.pending.push({ kind, char: '*', dest, depth: 1 });
  }

  private closeFormat(kind: FormatKind, all = false): void {
    const p = lastIndex(this.pending, kind);
    if (p >= 0) {
      // Nothing was written inside it: an empty element leaves nothing.
      if (all || --this.pending[p].depth === 0) this.pending.splice(p, 1);
      return;
    }
    const i = lastIndex(this.open, kind);
    if (i < 0 || (!all && --this.open[i].depth > 0)) return;
    // Misnested (`<em>a<strong>b</em>c</strong>`): what was opened inside is closed with it and opened again after.
    const inner = this.open.splice(i + 1);
    const target = this.open.pop()!;
    this.closing.push(...[...inner].reverse(), target);
    this.pending = [...inner, ...this.pending];
  }

  private flushClosing(): void {
    for (const f of this.closing) this.writeMarkup(closer(f));
    this.closing = [];
  }
}

function lastIndex(formats: Format[], kind: FormatKind): number {
  for (let i = formats.length - 1; i >= 0; i--) if (formats[i].kind === kind) return i;
  return -1;
}

function listStart(value: string | null): number {
  const n = Number(value?.trim());
  return value !== null && Number.isInteger(n) && n >= 0 && n <= 999_999_999 ? n : 1;
}

/** The URL as the browser's URL parser sees it: without tabs and newlines, and trimmed of controls and spaces. */
function urlOfAttribute(href: string): string {
  const text = href.replace(/[\t\n\r]/g, '');
  let a = 0;
  let b = text.length;
  while (a < b && text.charCodeAt(a) <= 0x20) a++;
  while (b > a && text.charCodeAt(b - 1) <= 0x20) b--;
  return text.slice(a, b);
}

/** A URL as a Markdown link destination: parentheses and backslashes escaped, spaces and controls encoded. */
function toDestination(url: string): string {
  return url.replace(/[\\()]/g, '\\$&').replace(/[\0-\x20\x7f<>]/g, (c) => encodeURIComponent(c));
}

/** "javascript: link", "data: link" … for `dropped`. */
function describeLink(url: string): string {
  try {
    return `${new URL(url, document.baseURI).protocol} link`;
  } catch {
    return 'invalid link';
  }
}

/* ---------- HTML text ---------- */

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Reads an HTML string as the HTML tokenizer would, and feeds the emitter. Each character is looked at a bounded
 * number of times (searches that can fail are remembered), so hostile input takes linear time. */
function tokenize(html: string, emitter: Emitter): void {
  const n = html.length;
  const find = finder(html);
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      emitter.chars(decodeEntities(html.slice(i), false));
      return;
    }
    if (lt > i) emitter.chars(decodeEntities(html.slice(i, lt), false));
    const c = html.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) {
      if (html.startsWith('<!--', lt)) {
        // `<!-->` and `<!--->` are whole (empty) comments; otherwise a comment ends at `-->` or `--!>`.
        if (html.startsWith('>', lt + 4)) i = lt + 5;
        else if (html.startsWith('->', lt + 4)) i = lt + 6;
        else {
          const a = find('-->', lt + 4);
          const b = find('--!>', lt + 4);
          i = Math.min(a < 0 ? n : a + 3, b < 0 ? n : b + 4);
        }
      } else if (html.startsWith('[CDATA[', lt + 2)) {
        const end = find(']]>', lt + 9);
        i = end < 0 ? n : end + 3;
      } else {
        i = afterBogusComment(html, lt + 2);
      }
    } else if (c === 0x3f /* ? */) {
      i = afterBogusComment(html, lt + 2);
    } else if (c === 0x2f /* / */) {
      const d = html.charCodeAt(lt + 2);
      if (isAsciiLetter(d)) {
        const tag = readTag(html, lt + 2);
        if (!tag) return;
        // `</br>` is a line break to browsers too.
        if (tag.name === 'br') emitter.start('br', () => null);
        else emitter.end(tag.name);
        i = tag.end;
      } else if (d === 0x3e /* > */) {
        i = lt + 3;
      } else if (lt + 2 >= n) {
        emitter.chars('</');
        return;
      } else {
        i = afterBogusComment(html, lt + 2);
      }
    } else if (isAsciiLetter(c)) {
      const tag = readTag(html, lt + 1);
      if (!tag) return;
      emitter.start(tag.name, (name) => tag.attributes.get(name) ?? null);
      i = tag.end;
      if (RAW_TEXT.has(tag.name)) {
        const close = tag.name === 'plaintext' ? null : findEndTag(html, tag.name, i);
        emitter.chars(html.slice(i, close ? close.start : n));
        emitter.end(tag.name);
        i = close ? close.end : n;
      } else if (tag.selfClosing && (tag.name === 'svg' || tag.name === 'math')) {
        // In HTML only foreign elements honour `/>`.
        emitter.end(tag.name);
      }
    } else {
      emitter.chars('<');
      i = lt + 1;
    }
  }
}

function afterBogusComment(html: string, from: number): number {
  const end = html.indexOf('>', from);
  return end < 0 ? html.length : end + 1;
}

/**
 * `indexOf` that remembers its last answer per pattern: when the next search starts before it, the answer is the
 * same; when a pattern is not there at all, it is not looked for again.
 */
function finder(text: string): (pattern: string, from: number) => number {
  const last = new Map<string, number>();
  return (pattern, from) => {
    const known = last.get(pattern);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const found = text.indexOf(pattern, from);
    last.set(pattern, found);
    return found;
  };
}

interface Tag {
  name: string;
  attributes: Map<string, string>;
  selfClosing: boolean;
  /** The index just after the tag's `>`. */
  end: number;
}

/** A tag from its name (at `p`) to its `>`, or null when the text ends inside it (browsers drop such a tag). */
function readTag(html: string, p: number): Tag | null {
  const n = html.length;
  let k = p;
  while (k < n) {
    const c = html.charCodeAt(k);
    if (isWhitespace(c) || c === 0x2f || c === 0x3e) break;
    k++;
  }
  const name = html.slice(p, k).toLowerCase();
  const attributes = new Map<string, string>();
  let selfClosing = false;
  for (;;) {
    while (k < n && isWhitespace(html.charCodeAt(k))) k++;
    if (k >= n) return null;
    const c = html.charCodeAt(k);
    if (c === 0x3e) return { name, attributes, selfClosing, end: k + 1 };
    if (c === 0x2f) {
      selfClosing = html.charCodeAt(k + 1) === 0x3e;
      k++;
      continue;
    }
    // An attribute name runs to white space, `/`, `>` or `=` (a leading `=` is part of it).
    const nameStart = k++;
    while (k < n) {
      const d = html.charCodeAt(k);
      if (isWhitespace(d) || d === 0x2f || d === 0x3e || d === 0x3d) break;
      k++;
    }
    const attribute = html.slice(nameStart, k).toLowerCase();
    while (k < n && isWhitespace(html.charCodeAt(k))) k++;
    let value = '';
    if (html.charCodeAt(k) === 0x3d) {
      k++;
      while (k < n && isWhitespace(html.charCodeAt(k))) k++;
      const q = html[k];
      if (q === '"' || q === "'") {
        const end = html.indexOf(q, k + 1);
        if (end < 0) return null;
        value = html.slice(k + 1, end);
        k = end + 1;
      } else {
        const start = k;
        while (k < n && !isWhitespace(html.charCodeAt(k)) && html.charCodeAt(k) !== 0x3e) k++;
        value = html.slice(start, k);
      }
    }
    // The first of two attributes with one name wins, as in browsers.
    if (!attributes.has(attribute)) attributes.set(attribute, decodeEntities(value, true));
  }
}

/** The end tag of a raw-text element: `</name` (any case) followed by white space, `/` or `>`. */
function findEndTag(html: string, name: string, from: number): { start: number; end: number } | null {
  for (let k = from; ;) {
    const lt = html.indexOf('</', k);
    if (lt < 0) return null;
    const after = html.charCodeAt(lt + 2 + name.length);
    if (
      html.slice(lt + 2, lt + 2 + name.length).toLowerCase() === name &&
      (isWhitespace(after) || after === 0x2f || after === 0x3e)
    ) {
      const tag = readTag(html, lt + 2);
      return { start: lt, end: tag ? tag.end : html.length };
    }
    k = lt + 2;
  }
}

/* ---------- entities ---------- */

/** The named character references kept; any other stays as typed. */
const NAMED: Record<string, string> = {
  amp: '&',
  AMP: '&',
  lt: '<',
  LT: '<',
  gt: '>',
  GT: '>',
  quot: '"',
  QUOT: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  times: '×',
  divide: '÷',
  plusmn: '±',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup2: '²',
  sup3: '³',
  micro: 'µ',
  para: '¶',
  sect: '§',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  iexcl: '¡',
  iquest: '¿',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  Egrave: 'È',
  ecirc: 'ê',
  euml: 'ë',
  aacute: 'á',
  agrave: 'à',
  Agrave: 'À',
  acirc: 'â',
  atilde: 'ã',
  aring: 'å',
  aelig: 'æ',
  ccedil: 'ç',
  Ccedil: 'Ç',
  iacute: 'í',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  ucirc: 'û',
  uuml: 'ü',
  Uuml: 'Ü',
  ouml: 'ö',
  Ouml: 'Ö',
  auml: 'ä',
  Auml: 'Ä',
  szlig: 'ß',
  oelig: 'œ',
};

/** Names browsers also read without the `;` (the Latin-1 ones), longest first so `&copyright` is `©right`. */
const LEGACY = Object.keys(NAMED)
  .filter((name) => NAMED[name].length === 1 && NAMED[name].charCodeAt(0) <= 0xff && name !== 'apos')
  .sort((a, b) => b.length - a.length);

/** Windows-1252 for the C1 range, which is what `&#146;` in old word-processor HTML means (and browsers show). */
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

function decodeEntities(text: string, inAttribute: boolean): string {
  let out = '';
  let i = 0;
  for (;;) {
    const amp = text.indexOf('&', i);
    if (amp < 0) return out + text.slice(i);
    out += text.slice(i, amp);
    const [decoded, next] = entityAt(text, amp, inAttribute);
    out += decoded;
    i = next;
  }
}

/** The character reference at `amp` and the index after it; a lone `&` when there is none. */
function entityAt(text: string, amp: number, inAttribute: boolean): [string, number] {
  const n = text.length;
  if (text[amp + 1] === '#') {
    let k = amp + 2;
    const hex = text[k] === 'x' || text[k] === 'X';
    if (hex) k++;
    const start = k;
    let value = 0;
    for (; k < n; k++) {
      const digit = parseInt(text[k], hex ? 16 : 10);
      if (Number.isNaN(digit)) break;
      // Past the last code point the value only needs to stay invalid, not grow without bound.
      value = Math.min(value * (hex ? 16 : 10) + digit, 0x110000);
    }
    if (k === start) return ['&', amp + 1];
    if (text[k] === ';') k++;
    return [fromCodePoint(value), k];
  }
  let k = amp + 1;
  while (k < n && k - amp <= 32 && /[A-Za-z0-9]/.test(text[k])) k++;
  const name = text.slice(amp + 1, k);
  if (name && text[k] === ';' && Object.hasOwn(NAMED, name)) return [NAMED[name], k + 1];
  const legacy = LEGACY.find((l) => name.startsWith(l));
  if (legacy) {
    // In an attribute `&copy=` or `&copyx` is text (it is likely part of a URL's query), as in browsers.
    const after = text[amp + 1 + legacy.length];
    if (inAttribute && (legacy.length < name.length || after === '=')) return ['&', amp + 1];
    return [NAMED[legacy], amp + 1 + legacy.length];
  }
  return ['&', amp + 1];
}

function fromCodePoint(value: number): string {
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(WINDOWS_1252[value] ?? value);
}

/* ---------- DOM nodes ---------- */

/** Walks a node and its descendants in document order, without recursion (a page's DOM can be deep). */
function walk(root: Node, emitter: Emitter): void {
  let node: Node | null = root;
  while (node) {
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE) emitter.chars((node as Text).data);
    else if (node.nodeType === Node.ELEMENT_NODE) descend = emitter.start(nameOf(node), attributeOf(node as Element));
    else if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) descend = true;
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    for (;;) {
      if (node.nodeType === Node.ELEMENT_NODE) emitter.end(nameOf(node));
      if (node === root) return;
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode!;
    }
  }
}

function nameOf(node: Node): string {
  return (node as Element).localName.toLowerCase();
}

function attributeOf(el: Element): (name: string) => string | null {
  return (name) => el.getAttribute(name);
}

/** What {@link Reduced.dropped} names (`img`, `javascript: link`), in words. */
const DROPPED_WORDS: Record<string, string> = {
  img: 'images',
  image: 'images',
  picture: 'images',
  iframe: 'iframes',
  frame: 'iframes',
  embed: 'embedded objects',
  object: 'embedded objects',
  video: 'videos',
  audio: 'sound',
  script: 'scripts',
  noscript: 'scripts',
  style: 'styles',
  svg: 'drawings (SVG)',
  canvas: 'drawings (canvas)',
  math: 'formulas (MathML)',
  button: 'form controls',
  input: 'form controls',
  select: 'form controls',
  textarea: 'form controls',
};

/** One entry of {@link Reduced.dropped} in a teacher's words: "iframes", `links to "javascript:" addresses`. */
export function describeDropped(what: string): string {
  const scheme = /^(.*:) link$/.exec(what);
  return scheme ? `links to "${scheme[1]}" addresses` : (DROPPED_WORDS[what] ?? `<${what}> elements`);
}
