import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { CountUpController, countsUp } from '../../src/controllers/count-up-controller.js';
import { emulateMediaFeatures } from '../helpers/browser.js';
import { placeBelowTheFold, settle } from '../helpers/lesson.js';

/** A host that shows the controller's number and records every number it rendered, with the time. */
class CountHost extends LitElement {
  static override properties = { target: { type: Number } };
  target: number | undefined;
  readonly countUp: CountUpController;
  readonly seen: { at: number; value: number | undefined; counting: boolean }[];

  constructor() {
    super();
    this.target = 1524;
    this.seen = [];
    this.countUp = new CountUpController(this, () => this.target);
  }

  protected override render(): unknown {
    return html`${this.countUp.value}`;
  }

  protected override updated(): void {
    this.seen.push({ at: performance.now(), value: this.countUp.value, counting: this.countUp.counting });
  }
}
customElements.define('count-host', CountHost);

/** A host below the fold of a 200 px scroll box, placed in the page: not in view until the box is scrolled. */
async function belowTheFold(host = new CountHost()): Promise<{ host: CountHost; box: HTMLElement }> {
  const box = await placeBelowTheFold(host);
  await inView(box);
  return { host, box };
}

/**
 * Resolves once `el` has been reported in view (half of it at least) by an IntersectionObserver of the test's own.
 * Observers are notified in the same step but in no set order: a frame later, the controller has been told too.
 */
function inView(el: Element): Promise<void> {
  return new Promise((resolve) => {
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.intersectionRatio >= 0.5)) {
          io.disconnect();
          resolve();
        }
      },
      { threshold: 0.5 },
    );
    io.observe(el);
  });
}

/** A host in view from the start, once its controller has been told so. */
async function inViewFixture(attrs = ''): Promise<CountHost> {
  const host = new CountHost();
  if (attrs) host.setAttribute(attrs, '');
  await fixture(host);
  await inView(host);
  await nextFrame();
  return host;
}

async function counted(host: CountHost): Promise<void> {
  await waitUntil(() => host.countUp.counting, 'the count starts', { timeout: 2000 });
  await waitUntil(() => !host.countUp.counting, 'the count ends', { timeout: 3000 });
  await host.updateComplete;
}

afterEach(async () => {
  await emulateMediaFeatures(null);
});

describe('CountUpController', function () {
  this.timeout(10_000);

  it('shows the final number until the host is in view, then counts up from 0 with an ease-out, ending on it', async () => {
    const { host, box } = await belowTheFold();
    await settle();
    expect(host.countUp.counting).to.equal(false);
    expect(host.countUp.value).to.equal(1524);
    expect(host.shadowRoot!.textContent).to.contain('1524');

    host.scrollIntoView({ block: 'end' });
    await inView(host);
    await counted(host);

    const steps = host.seen.filter((s) => s.counting);
    expect(steps.length, 'several frames').to.be.above(3);
    expect(steps[0].value, 'starts from 0').to.equal(0);
    const values = steps.map((s) => s.value!);
    expect(
      values.every((v, i) => i === 0 || v >= values[i - 1]),
      values.join(),
    ).to.equal(true);
    expect(
      values.every((v) => Number.isInteger(v)),
      'whole numbers for a whole figure',
    ).to.equal(true);
    // Eased out: more than half the way after 40% of the time (cubic ease-out: 78%; linear would be 40%).
    const later = steps.find((s) => s.at - steps[0].at >= 400);
    if (later) expect(later.value!).to.be.above(1524 * 0.6);
    // About a second.
    const last = host.seen[host.seen.length - 1];
    expect(last.at - steps[0].at).to.be.within(800, 2000);
    expect(last).to.include({ value: 1524, counting: false });
    expect(host.shadowRoot!.textContent).to.contain('1524');
    box.remove();
  });

  it('counts once: scrolled away and back, the host keeps its number', async () => {
    const { host, box } = await belowTheFold();
    host.scrollIntoView({ block: 'end' });
    await counted(host);
    const renders = host.seen.length;
    box.scrollTop = 0;
    await settle();
    host.scrollIntoView({ block: 'end' });
    await inView(host);
    await settle();
    expect(host.seen.length).to.equal(renders);
    expect(host.countUp.value).to.equal(1524);
  });

  it('keeps the decimals of the figure, and counts down to a negative one', async () => {
    const host = new CountHost();
    host.target = -3.5;
    await belowTheFold(host);
    host.scrollIntoView({ block: 'end' });
    await counted(host);
    const values = host.seen.filter((s) => s.counting).map((s) => s.value!);
    expect(
      values.every((v) => v <= 0 && v >= -3.5 && Math.round(v * 10) === v * 10),
      values.join(),
    ).to.equal(true);
    expect(host.countUp.value).to.equal(-3.5);
  });

  it('does not count under prefers-reduced-motion: reduce', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const host = await inViewFixture();
    await settle();
    expect(host.seen.some((s) => s.counting)).to.equal(false);
    expect(host.seen.map((s) => s.value)).to.deep.equal(host.seen.map(() => 1524));
  });

  it('does not count on a host with the static attribute', async () => {
    const host = await inViewFixture('static');
    await settle();
    expect(host.seen.some((s) => s.counting)).to.equal(false);
    expect(host.countUp.value).to.equal(1524);
  });

  it('does not count without IntersectionObserver', async () => {
    const global = window as { IntersectionObserver?: typeof IntersectionObserver };
    const saved = global.IntersectionObserver;
    global.IntersectionObserver = undefined;
    try {
      const host = await fixture<CountHost>(html`<count-host></count-host>`);
      await settle();
      expect(host.seen.some((s) => s.counting)).to.equal(false);
      expect(host.countUp.value).to.equal(1524);
    } finally {
      global.IntersectionObserver = saved;
    }
  });

  it('does not count a figure the host gives as undefined', async () => {
    const host = new CountHost();
    host.target = undefined;
    await fixture(host);
    await inView(host);
    await nextFrame();
    host.target = 10;
    await settle();
    expect(host.seen.some((s) => s.counting)).to.equal(false);
  });

  it('printing (beforeprint) jumps to the end', async () => {
    const host = await inViewFixture();
    await waitUntil(() => host.countUp.counting, 'the count starts');
    window.dispatchEvent(new Event('beforeprint'));
    expect(host.countUp.counting).to.equal(false);
    expect(host.countUp.value).to.equal(1524);
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.contain('1524');
  });

  it('disconnecting mid-count stops the frames and leaves the final number', async () => {
    const host = await inViewFixture();
    await waitUntil(() => host.countUp.counting, 'the count starts');
    host.remove();
    expect(host.countUp.counting).to.equal(false);
    expect(host.countUp.value).to.equal(1524);
    await settle();
    const renders = host.seen.length;
    await settle();
    expect(host.seen.length, 'no frame requests an update any more').to.equal(renders);
    // Put back, it does not count again.
    document.body.append(host);
    await settle();
    expect(host.countUp.counting).to.equal(false);
    host.remove();
  });
});

describe('countsUp', () => {
  it('counts plain numbers, percentages, changes and whole amounts of money', () => {
    expect(countsUp({ value: 1524, format: 'number' })).to.equal(true);
    expect(countsUp({ value: 90, format: 'percent' })).to.equal(true);
    expect(countsUp({ value: -3.5, format: 'percent' })).to.equal(true);
    expect(countsUp({ value: 1500, format: 'currency' })).to.equal(true);
    expect(countsUp({ value: 1500000, format: 'compact' })).to.equal(true);
  });

  it('does not count ranges, money with cents, or 0', () => {
    expect(countsUp({ value: 1400, max: 1600, format: 'number' })).to.equal(false);
    expect(countsUp({ value: 1500.5, format: 'currency' })).to.equal(false);
    expect(countsUp({ value: 0, format: 'number' })).to.equal(false);
  });
});
