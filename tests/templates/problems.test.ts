/**
 * The problems panel (issue #4, point 1): inside the element, `role="alert"`, `part="error"`, foldable, each
 * problem named by its place in words, its path, the fault and the fix.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';
import { makeTimeline } from '../helpers/timeline.js';
import { alertOf, EventLog, expectWcag22TargetSize, part, settle, shownProblems, text } from '../helpers/lesson.js';

function details(el: EduTimeline): HTMLDetailsElement {
  const found = alertOf(el)?.querySelector('details');
  if (!found) throw new Error('the panel has no <details>');
  return found;
}

/** A lesson with `n` misdated events after one good one: 2n problems (the date, and the event left out). */
function withProblems(n: number): unknown {
  return {
    events: [
      { date: '2021', title: 'Good' },
      ...Array.from({ length: n }, (_, i) => ({ date: `2021-13-0${(i % 9) + 1}`, title: `Bad ${i + 1}` })),
    ],
  };
}

describe('problems panel', () => {
  it('with a few problems: starts open, says how many, names each by its place in words, and is accessible', async () => {
    const el = await makeTimeline(withProblems(1), { attrs: { layout: 'vertical' } });
    await settle();
    const panel = alertOf(el)!;
    expect(panel.getAttribute('part')).to.equal('error');
    expect(details(el).open).to.equal(true);
    expect(text(part(el, 'error-title'))).to.equal('Part of this lesson could not be shown (2 problems)');
    expect(shownProblems(el).map((p) => [p.place, p.path])).to.deep.equal([
      ["Event 2 ('Bad 1')", 'events[1].date'],
      ["Event 2 ('Bad 1')", 'events[1]'],
    ]);
    expect(shownProblems(el)[0].line).to.equal(
      'the date 2021-13-01 has month 13, but months run from 01 to 12; use YYYY-MM',
    );
    await expect(el).to.be.accessible();
    await expectWcag22TargetSize(el);
  });

  it('with many problems: starts folded so the lesson stays in view; the summary opens it by keyboard', async () => {
    const el = await makeTimeline(withProblems(6), { attrs: { layout: 'vertical' } });
    await settle();
    expect(details(el).open).to.equal(false);
    expect(text(part(el, 'error-title'))).to.equal('Part of this lesson could not be shown (12 problems)');
    // Folded, the list is not visible, but it is in the panel (and edu-error's detail has it all).
    expect(shownProblems(el).length).to.equal(12);
    expect(alertOf(el)!.querySelector('ul')!.checkVisibility()).to.equal(false);
    expect(part(el, 'list')).to.not.equal(null);

    part(el, 'error-title')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(details(el).open).to.equal(true);
    expect(alertOf(el)!.querySelector('ul')!.checkVisibility()).to.equal(true);
    // A re-render (here, a new selection) keeps the reader's choice.
    el.selected = el.lesson!.events[0].id;
    await el.updateComplete;
    expect(details(el).open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('when nothing could be shown: open, whatever the number of problems', async () => {
    const log = new EventLog();
    const el = await makeTimeline(
      { events: Array.from({ length: 8 }, (_, i) => ({ date: 'soon', title: `E${i}` })) },
      { attrs: { layout: 'vertical' } },
    );
    await log.waitFor('edu-error');
    expect(details(el).open).to.equal(true);
    expect(text(part(el, 'error-title'))).to.equal('This lesson could not be shown (16 problems)');
    expect((log.of('edu-error')[0] as CustomEvent).detail.fatal).to.equal(true);
  });

  it('one problem says "1 problem"; warnings only get their own title', async () => {
    const el = await makeTimeline(
      { events: [{ date: '2021', title: 'A', colour: 'red' }] },
      { attrs: { layout: 'vertical' } },
    );
    await settle();
    expect(text(part(el, 'error-title'))).to.equal('This lesson has things to check (1 problem)');
    expect(shownProblems(el)[0].place).to.equal("Event 1 ('A')");
    // A calmer frame than an error's: the lesson is all there.
    const broken = await makeTimeline(withProblems(1), { attrs: { layout: 'vertical' } });
    await settle();
    const border = (panel: Element): string => getComputedStyle(panel).borderTopColor;
    expect(border(alertOf(el)!)).to.not.equal(border(alertOf(broken)!));
    expect(getComputedStyle(part(el, 'error-title')!).color).to.not.equal(
      getComputedStyle(part(broken, 'error-title')!).color,
    );
    await expect(el).to.be.accessible();
  });
});
