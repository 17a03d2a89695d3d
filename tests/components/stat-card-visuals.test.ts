import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadStrings } from '../../src/i18n/strings.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EduStatCard } from '../../src/components/stat-card/stat-card.js';
import type { StatInput } from '../../src/lesson/types.js';
import { emulateForcedColors, emulateMediaFeatures } from '../helpers/browser.js';
import { expectWcag22TargetSize, loadSeed, part, placeBelowTheFold, settle, text } from '../helpers/lesson.js';

/** Violence-related deaths in Pakistan by year (illustrative), ending on the lesson's 1,524. */
const SERIES = [
  { period: '2018', value: 595 },
  { period: '2019', value: 365 },
  { period: '2020', value: 506 },
  { period: '2021', value: 970 },
  { period: '2022', value: 1200 },
  { period: '2023', value: 1524 },
];
const DEATHS: StatInput = { value: 1524, label: 'violence-related deaths', period: '2023', series: SERIES };

/** What a screen reader reads of `node`: its text, leaving out what is inside `aria-hidden="true"`. */
function spoken(node: Node): string {
  const walk = (n: Node): string =>
    n instanceof Element && n.getAttribute('aria-hidden') === 'true'
      ? ''
      : n.nodeType === Node.TEXT_NODE
        ? n.textContent!
        : [...n.childNodes].map(walk).join('');
  return walk(node).replace(/\s+/g, ' ').trim();
}

/** The figure's paragraph (value and label). */
function figure(el: EduStatCard): HTMLElement {
  return part(el, 'value')!.closest('p')!;
}

/** The count's digits while it counts (drawn by CSS from `data-count`), or `null`. */
function counter(el: EduStatCard): HTMLElement | null {
  return part(el, 'value')!.querySelector<HTMLElement>('[data-count]');
}

/** Where the centre of `selector` is across `chart`, from its left edge (0) to its right edge (1). */
function along(chart: Element, selector: string): number {
  const box = chart.getBoundingClientRect();
  const mark = chart.querySelector(selector)!.getBoundingClientRect();
  return (mark.left + mark.width / 2 - box.left) / box.width;
}

/** A card below the fold of a 200 px scroll box: it counts only once the box is scrolled to it. */
async function belowTheFold(card: EduStatCard): Promise<EduStatCard> {
  await placeBelowTheFold(card, 800);
  await card.updateComplete;
  return card;
}

function card(stat: StatInput, attrs: Record<string, string> = {}): EduStatCard {
  const el = document.createElement('edu-stat-card');
  el.stat = stat;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** Records whether the count's digits ever appear in `el`'s shadow root. */
function watchForCount(el: EduStatCard): { seen: boolean } {
  const state = { seen: false };
  const observer = new MutationObserver(() => {
    if (el.shadowRoot!.querySelector('[data-count]')) state.seen = true;
  });
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
  return state;
}

afterEach(async () => {
  await emulateMediaFeatures(null);
});

describe('<edu-stat-card> visuals: accessibility', function () {
  this.timeout(20_000);

  const cases: [string, StatInput, Record<string, string>?][] = [
    ['a share bar', { value: 90, format: 'percent', qualifier: 'over', label: 'of deaths were in KP' }],
    ['a share ring', { value: 84, format: 'percent', label: 'of attacks were in KP' }, { visual: 'ring' }],
    ['a change', { value: 60, format: 'percent', change: true, label: 'increase in TTP attacks' }],
    ['a sparkline and a context line', { ...DEATHS, context: 'the highest in six years' }],
  ];
  for (const [name, stat, attrs] of cases) {
    it(`a card with ${name} passes axe, target size included, counting and counted`, async () => {
      const el = await fixture<EduStatCard>(card(stat, attrs));
      await waitUntil(() => counter(el), 'the count starts');
      await expect(el).to.be.accessible();
      await waitUntil(() => !counter(el), 'the count ends', { timeout: 3000 });
      await expect(el).to.be.accessible();
      await expectWcag22TargetSize(el);
    });
  }

  it('a dark card with every visual passes axe', async () => {
    const el = await fixture<EduStatCard>(
      card({ ...DEATHS, value: 40, format: 'percent', context: 'the highest in six years' }, { theme: 'dark' }),
    );
    await expect(el).to.be.accessible();
  });
});

describe('<edu-stat-card> visuals: the count-up', function () {
  this.timeout(10_000);

  it('reads the final value with the label from the first render, and hides the counting digits', async () => {
    const el = await belowTheFold(card(DEATHS));
    // Not in view yet: the real number, as in a page without the animation.
    expect(counter(el)).to.equal(null);
    expect(text(part(el, 'value'))).to.equal('1,524');
    expect(spoken(figure(el))).to.equal('1,524 violence-related deaths');

    el.scrollIntoView({ block: 'end' });
    await waitUntil(() => counter(el), 'the count starts');
    const digits = counter(el)!;
    expect(digits.getAttribute('aria-hidden')).to.equal('true');
    expect(digits.textContent, 'the steps are not text: copying and reading give the figure').to.equal('');
    expect(getComputedStyle(digits, '::before').content).to.match(/^"[\d,]+"$/);
    expect(getComputedStyle(digits, '::before').content).to.not.equal('"1,524"');
    // The final figure is still there, in the text and its place, out of sight.
    const final = [...part(el, 'value')!.children].find((c) => c !== digits)!;
    expect(text(final)).to.equal('1,524');
    expect(getComputedStyle(final).opacity).to.equal('0');
    expect(spoken(figure(el))).to.equal('1,524 violence-related deaths');
    expect(text(figure(el))).to.equal('1,524 violence-related deaths');

    const steps = new Set<string>();
    await waitUntil(
      () => {
        const d = counter(el);
        if (d) steps.add(getComputedStyle(d, '::before').content);
        return !d;
      },
      'the count ends',
      { timeout: 3000, interval: 16 },
    );
    expect(steps.size, [...steps].join(' ')).to.be.above(2);
    expect(text(part(el, 'value'))).to.equal('1,524');
    expect(getComputedStyle(part(el, 'value')!.firstElementChild!).opacity).to.equal('1');
    expect(spoken(figure(el))).to.equal('1,524 violence-related deaths');
  });

  it('counts "over 90%" up in the figure\'s own format, the bar growing with it', async () => {
    const el = await fixture<EduStatCard>(
      card({ value: 90, format: 'percent', qualifier: 'over', label: 'of deaths were in KP and Balochistan' }),
    );
    await waitUntil(() => counter(el), 'the count starts');
    expect(getComputedStyle(counter(el)!, '::before').content).to.match(/^"over \d+%"$/);
    expect(Number(part(el, 'visual')!.querySelector('.fill')!.getAttribute('width'))).to.be.below(90);
    await waitUntil(() => !counter(el), 'the count ends', { timeout: 3000 });
    expect(part(el, 'visual')!.querySelector('.fill')!.getAttribute('width')).to.equal('90');
  });

  it('does not count under prefers-reduced-motion: reduce', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await belowTheFold(card(DEATHS));
    const watch = watchForCount(el);
    el.scrollIntoView({ block: 'end' });
    await settle();
    await settle();
    expect(watch.seen).to.equal(false);
    expect(text(part(el, 'value'))).to.equal('1,524');
  });

  it('does not count with the static attribute, which reflects the property', async () => {
    const el = await belowTheFold(card(DEATHS));
    el.static = true;
    await el.updateComplete;
    expect(el.hasAttribute('static')).to.equal(true);
    const watch = watchForCount(el);
    el.scrollIntoView({ block: 'end' });
    await settle();
    await settle();
    expect(watch.seen).to.equal(false);
    expect(spoken(figure(el))).to.equal('1,524 violence-related deaths');
  });

  it('setting static mid-count shows the final figure at once', async () => {
    const el = await fixture<EduStatCard>(card(DEATHS));
    await waitUntil(() => counter(el), 'the count starts');
    el.setAttribute('static', '');
    await el.updateComplete;
    expect(counter(el)).to.equal(null);
    expect(text(part(el, 'value'))).to.equal('1,524');
  });

  it('printed mid-count, the page shows the final figure, not the digits', async () => {
    await emulateMedia({ media: 'print' });
    const el = await belowTheFold(card(DEATHS));
    el.scrollIntoView({ block: 'end' });
    await waitUntil(() => counter(el), 'the count starts');
    expect(getComputedStyle(counter(el)!).display).to.equal('none');
    const final = part(el, 'value')!.lastElementChild!;
    expect(text(final)).to.equal('1,524');
    expect(getComputedStyle(final).opacity).to.equal('1');
  });

  it('beforeprint ends the count', async () => {
    const el = await fixture<EduStatCard>(card(DEATHS));
    await waitUntil(() => counter(el), 'the count starts');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(counter(el)).to.equal(null);
  });

  it('a range does not count', async () => {
    const el = await fixture<EduStatCard>(card({ value: 1400, max: 1600, label: 'deaths' }));
    const watch = watchForCount(el);
    await settle();
    await settle();
    expect(watch.seen).to.equal(false);
  });

  it('while counting, no element has a style attribute (a strict CSP refuses them)', async () => {
    const el = await fixture<EduStatCard>(card({ ...DEATHS, value: 84, format: 'percent' }, { visual: 'ring' }));
    await waitUntil(() => counter(el), 'the count starts');
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
  });
});

describe('<edu-stat-card> visuals: the default lesson', () => {
  it('each stat gets the visual its figure calls for, with the right text', async () => {
    const seed = await loadSeed();
    const found: Record<string, unknown>[] = [];
    for (const stat of seed.stats) {
      const el = await fixture<EduStatCard>(card(stat, { static: '' }));
      const visual = part(el, 'visual');
      const change = part(el, 'change');
      found.push({
        value: text(part(el, 'value')),
        visual: visual && { role: visual.getAttribute('role'), label: visual.getAttribute('aria-label') },
        change: change && text(change),
        sparkline: part(el, 'sparkline') !== null,
        context: text(part(el, 'context')) || null,
      });
    }
    const six = 'the highest in six years';
    expect(found).to.deep.equal([
      { value: '1,524', visual: null, change: null, sparkline: false, context: six },
      { value: '1,463', visual: null, change: null, sparkline: false, context: six },
      { value: '789', visual: null, change: null, sparkline: false, context: six },
      {
        value: 'over 90%',
        visual: { role: 'img', label: 'over 90% of the whole' },
        change: null,
        sparkline: false,
        context: null,
      },
      {
        value: '84%',
        visual: { role: 'img', label: '84% of the whole' },
        change: null,
        sparkline: false,
        context: null,
      },
      {
        value: '+60%',
        visual: null,
        change: 'Rise',
        sparkline: false,
        context: 'TTP attacks have risen significantly since the Afghan Taliban took over Kabul in 2021',
      },
    ]);
  });

  it('the share bar draws the part against the whole', async () => {
    const el = await fixture<EduStatCard>(card({ value: 84, format: 'percent', label: 'x' }, { static: '' }));
    const bar = part(el, 'visual')!;
    const [track, fill] = [...bar.querySelectorAll('rect')];
    expect(track.getBoundingClientRect().width).to.be.above(100);
    expect(fill.getBoundingClientRect().width / track.getBoundingClientRect().width).to.be.closeTo(0.84, 0.01);
  });

  it('visual="ring" draws a ring with the same text; visual="none" draws no chart', async () => {
    const el = await fixture<EduStatCard>(
      card({ value: 90, format: 'percent', qualifier: 'over', label: 'x' }, { static: '', visual: 'ring' }),
    );
    const ring = part(el, 'visual')!;
    expect(ring.getAttribute('role')).to.equal('img');
    expect(ring.getAttribute('aria-label')).to.equal('over 90% of the whole');
    expect(ring.querySelectorAll('circle').length).to.equal(2);
    expect(ring.querySelector('.fill')!.getAttribute('stroke-dasharray')).to.equal('90 100');

    el.visual = 'none';
    el.stat = { ...DEATHS, value: 90, format: 'percent' };
    await el.updateComplete;
    expect(part(el, 'visual')).to.equal(null);
    expect(part(el, 'sparkline')).to.equal(null);
  });

  it('a change, a share over 100% and a negative percentage get no share visual', async () => {
    for (const stat of [
      { value: 60, format: 'percent', change: true, label: 'x' },
      { value: 140, format: 'percent', label: 'x' },
      { value: -5, format: 'percent', label: 'x' },
      { value: 90, label: 'x' },
    ] as StatInput[]) {
      const el = await fixture<EduStatCard>(card(stat, { static: '' }));
      expect(part(el, 'visual'), JSON.stringify(stat)).to.equal(null);
    }
  });

  it('a fall gets a down arrow and the word "Fall"; a change of 0 says "No change" without an arrow', async () => {
    const el = await fixture<EduStatCard>(
      card({ value: -3.5, format: 'percent', change: true, label: 'fall in attacks' }, { static: '' }),
    );
    const change = part(el, 'change')!;
    expect(text(change)).to.equal('Fall');
    const arrow = change.querySelector('svg')!;
    expect(arrow.getAttribute('aria-hidden')).to.equal('true');
    // Points down: the tip is at the bottom.
    expect(arrow.querySelector('path')!.getAttribute('d')).to.match(/^M5 9/);

    el.stat = { value: 0, format: 'percent', change: true, label: 'change in attacks' };
    await el.updateComplete;
    expect(text(part(el, 'change'))).to.equal('No change');
    expect(part(el, 'change')!.querySelector('svg')).to.equal(null);
  });
});

describe('<edu-stat-card> visuals: the sparkline', () => {
  it('draws the series with its last point marked, and says first, last and highest', async () => {
    const el = await fixture<EduStatCard>(card(DEATHS, { static: '' }));
    const chart = part(el, 'sparkline')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal('from 595 (2018) to 1,524 (2023), highest 1,524 (2023)');
    const points = chart.querySelector('polyline')!.points;
    expect(points.length).to.equal(SERIES.length);
    // Scaled to the data: the lowest value at the bottom, the highest at the top.
    const ys = [...points].map((p) => p.y);
    expect(ys.indexOf(Math.max(...ys))).to.equal(1);
    expect(ys.indexOf(Math.min(...ys))).to.equal(5);
    expect(along(chart, '.dot')).to.be.above(0.9);
    expect(parseFloat(getComputedStyle(chart.querySelector('.dot')!).strokeWidth)).to.be.above(4);
  });

  it("writes its values as the figure is written, and names the highest point's period", async () => {
    const el = await fixture<EduStatCard>(
      card(
        {
          value: 40,
          format: 'percent',
          label: 'of attacks',
          series: [
            { period: '2021', value: 30 },
            { period: '2022', value: 55 },
            { period: '2023', value: 40 },
          ],
        },
        { static: '' },
      ),
    );
    expect(part(el, 'sparkline')!.getAttribute('aria-label')).to.equal(
      'from 30% (2021) to 40% (2023), highest 55% (2022)',
    );
  });

  it('a flat series is a line across the middle', async () => {
    const el = await fixture<EduStatCard>(
      card(
        {
          value: 5,
          label: 'x',
          series: [
            { period: 'a', value: 5 },
            { period: 'b', value: 5 },
          ],
        },
        { static: '' },
      ),
    );
    const ys = [...part(el, 'sparkline')!.querySelector('polyline')!.points].map((p) => p.y);
    expect(ys).to.deep.equal([15, 15]);
  });
});

describe('<edu-stat-card> visuals: right to left and forced colours', function () {
  this.timeout(20_000);

  it('in Urdu, right to left: the bar fills and the sparkline runs from the right, the ring does not mirror', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ur">
        <edu-stat-card static .stat=${{ ...DEATHS, label: 'تشدد سے متعلق اموات' }}></edu-stat-card>
        <edu-stat-card static .stat=${{ value: 90, format: 'percent', label: 'اموات' }}></edu-stat-card>
        <edu-stat-card static visual="ring" .stat=${{ value: 84, format: 'percent', label: 'حملے' }}></edu-stat-card>
      </div>`,
    );
    const [line, bar, ring] = [...wrapper.querySelectorAll('edu-stat-card')];
    await Promise.all([line.updateComplete, bar.updateComplete, ring.updateComplete]);
    const mirrored = 'matrix(-1, 0, 0, 1, 0, 0)';
    const chart = part(line, 'sparkline')!;
    expect(getComputedStyle(chart).transform).to.equal(mirrored);
    // The last point (2023) is drawn on the left, the end of a right-to-left line.
    expect(along(chart, '.dot')).to.be.below(0.1);
    expect(chart.getAttribute('aria-label')).to.contain(new Intl.NumberFormat('ur-u-nu-arabext').format(1524));

    const shareBar = part(bar, 'visual')!;
    expect(getComputedStyle(shareBar).transform).to.equal(mirrored);
    const fill = shareBar.querySelector('.fill')!.getBoundingClientRect();
    expect(fill.right).to.be.closeTo(shareBar.getBoundingClientRect().right, 1);
    // The Urdu words load on first use: English until then.
    const ur = await loadStrings('ur');
    await waitUntil(() => part(bar, 'visual')!.getAttribute('aria-label') === ur.shareOf(text(part(bar, 'value'))));

    expect(getComputedStyle(part(ring, 'visual')!).transform).to.equal('none');
    await expect(wrapper).to.be.accessible();
  });

  it('in forced colours every chart is drawn in the text colour, the track outlined', async () => {
    await emulateForcedColors(true);
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <edu-stat-card static .stat=${DEATHS}></edu-stat-card>
        <edu-stat-card static .stat=${{ value: 90, format: 'percent', label: 'x' }}></edu-stat-card>
        <edu-stat-card static visual="ring" .stat=${{ value: 84, format: 'percent', label: 'x' }}></edu-stat-card>
        <edu-stat-card static .stat=${{ value: 60, format: 'percent', change: true, label: 'x' }}></edu-stat-card>
      </div>`,
    );
    const [line, bar, ring, change] = [...wrapper.querySelectorAll('edu-stat-card')];
    await Promise.all([line.updateComplete, bar.updateComplete, ring.updateComplete, change.updateComplete]);
    const cardStyle = getComputedStyle(part(line, 'card')!);
    const ink = cardStyle.color;
    expect(ink).to.not.equal(cardStyle.backgroundColor);
    const style = (el: EduStatCard, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);
    expect(style(line, '.line').stroke).to.equal(ink);
    expect(style(line, '.dot').stroke).to.equal(ink);
    expect(style(bar, '.fill').fill).to.equal(ink);
    expect(style(bar, '.track').stroke).to.equal(ink);
    expect(style(ring, '.fill').stroke).to.equal(ink);
    expect(style(ring, '.track').stroke).to.equal(ink);
    expect(style(change, '.arrow').fill).to.equal(ink);
  });
});
