import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { EduBuilder } from '../../builder/src/builder.js';
import { catchPageErrors, expectWcag22TargetSize, loadSeed } from '../helpers/lesson.js';
import {
  $,
  $$,
  builderFixture,
  choose,
  eventually,
  field,
  openItem,
  preview,
  startEmpty,
  startFromExample,
  summaryLines,
  text,
  typeInto,
} from './builder-helpers.js';

/** The text of the preview's lesson, as a reader sees it (the parts' own shadow roots included). */
function previewText(el: EduBuilder): string {
  const walk = (node: Node): string => {
    const own = node instanceof Element && node.shadowRoot ? walk(node.shadowRoot) : '';
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    return own + [...node.childNodes].map(walk).join(' ');
  };
  return walk(preview(el)).replace(/\s+/g, ' ');
}

describe('<edu-builder>', function () {
  // axe on the builder with a whole lesson in its preview takes seconds on a busy machine.
  this.timeout(30_000);

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('is accessible at the start, with targets of at least 24 × 24 px (WCAG 2.2 AA)', async () => {
    const el = await builderFixture();
    await expect(el).to.be.accessible();
    await expectWcag22TargetSize(el);
  });

  it('is accessible while editing the example, an item open, with targets of at least 24 × 24 px', async () => {
    await setViewport({ width: 1400, height: 900 });
    const el = await builderFixture();
    await startFromExample(el);
    await openItem(el, 'events', 1);
    await openItem(el, 'stats', 0);
    await openItem(el, 'questions', 0);
    await eventually(() => preview(el).lesson, 'the preview shows the lesson');
    await expect(el).to.be.accessible();
    await expectWcag22TargetSize(el);
  });

  it('is accessible with problems shown next to their fields and in the summary', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    await openItem(el, 'events', 1);
    typeInto(field(el, 'events[1].date'), '2022-11-31');
    await eventually(() => field(el, 'events[1].date').getAttribute('aria-invalid') === 'true', 'the date is invalid');
    await expect(el).to.be.accessible();
    await expectWcag22TargetSize(el);
  });

  it('offers the two ways to start, and opening a lesson, before anything is kept', async () => {
    const el = await builderFixture();
    expect(text($(el, 'h1'))).to.equal('Lesson builder');
    expect(text($(el, '#start-heading'))).to.equal('Start a lesson');
    expect(text($(el, '#start-example'))).to.contain('Start from the example');
    expect(text($(el, '#start-empty'))).to.contain('Start empty');
    expect($(el, '#file').getAttribute('type')).to.equal('file');
    expect(text($(el, 'label[for="paste"]'))).to.equal('Or paste a lesson');
    expect(el.shadowRoot!.querySelector('edu-lesson'), 'no preview before a lesson').to.equal(null);
  });

  it('starts from the example: the form holds its lesson and the preview draws it with the real elements', async () => {
    const errors = catchPageErrors();
    const seed = await loadSeed();
    const el = await builderFixture();
    await startFromExample(el);
    expect(field(el, 'title').value).to.equal(seed.title);
    expect(text($(el, '#f-events-heading'))).to.equal(`Events (${seed.events.length})`);
    expect($$(el, '#f-events li.item')).to.have.length(seed.events.length);
    expect(text($(el, '#f-events-0'))).to.contain(`Event 1 ${seed.events[0].date} · ${seed.events[0].title}`);
    await eventually(() => preview(el).lesson, 'the preview shows the lesson');
    const lesson = preview(el).lesson!;
    expect(lesson.title).to.equal(seed.title);
    expect(lesson.events).to.have.length(seed.events.length);
    expect(lesson.stats).to.have.length(seed.stats.length);
    expect(previewText(el)).to.contain('1,524');
    expect(text($(el, '#summary-heading'))).to.equal('No problems found');
    // Its copy names the published schema, which an editor can find from anywhere.
    expect(field<HTMLTextAreaElement>(el, 'summary').value).to.equal(seed.summary);
    expect(errors.errors).to.deep.equal([]);
  });

  it('starts empty with an id and a language, and says what the lesson still needs', async () => {
    const el = await builderFixture();
    await startEmpty(el);
    expect(field(el, 'id').value).to.match(/^lesson-\d{4}-\d{2}-\d{2}-[a-z0-9]+$/);
    expect(field(el, 'lang').value).to.equal('en');
    expect(text($(el, '#summary-heading'))).to.equal('1 problem to fix');
    expect(summaryLines(el)[0]).to.contain('the lesson has no events and no stats');
    expect(text($(el, '.preview-blank'))).to.contain('Nothing to show pupils yet');
    // Adding an event and filling it in makes a lesson.
    $<HTMLButtonElement>(el, 'button.add[data-list="events"]').click();
    await el.updateComplete;
    typeInto(field(el, 'events[0].date'), '2024-06');
    typeInto(field(el, 'events[0].title'), 'Pakistan asks the UN for a campaign');
    await eventually(() => text($(el, '#summary-heading')) === 'No problems found', 'no problems left');
    await eventually(() => preview(el).lesson?.events.length === 1, 'the preview shows the event');
    expect(el.shadowRoot!.querySelector('.preview-blank')).to.equal(null);
    expect(preview(el).lesson!.events[0].title).to.equal('Pakistan asks the UN for a campaign');
  });

  it('follows the form in the preview after a pause in typing, without taking the focus', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    await eventually(() => preview(el).lesson, 'the preview shows the lesson');
    const title = field(el, 'title');
    typeInto(title, 'The TTP and small arms: a lesson');
    // Not at once: after the pause.
    expect(preview(el).lesson!.title).to.not.equal('The TTP and small arms: a lesson');
    await eventually(() => preview(el).lesson?.title === 'The TTP and small arms: a lesson', 'the preview follows');
    expect(el.shadowRoot!.activeElement, 'the focus stays in the field').to.equal(title);
    expect(previewText(el)).to.contain('The TTP and small arms: a lesson');

    await openItem(el, 'stats', 0);
    typeInto(field(el, 'stats[0].value'), '1600');
    await eventually(() => preview(el).lesson?.stats[0].value === 1600, 'the figure changes in the preview');
    expect(previewText(el)).to.contain('1,600');
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'stats[0].value'));
  });

  it('follows the part of the form being edited in the preview beside it, the focus staying in the form', async () => {
    await setViewport({ width: 1400, height: 900 });
    const el = await builderFixture();
    await startFromExample(el);
    await eventually(() => preview(el).lesson, 'the preview shows the lesson');
    const box = $(el, '.preview');
    expect(getComputedStyle(box).overflowY, 'the preview scrolls on its own beside the form').to.equal('auto');
    await openItem(el, 'events', 5);
    const title = field(el, 'events[5].title');
    const y = window.scrollY;
    title.focus({ preventScroll: true });
    const timeline = preview(el).shadowRoot!.querySelector('edu-timeline')!;
    await eventually(() => timeline.selected === 'pk-us-counter-terrorism', 'the event is selected in the preview');
    const heading = preview(el).shadowRoot!.getElementById('timeline-heading')!;
    const top = heading.getBoundingClientRect().top - box.getBoundingClientRect().top;
    expect(top, 'the timeline at the top of the preview').to.be.within(0, 40);
    expect(el.shadowRoot!.activeElement).to.equal(title);
    expect(window.scrollY, 'only the preview scrolled, not the page').to.equal(y);
    // Typing redraws the preview: the event stays selected there, with its new title in its details.
    const scrolled = box.scrollTop;
    typeInto(title, 'Pakistan and the US promise to work together');
    await eventually(() => {
      const shown = preview(el).shadowRoot!.querySelector('edu-timeline');
      return (
        shown?.selected === 'pk-us-counter-terrorism' &&
        shown.lesson?.events.some((e) => e.title.endsWith('work together'))
      );
    }, 'the edited event still selected in the redrawn preview');
    await preview(el).updateComplete;
    expect(Math.abs(box.scrollTop - scrolled), 'the preview did not jump').to.be.below(2);

    await openItem(el, 'questions', 0);
    field(el, 'questions[0].explanation').focus();
    const quiz = preview(el).shadowRoot!.getElementById('quiz-heading')!;
    await eventually(() => Math.abs(quiz.getBoundingClientRect().top - box.getBoundingClientRect().top) < 40, 'quiz');
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'questions[0].explanation'));
  });

  it('leaves the preview where it is when it is below the form (a narrow window)', async () => {
    await setViewport({ width: 700, height: 800 });
    const el = await builderFixture();
    await startFromExample(el);
    await eventually(() => preview(el).lesson, 'the preview shows the lesson');
    await openItem(el, 'events', 5);
    const title = field(el, 'events[5].title');
    const y = window.scrollY;
    title.focus({ preventScroll: true });
    await el.updateComplete;
    expect(getComputedStyle($(el, '.preview')).overflowY).to.equal('visible');
    expect(window.scrollY).to.equal(y);
    expect(preview(el).shadowRoot!.querySelector('edu-timeline')!.selected).to.not.equal('pk-us-counter-terrorism');
  });

  it('shows a bad date next to its field, tied to it, and in the summary; fixing it clears both', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    await openItem(el, 'events', 1);
    const date = field(el, 'events[1].date');
    expect(date.getAttribute('aria-invalid')).to.equal('false');
    typeInto(date, '2022-11-31');
    await eventually(() => date.getAttribute('aria-invalid') === 'true', 'the field is marked invalid');

    const describedBy = date.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy).to.include('f-events-1-date-problems');
    expect(describedBy).to.include('f-events-1-date-hint');
    const message = text($(el, '#f-events-1-date-problems'));
    expect(message).to.contain('Problem:');
    expect(message).to.contain('the date 2022-11-31 does not exist (that month has 30 days)');
    expect(message).to.contain('use YYYY-MM-DD with a real day');
    // Next to the field: in the same field block, right after it.
    expect(date.parentElement!.contains($(el, '#f-events-1-date-problems'))).to.equal(true);

    // One mistake, one problem: parseLesson's closing line "this event was left out" is not counted again.
    expect(text($(el, '#summary-heading'))).to.match(/^1 problem to fix/);
    expect(summaryLines(el).join('\n')).to.not.contain('this event was left out');
    const line = $$(el, '.summary li').find((li) => text(li).includes('2022-11-31'))!;
    // Named as parseLesson names it (the title clipped at 40 characters), then the field.
    expect(text(line)).to.contain("Event 2 ('The TTP ends its ceasefire with the gove…'), Date:");
    const link = line.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('#f-events-1-date');
    // Its header counts the problem. The preview says that pupils would see a box, without a count: theirs also
    // lists the event left out, so it would not match the form's.
    expect(text($(el, '#f-events-1'))).to.contain('1 problem');
    expect(text($(el, '.preview-note'))).to.equal(
      'Pupils would also see a box listing the problems above the lesson; here they are listed on the left instead.',
    );
    expect(text(el.shadowRoot), 'anywhere in the form').to.not.contain('this event was left out');
    // The announcement a screen reader hears while typing in the field.
    expect(text($(el, '[role="status"][aria-live="polite"]'))).to.contain('Date: the date 2022-11-31 does not exist');

    typeInto(date, '2022-11-30');
    await eventually(() => date.getAttribute('aria-invalid') === 'false', 'the field is no longer invalid');
    expect(el.shadowRoot!.querySelector('#f-events-1-date-problems')).to.equal(null);
    expect(date.getAttribute('aria-describedby')).to.equal('f-events-1-date-hint');
    expect(text($(el, '#summary-heading'))).to.equal('No problems found');
    expect(text($(el, '[role="status"][aria-live="polite"]'))).to.contain('Date: no problem now.');
    expect(el.shadowRoot!.querySelector('.preview-note')).to.equal(null);
  });

  it('offers a date typed another way in lesson form: one button writes it, two when day and month could swap', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    await openItem(el, 'events', 1);
    const date = field(el, 'events[1].date');
    const useButtons = () =>
      $$<HTMLButtonElement>(el, '#f-events-1-date-problems button').filter((b) => text(b).startsWith('Use '));

    typeInto(date, '06/11/2022');
    await eventually(() => useButtons().length === 2, 'two buttons, one per reading');
    expect(useButtons().map(text)).to.deep.equal(['Use 2022-11-06', 'Use 2022-06-11']);
    expect(text($(el, '#f-events-1-date-problems'))).to.contain(
      'write 2022-11-06 if it is 6 November 2022, or 2022-06-11 if it is 11 June 2022',
    );
    // Each button is tied to the problem that explains it.
    expect(useButtons()[0].getAttribute('aria-describedby')).to.equal('f-events-1-date-problems');
    await expect(el).to.be.accessible();

    typeInto(date, 'November 2022');
    await eventually(() => useButtons().length === 1, 'one button');
    useButtons()[0].click();
    await eventually(() => date.getAttribute('aria-invalid') === 'false', 'the date is right now');
    expect(date.value).to.equal('2022-11');
    expect(el.shadowRoot!.activeElement, 'the focus is back in the field').to.equal(date);
    expect(el.shadowRoot!.querySelector('#f-events-1-date-problems')).to.equal(null);
    expect(text($(el, '[role="status"][aria-live="polite"]'))).to.contain('Date: no problem now.');
    expect(text($(el, '#summary-heading'))).to.equal('No problems found');
    expect(preview(el).lesson!.events.find((e) => e.id === 'ttp-ceasefire-ends')?.date.text).to.equal('2022-11');

    // A date that does not exist, or a form that cannot be read surely: no button, only the words.
    typeInto(date, 'Spring 2022');
    await eventually(() => date.getAttribute('aria-invalid') === 'true', 'the date is wrong again');
    expect(useButtons()).to.deep.equal([]);
  });

  it('leads from the summary to the field: the item opens and the field has the focus', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    await openItem(el, 'stats', 2);
    typeInto(field(el, 'stats[2].value'), '1,524');
    await eventually(() => summaryLines(el).some((l) => l.includes('"1,524" is text')), 'the problem in the summary');
    // Closed again: the link opens it.
    $<HTMLButtonElement>(el, '#f-stats-2').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#f-stats-2-value')).to.equal(null);
    const link = $$<HTMLAnchorElement>(el, '.summary a').find((a) => a.getAttribute('href') === '#f-stats-2-value')!;
    expect(text(link)).to.equal("Stat 3 ('terror attacks and counter-terrorism ope…'), Figure");
    link.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'stats[2].value'));
    expect(text($(el, '#f-stats-2-value-problems'))).to.contain('write it without quotes, commas or %: 1524');
  });

  it('shows problems of the lesson itself, of a group and of an item where they belong', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    typeInto(field(el, 'lang'), 'english please');
    await openItem(el, 'questions', 0);
    choose(field<HTMLSelectElement>(el, 'questions[0].answer'), '');
    await eventually(() => field(el, 'lang').getAttribute('aria-describedby')?.includes('problems'), 'lang problem');
    // A warning: described, but not invalid.
    expect(text($(el, '#f-lang-problems'))).to.contain('Check: "english please" is not a language code');
    expect(field(el, 'lang').getAttribute('aria-invalid')).to.equal('false');
    // The missing answer at the answer field. The question's "left out" line is not repeated at its top (the form
    // says above its list that a part with a problem is left out); an item's own problems are shown there, as in the
    // test of a field the format does not have.
    expect(text($(el, '#f-questions-0-answer-problems'))).to.contain('"answer" is missing');
    expect(field(el, 'questions[0].answer').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#f-questions-0-problems')).to.equal(null);
    expect(text($(el, '#f-questions-0'))).to.contain('1 problem');
    expect(summaryLines(el).some((l) => l.startsWith('Check: The lesson, Language'))).to.equal(true);
  });

  it('edits each kind of field into the lesson: lists of words, choices, ticks and references', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    await openItem(el, 'events', 0);
    typeInto(field(el, 'events[0].tags'), 'afghanistan, ttp, kabul, ');
    // The text stays as typed while it means the same list (the trailing comma is not taken away).
    await el.updateComplete;
    expect(field(el, 'events[0].tags').value).to.equal('afghanistan, ttp, kabul, ');
    const sources = $$<HTMLInputElement>(el, '#f-events-0-sources input[type="checkbox"]');
    expect(sources.length).to.equal(6);
    const crss = sources.find((s) => s.dataset.ref === 'crss-2023')!;
    crss.click();
    await openItem(el, 'stats', 0);
    $<HTMLInputElement>(el, '#f-stats-0-change').click();
    choose(field<HTMLSelectElement>(el, 'stats[0].format'), 'percent');
    await openItem(el, 'questions', 0);
    typeInto(field(el, 'questions[0].choices[1]'), 'In November 2022');
    await eventually(() => $<HTMLTextAreaElement>(el, '#snippet').value.includes('In November 2022'), 'the snippet');
    expect(preview(el).lesson!.events.find((e) => e.id === 'kabul-2021')!.tags).to.include('kabul');

    const json = JSON.parse($<HTMLTextAreaElement>(el, '#snippet').value.match(/\{[\s\S]*\}/)![0]) as {
      events: { tags: string[]; sources: string[] }[];
      stats: { change?: boolean; format: string }[];
      questions: { choices: string[]; answer: string }[];
    };
    expect(json.events[0].tags).to.deep.equal(['afghanistan', 'ttp', 'kabul']);
    expect(json.events[0].sources).to.deep.equal(['durrani-2024', 'article', 'crss-2023']);
    expect(json.stats[0].change).to.equal(true);
    expect(json.stats[0].format).to.equal('percent');
    // The answer followed its choice when the choice was retyped.
    expect(json.questions[0].choices[1]).to.equal('In November 2022');
    expect(json.questions[0].answer).to.equal('In November 2022');
    expect(field<HTMLSelectElement>(el, 'questions[0].answer').value).to.equal('In November 2022');
  });

  it('shows a currency field only for money, and a picture’s description unless it is decoration', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    await openItem(el, 'stats', 0);
    expect(el.shadowRoot!.querySelector('#f-stats-0-currency')).to.equal(null);
    choose(field<HTMLSelectElement>(el, 'stats[0].format'), 'currency');
    await el.updateComplete;
    expect(text($(el, '#f-stats-0-currency-problems'))).to.contain(
      'a figure with "format": "currency" needs a "currency"',
    );
    typeInto(field(el, 'stats[0].currency'), 'PKR');
    await eventually(() => !el.shadowRoot!.querySelector('#f-stats-0-currency-problems'), 'currency problem gone');

    await openItem(el, 'events', 0);
    typeInto(field(el, 'events[0].media.url'), 'https://example.org/kabul.jpg');
    await eventually(() => el.shadowRoot!.querySelector('#f-events-0-media-alt-problems'), 'alt is missing');
    expect(text($(el, '#f-events-0-media-alt-problems'))).to.contain('"alt" is missing');
    $<HTMLInputElement>(el, '#f-events-0-media-decorative').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#f-events-0-media-alt'), 'no description for decoration').to.equal(null);
    await eventually(() => !el.shadowRoot!.querySelector('#f-events-0-media-alt-problems'), 'alt problem gone');
  });

  it('edits the whole lesson as JSON text, and goes back to the form with the changes', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    $<HTMLButtonElement>(el, '#view-json').click();
    await el.updateComplete;
    expect($(el, '#view-json').getAttribute('aria-pressed')).to.equal('true');
    const area = $<HTMLTextAreaElement>(el, '#json-text');
    const lesson = JSON.parse(area.value) as { title: string };
    lesson.title = 'Edited as JSON';
    typeInto(area, JSON.stringify(lesson, null, 2));
    await eventually(() => preview(el).lesson?.title === 'Edited as JSON', 'the preview follows the JSON text');

    // A mistake: said next to the text, and the form cannot be shown until it is corrected or thrown away.
    typeInto(area, area.value.replace('"Edited as JSON"', '"Edited as JSON",,'));
    await eventually(() => area.getAttribute('aria-invalid') === 'true', 'the JSON text is invalid');
    expect(text($(el, '#json-text-problems'))).to.contain('the file is not valid JSON');
    expect(area.getAttribute('aria-describedby')).to.contain('json-text-problems');
    $<HTMLButtonElement>(el, '#view-form').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#json-text'), 'still in the JSON view').to.not.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(area);
    $<HTMLButtonElement>(el, '#discard-json').click();
    await el.updateComplete;
    expect(field(el, 'title').value).to.equal('Edited as JSON');
    expect($(el, '#view-form').getAttribute('aria-pressed')).to.equal('true');
  });

  it('offers to remove a field the format does not have', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    $<HTMLButtonElement>(el, '#view-json').click();
    await el.updateComplete;
    const area = $<HTMLTextAreaElement>(el, '#json-text');
    typeInto(area, area.value.replace('"displayDate": "Days after', '"displayDat": "Days after'));
    await eventually(() => summaryLines(el).some((l) => l.includes('has no field "displayDat"')), 'the warning');
    $<HTMLButtonElement>(el, '#view-form').click();
    await el.updateComplete;
    const link = $$<HTMLAnchorElement>(el, '.summary a').find((a) => a.getAttribute('href') === '#f-events-5')!;
    link.click();
    await el.updateComplete;
    const remove = $$<HTMLButtonElement>(el, '#f-events-5-problems button').find((b) =>
      text(b).includes('Remove “displayDat”'),
    )!;
    remove.click();
    await el.updateComplete;
    expect(text($(el, '#summary-heading'))).to.equal('No problems found');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#f-events-5'));
  });

  it('shows a lesson in a right-to-left language right to left in the preview, as the exports do', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    expect(preview(el).getAttribute('dir')).to.equal('ltr');
    typeInto(field(el, 'lang'), 'ur');
    await eventually(() => preview(el).getAttribute('dir') === 'rtl', 'the preview is right to left');
    expect($<HTMLTextAreaElement>(el, '#snippet').value).to.contain('<edu-lesson print-answers dir="rtl">');
  });

  it('mirrors in a right-to-left page and keeps lesson text in its own direction', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const el = await builderFixture();
      await startFromExample(el);
      await openItem(el, 'events', 0);
      expect(getComputedStyle(el).direction).to.equal('rtl');
      expect(field(el, 'events[0].title').getAttribute('dir')).to.equal('auto');
      expect(field(el, 'events[0].date').getAttribute('dir')).to.equal('ltr');
      const head = $(el, '#f-events-0').getBoundingClientRect();
      const tools = $(el, '#f-events-0-up').getBoundingClientRect();
      expect(tools.right, 'the tools are on the left of the title in RTL').to.be.at.most(head.left + 1);
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });
});
