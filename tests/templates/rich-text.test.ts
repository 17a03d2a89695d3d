/**
 * The rich-text renderer (issue #4, point 5): the Markdown subset as Lit templates, links that are safe and say
 * they open a new tab, and hostile text that stays text. Then a timeline showing such a description.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';
import { renderRichText } from '../../src/templates/rich-text.js';
import { HUGE_RICH_TEXT } from '../helpers/hostile-inputs.js';
import { catchPageErrors, minimalLesson, part, parts, settle, text } from '../helpers/lesson.js';

const NEW_TAB = '(opens in a new tab)';

/** The description rendered into a plain `<div>`. */
async function rendered(markdown: string): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div>${renderRichText(markdown, NEW_TAB)}</div>`);
}

/** The element names under `root`, in document order (what the renderer built, nothing else). */
function tags(root: Element): string[] {
  return [...root.querySelectorAll('*')].map((el) => el.localName);
}

describe('renderRichText', () => {
  it('renders paragraphs, line breaks, emphasis and strong', async () => {
    const el = await rendered('One *two* **three**\nfour\n\nFive');
    expect(tags(el)).to.deep.equal(['p', 'em', 'strong', 'br', 'p']);
    const [first, second] = el.querySelectorAll('p');
    expect(first.querySelector('em')!.textContent).to.equal('two');
    expect(first.querySelector('strong')!.textContent).to.equal('three');
    expect(first.textContent).to.equal('One two threefour');
    expect(second.textContent).to.equal('Five');
  });

  it('renders a single short paragraph as a <p> too', async () => {
    const el = await rendered('Short.');
    expect(el.children.length).to.equal(1);
    expect(el.firstElementChild!.localName).to.equal('p');
    expect(el.firstElementChild!.textContent).to.equal('Short.');
  });

  it('renders lists, an ordered one with its start', async () => {
    const el = await rendered('- a\n- b *c*\n\n3. three\n4. four\n\nThen:\n\n1. one');
    const [ul, ol, , ol1] = [...el.children] as HTMLElement[];
    expect(ul.localName).to.equal('ul');
    expect([...ul.children].map((li) => li.textContent)).to.deep.equal(['a', 'b c']);
    expect(ol.localName).to.equal('ol');
    expect((ol as HTMLOListElement).start).to.equal(3);
    expect([...ol.children].map((li) => li.textContent)).to.deep.equal(['three', 'four']);
    expect(ol1.hasAttribute('start'), 'no start="1"').to.equal(false);
  });

  it('renders links that open a new tab with rel="noopener noreferrer", and say so', async () => {
    const el = await rendered(
      '[The *source*](https://example.org/a) and <https://example.org/b>, [mail](mailto:a@example.org)',
    );
    const anchors = [...el.querySelectorAll('a')];
    expect(anchors.map((a) => a.href)).to.deep.equal([
      'https://example.org/a',
      'https://example.org/b',
      'mailto:a@example.org',
    ]);
    for (const a of anchors) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      const hidden = a.querySelector('span.visually-hidden');
      expect(hidden, 'a visually hidden note').to.not.equal(null);
      expect(hidden!.textContent!.trim()).to.equal(NEW_TAB);
    }
    expect(anchors[0].querySelector('em')!.textContent).to.equal('source');
    expect(text(anchors[0])).to.equal(`The source ${NEW_TAB}`);
  });

  const badLinks = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '<java\tscript:alert(1)>',
    '<java\nscript:alert(1)>',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '<javascript:alert(1)>',
  ];
  for (const href of badLinks) {
    it(`shows a link to ${JSON.stringify(href)} as plain text`, async () => {
      const el = await rendered(`[click me](${href})`);
      expect(el.querySelectorAll('a').length).to.equal(0);
      expect(el.textContent).to.contain('click me');
    });
  }

  it('keeps only allowed schemes on every anchor it renders', async () => {
    const el = await rendered(
      '[a](https://example.org/) [b](javascript:x) [c](http://example.org/) [d](data:,x) [e](mailto:x@example.org) ' +
        '[f](file:///etc/passwd) [g](ftp://example.org/) <vbscript:x> [h](relative/page.html)',
    );
    const protocols = [...el.querySelectorAll('a')].map((a) => a.protocol);
    expect(protocols.length).to.equal(4);
    for (const p of protocols) expect(p).to.be.oneOf(['http:', 'https:', 'mailto:']);
  });

  const literal = [
    '<img src=x onerror="window.__xss=1">',
    '<script>window.__xss=1</script>',
    '<a href="javascript:window.__xss=1">x</a>',
    '&lt;script&gt;window.__xss=1&lt;/script&gt;',
    '![x](javascript:window.__xss=1)',
    'lit$123$',
    '<?lit$1$>',
    '<!--?lit$1$-->',
    '{{x}} ${x}',
  ];
  for (const input of literal) {
    it(`shows ${JSON.stringify(input)} as text`, async () => {
      const el = await rendered(input);
      expect(tags(el)).to.deep.equal(['p']);
      expect(el.textContent).to.equal(input);
      await settle();
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    });
  }

  // Timed (in a timeline) by `npm run bench:input`; here, that each renders as paragraphs.
  for (const [name, big] of Object.entries(HUGE_RICH_TEXT)) {
    it(`renders ${name}`, async function () {
      this.timeout(20_000);
      const el = await rendered(big);
      expect(el.querySelector('p')).to.not.equal(null);
    });
  }
});

describe('edu-timeline: a Markdown description', () => {
  const description =
    'Pakistan asked for:\n- a *campaign* to collect weapons\n- an [investigation](https://example.org/report)\n\nSee also <https://example.org/more>.';

  async function timeline(): Promise<EduTimeline> {
    const lesson = minimalLesson();
    lesson.events![0] = { ...lesson.events![0], description };
    return fixture<EduTimeline>(html`<edu-timeline layout="vertical" .data=${lesson}></edu-timeline>`);
  }

  it('shows the list and the links in the event, and is accessible', async () => {
    const errors = catchPageErrors();
    const el = await timeline();
    const item = parts(el, 'event')[0];
    const desc = part(el, 'description', item)!;
    expect([...desc.children].map((c) => c.localName)).to.deep.equal(['p', 'ul', 'p']);
    expect([...desc.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
      'a campaign to collect weapons',
      `an investigation ${NEW_TAB}`,
    ]);
    const links = [...desc.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://example.org/report', 'https://example.org/more']);
    for (const a of links) expect(a.rel).to.equal('noopener noreferrer');
    // The note is for screen readers only.
    const note = links[0].querySelector('.visually-hidden')!;
    expect(note.getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle(links[0]).textDecorationLine).to.contain('underline');
    await expect(el).to.be.accessible();
    expect(errors.errors).to.deep.equal([]);
  });

  it('pads lists on the start side of their own text: an English list stays left-padded in a right-to-left page', async () => {
    const el = await timeline();
    const ul = part(el, 'description', parts(el, 'event')[0])!.querySelector('ul')!;
    expect(parseFloat(getComputedStyle(ul).paddingInlineStart)).to.be.greaterThan(0);
    el.dir = 'rtl';
    await el.updateComplete;
    // The description is dir="auto": an Urdu one pads on the right (tests/components/bidi.test.ts).
    expect(parseFloat(getComputedStyle(ul).paddingLeft)).to.be.greaterThan(0);
    expect(parseFloat(getComputedStyle(ul).paddingRight)).to.equal(0);
  });

  it("prints a link's address after it", async () => {
    const el = await timeline();
    const a = part(el, 'description', parts(el, 'event')[0])!.querySelector('a')!;
    expect(getComputedStyle(a, '::after').content).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(a, '::after').content).to.equal('" (https://example.org/report)"');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
