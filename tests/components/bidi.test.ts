/**
 * Lesson text laid out in its own direction: an English lesson on an Urdu (right-to-left) page, and an Urdu lesson on
 * an English page. `unicode-bidi: plaintext` orders and aligns the lines of a text, but a block's sides (the bar of a
 * stat's context, the bullets of a list, where a title's button starts) follow its `direction`, which only `dir` sets.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EduStatCard } from '../../src/components/stat-card/stat-card.js';
import { minimalLesson, part } from '../helpers/lesson.js';
import { makeTimeline } from '../helpers/timeline.js';

const CASES = [
  {
    name: 'an English lesson on a right-to-left Urdu page',
    page: { dir: 'rtl', lang: 'ur' },
    title: 'Ties',
    era: 'After the ceasefire ended',
    description: 'Pakistan asked for:\n\n- a campaign\n- an investigation',
    context: 'the highest in six years',
    expected: 'ltr',
  },
  {
    name: 'an Urdu lesson on a left-to-right English page',
    page: { dir: 'ltr', lang: 'en' },
    title: 'جنگ بندی',
    era: 'جنگ بندی کے بعد',
    description: 'پاکستان نے مطالبہ کیا:\n\n- ایک مہم\n- ایک تحقیقات',
    context: 'چھ سال میں سب سے زیادہ',
    expected: 'rtl',
  },
] as const;

/** Which side of `inner` lies at the start of `outer` in direction `dir`, within a pixel. */
function startsAtStartOf(inner: Element, outer: Element, dir: 'ltr' | 'rtl'): boolean {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return dir === 'ltr' ? Math.abs(a.left - b.left) <= 1 : Math.abs(a.right - b.right) <= 1;
}

for (const c of CASES) {
  describe(`Lesson text in its own direction: ${c.name}`, () => {
    it('a timeline event: its title starts where its description starts, its list has its bullets on that side', async () => {
      const lesson = minimalLesson({
        events: [{ id: 'a', date: '2022-11', title: c.title, description: c.description }],
      });
      const el = await makeTimeline(lesson, {
        attrs: { layout: 'vertical' },
        wrapperAttrs: c.page,
        wrapperStyle: { width: '400px' },
      });
      const description = part(el, 'description')!;
      const button = part(el, 'select')!;
      expect(getComputedStyle(description).direction).to.equal(c.expected);
      expect(getComputedStyle(button).direction).to.equal(c.expected);
      const paragraph = description.querySelector('p')!;
      expect(startsAtStartOf(button, description, c.expected), 'the short title at the text’s start').to.equal(true);
      expect(startsAtStartOf(paragraph, description, c.expected)).to.equal(true);
      const list = description.querySelector('ul')!;
      const padding = c.expected === 'ltr' ? 'paddingLeft' : 'paddingRight';
      expect(parseFloat(getComputedStyle(list)[padding]), 'room for the bullets on the text’s start').to.be.above(0);
      // The timeline's own layout still follows the page: its rail and dots are on the page's start side.
      expect(getComputedStyle(part(el, 'base') ?? el.shadowRoot!.firstElementChild!).direction).to.equal(c.page.dir);
    });

    it('the period label: the period’s name is kept whole, in its own direction, inside the reader’s sentence', async () => {
      const lesson = minimalLesson({
        events: [{ id: 'a', date: '2022-11', title: c.title }],
        eras: [{ id: 'e', title: c.era, start: '2022-11', end: '2024-06' }],
      });
      const el = await makeTimeline(lesson, { attrs: { layout: 'vertical' }, wrapperAttrs: c.page });
      const label = part(el, 'era-label')!;
      const name = [...label.querySelectorAll('*')].find((n) => n.textContent === c.era)!;
      expect(name, 'the name in an element of its own').to.not.equal(undefined);
      const style = getComputedStyle(name);
      expect([style.unicodeBidi, style.direction]).to.deep.equal(['isolate', c.expected]);
      // The dates are in the reader's words, and marked with the reader's language.
      const dates = label.lastElementChild!;
      expect(dates.textContent).to.match(/^\(.+\)$/u);
      expect(dates.getAttribute('lang')).to.equal(label.firstElementChild!.getAttribute('lang'));
    });

    it('a stat card: the bar beside its context is on the side where that text starts', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir=${c.page.dir} lang=${c.page.lang} style="width: 320px">
          <edu-stat-card static value="1524" label="deaths" context=${c.context}></edu-stat-card>
        </div>`,
      );
      const card = wrapper.querySelector<EduStatCard>('edu-stat-card')!;
      await card.updateComplete;
      const context = part(card, 'context')!;
      const style = getComputedStyle(context);
      expect(style.direction).to.equal(c.expected);
      const [start, end] =
        c.expected === 'ltr'
          ? [style.borderLeftWidth, style.borderRightWidth]
          : [style.borderRightWidth, style.borderLeftWidth];
      expect([start, end]).to.deep.equal(['3px', '0px']);
    });
  });
}
