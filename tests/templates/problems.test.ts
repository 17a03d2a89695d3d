/**
 * The problems panel (issue #4, point 1): inside the element, `role="alert"`, `part="error"`, foldable, each
 * problem named by its place in words, its path, the fault and the fix.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';
import { strings, stringsLoaded } from '../../src/i18n/strings.js';
import { makeTimeline } from '../helpers/timeline.js';
import { alertOf, EventLog, expectWcag22TargetSize, part, settle, shownProblems, text } from '../helpers/lesson.js';

function details(el: EduTimeline): HTMLDetailsElement {
  const found = alertOf(el)?.querySelector('details');
  if (!found) throw new Error('the panel has no <details>');
  return found;
}

/**
 * A lesson with `n` misdated events after one good one: n mistakes, and parseLesson's 2n problems (each date, and
 * each event left out).
 */
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
    // One wrong date is one problem: the event's "left out" line heads its problems instead of adding one.
    expect(text(part(el, 'error-title'))).to.equal('Part of this lesson could not be shown (1 problem)');
    expect(shownProblems(el)).to.deep.equal([
      { place: "Event 2 ('Bad 1')", path: 'events[1]', line: 'this event was left out' },
      {
        place: "Event 2 ('Bad 1')",
        path: 'events[1].date',
        line: 'the date 2021-13-01 has month 13, but months run from 01 to 12; use YYYY-MM',
      },
    ]);
    // The event is named once, its problem listed under it.
    expect(alertOf(el)!.querySelectorAll('[part~="error-place"]').length).to.equal(1);
    expect(alertOf(el)!.querySelector('li li code')?.textContent).to.equal('events[1].date');
    await expect(el).to.be.accessible();
    await expectWcag22TargetSize(el);
  });

  it('with many problems: starts folded so the lesson stays in view; the summary opens it by keyboard', async () => {
    const el = await makeTimeline(withProblems(6), { attrs: { layout: 'vertical' } });
    await settle();
    expect(details(el).open).to.equal(false);
    expect(text(part(el, 'error-title'))).to.equal('Part of this lesson could not be shown (6 problems)');
    // Folded, the list is not visible, but it is in the panel (and edu-error's detail has it all): 6 events, each
    // with its date under it.
    expect(shownProblems(el).length).to.equal(12);
    expect(el.lesson?.events.length).to.equal(1);
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
    expect(text(part(el, 'error-title'))).to.equal('This lesson could not be shown (8 problems)');
    expect((log.of('edu-error')[0] as CustomEvent).detail.fatal).to.equal(true);
  });

  it('in a right-to-left element, the English problems read left to right; problems in its own words, right to left', async () => {
    const el = await makeTimeline(
      { lang: 'ur', events: [{ date: '2022-11', title: 'جنگ بندی', descripton: 'x' }] },
      { attrs: { layout: 'vertical' }, wrapperAttrs: { dir: 'rtl', lang: 'ur' } },
    );
    await settle();
    const list = alertOf(el)!.querySelector('ul')!;
    expect(getComputedStyle(alertOf(el)!).direction, 'the panel itself').to.equal('rtl');
    expect(getComputedStyle(list).direction, 'the English lines').to.equal('ltr');
    // With no lesson at all, the one problem is in the element's words (Urdu here): right to left.
    const empty = await makeTimeline(undefined, { wrapperAttrs: { dir: 'rtl', lang: 'ur' } });
    await waitUntil(() => stringsLoaded('ur') && alertOf(empty), 'the no-lesson problem, in Urdu');
    await empty.updateComplete;
    expect(text(alertOf(empty)!.querySelector('li'))).to.contain(strings('ur').noData);
    expect(getComputedStyle(alertOf(empty)!.querySelector('ul')!).direction).to.equal('rtl');
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

  it('lists each item once with its problems under it, and a problem outside any item on a line of its own', async () => {
    const el = await makeTimeline(
      {
        lang: 5,
        events: [
          { date: '2021', title: 'Kept', colour: 'red', colur: 'blue' },
          { date: '2021-02-30', title: 'Gone', descripton: 'x' },
          { date: '2022', title: 'Fine' },
        ],
      },
      { attrs: { layout: 'vertical' } },
    );
    await settle();
    // Five mistakes: the language, two unknown fields of "Kept" (kept, with warnings), a misspelt field and a wrong
    // date of "Gone" (left out for the date).
    expect(text(part(el, 'error-title'))).to.equal('Part of this lesson could not be shown (5 problems)');
    expect(shownProblems(el).map((p) => [p.place, p.path, p.line.split(';')[0]])).to.deep.equal([
      ['', 'lang', 'must be text, but it is the number 5'],
      ["Event 1 ('Kept')", 'events[0]', ''],
      ["Event 1 ('Kept')", 'events[0].colour', 'an event has no field "colour", so it is ignored'],
      ["Event 1 ('Kept')", 'events[0].colur', 'an event has no field "colur", so it is ignored'],
      ["Event 2 ('Gone')", 'events[1]', 'this event was left out'],
      ["Event 2 ('Gone')", 'events[1].descripton', 'an event has no field "descripton", so it is ignored'],
      ["Event 2 ('Gone')", 'events[1].date', 'the date 2021-02-30 does not exist (that month has 28 days)'],
    ]);
    expect(alertOf(el)!.querySelectorAll('[part~="error-place"]').length).to.equal(2);
    await expect(el).to.be.accessible();
  });
});
