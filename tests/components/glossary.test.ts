/**
 * The glossary (issue #6, point 2): `<edu-glossary>` lists a lesson's terms; in the timeline's descriptions and on
 * the stat cards the first use of each term is a button that shows its meaning in a popover.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/glossary/edu-glossary.js';
import '../../src/components/stat-grid/edu-stat-grid.js';
import '../../src/components/timeline/edu-timeline.js';
import type { EduGlossary } from '../../src/components/glossary/glossary.js';
import type { EduStatCard } from '../../src/components/stat-card/stat-card.js';
import type { EduStatGrid } from '../../src/components/stat-grid/stat-grid.js';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';
import { en } from '../../src/i18n/strings.js';
import type { LessonInput } from '../../src/lesson/types.js';
import { emulateForcedColors } from '../helpers/browser.js';
import {
  alertOf,
  catchPageErrors,
  EventLog,
  expectWcag22TargetSize,
  loadSeed,
  minimalLesson,
  part,
  parts,
  SEED_URL,
  settle,
  shownProblems,
  text,
} from '../helpers/lesson.js';
import { axisReady, makeTimeline } from '../helpers/timeline.js';

/** The default lesson's terms in English alphabetical order. */
const SORTED = ['CRSS', 'CTD', 'ITI', 'KP', 'PoA', 'SALW', 'TTP', 'UAV', 'UN', 'UNSC'];

/** The terms of each event of the default lesson that become buttons: the first use of each, as written. */
const SEED_TERMS: Record<string, string[]> = {
  'kabul-2021': ['TTP'],
  'ttp-ceasefire-ends': ['TTP', 'KP'],
  'unsc-appeal': ['UNSC', 'TTP'],
  'durrani-ttp-attacks': ['TTP'],
  'crss-report-2023': ['CRSS', 'KP', 'CTDs'],
  'pk-us-counter-terrorism': [],
  'concerted-campaign': ['UN', 'TTP', 'UAVs'],
  'poa-iti-commitment': ['UN', 'PoA', 'SALW', 'ITI'],
};

const terms = (el: Element, scope?: ParentNode): HTMLButtonElement[] =>
  parts<HTMLButtonElement>(el, 'glossary-term', scope);

const LONG_DEFINITION =
  'A province of Pakistan. Together with Balochistan province, it is where most of Pakistan’s violence took place in 2023.';

/** The popover a term button opens. */
const noteOf = (button: HTMLButtonElement): HTMLElement => button.popoverTargetElement as HTMLElement;

const isOpen = (button: HTMLButtonElement): boolean => noteOf(button).matches(':popover-open');

function center(node: Element): [number, number] {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

async function click(node: Element): Promise<void> {
  await sendMouse({ type: 'click', position: center(node) });
}

/** The text of `paragraph` just before and just after `button` (the popover after it is empty while closed). */
function around(button: HTMLButtonElement): [string, string] {
  const block = button.closest('p, li')!;
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEndBefore(button);
  const before = range.toString();
  return [before.slice(-1), (block.textContent ?? '').slice(before.length + button.textContent!.length)[0] ?? ''];
}

async function seedTimeline(attrs: Record<string, string>): Promise<EduTimeline> {
  const el = await makeTimeline(await loadSeed(), { attrs, wrapperStyle: { width: '900px' } });
  if (attrs.layout === 'horizontal') await axisReady(el);
  return el;
}

afterEach(async () => {
  await resetMouse();
});

describe('<edu-glossary>: accessibility', function () {
  this.timeout(20_000);

  it('the default lesson passes axe, target size included', async () => {
    const log = new EventLog();
    const el = await fixture<EduGlossary>(html`<edu-glossary src=${SEED_URL} heading="Glossary"></edu-glossary>`);
    await log.waitFor('edu-load');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await expectWcag22TargetSize(el);
  });

  it('a timeline with a term popover open passes axe, target size included', async () => {
    const el = await seedTimeline({ layout: 'vertical' });
    const button = terms(el)[0];
    await click(button);
    expect(isOpen(button)).to.equal(true);
    await expect(el).to.be.accessible();
    await expectWcag22TargetSize(el);
  });

  it('a stat grid with terms in its cards passes axe, target size included', async () => {
    const el = await fixture<EduStatGrid>(html`<edu-stat-grid static .data=${await loadSeed()}></edu-stat-grid>`);
    const cards = [...el.shadowRoot!.querySelectorAll('edu-stat-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(cards.some((c) => terms(c).length > 0)).to.equal(true);
    await expect(el).to.be.accessible();
    await expectWcag22TargetSize(el);
  });
});

describe('<edu-glossary>: rendering', () => {
  it('lists the default lesson’s 10 terms in alphabetical order, as a description list', async () => {
    const log = new EventLog();
    const el = await fixture<EduGlossary>(html`<edu-glossary src=${SEED_URL}></edu-glossary>`);
    await log.waitFor('edu-load');
    await el.updateComplete;
    const seed = await loadSeed();
    const list = part(el, 'list')!;
    expect(list.localName).to.equal('dl');
    expect(list.getAttribute('lang')).to.equal('en');
    const shown = parts(el, 'term');
    expect(shown.map((dt) => text(dt))).to.deep.equal(SORTED);
    for (const dt of shown) {
      expect(dt.localName).to.equal('dt');
      expect(dt.querySelector('dfn')?.textContent).to.equal(dt.textContent!.trim());
      const entry = seed.glossary!.find((g) => g.term === text(dt))!;
      const group = dt.parentElement!;
      expect(group.id).to.equal(`term-${entry.term.toLowerCase()}`);
      expect(text(part(el, 'expansion', group))).to.equal(entry.expansion);
      expect(text(part(el, 'definition', group))).to.equal(entry.definition);
      expect(part(el, 'expansion', group)!.localName).to.equal('dd');
    }
    expect(part(el, 'heading'), 'no heading unless asked').to.equal(null);
    expect(log.count('edu-error')).to.equal(0);
  });

  it('heading and heading-level', async () => {
    const el = await fixture<EduGlossary>(
      html`<edu-glossary heading="Words to know" heading-level="3" .data=${await loadSeed()}></edu-glossary>`,
    );
    const h = part(el, 'heading')!;
    expect(h.localName).to.equal('h3');
    expect(text(h)).to.equal('Words to know');
  });

  it('sorts by the lesson’s language, and a term alone gets an empty definition', async () => {
    const el = await fixture<EduGlossary>(
      html`<edu-glossary
        .data=${minimalLesson({
          lang: 'sv',
          glossary: [{ term: 'ö' }, { term: 'z', definition: 'zed' }, { term: 'a', expansion: 'A' }],
        })}
      ></edu-glossary>`,
    );
    // Swedish puts ö after z.
    expect(parts(el, 'term').map((dt) => text(dt))).to.deep.equal(['a', 'z', 'ö']);
    expect(parts(el, 'definition').length, 'every term has a <dd>').to.equal(2);
  });

  it('terms written alike get ids of their own', async () => {
    const el = await fixture<EduGlossary>(
      html`<edu-glossary .data=${minimalLesson({ glossary: [{ term: 'U.N.' }, { term: 'U N' }] })}></edu-glossary>`,
    );
    expect(parts(el, 'term').map((dt) => dt.parentElement!.id)).to.deep.equal(['term-u-n', 'term-u-n-2']);
  });
});

describe('<edu-glossary>: print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('prints black on white, also in the dark theme, each entry kept whole', async () => {
    const el = await fixture<EduGlossary>(html`<edu-glossary theme="dark" .data=${await loadSeed()}></edu-glossary>`);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const dt = parts(el, 'term')[0];
    expect(getComputedStyle(dt).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(dt.parentElement!).breakInside).to.equal('avoid');
    expect(parts(el, 'term').every((t) => t.getBoundingClientRect().height > 0)).to.equal(true);
  });

  it('terms in text print as plain words, popovers never', async () => {
    const el = await seedTimeline({ layout: 'vertical' });
    const button = terms(el)[0];
    button.click();
    const kp = terms(el).find((b) => b.textContent === 'KP')!;
    const word = document.createRange();
    word.selectNodeContents(kp);
    expect(kp.getBoundingClientRect().width, 'a 24 px target on screen').to.be.at.least(24);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(button).textDecorationLine).to.equal('none');
    expect(getComputedStyle(noteOf(button)).display).to.equal('none');
    // Paper has nothing to tap: a short term is as wide as its word, with no gap before the next one.
    expect(kp.getBoundingClientRect().width - word.getBoundingClientRect().width).to.be.below(0.5);
  });
});

describe('<edu-glossary>: bad input', () => {
  it('a lesson without a glossary: the element says so, and edu-error is fatal', async () => {
    const log = new EventLog();
    const el = await fixture<EduGlossary>(html`<edu-glossary .data=${minimalLesson()}></edu-glossary>`);
    const error = await log.waitFor('edu-error');
    expect((error as CustomEvent<{ fatal: boolean }>).detail.fatal).to.equal(true);
    expect(alertOf(el)).to.not.equal(null);
    expect(shownProblems(el).map((p) => p.line)).to.deep.equal([`${en.noGlossary}; ${en.noGlossaryFix}`]);
    expect(part(el, 'list')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an entry with no term is left out and named in the panel: "Glossary entry 2"', async () => {
    const log = new EventLog();
    const el = await fixture<EduGlossary>(
      html`<edu-glossary
        .data=${minimalLesson({
          glossary: [{ term: 'TTP', expansion: 'Tehreek-i-Taliban Pakistan' }, { expansion: 'no term' } as never],
        })}
      ></edu-glossary>`,
    );
    await log.waitFor('edu-error');
    const problems = shownProblems(el);
    expect(problems.some((p) => p.place.startsWith('Glossary entry 2') && p.path === 'glossary[1].term')).to.equal(
      true,
    );
    expect(parts(el, 'term').map((dt) => text(dt))).to.deep.equal(['TTP']);
  });

  it('no data at all: the panel, no throw', async () => {
    const { errors } = catchPageErrors();
    const el = await fixture<EduGlossary>(html`<edu-glossary></edu-glossary>`);
    expect(alertOf(el)).to.not.equal(null);
    await settle();
    expect(errors).to.deep.equal([]);
  });
});

describe('Glossary terms in the timeline’s descriptions', () => {
  it('the first use of each term in each description is a button; the text reads as before', async () => {
    const seed = await loadSeed();
    const el = await seedTimeline({ layout: 'vertical' });
    for (const ev of seed.events) {
      const li = parts(el, 'event').find((item) => item.dataset.id === ev.id)!;
      const description = part(el, 'description', li)!;
      expect(
        terms(el, description).map((b) => b.textContent),
        ev.id,
      ).to.deep.equal(SEED_TERMS[ev.id!]);
      expect(text(description), `${ev.id} reads as written`).to.equal(ev.description!.replace(/\s+/g, ' '));
      // Titles are buttons already: never a term inside them.
      expect(terms(el, part(el, 'title', li)!)).to.deep.equal([]);
    }
  });

  it('each term is a disclosure button named by the term, described as a glossary term, popover empty when closed', async () => {
    const el = await seedTimeline({ layout: 'vertical' });
    for (const button of terms(el)) {
      expect(button.type).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const note = noteOf(button);
      expect(note.getAttribute('popover')).to.equal('auto');
      expect(button.getAttribute('aria-controls')).to.equal(note.id);
      expect(el.shadowRoot!.querySelectorAll(`[id="${note.id}"]`).length, 'ids are unique').to.equal(1);
      expect(note.textContent).to.equal('');
      const hint = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
      expect(hint.hidden).to.equal(true);
      expect(hint.textContent).to.equal(en.glossaryHint);
      // Never inside another word.
      for (const ch of around(button))
        expect(/[\p{L}\p{N}]/u.test(ch), `"${ch}" next to ${button.textContent}`).to.equal(false);
    }
  });

  it('never inside a link, never inside another word', async () => {
    const lesson = minimalLesson({
      events: [
        {
          id: 'a',
          date: '2021',
          title: 'Links',
          description: 'Read [the TTP report](https://example.org/ttp) on KPK, then TTP and *the UN*.',
        },
      ],
      glossary: [{ term: 'TTP' }, { term: 'KP' }, { term: 'UN' }],
    });
    const el = await makeTimeline(lesson, { attrs: { layout: 'vertical' } });
    const description = part(el, 'description')!;
    expect(terms(el, description).map((b) => b.textContent)).to.deep.equal(['TTP', 'UN']);
    expect(description.querySelector('a [part~="glossary-term"]')).to.equal(null);
    expect(description.querySelector('em [part~="glossary-term"]')?.textContent).to.equal('UN');
  });

  it('punctuation touching a term stays on its line: no line starts with "." or ends with "("', async () => {
    // A column so narrow that a line breaks wherever it may: the button is an inline block, and a line may break
    // on either side of one, even before a full stop.
    const lesson = minimalLesson({
      events: [{ id: 'a', date: '2021', title: 'Ties', description: 'ties with the TTP. The PoA (UN) on' }],
      glossary: [{ term: 'TTP' }, { term: 'UN' }],
    });
    const el = await makeTimeline(lesson, { attrs: { layout: 'vertical' }, wrapperStyle: { width: '120px' } });
    const description = part(el, 'description')!;
    const [ttp, un] = terms(el, description);
    const lineOf = (node: Element | Range): number => {
      const r = node.getBoundingClientRect();
      return Math.round(r.top + r.height / 2);
    };
    /** The first `chars` in the description's own text (not in a term). */
    const mark = (chars: string): Range => {
      const walker = document.createTreeWalker(description, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.textContent!.indexOf(chars);
        if (i < 0 || node.parentElement!.matches('[part~="glossary-term"]')) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + chars.length);
        return range;
      }
      throw new Error(`no "${chars}" in the description`);
    };
    // The words around do wrap (the test would prove nothing in a column wide enough for the whole text).
    expect(lineOf(mark('The')), 'the sentence after the full stop is on a later line').to.be.above(lineOf(ttp));
    expect(lineOf(mark('.')), '"." after TTP').to.be.closeTo(lineOf(ttp), 2);
    expect(lineOf(mark('(')), '"(" before UN').to.be.closeTo(lineOf(un), 2);
    expect(lineOf(mark(')')), '")" after UN').to.be.closeTo(lineOf(un), 2);
    expect(text(description)).to.equal('ties with the TTP. The PoA (UN) on');
    // The popover does not inherit the line's no-wrap: its definition still wraps.
    expect(getComputedStyle(noteOf(un)).whiteSpace).to.equal('normal');
  });

  it('a click on a term opens its popover and does not select the event; a second click closes it', async () => {
    const log = new EventLog();
    const el = await seedTimeline({ layout: 'vertical' });
    const button = terms(el)[0];
    await click(button);
    expect(isOpen(button)).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // Inside the popover too: a click there is not a click on the event.
    await click(noteOf(button));
    expect(isOpen(button)).to.equal(true);
    await click(button);
    expect(isOpen(button)).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(noteOf(button).textContent, 'emptied again').to.equal('');
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(log.count('edu-select')).to.equal(0);
  });

  it('a click outside closes it; opening another term closes the first', async () => {
    const el = await seedTimeline({ layout: 'vertical' });
    const [first, second] = terms(el);
    await click(first);
    await click(second);
    expect([isOpen(first), isOpen(second)]).to.deep.equal([false, true]);
    await click(part(el, 'list')!.querySelector('[part~="date"]')!);
    expect(isOpen(second)).to.equal(false);
  });

  it('keyboard: Tab to a term, Enter opens, Escape closes with focus on the term, then Escape closes the details', async () => {
    const seed = await loadSeed();
    const el = await seedTimeline({ layout: 'horizontal', selected: 'unsc-appeal' });
    const detail = part(el, 'detail')!;
    (detail.querySelector('[data-action="close"]') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    const button = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(button.getAttribute('part')).to.equal('glossary-term');
    expect(button.textContent).to.equal('UNSC');

    await sendKeys({ press: 'Enter' });
    expect(isOpen(button)).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const entry = seed.glossary!.find((g) => g.term === 'UNSC')!;
    expect(text(noteOf(button))).to.equal(`${entry.expansion} ${entry.definition}`);

    await sendKeys({ press: 'Escape' });
    expect(isOpen(button)).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await el.updateComplete;
    expect(el.selected, 'the first Escape only closes the popover').to.equal('unsc-appeal');

    await sendKeys({ press: 'Space' });
    expect(isOpen(button), 'Space opens it too').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(part(el, 'detail')).to.equal(null);
  });

  it('vertical layout: Escape closes the popover, not the selection', async () => {
    const el = await seedTimeline({ layout: 'vertical', selected: 'kabul-2021' });
    const li = parts(el, 'event').find((item) => item.dataset.id === 'kabul-2021')!;
    const button = terms(el, li)[0];
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(isOpen(button)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect([isOpen(button), el.selected]).to.deep.equal([false, 'kabul-2021']);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('the popover sits below the term, from its start, inside the viewport', async () => {
    const el = await seedTimeline({ layout: 'vertical' });
    const button = terms(el)[0];
    await click(button);
    const b = button.getBoundingClientRect();
    const n = noteOf(button).getBoundingClientRect();
    expect(n.top).to.be.at.least(b.bottom);
    expect(n.top - b.bottom).to.be.below(12);
    expect(Math.abs(n.left - b.left)).to.be.below(2);
    expect(n.right).to.be.at.most(innerWidth);
  });

  it('right to left (Urdu): the popover starts at the term’s right edge and stays in the viewport', async () => {
    const lesson: LessonInput = {
      lang: 'ur',
      title: 'ٹی ٹی پی',
      events: [
        {
          id: 'a',
          date: '2022-11',
          title: 'جنگ بندی ختم',
          description: 'کالعدم ٹی ٹی پی نے حکومت کے ساتھ جنگ بندی ختم کر دی۔',
        },
        { id: 'b', date: '2023', title: 'حملے' },
      ],
      glossary: [
        { term: 'ٹی ٹی پی', expansion: 'تحریکِ طالبان پاکستان', definition: 'پاکستان میں ایک کالعدم عسکریت پسند گروہ۔' },
      ],
    };
    const el = await makeTimeline(lesson, { attrs: { layout: 'vertical' }, wrapperAttrs: { dir: 'rtl', lang: 'ur' } });
    const button = terms(el)[0];
    expect(button.textContent).to.equal('ٹی ٹی پی');
    await click(button);
    expect(isOpen(button)).to.equal(true);
    const b = button.getBoundingClientRect();
    const n = noteOf(button).getBoundingClientRect();
    expect(Math.abs(n.right - b.right), 'mirrored: aligned on the right').to.be.below(2);
    expect(n.top).to.be.at.least(b.bottom);
    expect(n.left).to.be.at.least(0);
    expect(n.right).to.be.at.most(innerWidth);
    expect(text(noteOf(button))).to.contain('تحریکِ طالبان پاکستان');
  });

  it('forced colours: the term keeps a visible underline and the popover a border', async () => {
    const el = await seedTimeline({ layout: 'vertical' });
    const button = terms(el)[0];
    await emulateForcedColors(true);
    try {
      await nextFrame();
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const style = getComputedStyle(button);
      expect(style.textDecorationLine).to.contain('underline');
      expect(style.textDecorationColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(style.textDecorationColor).to.not.equal(getComputedStyle(button).backgroundColor);
      await click(button);
      const note = getComputedStyle(noteOf(button));
      expect(note.borderTopStyle).to.equal('solid');
      expect(parseFloat(note.borderTopWidth)).to.be.at.least(1);
    } finally {
      await emulateForcedColors(false);
    }
  });

  it('reduced motion: the popover appears without a transition', async () => {
    const el = await seedTimeline({ layout: 'vertical' });
    const button = terms(el)[0];
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      await click(button);
      expect(getComputedStyle(noteOf(button)).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('markup in a term, an expansion or a definition stays text', async () => {
    const { errors } = catchPageErrors();
    const XSS = '<img src=x onerror=alert(1)>';
    const lesson = minimalLesson({
      events: [
        { id: 'x', date: '2021', title: 'XSS', description: `Before ${XSS} after` },
        { date: '2022', title: 'B' },
      ],
      glossary: [{ term: XSS, expansion: '<script>alert(2)</script>', definition: '<b onmouseover=alert(3)>bold</b>' }],
    });
    const el = await makeTimeline(lesson, { attrs: { layout: 'vertical' } });
    const button = terms(el)[0];
    expect(button.textContent).to.equal(XSS);
    await click(button);
    expect(text(noteOf(button))).to.equal('<script>alert(2)</script> <b onmouseover=alert(3)>bold</b>');
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    const glossary = await fixture<EduGlossary>(html`<edu-glossary .data=${lesson}></edu-glossary>`);
    expect(text(part(glossary, 'term'))).to.equal(XSS);
    expect(glossary.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    await settle();
    expect(errors).to.deep.equal([]);
  });

  it('no page errors while opening and closing every term', async () => {
    const { errors } = catchPageErrors();
    const el = await seedTimeline({ layout: 'vertical' });
    for (const button of terms(el)) {
      button.click();
      expect(isOpen(button)).to.equal(true);
    }
    await settle();
    expect(errors).to.deep.equal([]);
  });
});

describe('Glossary terms on stat cards', () => {
  async function seedGrid(): Promise<EduStatCard[]> {
    const el = await fixture<EduStatGrid>(html`<edu-stat-grid static .data=${await loadSeed()}></edu-stat-grid>`);
    await el.updateComplete;
    const cards = [...el.shadowRoot!.querySelectorAll('edu-stat-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    return cards;
  }

  it('labels show terms: "KP" in "Khyber Pakhtunkhwa (KP)", the label reading as before', async () => {
    const seed = await loadSeed();
    const cards = await seedGrid();
    seed.stats.forEach((stat, i) => {
      const label = part(cards[i], 'label')!;
      expect(text(label)).to.equal(stat.label);
      const expected = stat.label.includes('(KP)') ? ['KP'] : stat.label.includes('TTP') ? ['TTP'] : [];
      expect(
        terms(cards[i], label).map((b) => b.textContent),
        stat.label,
      ).to.deep.equal(expected);
    });
    const kp = terms(cards[3])[0];
    await click(kp);
    expect(isOpen(kp)).to.equal(true);
    expect(text(noteOf(kp))).to.contain('Khyber Pakhtunkhwa');
  });

  it('label and context are one text: a term used in both is a button only in the label', async () => {
    const seed = await loadSeed();
    const cards = await seedGrid();
    const i = seed.stats.findIndex((s) => s.label.includes('TTP') && s.context?.includes('TTP'));
    expect(i).to.be.at.least(0);
    expect(terms(cards[i], part(cards[i], 'label')!).length).to.equal(1);
    expect(terms(cards[i], part(cards[i], 'context')!).length).to.equal(0);
  });

  it('a card alone, without a glossary, shows plain text; with one, the term', async () => {
    const card = await fixture<EduStatCard>(html`<edu-stat-card value="5" label="attacks in KP"></edu-stat-card>`);
    expect(terms(card)).to.deep.equal([]);
    card.glossary = [{ term: 'KP', expansion: 'Khyber Pakhtunkhwa' }];
    await card.updateComplete;
    expect(terms(card).map((b) => b.textContent)).to.deep.equal(['KP']);
    expect(text(part(card, 'label'))).to.equal('attacks in KP');
  });

  it('a card near the end of the line: the popover flips to stay inside the viewport', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="margin-inline-start: calc(100vw - 220px); width: 200px">
        <edu-stat-card
          static
          value="5"
          label="attacks in KP"
          .glossary=${[{ term: 'KP', expansion: 'Khyber Pakhtunkhwa', definition: LONG_DEFINITION }]}
        ></edu-stat-card>
      </div>`,
    );
    const card = wrapper.querySelector('edu-stat-card')!;
    await card.updateComplete;
    const button = terms(card)[0];
    await click(button);
    await waitUntil(() => isOpen(button));
    const b = button.getBoundingClientRect();
    const n = noteOf(button).getBoundingClientRect();
    expect(n.width, 'wider than the room on the right of the term').to.be.above(innerWidth - b.left);
    expect(Math.abs(n.right - b.right), 'flipped: aligned on the term’s right').to.be.below(2);
    expect(n.left).to.be.at.least(0);
    expect(n.right).to.be.at.most(innerWidth);
  });
});
