/**
 * HTML reduced to the Markdown subset (issue #4, point 5): TimelineJS texts and a teacher's `<edu-event>` children.
 * The Markdown is checked by what parseMarkdown makes of it, since that is what a reader sees.
 */
import { expect } from '@open-wc/testing';
import { htmlToMarkdown, nodesToMarkdown } from '../../src/lesson/html-to-markdown.js';
import { parseMarkdown } from '../../src/lesson/markdown.js';
import { HOSTILE_HTML } from '../helpers/hostile-inputs.js';
import { blockShapes } from '../helpers/rich-text.js';

/** What the reader sees of some HTML once reduced: blocks as `p(…)`, `ul(…|…)`, `ol3(…)`. */
function seen(html: string): string[] {
  return blockShapes(parseMarkdown(htmlToMarkdown(html).markdown));
}

function md(html: string): string {
  return htmlToMarkdown(html).markdown;
}

/** The body of an inert document parsed by the browser (tests only: the module itself never parses HTML). */
function parsed(html: string): NodeListOf<ChildNode> {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body.childNodes;
}

describe('htmlToMarkdown: what is kept', () => {
  it('paragraphs, line breaks, emphasis, strong and links', () => {
    // Two emphases with only a space between read the same as one.
    expect(md('<p>One <em>two</em> <i>three</i></p><p>Four<br>five <strong>six</strong>, <b>seven</b></p>')).to.equal(
      'One *two three*\n\nFour\nfive **six**, **seven**',
    );
    expect(seen('<p>See <a href="https://example.org/a_(b)">the <em>source</em></a>.</p>')).to.deep.equal([
      'p(See <a https://example.org/a_(b)>the <em>source</em></a>.)',
    ]);
  });

  it('lists, with an ordered list keeping its start, and paragraphs around them', () => {
    expect(md('<p>Causes:</p><ul><li>poverty</li><li>weapons <em>smuggled</em></li></ul><p>Then</p>')).to.equal(
      'Causes:\n\n- poverty\n- weapons *smuggled*\n\nThen',
    );
    expect(seen('<ol start="3"><li>c<li>d</ol>')).to.deep.equal(['ol3(c|d)']);
    expect(seen('<ol><li><p>one</p><p>more</p></li><li>two</li></ol>')).to.deep.equal(['ol1(one<br>more|two)']);
  });

  it('nested lists become items of one level; the text of other elements stays', () => {
    expect(seen('<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>')).to.deep.equal(['ul(a|b|c)']);
    expect(
      seen('<div>line one</div><div>line <span class="x">two</span></div><h2>Heading</h2><blockquote>q</blockquote>'),
    ).to.deep.equal(['p(line one<br>line two)', 'p(Heading)', 'p(q)']);
    expect(seen('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).to.deep.equal(['p(a b<br>c)']);
  });

  it('collapses white space as HTML does, keeps no-break spaces, and trims', () => {
    expect(md('  <p>\n  a   b\t\n c  </p>  ')).to.equal('a b c');
    expect(md('a&nbsp;&nbsp;b')).to.equal('a\u00a0\u00a0b');
    expect(md('<p><em> spaced </em>out</p>')).to.equal('*spaced* out');
    expect(md('<pre>line 1\nline 2</pre>')).to.equal('line 1\nline 2');
  });

  it('two <br> in a row are a paragraph break; empty elements leave nothing', () => {
    expect(seen('a<br><br>b<br>c')).to.deep.equal(['p(a)', 'p(b<br>c)']);
    expect(md('<p></p><em></em><a href="https://example.org/"></a><p>x</p><li></li>')).to.equal('x');
  });

  it('joins </em><em>, and repairs misnested emphasis', () => {
    expect(md('<em>a</em><em>b</em> <b>c</b> <b>d</b>')).to.equal('*ab* **c d**');
    expect(seen('<em>a<strong>b</em>c</strong>')).to.deep.equal(['p(<em>a<strong>b</strong></em><strong>c</strong>)']);
    expect(seen('<p><em>a</p><p>b</em></p>')).to.deep.equal(['p(<em>a</em>)', 'p(<em>b</em>)']);
  });
});

describe('htmlToMarkdown: what is dropped, and reported', () => {
  it('scripts, styles and embedded documents go with their content', () => {
    const r = htmlToMarkdown(
      'a<script>alert("<p>x</p>")</script>b<style>p{}</style>c<iframe src="x"><p>y</p></iframe>d<template><p>t</p></template>e' +
        '<noscript>n</noscript>f<object data="x">o</object>g<svg><text>s</text></svg>h<math><mi>m</mi></math>i' +
        '<textarea>ta</textarea>j<select><option>o</option></select>k<video><p>v</p></video>l',
    );
    expect(r.markdown).to.equal('abcdefghijkl');
    expect(r.dropped).to.deep.equal([
      'iframe',
      'math',
      'noscript',
      'object',
      'script',
      'select',
      'style',
      'svg',
      'template',
      'textarea',
      'video',
    ]);
  });

  it('images and other empty elements go alone, named once, sorted', () => {
    const r = htmlToMarkdown('<p>a<img src=x onerror="alert(1)">b<img src=y><input value=z>c<embed src=e></p>');
    expect(r.markdown).to.equal('abc');
    expect(r.dropped).to.deep.equal(['embed', 'img', 'input']);
  });

  it('a nested <svg> or <template> ends with its own end tag, and <svg/> at once', () => {
    expect(md('<svg><svg></svg>hidden</svg>shown<svg/>too')).to.equal('showntoo');
    expect(md('<template><template>a</template>b</template>c')).to.equal('c');
  });

  it('the end tag of a raw-text element is found in any case, and only a real one', () => {
    expect(md('<script>x = "</scripty>"; </SCRIPT >after')).to.equal('after');
    expect(md('<style>unclosed')).to.equal('');
  });

  it('keeps a link whatever its scheme, for parseMarkdown to refuse, and names the scheme in dropped', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java&#x09;script:alert(1)',
      '&#106;avascript:x',
    ]) {
      const r = htmlToMarkdown(`<a href="${href}">click</a>`);
      expect(r.dropped, href).to.deep.equal(['javascript: link']);
      expect(seen(`<a href="${href}">click</a>`), href).to.deep.equal(['p(click)']);
    }
    expect(htmlToMarkdown('<a href="data:text/html,x">d</a><a href="vbscript:x">v</a>').dropped).to.deep.equal([
      'data: link',
      'vbscript: link',
    ]);
    expect(
      htmlToMarkdown('<a href="https://example.org/">ok</a><a href="mailto:a@example.org">m</a>').dropped,
    ).to.deep.equal([]);
  });

  it('an <a> without href is its text; an <a> inside an <a> ends the first', () => {
    expect(md('<a name="x">plain</a>')).to.equal('plain');
    expect(seen('<a href="https://a.example/">a<a href="https://b.example/">b</a></a>')).to.deep.equal([
      'p(<a https://a.example/>a</a><a https://b.example/>b</a>)',
    ]);
  });
});

describe('htmlToMarkdown: text is text', () => {
  it('Markdown characters in HTML text stay characters', () => {
    expect(
      seen('<p>5 * 3 = 15, snake_case, [not](a link), `tick`, \\back, &lt;https://x.example/&gt; ok</p>'),
    ).to.deep.equal(['p(5 * 3 = 15, snake_case, [not](a link), `tick`, \\back, <https://x.example/> ok)']);
    expect(seen('<p>*not em* and **not strong**</p>')).to.deep.equal(['p(*not em* and **not strong**)']);
  });

  it('a paragraph that starts like a list item stays a paragraph, even split over elements', () => {
    expect(seen('<p>1. not a list</p><p>- nor this</p><p>+ nor this</p><p>1<span>. </span>split</p>')).to.deep.equal([
      'p(1. not a list)',
      'p(- nor this)',
      'p(+ nor this)',
      'p(1. split)',
    ]);
    expect(seen('<ul><li>a<br>- b</li></ul>')).to.deep.equal(['ul(a<br>- b)']);
  });

  it('decodes numeric references, with invalid code points as U+FFFD and C1 as Windows-1252', () => {
    expect(md('&#60;&#x3C;&#X3c;&#65&#x1F600;')).to.equal('\\<\\<\\<A😀');
    expect(md('[&#0;|&#xD800;|&#1114112;|&#99999999999999999999;]')).to.equal('\\[\ufffd|\ufffd|\ufffd|\ufffd\\]');
    expect(md('&#146;&#150;&#151;&#133;')).to.equal('’–—…');
    expect(md('&#; &#x; &#xyz;')).to.equal('&#; &#x; &#xyz;');
  });

  it('decodes the common named references, leaves unknown ones as typed', () => {
    expect(
      md(
        '&amp;&lt;&gt;&quot;&apos;&ndash;&mdash;&hellip;&lsquo;&rsquo;&ldquo;&rdquo;&laquo;&raquo;&copy;&reg;&trade;&deg;&middot;&bull;',
      ),
    ).to.equal('&\\<>"\'–—…‘’“”«»©®™°·•');
    expect(md('&eacute;&egrave;&agrave;&ccedil;&uuml;&ouml;&auml;&szlig;')).to.equal('éèàçüöäß');
    expect(md('&unknown; &notanentity &amp')).to.equal('&unknown; &notanentity &');
    expect(md('&copy 2024 &copyright')).to.equal('© 2024 ©right');
  });

  it('in an attribute, a reference without ; followed by a letter or = is text (URLs with &copy=1 work)', () => {
    expect(seen('<a href="https://example.org/?a=1&copy=2&amp;b=3">q</a>')).to.deep.equal([
      'p(<a https://example.org/?a=1&copy=2&b=3>q</a>)',
    ]);
  });

  it('removes comments, CDATA, doctypes and processing instructions', () => {
    expect(
      md('<!doctype html>a<!-- <p>c</p> -->b<!---->c<!-->d<!--->e<![CDATA[<x>]]>f<?xml version="1.0"?>g<!--x--!>h'),
    ).to.equal('abcdefgh');
    expect(md('a<!-- never closed')).to.equal('a');
  });

  it('reads attributes quoted, unquoted and badly quoted, as browsers do', () => {
    expect(seen(`<a href='https://example.org/1'>a</a> <a href=https://example.org/2>b</a>`)).to.deep.equal([
      'p(<a https://example.org/1>a</a> <a https://example.org/2>b</a>)',
    ]);
    expect(seen('<a title="x>y" href = "https://example.org/3" href="https://evil.example/">c</a>')).to.deep.equal([
      'p(<a https://example.org/3>c</a>)',
    ]);
    expect(md('<p title="never closed>text')).to.equal('');
    expect(md('a < b and c<3 and </ x> and </>d')).to.equal('a \\< b and c\\<3 and and d');
  });

  it('writes link URLs so that Markdown reads them back: spaces, parentheses, backslashes', () => {
    expect(seen('<a href="https://example.org/a b(c)\\d">x</a>')).to.deep.equal([
      `p(<a ${new URL('https://example.org/a b(c)\\d').href}>x</a>)`,
    ]);
  });
});

describe('nodesToMarkdown', () => {
  const samples = [
    '<p>One <em>two</em> <a href="https://example.org/">three</a></p><p>Four<br>five</p>',
    '<ul><li>a</li><li>b <strong>c</strong></li></ul><ol start="4"><li>d</li></ol>',
    'text <script>alert(1)</script><img src="x" onerror="alert(1)"><style>p{}</style>more',
    '<p>1. not a list *nor em* [nor](link)</p>',
    '<div>a</div><div>b<svg><text>no</text></svg></div>',
    '<p><a href="javascript:alert(1)">bad</a> &amp; &lt;b&gt; &copy; &#150;</p>',
    '<em>a</em><em>b</em><i> c </i><b></b>',
    '<!-- comment -->x<template><p>t</p></template>y',
  ];
  for (const html of samples) {
    it(`gives what htmlToMarkdown gives for ${JSON.stringify(html)}`, () => {
      expect(nodesToMarkdown(parsed(html))).to.deep.equal(htmlToMarkdown(html));
    });
  }

  it("reads an <edu-event>'s description nodes as the page has them", () => {
    const event = document.createElement('div');
    const p = document.createElement('p');
    const a = document.createElement('a');
    a.href = 'https://example.org/';
    a.append('the source');
    p.append('Read ', a, ' *now*.');
    const list = document.createElement('ul');
    for (const item of ['one', 'two']) list.append(Object.assign(document.createElement('li'), { textContent: item }));
    event.append(p, list);
    expect(nodesToMarkdown(event.childNodes)).to.deep.equal({
      markdown: 'Read [the source](https://example.org/) \\*now\\*.\n\n- one\n- two',
      dropped: [],
    });
  });

  it('walks a DOM deeper than the call stack allows, and a document fragment', function () {
    // Building 20,000 nested elements alone takes Chromium about 2 s here (each append checks every ancestor): more
    // than the default 5 s when the machine is busy.
    this.timeout(20_000);
    let node: HTMLElement = document.createElement('div');
    const root = node;
    for (let i = 0; i < 20_000; i++) {
      const child = document.createElement(i % 2 ? 'span' : 'em');
      node.append(child);
      node = child;
    }
    node.append('deep');
    expect(nodesToMarkdown([root]).markdown).to.equal('*deep*');
    const fragment = document.createDocumentFragment();
    fragment.append('a ', Object.assign(document.createElement('b'), { textContent: 'b' }));
    expect(nodesToMarkdown([fragment]).markdown).to.equal('a **b**');
  });
});

describe('no HTML-parsing sink is used (pages with Trusted Types)', () => {
  const restore: (() => void)[] = [];
  afterEach(() => {
    for (const undo of restore.splice(0)) undo();
  });

  function forbid<T extends object>(target: T, key: keyof T & string): void {
    const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
    Object.defineProperty(target, key, {
      configurable: true,
      get() {
        throw new Error(`${key} was used`);
      },
      set() {
        throw new Error(`${key} was used`);
      },
    });
    restore.push(() => Object.defineProperty(target, key, descriptor));
  }

  it('htmlToMarkdown and nodesToMarkdown run with DOMParser, innerHTML, outerHTML and ranges gone', () => {
    const nodes = [...parsed('<p>a <em>b</em> <img src=x> <a href="https://example.org/">c</a></p>')];
    forbid(window, 'DOMParser');
    forbid(Element.prototype, 'innerHTML');
    forbid(Element.prototype, 'outerHTML');
    forbid(Element.prototype, 'insertAdjacentHTML');
    forbid(Range.prototype, 'createContextualFragment');
    forbid(Document.prototype, 'createRange');
    forbid(Document.prototype, 'createElement');
    const html = '<p>a <em>b</em> <img src=x onerror=alert(1)> <a href="https://example.org/">c</a></p>';
    expect(htmlToMarkdown(html).markdown).to.equal('a *b* [c](https://example.org/)');
    expect(nodesToMarkdown(nodes).markdown).to.equal('a *b* [c](https://example.org/)');
  });
});

// Timed by `npm run bench:input`; here, that each one gives text that reads back (the test's timeout ends a reader
// that turned quadratic).
describe('htmlToMarkdown: hostile input', () => {
  for (const [name, html] of Object.entries(HOSTILE_HTML)) {
    it(name, function () {
      this.timeout(10_000);
      const { markdown } = htmlToMarkdown(html);
      expect(markdown).to.be.a('string');
      expect(parseMarkdown(markdown)).to.be.an('array');
    });
  }
});
