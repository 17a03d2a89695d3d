/**
 * <edu-timeline>'s interactive layouts (issue #3): the horizontal axis and the vertical list, chosen by width;
 * keyboard, toolbar, pointer and wheel; deep links; filters; hidden first renders; reduced motion, forced colours,
 * dark theme and print; and scale. Driven as a reader would: real keys, real mouse, real media emulation.
 */
import { expect, fixture, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';
import { emulateForcedColors, emulateMediaFeatures } from '../helpers/browser.js';
import { generateLesson, inTimeOrder, type GeneratedLesson } from '../helpers/generate.js';
import { measureResponsiveness } from '../helpers/responsiveness.js';
import {
  catchPageErrors,
  EventLog,
  expectWcag22TargetSize,
  loadSeed,
  part,
  parts,
  settle,
  text,
} from '../helpers/lesson.js';
import {
  alpha,
  animationsDone,
  axisOf,
  axisReady,
  axisUnit,
  clusteredCount,
  drawnIds,
  eventItemOf,
  focusedEventId,
  inside,
  luminance,
  makeTimeline,
  overlapping,
  selectButtonOf,
  selectButtons,
  tabStops,
  tickShift,
  ticks,
  type TimelineOptions,
} from '../helpers/timeline.js';

type Seed = Awaited<ReturnType<typeof loadSeed>>;
type Layout = 'horizontal' | 'vertical';

let seed: Seed;
/** The seed's event ids in the order the timeline must show them. */
let order: string[];

before(async () => {
  seed = await loadSeed();
  order = inTimeOrder(seed.events).map((e) => e.id!);
  // Room for the title, filters, toolbar, a five-row axis and the detail panel, so the mouse can reach everything.
  await setViewport({ width: 1000, height: 900 });
});

after(async () => {
  await setViewport({ width: 800, height: 600 });
});

/** A timeline of `data` in `layout`, ready to use (axis drawn when horizontal). */
async function ready(data: unknown, layout: Layout, options: TimelineOptions = {}): Promise<EduTimeline> {
  const el = await makeTimeline(data, { ...options, attrs: { layout, ...options.attrs } });
  await waitUntil(() => el.lesson !== null, 'the lesson is shown', { timeout: 10_000 });
  if (layout === 'horizontal') await axisReady(el, 10_000);
  return el;
}

async function press(el: EduTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Tabs from the button before the timeline until an event's select button has focus; its id. */
async function tabIntoEvents(el: EduTimeline): Promise<string> {
  (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
  for (let i = 0; i < 30 && !focusedEventId(el); i++) await press(el, 'Tab');
  const id = focusedEventId(el);
  expect(id, 'Tab reaches an event button').to.not.equal(null);
  return id!;
}

async function click(el: EduTimeline, target: HTMLElement | null): Promise<void> {
  expect(target, 'something to click').to.not.equal(null);
  target!.click();
  await el.updateComplete;
}

function action(el: EduTimeline, name: string): HTMLButtonElement {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="button"][data-action="${name}"]`);
  expect(button, `the ${name} button`).to.not.equal(null);
  return button!;
}

/* ---------- accessibility ---------- */

describe('<edu-timeline> interactive: accessibility', function () {
  this.timeout(60_000);

  for (const layout of ['horizontal', 'vertical'] as const) {
    it(`the default lesson, ${layout}: axe and WCAG 2.2 target size, with and without a selected event`, async () => {
      const el = await ready(seed, layout);
      expect(el.currentLayout).to.equal(layout);
      await expect(el).to.be.accessible();
      await expectWcag22TargetSize(el);
      el.selected = 'unsc-appeal';
      await el.updateComplete;
      if (layout === 'horizontal') expect(part(el, 'detail'), 'the detail panel is open').to.not.equal(null);
      await expect(el).to.be.accessible();
      await expectWcag22TargetSize(el);
    });

    it(`1,000 generated events, ${layout}: axe and WCAG 2.2 target size`, async () => {
      const el = await ready(generateLesson(1000, { seed: 7 }), layout);
      if (layout === 'horizontal') {
        expect(parts(el, 'cluster').length, 'crowded enough to draw clusters').to.be.greaterThan(0);
      }
      await expect(el).to.be.accessible();
      await expectWcag22TargetSize(el);
    });
  }
});

/* ---------- layout ---------- */

describe('<edu-timeline> interactive: layout follows the element’s width', () => {
  it('auto: horizontal at 1000 px, vertical at 320 px, horizontal again, as the container resizes', async () => {
    const page = catchPageErrors();
    const el = await makeTimeline(seed, { wrapperStyle: { width: '1000px' } });
    const wrapper = el.parentElement!;
    expect(el.layout).to.equal('auto');
    await axisReady(el);
    expect(el.currentLayout).to.equal('horizontal');
    expect(part(el, 'toolbar')).to.not.equal(null);

    wrapper.style.width = '320px';
    await waitUntil(() => el.currentLayout === 'vertical', 'vertical at 320 px', { timeout: 4000 });
    await el.updateComplete;
    expect(part(el, 'axis'), 'no axis in the vertical list').to.equal(null);
    expect(part(el, 'list')?.localName).to.equal('ol');
    expect(drawnIds(el)).to.deep.equal(order);

    wrapper.style.width = '1000px';
    await axisReady(el);
    expect(el.currentLayout).to.equal('horizontal');
    await settle();
    expect(page.errors, 'no page error (e.g. a ResizeObserver loop)').to.deep.equal([]);
  });

  it('an explicit layout wins over the width, and reflects', async () => {
    const narrow = await makeTimeline(seed, { attrs: { layout: 'horizontal' }, wrapperStyle: { width: '320px' } });
    await axisReady(narrow);
    expect(narrow.currentLayout).to.equal('horizontal');

    const wide = await makeTimeline(seed, { attrs: { layout: 'vertical' }, wrapperStyle: { width: '1000px' } });
    await settle();
    expect(wide.currentLayout).to.equal('vertical');
    expect(part(wide, 'axis')).to.equal(null);

    wide.layout = 'auto';
    await wide.updateComplete;
    expect(wide.getAttribute('layout'), 'reflected').to.equal('auto');
    await axisReady(wide);
    wide.setAttribute('layout', 'vertical');
    await wide.updateComplete;
    expect(wide.currentLayout).to.equal('vertical');
    expect(part(wide, 'axis')).to.equal(null);
  });
});

/* ---------- keyboard ---------- */

describe('<edu-timeline> interactive: keyboard', () => {
  for (const layout of ['horizontal', 'vertical'] as const) {
    const forward = layout === 'horizontal' ? 'ArrowRight' : 'ArrowDown';
    const back = layout === 'horizontal' ? 'ArrowLeft' : 'ArrowUp';

    it(`${layout}: Tab reaches the first event; ${forward} walks in time order with one tab stop; Home, End`, async () => {
      const el = await ready(seed, layout, { buttonBefore: true });
      expect(await tabIntoEvents(el)).to.equal(order[0]);
      expect(tabStops(el)).to.deep.equal([order[0]]);
      for (let i = 1; i < order.length; i++) {
        await press(el, forward);
        expect(focusedEventId(el), `after ${i} × ${forward}`).to.equal(order[i]);
        expect(tabStops(el), 'one tab stop, on the focused event').to.deep.equal([order[i]]);
        if (layout === 'horizontal') {
          await animationsDone(el);
          expect(overlapping(el, order[i]), `${order[i]} is not drawn over other events`).to.deep.equal([]);
        }
      }
      await press(el, back);
      expect(focusedEventId(el)).to.equal(order[order.length - 2]);
      await press(el, 'Home');
      expect(focusedEventId(el)).to.equal(order[0]);
      expect(tabStops(el)).to.deep.equal([order[0]]);
      await press(el, 'End');
      expect(focusedEventId(el)).to.equal(order[order.length - 1]);
      expect(tabStops(el)).to.deep.equal([order[order.length - 1]]);
      if (layout === 'horizontal') {
        await animationsDone(el);
        const button = selectButtonOf(el, order[order.length - 1])!;
        expect(
          inside(button.getBoundingClientRect(), axisOf(el).getBoundingClientRect()),
          'the last event is inside the axis',
        ).to.equal(true);
      }
      expect(el.selected, 'moving focus selects nothing').to.equal(null);
    });

    it(`${layout}: Enter selects (one edu-select), Escape deselects and keeps focus on the event`, async () => {
      const log = new EventLog();
      const el = await ready(seed, layout, { buttonBefore: true });
      await tabIntoEvents(el);
      await press(el, forward);
      await press(el, forward);
      const id = order[2];
      expect(focusedEventId(el)).to.equal(id);
      log.clear();
      await press(el, 'Enter');
      expect(el.selected).to.equal(id);
      expect(el.getAttribute('selected')).to.equal(id);
      await settle();
      expect(log.of('edu-select').map((e) => e.detail.id)).to.deep.equal([id]);
      if (layout === 'horizontal') {
        const detail = part(el, 'detail');
        expect(detail, 'the detail panel opens').to.not.equal(null);
        expect(text(part(el, 'title', detail!))).to.equal(seed.events.find((e) => e.id === id)!.title);
        expect(parts(el, 'description', detail!).length).to.equal(1);
      }
      await press(el, 'Escape');
      await el.updateComplete;
      expect(el.selected).to.equal(null);
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(part(el, 'detail'), 'the detail panel is closed').to.equal(null);
      expect(focusedEventId(el), 'focus back on the event').to.equal(id);
      await settle();
      expect(log.count('edu-select'), 'closing fires nothing').to.equal(1);
    });

    it(`${layout}: Space selects too`, async () => {
      const log = new EventLog();
      const el = await ready(seed, layout, { buttonBefore: true });
      await tabIntoEvents(el);
      await press(el, forward);
      await press(el, 'Space');
      expect(el.selected).to.equal(order[1]);
      await settle();
      expect(log.of('edu-select').map((e) => e.detail.id)).to.deep.equal([order[1]]);
    });
  }

  it('horizontal: the close button closes the panel and gives focus back to the event', async () => {
    const el = await ready(seed, 'horizontal');
    await click(el, selectButtonOf(el, 'unsc-appeal'));
    expect(part(el, 'detail')).to.not.equal(null);
    await click(el, el.shadowRoot!.querySelector('[part~="detail"] [data-action="close"]'));
    expect(part(el, 'detail')).to.equal(null);
    expect(el.selected).to.equal(null);
    expect(focusedEventId(el)).to.equal('unsc-appeal');
  });

  it('horizontal: Tab leaves the events after one stop (the roving tab stop)', async () => {
    const el = await ready(seed, 'horizontal', { buttonBefore: true });
    await tabIntoEvents(el);
    await press(el, 'Tab');
    expect(focusedEventId(el), 'a second Tab does not land on another event').to.equal(null);
  });

  it('horizontal, right to left: later events are to the left; ArrowLeft moves forward, ArrowRight back', async () => {
    const el = await ready(seed, 'horizontal', { buttonBefore: true, wrapperAttrs: { dir: 'rtl' } });
    await animationsDone(el);
    const first = eventItemOf(el, order[0])!.getBoundingClientRect();
    const second = eventItemOf(el, order[1])!.getBoundingClientRect();
    expect(second.right, 'the second event is left of the first').to.be.below(first.right);
    expect(first.right, 'the first event starts at the right').to.be.above(
      axisOf(el).getBoundingClientRect().right - 60,
    );
    expect(await tabIntoEvents(el)).to.equal(order[0]);
    await press(el, 'ArrowLeft');
    expect(focusedEventId(el)).to.equal(order[1]);
    await press(el, 'ArrowLeft');
    expect(focusedEventId(el)).to.equal(order[2]);
    await press(el, 'ArrowRight');
    expect(focusedEventId(el)).to.equal(order[1]);
  });

  it('vertical, right to left: ArrowDown still moves forward', async () => {
    const el = await ready(seed, 'vertical', { buttonBefore: true, wrapperAttrs: { dir: 'rtl' } });
    await tabIntoEvents(el);
    await press(el, 'ArrowDown');
    expect(focusedEventId(el)).to.equal(order[1]);
  });

  it('horizontal: + and - zoom, 0 shows everything again, PageDown pans; focus stays on the event', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await ready(seed, 'horizontal', { buttonBefore: true });
      await tabIntoEvents(el);
      const fitted = ticks(el).map((t) => t.label);
      await press(el, '+');
      await press(el, '+');
      await press(el, '+');
      expect(
        ticks(el).map((t) => t.label),
        'zoomed in',
      ).to.not.deep.equal(fitted);
      expect(focusedEventId(el)).to.equal(order[0]);
      const before = ticks(el);
      await press(el, 'PageDown');
      await animationsDone(el);
      expect(
        ticks(el).map((t) => t.label),
        'panned',
      ).to.not.deep.equal(before.map((t) => t.label));
      await press(el, '0');
      expect(
        ticks(el).map((t) => t.label),
        'back to everything',
      ).to.deep.equal(fitted);
      await press(el, '-');
      expect(
        ticks(el).map((t) => t.label),
        'zoomed out',
      ).to.not.deep.equal(fitted);
    } finally {
      await emulateMediaFeatures(null);
    }
  });
});

/* ---------- toolbar ---------- */

describe('<edu-timeline> interactive: toolbar and methods', function () {
  this.timeout(20_000);

  it('next and previous select the neighbouring event and fire edu-select each time', async () => {
    const log = new EventLog();
    const el = await ready(seed, 'horizontal');
    await click(el, selectButtonOf(el, order[2]));
    log.clear();
    await click(el, action(el, 'next'));
    expect(el.selected).to.equal(order[3]);
    expect(text(part(el, 'title', part(el, 'detail')!))).to.equal(seed.events.find((e) => e.id === order[3])!.title);
    await click(el, action(el, 'previous'));
    await click(el, action(el, 'previous'));
    expect(el.selected).to.equal(order[1]);
    await settle();
    expect(log.of('edu-select').map((e) => e.detail.id)).to.deep.equal([order[3], order[2], order[1]]);
    const last = log.of('edu-select')[2];
    expect(last.detail.event.id).to.equal(order[1]);
    expect(last.bubbles && last.composed).to.equal(true);
  });

  it('next() and previous() select without firing edu-select', async () => {
    const log = new EventLog();
    const el = await ready(seed, 'horizontal');
    el.selected = order[4];
    await el.updateComplete;
    el.next();
    await el.updateComplete;
    expect(el.selected).to.equal(order[5]);
    expect(el.getAttribute('selected')).to.equal(order[5]);
    el.previous();
    el.previous();
    await el.updateComplete;
    expect(el.selected).to.equal(order[3]);
    await settle();
    expect(log.count('edu-select')).to.equal(0);
  });

  for (const layout of ['horizontal', 'vertical'] as const) {
    it(`show(id) (${layout}) selects the event, focuses it and clears a filter hiding it, without edu-select`, async () => {
      const log = new EventLog();
      const el = await ready(seed, layout, { attrs: { filter: 'diplomacy' } });
      const hidden = seed.events.find((e) => !e.tags?.includes('diplomacy'))!.id!;
      expect(el.show(hidden)).to.equal(true);
      await waitUntil(() => focusedEventId(el) === hidden, `focus on ${hidden}`);
      expect(el.selected).to.equal(hidden);
      expect(el.filter).to.equal('');
      expect(el.show('no-such-event')).to.equal(false);
      await settle();
      expect(log.count('edu-select')).to.equal(0);
    });
  }

  it('zoom out reaches years, zoom in reaches months then days; both stop at a limit', async () => {
    const el = await ready(seed, 'horizontal');
    const snapshot = (): string => JSON.stringify(ticks(el));
    // Out: to years, and then no further.
    for (let i = 0; i < 10 && axisUnit(el) !== 'year'; i++) await click(el, action(el, 'zoom-out'));
    expect(axisUnit(el), 'zooming out shows years').to.equal('year');
    for (let i = 0; i < 20; i++) await click(el, action(el, 'zoom-out'));
    const widest = snapshot();
    await click(el, action(el, 'zoom-out'));
    expect(snapshot(), 'zooming out stops').to.equal(widest);

    // In: months, then days, and then no further.
    const seen = new Set<string>();
    for (let i = 0; i < 40 && axisUnit(el) !== 'day'; i++) {
      await click(el, action(el, 'zoom-in'));
      seen.add(axisUnit(el));
    }
    expect([...seen]).to.include('month');
    expect(axisUnit(el), 'zooming in shows days').to.equal('day');
    for (let i = 0; i < 40; i++) el.zoomIn();
    await el.updateComplete;
    const closest = snapshot();
    el.zoomIn();
    await el.updateComplete;
    expect(snapshot(), 'zooming in stops').to.equal(closest);
  });

  it('show all: after zooming and panning, every event is drawn or counted in a cluster, inside the axis', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const lesson = generateLesson(1000, { seed: 3 });
      const el = await ready(lesson, 'horizontal');
      el.zoomIn();
      el.zoomIn();
      el.zoomIn();
      await el.updateComplete;
      axisOf(el).dispatchEvent(
        new WheelEvent('wheel', { deltaX: 300, bubbles: true, cancelable: true, composed: true }),
      );
      await el.updateComplete;
      await click(el, action(el, 'fit'));
      await animationsDone(el);
      const drawn = drawnIds(el).length;
      const clustered = clusteredCount(el);
      // The event holding the tab stop is drawn even inside a cluster, so it may be counted twice.
      expect(drawn + clustered, `${drawn} drawn + ${clustered} in clusters`).to.be.within(1000, 1001);
      const axis = axisOf(el).getBoundingClientRect();
      for (const li of parts(el, 'event')) {
        const box = li.getBoundingClientRect();
        expect(box.left >= axis.left - 1 && box.left <= axis.right, `${li.dataset.id} starts inside the axis`).to.equal(
          true,
        );
      }
      expect(drawnIds(el)).to.include(lesson.events[0].id);
      for (const id of drawnIds(el)) expect(overlapping(el, id), `${id} overlaps`).to.deep.equal([]);
    } finally {
      await emulateMediaFeatures(null);
    }
  });
});

/* ---------- pointer and wheel ---------- */

describe('<edu-timeline> interactive: pointer and wheel', function () {
  this.timeout(10_000);

  beforeEach(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  afterEach(async () => {
    await resetMouse();
    await emulateMediaFeatures(null);
  });

  function centre(node: Element): [number, number] {
    const r = node.getBoundingClientRect();
    return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
  }

  it('a drag that starts on an event pans the axis and does not select the event', async () => {
    const log = new EventLog();
    const el = await ready(seed, 'horizontal');
    const button = selectButtonOf(el, order[3])!;
    const [x, y] = centre(button);
    const before = ticks(el);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 60, y] });
    await sendMouse({ type: 'move', position: [x - 150, y] });
    await sendMouse({ type: 'up' });
    await animationsDone(el);
    expect(tickShift(before, ticks(el)), 'the ticks follow the pointer').to.be.closeTo(-150, 3);
    await settle();
    expect(el.selected, 'a drag is not a click').to.equal(null);
    expect(log.count('edu-select')).to.equal(0);
  });

  it('a click without a drag on the same event does select it', async () => {
    const log = new EventLog();
    const el = await ready(seed, 'horizontal');
    const [x, y] = centre(selectButtonOf(el, order[3])!);
    await sendMouse({ type: 'click', position: [x, y] });
    await el.updateComplete;
    expect(el.selected).to.equal(order[3]);
    await settle();
    expect(log.count('edu-select')).to.equal(1);
  });

  it('ctrl + wheel zooms in around the pointer', async () => {
    const el = await ready(seed, 'horizontal');
    await animationsDone(el);
    const axis = axisOf(el);
    const pivot = eventItemOf(el, order[2])!;
    const x = pivot.getBoundingClientRect().left;
    const spread = (): number =>
      eventItemOf(el, order[2])!.getBoundingClientRect().left - eventItemOf(el, order[1])!.getBoundingClientRect().left;
    const spreadBefore = spread();
    const wheel = new WheelEvent('wheel', {
      deltaY: -120,
      ctrlKey: true,
      clientX: x,
      clientY: centre(axis)[1],
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    axis.dispatchEvent(wheel);
    expect(wheel.defaultPrevented, 'the page does not zoom').to.equal(true);
    await animationsDone(el);
    expect(eventItemOf(el, order[2])!.getBoundingClientRect().left, 'the time under the pointer stays').to.be.closeTo(
      x,
      2,
    );
    expect(spread(), 'events move apart').to.be.greaterThan(spreadBefore * 1.1);
  });

  for (const [name, init] of [
    ['shift + wheel', { deltaY: 120, shiftKey: true }],
    ['a horizontal wheel (deltaX)', { deltaX: 120 }],
  ] as const) {
    it(`${name} pans by the wheel distance`, async () => {
      const el = await ready(seed, 'horizontal');
      const before = ticks(el);
      const wheel = new WheelEvent('wheel', { ...init, bubbles: true, cancelable: true, composed: true });
      axisOf(el).dispatchEvent(wheel);
      expect(wheel.defaultPrevented).to.equal(true);
      await animationsDone(el);
      expect(tickShift(before, ticks(el))).to.be.closeTo(-120, 2);
    });
  }

  it('a plain vertical wheel leaves the axis alone and lets the page scroll', async () => {
    const el = await ready(seed, 'horizontal');
    const before = JSON.stringify(ticks(el));
    const wheel = new WheelEvent('wheel', { deltaY: 120, bubbles: true, cancelable: true, composed: true });
    axisOf(el).dispatchEvent(wheel);
    expect(wheel.defaultPrevented, 'page scroll not prevented').to.equal(false);
    await settle();
    expect(JSON.stringify(ticks(el))).to.equal(before);
  });
});

/* ---------- deep links ---------- */

describe('<edu-timeline> interactive: deep links', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => {
    history.replaceState(history.state, '', original);
  });

  async function setHash(hash: string): Promise<void> {
    const changed = oneEvent(window, 'hashchange');
    location.hash = hash;
    await changed;
  }

  // The last one shares its month with four others: at this width it starts inside a "+1" cluster.
  for (const id of ['unsc-appeal', 'poa-iti-commitment']) {
    it(`hash-sync: #${id} selects on load, and the event is shown`, async () => {
      await setHash(`#${id}`);
      const el = await ready(seed, 'horizontal', { attrs: { 'hash-sync': true } });
      expect(el.selected).to.equal(id);
      expect(el.getAttribute('selected')).to.equal(id);
      expect(text(part(el, 'title', part(el, 'detail')!))).to.equal(seed.events.find((e) => e.id === id)!.title);
      await animationsDone(el);
      const button = selectButtonOf(el, id);
      expect(button, 'drawn on the axis').to.not.equal(null);
      expect(inside(button!.getBoundingClientRect(), axisOf(el).getBoundingClientRect()), 'in view').to.equal(true);
      expect(overlapping(el, id), 'not drawn over other events').to.deep.equal([]);
      expect(location.hash, 'the hash stays').to.equal(`#${id}`);
    });
  }

  it('hash-sync: selecting writes the hash without a new history entry; closing clears it', async () => {
    const el = await ready(seed, 'horizontal', { attrs: { 'hash-sync': true } });
    const length = history.length;
    await click(el, selectButtonOf(el, 'kabul-2021'));
    expect(location.hash).to.equal('#kabul-2021');
    await click(el, action(el, 'next'));
    expect(location.hash).to.equal(`#${order[order.indexOf('kabul-2021') + 1]}`);
    expect(history.length, 'replaceState, not pushState').to.equal(length);
    await click(el, el.shadowRoot!.querySelector('[part~="detail"] [data-action="close"]'));
    expect(location.hash).to.equal('');
    expect(history.length).to.equal(length);
  });

  it('hash-sync: a hashchange (the reader follows a link) selects, with edu-select', async () => {
    const log = new EventLog();
    const el = await ready(seed, 'vertical', { attrs: { 'hash-sync': true } });
    await setHash('#durrani-ttp-attacks');
    await el.updateComplete;
    expect(el.selected).to.equal('durrani-ttp-attacks');
    await settle();
    expect(log.of('edu-select').map((e) => e.detail.id)).to.deep.equal(['durrani-ttp-attacks']);
  });

  it('without hash-sync the URL is never read nor written', async () => {
    await setHash('#unsc-appeal');
    const href = location.href;
    const el = await ready(seed, 'horizontal');
    expect(el.selected, 'the hash is not read').to.equal(null);
    await click(el, selectButtonOf(el, 'kabul-2021'));
    await click(el, action(el, 'next'));
    await press(el, 'Escape');
    expect(location.href).to.equal(href);
  });
});

/* ---------- start-at ---------- */

describe('<edu-timeline> interactive: start-at', function () {
  this.timeout(20_000);
  let big: GeneratedLesson;
  before(() => {
    big = generateLesson(1000, { seed: 11 });
  });

  const cases = [
    { startAt: undefined, index: () => 0 },
    { startAt: 'last', index: () => big.events.length - 1 },
    { startAt: 'g000500', index: () => 499 },
  ];
  for (const c of cases) {
    it(`start-at=${c.startAt ?? '(default)'}: that event holds the tab stop and is in view`, async () => {
      const el = await ready(big, 'horizontal', { attrs: c.startAt ? { 'start-at': c.startAt } : {} });
      await animationsDone(el);
      const id = big.events[c.index()].id!;
      expect(tabStops(el)).to.deep.equal([id]);
      const button = selectButtonOf(el, id);
      expect(button, `${id} is drawn`).to.not.equal(null);
      expect(inside(button!.getBoundingClientRect(), axisOf(el).getBoundingClientRect()), `${id} is in view`).to.equal(
        true,
      );
      expect(overlapping(el, id), `${id} is not drawn over other events (zoomed in out of its cluster)`).to.deep.equal(
        [],
      );
      expect(el.selected, 'start-at does not select').to.equal(null);
    });
  }

  it('start-at=last in the vertical list: the last event holds the tab stop', async () => {
    const el = await ready(seed, 'vertical', { attrs: { 'start-at': 'last' } });
    expect(tabStops(el)).to.deep.equal([order[order.length - 1]]);
  });
});

/* ---------- filters ---------- */

describe('<edu-timeline> interactive: tag filters', () => {
  const tagged = (...tags: string[]): string[] =>
    order.filter((id) => seed.events.find((e) => e.id === id)!.tags?.some((t) => tags.includes(t)));

  function chip(el: EduTimeline, tag: string): HTMLButtonElement {
    const found = parts<HTMLButtonElement>(el, 'chip').find((c) => c.dataset.tag === tag);
    expect(found, `a chip for "${tag}"`).to.not.equal(undefined);
    return found!;
  }

  function count(el: EduTimeline): HTMLElement {
    const c = part(el, 'count');
    expect(c, '[part~=count]').to.not.equal(null);
    expect(c!.getAttribute('role')).to.equal('status');
    return c!;
  }

  it('a chip for "All" and each tag; clicking one filters, reflects, says "n of m events shown"; All clears', async () => {
    const log = new EventLog();
    const el = await ready(seed, 'vertical');
    const allTags = [...new Set(seed.events.flatMap((e) => e.tags ?? []))].sort();
    expect(parts(el, 'chip').map((c) => c.dataset.tag)).to.deep.equal(['', ...allTags]);
    expect(chip(el, '').getAttribute('aria-pressed')).to.equal('true');
    expect(text(count(el)), 'the live region is there, empty, before any change').to.equal('');

    await click(el, chip(el, 'ttp'));
    expect(el.filter).to.equal('ttp');
    expect(el.getAttribute('filter')).to.equal('ttp');
    expect(chip(el, 'ttp').getAttribute('aria-pressed')).to.equal('true');
    expect(chip(el, '').getAttribute('aria-pressed')).to.equal('false');
    expect(drawnIds(el)).to.deep.equal(tagged('ttp'));
    expect(text(count(el))).to.equal(`${tagged('ttp').length} of ${order.length} events shown`);

    await click(el, chip(el, 'un'));
    expect(el.filter.split(',').sort()).to.deep.equal(['ttp', 'un']);
    expect(drawnIds(el)).to.deep.equal(tagged('ttp', 'un'));

    await click(el, chip(el, ''));
    expect(el.filter).to.equal('');
    expect(chip(el, '').getAttribute('aria-pressed')).to.equal('true');
    expect(drawnIds(el)).to.deep.equal(order);
    expect(text(count(el))).to.equal('');
    await settle();
    expect(log.count('edu-select'), 'filtering selects nothing').to.equal(0);
  });

  it('filter="ttp,un" as an attribute shows events with either tag', async () => {
    const el = await ready(seed, 'vertical', { attrs: { filter: 'ttp, un' } });
    const expected = tagged('ttp', 'un');
    expect(expected.length).to.be.below(order.length);
    expect(drawnIds(el)).to.deep.equal(expected);
    expect(text(count(el))).to.equal(`${expected.length} of ${order.length} events shown`);
    expect(chip(el, 'ttp').getAttribute('aria-pressed')).to.equal('true');
    expect(chip(el, 'un').getAttribute('aria-pressed')).to.equal('true');
    expect(chip(el, 'violence').getAttribute('aria-pressed')).to.equal('false');
  });

  it('horizontal: the axis shows only the chosen tag’s events, and next() walks only those', async () => {
    const el = await ready(seed, 'horizontal');
    await click(el, chip(el, 'diplomacy'));
    const expected = tagged('diplomacy');
    expect(drawnIds(el)).to.deep.equal(expected);
    el.next();
    el.next();
    await el.updateComplete;
    expect(expected).to.include(el.selected);
  });
});

/* ---------- hidden first ---------- */

describe('<edu-timeline> interactive: first render while hidden', () => {
  for (const layout of ['horizontal', 'auto'] as const) {
    it(`layout=${layout} inside a closed <details>: no error; opening it draws the axis with events`, async () => {
      const page = catchPageErrors();
      const log = new EventLog();
      const details = document.createElement('details');
      details.innerHTML = '<summary>Timeline</summary>';
      const el = document.createElement('edu-timeline');
      el.setAttribute('layout', layout);
      el.data = seed;
      details.append(el);
      await fixture(details);
      await log.waitFor('edu-load');
      await settle();
      expect(page.errors).to.deep.equal([]);
      details.open = true;
      await axisReady(el);
      // The event holding the tab stop is drawn even inside a cluster, so it may be counted twice.
      expect(drawnIds(el).length + clusteredCount(el)).to.be.within(order.length, order.length + 1);
      await settle();
      expect(page.errors).to.deep.equal([]);
    });
  }
});

/* ---------- media: motion, forced colours, theme, print ---------- */

describe('<edu-timeline> interactive: reduced motion', () => {
  afterEach(async () => {
    await emulateMediaFeatures(null);
  });

  const durations = (node: Element): number[] =>
    getComputedStyle(node)
      .transitionDuration.split(',')
      .map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1));

  it('events move with a transition, and without one under prefers-reduced-motion', async () => {
    const el = await ready(seed, 'horizontal');
    const item = parts(el, 'event')[0];
    expect(Math.max(...durations(item)), 'animated by default').to.be.greaterThan(0);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(Math.max(...durations(parts(el, 'event')[0])), 'no motion when reduced').to.equal(0);
  });
});

describe('<edu-timeline> interactive: forced colours', () => {
  afterEach(async () => {
    await emulateForcedColors(false);
  });

  it('the selected event differs by border, not colour alone; controls keep visible borders', async () => {
    const el = await ready(seed, 'horizontal');
    el.selected = 'unsc-appeal';
    await el.updateComplete;
    await emulateForcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const selected = getComputedStyle(selectButtonOf(el, 'unsc-appeal')!);
    const other = getComputedStyle(selectButtonOf(el, order[0])!);
    const differs =
      selected.borderTopWidth !== other.borderTopWidth ||
      (selected.outlineStyle !== 'none' && selected.outlineStyle !== other.outlineStyle);
    expect(
      differs,
      `border ${selected.borderTopWidth} vs ${other.borderTopWidth}, outline ${selected.outlineStyle}`,
    ).to.equal(true);
    for (const control of [...parts(el, 'button'), ...parts(el, 'chip'), ...selectButtons(el)]) {
      const s = getComputedStyle(control);
      const name = control.getAttribute('aria-label') ?? text(control);
      expect(s.borderTopStyle, name).to.not.equal('none');
      expect(parseFloat(s.borderTopWidth), name).to.be.greaterThan(0);
      expect(alpha(s.borderTopColor), `${name}: border colour is not transparent`).to.be.greaterThan(0);
    }
  });
});

describe('<edu-timeline> interactive: forced colours, the axis', () => {
  afterEach(async () => {
    await emulateForcedColors(false);
    await emulateMedia({ colorScheme: 'light' });
  });

  /** WCAG contrast ratio of two computed colours. */
  const contrast = (a: string, b: string): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  for (const scheme of ['light', 'dark'] as const) {
    it(`the axis labels keep the system's text contrast on a ${scheme} high-contrast theme`, async () => {
      const el = await ready(seed, 'horizontal');
      await emulateMedia({ colorScheme: scheme });
      await emulateForcedColors(true);
      const strip = el.shadowRoot!.querySelector<HTMLElement>('.ticks')!;
      const ticks = [...strip.querySelectorAll<HTMLElement>('.tick')];
      expect(ticks.length, 'the axis has labels').to.be.greaterThan(2);
      const background = getComputedStyle(strip).backgroundColor;
      for (const tick of ticks) {
        const ratio = contrast(getComputedStyle(tick).color, background);
        expect(ratio, `"${tick.textContent?.trim()}" on the axis`).to.be.at.least(4.5);
      }
    });
  }
});

describe('<edu-timeline> interactive: theme', () => {
  afterEach(async () => {
    await emulateMediaFeatures(null);
  });

  const textColor = (el: EduTimeline): string => getComputedStyle(part(el, 'heading')!).color;

  it('theme="dark" gives light text on a dark surface; theme="light" dark text', async () => {
    const dark = await ready(seed, 'vertical', { attrs: { theme: 'dark' } });
    const light = await ready(seed, 'vertical', { attrs: { theme: 'light' } });
    expect(textColor(dark)).to.not.equal(textColor(light));
    expect(luminance(textColor(dark))).to.be.greaterThan(luminance(textColor(light)));
    const background = getComputedStyle(dark).backgroundColor;
    expect(alpha(background), 'the dark theme paints its own surface').to.be.greaterThan(0);
    expect(luminance(background)).to.be.below(0.1);
  });

  it('prefers-color-scheme: dark darkens, unless theme="light"', async () => {
    const auto = await ready(seed, 'vertical');
    const light = await ready(seed, 'vertical', { attrs: { theme: 'light' } });
    const dark = await ready(seed, 'vertical', { attrs: { theme: 'dark' } });
    const lightText = textColor(auto);
    expect(textColor(light)).to.equal(lightText);
    await emulateMedia({ colorScheme: 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    expect(textColor(auto), 'follows the reader’s setting').to.equal(textColor(dark));
    expect(textColor(auto)).to.not.equal(lightText);
    expect(textColor(light), 'theme="light" stays light').to.equal(lightText);
  });
});

describe('<edu-timeline> interactive: print', function () {
  this.timeout(30_000);
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await emulateMediaFeatures(null);
  });

  const hidden = (node: Element | null): boolean => node === null || getComputedStyle(node).display === 'none';

  /** Emulates `media` and waits until matchMedia('print') has told the page (the element listens to the same). */
  async function printMedia(media: 'print' | 'screen'): Promise<void> {
    const query = matchMedia('print');
    if (query.matches === (media === 'print')) return emulateMedia({ media });
    const changed = oneEvent(query, 'change');
    await emulateMedia({ media });
    await changed;
  }

  function expectPrintable(el: EduTimeline, lesson: { events: { description?: string }[]; sources?: unknown[] }): void {
    expect(el.currentLayout).to.equal('vertical');
    expect(part(el, 'axis'), 'no axis on paper').to.equal(null);
    expect(part(el, 'list')?.localName).to.equal('ol');
    expect(parts(el, 'event').length, 'every event').to.equal(lesson.events.length);
    expect(parts(el, 'description').length, 'every description').to.equal(
      lesson.events.filter((e) => e.description).length,
    );
    expect(parts(el, 'source').length, 'the sources').to.equal(lesson.sources?.length ?? 0);
    expect(hidden(part(el, 'toolbar')), 'no toolbar on paper').to.equal(true);
    expect(hidden(part(el, 'filters')), 'no filters on paper').to.equal(true);
    for (const button of parts(el, 'button')) expect(hidden(button), 'no buttons on paper').to.equal(true);
  }

  it('print media: the horizontal timeline prints as the full list; back on screen, the axis returns', async () => {
    const el = await ready(seed, 'horizontal');
    await printMedia('print');
    await el.updateComplete;
    expectPrintable(el, seed);
    await printMedia('screen');
    await axisReady(el);
  });

  it('print media with 1,000 events: every one of them, with its description, whatever the layout', async () => {
    const lesson = generateLesson(1000, { seed: 5 });
    for (const layout of ['horizontal', 'vertical'] as const) {
      const el = await ready(lesson, layout);
      await printMedia('print');
      await el.updateComplete;
      expectPrintable(el, lesson);
      await printMedia('screen');
      await el.updateComplete;
      expect(el.currentLayout, 'back on screen').to.equal(layout);
    }
  });

  it('beforeprint / afterprint (the print dialog) switch to the list and back', async () => {
    const el = await ready(seed, 'horizontal');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(el.currentLayout).to.equal('vertical');
    expect(parts(el, 'description').length).to.equal(seed.events.filter((e) => e.description).length);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.currentLayout).to.equal('horizontal');
  });
});

/* ---------- text stays text on the axis ---------- */

describe('<edu-timeline> interactive: text from the data stays text on the axis', () => {
  it('labels, the detail panel and chips', async () => {
    const XSS = '<img src=x onerror="window.__xss=1">';
    const el = await ready(
      {
        title: XSS,
        events: [
          { id: 'x', date: '2021', title: XSS, description: XSS, tags: [XSS] },
          { id: 'y', date: '2022', title: 'Other' },
        ],
        eras: [{ title: XSS, start: '2020', end: '2022' }],
      },
      'horizontal',
    );
    el.selected = 'x';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(part(el, 'title', eventItemOf(el, 'x')!))).to.equal(XSS);
    expect(text(part(el, 'title', part(el, 'detail')!))).to.equal(XSS);
    expect(parts(el, 'chip').some((c) => text(c) === XSS)).to.equal(true);
    expect(parts(el, 'band').some((b) => text(b) === XSS)).to.equal(true);
    await settle();
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
  });
});

/* ---------- scale ---------- */

describe('<edu-timeline> interactive: scale', function () {
  this.timeout(60_000);

  it('10,000 events: edu-load, far fewer than 10,000 items in the DOM, and next() walks them', async () => {
    const lesson = generateLesson(10_000, { seed: 42 });
    const log = new EventLog();
    const el = await makeTimeline(lesson, { attrs: { layout: 'horizontal' } });
    await log.waitFor('edu-load', 1, 30_000);
    await axisReady(el, 30_000);
    const items = parts(el, 'event').length;
    expect(items, `${items} items in the DOM`).to.be.within(1, 499);
    expect(el.shadowRoot!.querySelectorAll('li').length, 'list items of any kind').to.be.below(500);

    el.next();
    await el.updateComplete;
    const ids = lesson.events.map((e) => e.id!);
    let at = ids.indexOf(el.selected!);
    expect(at).to.be.at.least(0);
    for (let i = 0; i < 5; i++) {
      el.next();
      await el.updateComplete;
      expect(el.selected).to.equal(ids[at + 1]);
      at++;
      await animationsDone(el);
      const item = eventItemOf(el, ids[at]);
      expect(item, `${ids[at]} drawn`).to.not.equal(null);
      expect(item!.getAttribute('part')!.split(' ')).to.include('selected');
      expect(
        inside(selectButtonOf(el, ids[at])!.getBoundingClientRect(), axisOf(el).getBoundingClientRect()),
        `${ids[at]} in view`,
      ).to.equal(true);
    }
    expect(parts(el, 'event').length).to.be.below(500);
  });

  // How long the page waits between two turns is measured by `npm run bench:input`; here, that there are turns.
  it('100,000 events set as data: read and drawn in turns, with the page’s timers running between them', async () => {
    const lesson = generateLesson(100_000, { seed: 100, years: 300 });
    const log = new EventLog();
    const el = await makeTimeline(undefined, { attrs: { layout: 'horizontal' } });
    // The element has its width before the data comes, as on a page where a script sets `data` later.
    await waitUntil(() => el.getBoundingClientRect().width > 0);
    await nextFrame();
    // From the moment `data` is set until the axis is drawn, the page's own timers must get turns: the lesson is read
    // in 25 pieces of 4,000 events, each in a task of its own, so at least that many timers fire, fast machine or not.
    const r = await measureResponsiveness(async () => {
      el.data = lesson;
      await log.waitFor('edu-load', 1, 30_000);
      await axisReady(el, 30_000);
      await nextFrame();
    });
    expect(r.timers, r.summary).to.be.at.least(20);
    expect(el.lesson?.events.length).to.equal(100_000);
    expect(parts(el, 'event').length).to.be.below(500);
  });
});
