import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EduBuilder } from '../../builder/src/builder.js';
import {
  $,
  $$,
  builderFixture,
  eventually,
  field,
  openItem,
  preview,
  startFromExample,
  text,
} from './builder-helpers.js';

/** The element with the keyboard focus inside the builder. */
function focused(el: EduBuilder): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

/** The headers of a list's items, in order: `Event 1 2021 · The Afghan Taliban take over Kabul`. */
function headers(el: EduBuilder, list: string): string[] {
  return $$(el, `#f-${list} li.item .toggle`).map((b) => text(b.querySelector('.item-title')));
}

/** Presses Tab until the focus is on `target` (at most `max` times); fails if it never gets there. */
async function tabTo(el: EduBuilder, target: HTMLElement, max = 60): Promise<void> {
  for (let i = 0; i < max && focused(el) !== target; i++) await sendKeys({ press: 'Tab' });
  expect(focused(el), `Tab reaches ${target.id || target.localName}`).to.equal(target);
}

describe('<edu-builder> with the keyboard', function () {
  this.timeout(30_000);

  it('starts from the example with Tab and Enter, and moves the focus to what happened', async () => {
    const el = await builderFixture();
    await tabTo(el, $(el, '#start-example'));
    expect(getComputedStyle(focused(el)!).outlineStyle, 'a visible focus ring').to.not.equal('none');
    await sendKeys({ press: 'Enter' });
    await eventually(() => el.shadowRoot!.querySelector('#edit-heading'), 'the form');
    await eventually(() => focused(el)?.id === 'notice', 'the focus on the message saying what happened');
    expect(text(focused(el))).to.contain('You started from the example lesson');
  });

  it('opens and closes an item with Enter and Space on its header', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    const toggle = $<HTMLButtonElement>(el, '#f-events-0');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.getAttribute('aria-controls')).to.equal('f-events-0-body');
    expect($(el, '#f-events-0-body').getAttribute('aria-labelledby')).to.equal('f-events-0');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    // Through the item's tools (Move up, Move down, Delete) into its first field.
    expect(focused(el)).to.equal(field(el, 'events[0].date'));
    toggle.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('#f-events-0-body')).to.equal(null);
  });

  it('adds an event with Enter and fills it in by typing; the preview shows it', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    const count = headers(el, 'events').length;
    const add = $<HTMLButtonElement>(el, 'button.add[data-list="events"]');
    add.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(headers(el, 'events')).to.have.length(count + 1);
    expect(focused(el), 'the focus in the new event’s first field').to.equal(field(el, `events[${count}].date`));
    await sendKeys({ type: '2024-07' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(field(el, `events[${count}].title`));
    await sendKeys({ type: 'The conference ends' });
    await eventually(
      () => preview(el).lesson?.events.some((e) => e.title === 'The conference ends'),
      'the preview shows the new event',
    );
    expect(headers(el, 'events')[count]).to.equal(`Event ${count + 1} 2024-07 · The conference ends`);
    expect(text($(el, '#summary-heading'))).to.equal('No problems found');
  });

  it('writes a date typed another way in lesson form with Tab and Enter, the focus back in the field', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    await openItem(el, 'events', 1);
    const date = field(el, 'events[1].date');
    date.focus();
    date.select();
    await sendKeys({ type: 'Nov-22' });
    const use = () => el.shadowRoot!.querySelector<HTMLButtonElement>('#f-events-1-date-problems button');
    await eventually(() => use(), 'the button under the field');
    // Next in the tab order after the field: the button, then the title.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(use());
    expect(text(use())).to.equal('Use 2022-11');
    await sendKeys({ press: 'Enter' });
    await eventually(() => date.getAttribute('aria-invalid') === 'false', 'the date is right now');
    expect(date.value).to.equal('2022-11');
    expect(focused(el)).to.equal(date);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(field(el, 'events[1].title'));
  });

  it('moves an event down and up with Enter, the focus staying on the button it pressed', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    const [first, second] = headers(el, 'events').map((h) => h.replace(/^Event \d+ /, ''));
    $<HTMLButtonElement>(el, '#f-events-0-down').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(headers(el, 'events').slice(0, 2)).to.deep.equal([`Event 1 ${second}`, `Event 2 ${first}`]);
    expect(focused(el)?.id).to.equal('f-events-1-down');
    expect(text($(el, '[role="status"][aria-live="polite"]'))).to.equal('Event 1 moved to place 2 of 8.');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)?.id).to.equal('f-events-1-up');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(headers(el, 'events').slice(0, 2)).to.deep.equal([`Event 1 ${first}`, `Event 2 ${second}`]);
    expect(focused(el)?.id).to.equal('f-events-0-up');
    // The first cannot go up: the button says so, keeps the focus and changes nothing.
    expect(focused(el)?.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(headers(el, 'events')[0]).to.equal(`Event 1 ${first}`);
    expect(focused(el)?.id).to.equal('f-events-0-up');
    expect(text($(el, '[role="status"][aria-live="polite"]'))).to.equal('Event 1 is already the first.');
  });

  it('deletes an event with Enter, then brings it back with Undo where it was', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    const before = headers(el, 'events');
    $<HTMLButtonElement>(el, '#f-events-2-delete').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(headers(el, 'events')).to.have.length(before.length - 1);
    // The line of the deleted event stands at its place, its Undo button has the focus.
    const items = $$(el, '#f-events ol.items > li');
    expect(items[2].classList.contains('deleted')).to.equal(true);
    expect(text(items[2])).to.contain('Event 3 (“2024-03 · Pakistan asks the UN Security Council');
    expect(focused(el)?.id).to.equal('f-events-undo');
    expect(text($(el, '[role="status"][aria-live="polite"]'))).to.contain('was deleted. Undo brings it back.');
    await eventually(() => preview(el).lesson?.events.length === before.length - 1, 'the preview lost it');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(headers(el, 'events')).to.deep.equal(before);
    expect(focused(el)?.id).to.equal('f-events-2');
    await eventually(() => preview(el).lesson?.events.length === before.length, 'the preview has it again');
  });

  it('adds, moves and deletes a question’s answers with the keyboard', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    $<HTMLButtonElement>(el, '#f-questions-0').click();
    await el.updateComplete;
    const answers = () => $$<HTMLInputElement>(el, '#f-questions-0-choices input[type="text"]').map((i) => i.value);
    const start = answers();
    $<HTMLButtonElement>(el, '#f-questions-0-choices button.add').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)).to.equal(field(el, `questions[0].choices[${start.length}]`));
    await sendKeys({ type: 'December 2022' });
    $<HTMLButtonElement>(el, `#f-questions-0-choices-${start.length}-up`).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(answers()).to.deep.equal([...start.slice(0, -1), 'December 2022', start.at(-1)!]);
    expect(focused(el)?.id).to.equal(`f-questions-0-choices-${start.length - 1}-up`);
    $<HTMLButtonElement>(el, `#f-questions-0-choices-0-delete`).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(answers()).to.deep.equal([...start.slice(1, -1), 'December 2022', start.at(-1)!]);
    expect(focused(el)?.id).to.equal('f-questions-0-choices-undo');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(answers()[0]).to.equal(start[0]);
    expect(focused(el)).to.equal(field(el, 'questions[0].choices[0]'));
  });

  it('asks before starting over: Escape keeps working, and the focus comes back', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    const button = $<HTMLButtonElement>(el, '#start-over');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(el, '#confirm');
    expect(dialog.open).to.equal(true);
    expect(focused(el)?.id, 'the safe choice first').to.equal('confirm-cancel');
    expect(text($(el, '#confirm-text'))).to.contain('This removes “Pakistan asks the UN for a campaign');
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(focused(el)).to.equal(button);
    expect(el.shadowRoot!.querySelector('#edit-heading'), 'still editing').to.not.equal(null);

    await sendKeys({ press: 'Enter' });
    await tabTo(el, $(el, '#confirm-start-over'), 5);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#edit-heading')).to.equal(null);
    expect(focused(el)?.id).to.equal('start-heading');
  });
});
