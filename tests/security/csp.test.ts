/**
 * The elements work on a page with a strict Content Security Policy and Trusted Types (issue #4, point 6):
 * tests/csp/strict.html is served with
 *   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
 * (by web-test-runner.config.mjs) and loads the built bundle, as a school site with a hardened policy would.
 * The page records every violation report; this test opens it in a frame, uses it, and reads the record.
 * It needs the built bundle (npm test builds it first; alone: `npm run build:bundle`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';

interface Record {
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  loads: string[];
  errors: unknown[][];
  pageErrors: string[];
}

type FrameWindow = Window & { __csp?: Record };

async function openStrictPage(): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const bundle = await fetch('/dist/edu-timeline.bundle.js', { method: 'HEAD' });
  expect(bundle.ok, 'dist/edu-timeline.bundle.js exists: run `npm run build:bundle` first').to.equal(true);
  const frame = document.createElement('iframe');
  frame.title = 'strict CSP page';
  frame.style.cssText = 'width: 1024px; height: 2400px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/tests/csp/strict.html';
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

describe('strict Content Security Policy and Trusted Types', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('renders the default lesson, a CSV lesson, HTML children and a card with no violation report', async () => {
    const opened = await openStrictPage();
    frame = opened.frame;
    const { win, doc } = opened;
    const record = () => win.__csp!;
    // Stat grid, two timelines of the default lesson, the CSV one, the HTML one, the whole lesson: six loads; the
    // missing file: one error.
    await waitUntil(() => record().loads.length >= 6 && record().errors.length >= 1, 'every element settled', {
      timeout: 20_000,
    });
    expect(record().pageErrors).to.deep.equal([]);

    // Use it: open every event's details on the axis, fold and unfold the problems panel.
    const axis = doc.getElementById('axis') as EduTimeline;
    for (const ev of axis.lesson!.events) {
      axis.selected = ev.id;
      await axis.updateComplete;
    }
    const broken = doc.getElementById('broken') as EduTimeline;
    broken.shadowRoot!.querySelector<HTMLElement>('[part~="error-title"]')!.click();
    await broken.updateComplete;
    // The whole lesson, in French (its words loaded as a chunk): open a glossary term, move an event, check the
    // order and the first question, as a pupil would.
    const lesson = doc.getElementById('lesson')!;
    const inner = (tag: string) =>
      lesson.shadowRoot!.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    await waitUntil(() => inner('edu-quiz')?.shadowRoot?.querySelector('[part~="move"]'), 'the quiz drawn', {
      timeout: 10_000,
    });
    const term = inner('edu-timeline').shadowRoot!.querySelector<HTMLElement>('[part~="glossary-term"]')!;
    term.click();
    await waitUntil(() => term.getAttribute('aria-expanded') === 'true', 'the term opened');
    const quiz = inner('edu-quiz');
    quiz.shadowRoot!.querySelector<HTMLElement>('[part~="move"]:not([disabled])')!.click();
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    quiz.shadowRoot!.querySelector<HTMLElement>('[part~="order"] [part~="button"]')!.click();
    await quiz.updateComplete;
    expect(quiz.shadowRoot!.querySelectorAll('[part~="feedback"]').length).to.be.above(0);
    expect(quiz.shadowRoot!.textContent).to.include('Vérifier');
    await new Promise((resolve) => win.requestAnimationFrame(resolve));

    expect(record().violations, JSON.stringify(record().violations)).to.deep.equal([]);
    expect(record().pageErrors).to.deep.equal([]);

    // Styles applied although the policy allows no inline style: the shadow roots use constructable stylesheets.
    const list = doc.getElementById('list') as EduTimeline;
    const title = list.shadowRoot!.querySelector('[part~="title"]')!;
    expect(win.getComputedStyle(title).fontWeight).to.not.equal('400');
    const csv = doc.getElementById('csv') as EduTimeline;
    expect(csv.lesson!.events.length).to.be.above(0);
  });

  it('the policy is really enforced there: an inline style and an HTML sink are refused and reported', async () => {
    const opened = await openStrictPage();
    frame = opened.frame;
    const { win, doc } = opened;
    await waitUntil(() => win.__csp !== undefined);
    const before = win.__csp!.violations.length;
    const div = doc.createElement('div');
    div.setAttribute('style', 'color: rgb(255, 0, 0)');
    doc.body.append(div);
    expect(win.getComputedStyle(div).color).to.not.equal('rgb(255, 0, 0)');
    expect(() => {
      doc.body.insertAdjacentHTML('beforeend', '<b>x</b>');
      // The frame's own TypeError, not this window's: matched by its message.
    }).to.throw(/TrustedHTML/);
    await waitUntil(() => win.__csp!.violations.length >= before + 2, 'both reported');
    expect(win.__csp!.violations.map((v) => v.directive)).to.include.members([
      'style-src-attr',
      'require-trusted-types-for',
    ]);
  });
});
