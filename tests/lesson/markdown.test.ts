/**
 * The Markdown subset of descriptions (issue #4, point 5): what it reads, what stays text, which links may be
 * links, and that hostile input takes linear time.
 */
import { expect } from '@open-wc/testing';
import { escapeMarkdown, parseMarkdown, unsafeLinks, type Block, type Inline } from '../../src/lesson/markdown.js';
import { HOSTILE_ESCAPE, HOSTILE_MARKDOWN } from '../helpers/hostile-inputs.js';
import { blockShapes, shape } from '../helpers/rich-text.js';

/** The one paragraph a text parses to, as {@link shape}. */
function para(text: string): string {
  const blocks = parseMarkdown(text);
  expect(blocks.length, `one block for ${JSON.stringify(text)}`).to.equal(1);
  expect(blocks[0].kind).to.equal('paragraph');
  return shape((blocks[0] as Extract<Block, { kind: 'paragraph' }>).children);
}

/** Blocks as short strings: `p(…)`, `ul(…|…)`, `ol3(…)`. */
function blocks(text: string): string[] {
  return blockShapes(parseMarkdown(text));
}

/** Every link in the tree, however deep. */
function links(text: string): string[] {
  const found: string[] = [];
  const visit = (inlines: readonly Inline[]): void => {
    for (const i of inlines) {
      if (i.kind === 'link') found.push(i.href);
      if ('children' in i) visit(i.children);
    }
  };
  for (const b of parseMarkdown(text)) {
    if (b.kind === 'paragraph') visit(b.children);
    else b.items.forEach(visit);
  }
  return found;
}

/** The greatest nesting of emphasis and links. */
function depth(inlines: readonly Inline[]): number {
  return Math.max(0, ...inlines.map((i) => ('children' in i ? 1 + depth(i.children) : 0)));
}

const BASE = document.baseURI;

describe('parseMarkdown: emphasis', () => {
  it('reads *em*, _em_, **strong** and __strong__', () => {
    expect(para('a *b* _c_ **d** __e__')).to.equal('a <em>b</em> <em>c</em> <strong>d</strong> <strong>e</strong>');
  });

  it('nests them, as CommonMark does', () => {
    expect(para('***a***')).to.equal('<em><strong>a</strong></em>');
    expect(para('*a **b** c*')).to.equal('<em>a <strong>b</strong> c</em>');
    expect(para('**a *b* c**')).to.equal('<strong>a <em>b</em> c</strong>');
  });

  it('leaves snake_case, 5 * 3 and lone delimiters as text', () => {
    expect(para('snake_case_name and __init__ file_')).to.equal('snake_case_name and <strong>init</strong> file_');
    expect(para('5 * 3 * 2')).to.equal('5 * 3 * 2');
    expect(para('*not closed')).to.equal('*not closed');
    expect(para('** not emphasis **')).to.equal('** not emphasis **');
  });

  it('reads * inside a word (un*frigging*believable), but not _', () => {
    expect(para('un*frigging*believable')).to.equal('un<em>frigging</em>believable');
    expect(para('un_frigging_believable')).to.equal('un_frigging_believable');
  });

  it('runs over a line break within a paragraph, not over a blank line', () => {
    expect(para('*one\ntwo*')).to.equal('<em>one<br>two</em>');
    expect(blocks('*one\n\ntwo*')).to.deep.equal(['p(*one)', 'p(two*)']);
  });

  it('shows what is nested deeper than 8 levels as typed, without recursing on it', () => {
    const text = `${'*'.repeat(20)}a${'*'.repeat(20)}`;
    const [block] = parseMarkdown(text) as [Extract<Block, { kind: 'paragraph' }>];
    expect(depth(block.children)).to.equal(8);
    expect(para(text)).to.equal(`${'<strong>'.repeat(8)}****a****${'</strong>'.repeat(8)}`);
    const links = `${'*a '.repeat(12)}[x](https://example.org/)${' b*'.repeat(12)}`;
    const [linked] = parseMarkdown(links) as [Extract<Block, { kind: 'paragraph' }>];
    expect(depth(linked.children)).to.be.at.most(8);
    expect(para(links)).to.contain('[x](https://example.org/)');
  });
});

describe('parseMarkdown: links', () => {
  it('reads [text](url), with a title ignored and <…> around a URL with spaces', () => {
    expect(para('[one](https://example.org/a) [two](https://example.org/b "A title")')).to.equal(
      '<a https://example.org/a>one</a> <a https://example.org/b>two</a>',
    );
    expect(para("[three](<https://example.org/a b> 'title')")).to.equal('<a https://example.org/a%20b>three</a>');
    expect(para('[four](https://example.org/c (title))')).to.equal('<a https://example.org/c>four</a>');
  });

  it('keeps balanced parentheses in a URL (Wikipedia) and reads backslash escapes in it', () => {
    expect(links('[x](https://en.wikipedia.org/wiki/Partition_(politics))')).to.deep.equal([
      'https://en.wikipedia.org/wiki/Partition_(politics)',
    ]);
    expect(links('[x](https://example.org/a\\)b)')).to.deep.equal(['https://example.org/a)b']);
    expect(para('[x](https://example.org/a(b)')).to.equal('[x](https://example.org/a(b)');
  });

  it('reads <https://…> autolinks, mailto: and relative URLs (made absolute against the page)', () => {
    expect(para('See <https://example.org/x>.')).to.equal('See <a https://example.org/x>https://example.org/x</a>.');
    expect(links('[mail](mailto:teacher@example.org)')).to.deep.equal(['mailto:teacher@example.org']);
    expect(links('[map](images/map.png)')).to.deep.equal([new URL('images/map.png', BASE).href]);
  });

  it('allows emphasis in link text but no link inside a link', () => {
    expect(para('[*a* **b**](https://example.org/)')).to.equal(
      '<a https://example.org/><em>a</em> <strong>b</strong></a>',
    );
    expect(para('[a [b](https://b.example/)](https://a.example/)')).to.equal(
      '[a <a https://b.example/>b</a>](https://a.example/)',
    );
  });

  it('names an empty link by its address', () => {
    expect(para('[](https://example.org/)')).to.equal('<a https://example.org/>https://example.org/</a>');
    expect(para('[ ](https://example.org/)')).to.equal('<a https://example.org/>https://example.org/</a>');
  });

  const bad = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ];
  for (const href of bad) {
    it(`shows a link to ${JSON.stringify(href)} as its text only, and unsafeLinks names it`, () => {
      const text = `Click [here](${href.startsWith(' ') ? `<${href}>` : href}) now`;
      expect(para(text)).to.equal('Click here now');
      expect(links(text)).to.deep.equal([]);
      expect(unsafeLinks(text)).to.deep.equal([href.trim()]);
    });
  }

  it('is not fooled by a tab or newline inside the scheme (the URL parser removes them)', () => {
    for (const text of ['[x](<java\tscript:alert(1)>)', '[x](java\tscript:alert(1))', '[x](<java\nscript:alert(1)>)']) {
      expect(links(text), JSON.stringify(text)).to.deep.equal([]);
      expect(shape(parseMarkdown(text).flatMap((b) => (b.kind === 'paragraph' ? b.children : [])))).to.not.contain(
        '<a',
      );
    }
    expect(unsafeLinks('[x](<java\tscript:alert(1)>)')).to.deep.equal(['java\tscript:alert(1)']);
  });

  it('treats a disallowed autolink the same way', () => {
    expect(para('<javascript:alert(1)>')).to.equal('javascript:alert(1)');
    expect(unsafeLinks('<javascript:alert(1)> and <https://example.org/>')).to.deep.equal(['javascript:alert(1)']);
  });

  it('unsafeLinks lists each bad href once, and not an empty ()', () => {
    expect(
      unsafeLinks('[a](javascript:x) [b](javascript:x) [c]() [d](https://example.org/) [e](data:,x)'),
    ).to.deep.equal(['javascript:x', 'data:,x']);
    expect(unsafeLinks('no links at all')).to.deep.equal([]);
  });
});

describe('parseMarkdown: lines, paragraphs and lists', () => {
  it('a newline is a line break, a blank line a new paragraph, \\r\\n as \\n', () => {
    expect(blocks('one\ntwo\n\nthree')).to.deep.equal(['p(one<br>two)', 'p(three)']);
    expect(blocks('one\r\ntwo\r\n\r\n\r\nthree')).to.deep.equal(['p(one<br>two)', 'p(three)']);
    expect(blocks('  indented  \n\n\n')).to.deep.equal(['p(indented)']);
    expect(blocks('')).to.deep.equal([]);
    expect(blocks(' \n\t\n')).to.deep.equal([]);
  });

  it('reads - * + lists and 1. 1) lists, keeping the first number', () => {
    expect(blocks('- a\n* b\n+ c')).to.deep.equal(['ul(a|b|c)']);
    expect(blocks('1. a\n2. b')).to.deep.equal(['ol1(a|b)']);
    expect(blocks('3) c\n4) d')).to.deep.equal(['ol3(c|d)']);
    expect(blocks('- *em* and [x](https://example.org/)')).to.deep.equal([
      'ul(<em>em</em> and <a https://example.org/>x</a>)',
    ]);
  });

  it('a list may follow a paragraph line directly; text at the margin after it is a new paragraph', () => {
    expect(blocks('Causes:\n- poverty\n- weapons\nThen war.')).to.deep.equal([
      'p(Causes:)',
      'ul(poverty|weapons)',
      'p(Then war.)',
    ]);
  });

  it('an indented line continues the item above it; a blank line between items keeps one list', () => {
    expect(blocks('- one\n  more\n- two')).to.deep.equal(['ul(one<br>more|two)']);
    expect(blocks('- one\n\n- two')).to.deep.equal(['ul(one|two)']);
    expect(blocks('- one\n1. two')).to.deep.equal(['ul(one)', 'ol1(two)']);
  });

  it('a year at the start of a line inside a paragraph is no list (only 1. interrupts a paragraph)', () => {
    expect(blocks('In\n1984. Orwell')).to.deep.equal(['p(In<br>1984. Orwell)']);
    expect(blocks('1984. Orwell')).to.deep.equal(['ol1984(Orwell)']);
  });

  it('a marker needs a space and some text after it', () => {
    expect(blocks('-5 degrees\n-\n1.5 million\n**bold**')).to.deep.equal([
      'p(-5 degrees<br>-<br>1.5 million<br><strong>bold</strong>)',
    ]);
    expect(blocks('1234567890. ten digits')).to.deep.equal(['p(1234567890. ten digits)']);
  });
});

describe('parseMarkdown: everything else is text', () => {
  const literal = [
    '# Not a heading',
    '<img src=x onerror="alert(1)">',
    '<script>alert(1)</script>',
    '![a map](https://example.org/map.png)',
    '`code` and ```fenced```',
    '| a | b |\n|---|---|',
    '&lt;script&gt; &amp; &#60;',
    '> not a quote',
    '---',
    'lit$123$ <?lit$1$> {{x}} <!--?lit$1$-->',
    'https://example.org/bare',
  ];
  for (const text of literal) {
    it(`keeps ${JSON.stringify(text)} as typed`, () => {
      expect(para(text)).to.equal(text.replace(/\n/g, '<br>'));
    });
  }

  it('reads backslash escapes, and keeps a backslash before anything else', () => {
    expect(para('\\*a\\* \\_b\\_ \\[c\\](d) \\\\ \\q')).to.equal('*a* _b_ [c](d) \\ \\q');
    expect(para('a\\\nb')).to.equal('a<br>b');
  });

  it('replaces NUL with U+FFFD', () => {
    expect(para('a\0b')).to.equal('a\uFFFDb');
  });
});

describe('escapeMarkdown', () => {
  const samples = [
    'a * b _c_ [d](e) `f` \\g <https://h.example/>',
    '**not strong** __nor this__',
    '- not a list',
    '+ nor this',
    '* nor this',
    '1. not a list',
    '12) nor this',
    '2021. A year',
    'snake_case and 5*3',
    '![img](x)',
    '<b>bold</b> &amp;',
  ];
  for (const text of samples) {
    it(`escaped, ${JSON.stringify(text)} reads back as exactly that text`, () => {
      expect(para(escapeMarkdown(text))).to.equal(text);
    });
  }

  it('escapes list markers at the start of every line, after indentation', () => {
    expect(blocks(escapeMarkdown('intro\n- a\n  1. b'))).to.deep.equal(['p(intro<br>- a<br>1. b)']);
    expect(escapeMarkdown('- a\n1) b')).to.equal('\\- a\n1\\) b');
  });
});

// How long each of these takes is measured by `npm run bench:input`, against budgets; here, what comes out. A
// reader that turned quadratic would take minutes on them: the test's timeout ends it.
describe('parseMarkdown: hostile input', () => {
  const N = 100_000;
  for (const [name, text] of Object.entries(HOSTILE_MARKDOWN)) {
    it(name, function () {
      this.timeout(10_000);
      const value = parseMarkdown(text);
      expect(value.length).to.be.greaterThan(0);
      // Every hostile text holds at most the one safe link it was written with.
      expect(unsafeLinks(text)).to.deep.equal([]);
    });
  }

  it('keeps 100,000 [ and 100,000 * as text', () => {
    expect(para('['.repeat(N))).to.equal('['.repeat(N));
    expect(para('*'.repeat(N))).to.equal('*'.repeat(N));
  });

  it('escapeMarkdown on long runs of spaces and markers', function () {
    this.timeout(10_000);
    expect(para(escapeMarkdown(HOSTILE_ESCAPE))).to.equal(`${'- '.repeat(N).trim()}<br>${'1. '.repeat(N).trim()}`);
  });
});
