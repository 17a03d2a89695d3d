import { expect } from '@open-wc/testing';
import type { EduBuilder } from '../../builder/src/builder.js';
import { readLessonFile, readLessonText } from '../../builder/src/io.js';
import { fetchText, loadSeed } from '../helpers/lesson.js';
import {
  $,
  $$,
  builderFixture,
  eventually,
  field,
  preview,
  startEmpty,
  startFromExample,
  summaryLines,
  text,
  typeInto,
} from './builder-helpers.js';

const CSV_URL = '/tests/fixtures/pakistan-small-arms-2024.csv';
const TIMELINEJS_URL = '/tests/fixtures/pakistan-small-arms-2024-timelinejs.json';

/** Pastes `value` into the paste box and presses "Use the pasted lesson". */
async function paste(el: EduBuilder, value: string): Promise<void> {
  typeInto($<HTMLTextAreaElement>(el, '#paste'), value);
  $<HTMLButtonElement>(el, '#use-pasted').click();
  await el.updateComplete;
}

/** Chooses `file` in the file box, as the browser's file chooser does. */
async function chooseFile(el: EduBuilder, file: File): Promise<void> {
  const input = $<HTMLInputElement>(el, '#file');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<edu-builder> opening lessons', function () {
  this.timeout(20_000);

  describe('readLessonText', () => {
    it('reads a lesson file as it is', async () => {
      const seed = await loadSeed();
      const result = readLessonText(JSON.stringify(seed));
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.format).to.equal('json');
      expect(result.draft).to.deep.equal(seed);
      expect(result.notes).to.deep.equal([]);
    });

    it('converts a spreadsheet (CSV) and a TimelineJS file with the library’s importers', async () => {
      const csv = readLessonText(await fetchText(CSV_URL));
      expect(csv.ok && csv.format).to.equal('csv');
      if (csv.ok) expect((csv.draft.events as unknown[]).length).to.equal(8);
      const tl = readLessonText(await fetchText(TIMELINEJS_URL));
      expect(tl.ok && tl.format).to.equal('timelinejs');
      if (tl.ok) expect((tl.draft.events as unknown[]).length).to.be.greaterThan(0);
    });

    it('reads cells pasted from a spreadsheet (tabs between them)', () => {
      const result = readLessonText('type\tdate\ttitle\nevent\t2022-11\tThe TTP ends its ceasefire\n');
      expect(result.ok).to.equal(true);
      if (result.ok) {
        expect(result.format).to.equal('csv');
        expect(result.draft.events).to.deep.equal([{ date: '2022-11', title: 'The TTP ends its ceasefire' }]);
      }
    });

    it('explains JSON mistakes and what is not a lesson with parseLesson’s words', () => {
      const trailing = readLessonText('{ "title": "x", "events": [], }');
      expect(trailing.ok).to.equal(false);
      if (!trailing.ok) expect(trailing.problems[0].message).to.contain('a comma after the last item of a list');
      const list = readLessonText('[1, 2]');
      if (!list.ok) expect(list.problems[0].message).to.contain('a lesson must be a JSON object');
      const empty = readLessonText('   ');
      if (!empty.ok) expect(empty.problems[0].message).to.equal('the file is empty');
      expect(list.ok || empty.ok).to.equal(false);
    });

    it('tells a spreadsheet program’s own file (.xlsx) to be saved as CSV', async () => {
      const result = await readLessonFile(new File(['PK\u0003\u0004…'], 'lesson.xlsx'));
      expect(result.ok).to.equal(false);
      if (!result.ok) {
        expect(result.problems[0].message).to.contain('"lesson.xlsx" is a spreadsheet in its program’s own format');
        expect(result.problems[0].fix).to.contain('CSV UTF-8');
      }
    });
  });

  it('uses a pasted lesson file: the form and the preview show it, with a way back', async () => {
    const el = await builderFixture();
    await startEmpty(el);
    const seed = await loadSeed();
    seed.title = 'A pasted lesson';
    $<HTMLElement>(el, 'details.open-another summary').click();
    await el.updateComplete;
    await paste(el, JSON.stringify(seed));
    expect(field(el, 'title').value).to.equal('A pasted lesson');
    expect(text($(el, '#notice'))).to.contain(
      'Opened the pasted text, a lesson file: 8 events, 6 figures, 10 words, 8 questions, 6 sources, 2 periods.',
    );
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#notice'));
    await eventually(() => preview(el).lesson?.title === 'A pasted lesson', 'the preview shows it');
    // Undo brings back the empty lesson.
    $<HTMLButtonElement>(el, '#undo-open').click();
    await el.updateComplete;
    expect(field(el, 'title').value).to.equal('');
    expect(text($(el, '#f-events-heading'))).to.equal('Events (0)');
  });

  it('uses a pasted spreadsheet (CSV) on the start page', async () => {
    const el = await builderFixture();
    await paste(el, await fetchText(CSV_URL));
    expect(el.shadowRoot!.querySelector('#edit-heading')).to.not.equal(null);
    expect(text($(el, '#notice'))).to.contain('Opened the pasted text, a spreadsheet (CSV): 8 events');
    expect(field(el, 'title').value).to.equal(
      'Pakistan asks the UN for a campaign to take weapons from terrorist groups (2024)',
    );
    // Figures written as a spreadsheet shows them ("1,524") became numbers.
    $<HTMLButtonElement>(el, '#f-stats-0').click();
    await el.updateComplete;
    expect(field(el, 'stats[0].value').value).to.equal('1524');
    await eventually(() => preview(el).lesson?.stats.length === 6, 'the preview shows the figures');
  });

  it('says why a pasted text cannot be used, keeps it to correct, and keeps the lesson', async () => {
    const el = await builderFixture();
    await startFromExample(el);
    $<HTMLElement>(el, 'details.open-another summary').click();
    await el.updateComplete;
    const bad = '{\n  "title": “Curly”,\n  "events": []\n}';
    await paste(el, bad);
    const status = $(el, '#import-status');
    expect(text(status)).to.contain('The builder could not use the pasted text:');
    expect(text(status)).to.contain('curly quotes');
    expect(el.shadowRoot!.activeElement).to.equal(status);
    expect($<HTMLTextAreaElement>(el, '#paste').value).to.equal(bad);
    expect(field(el, 'title').value).to.equal(
      'Pakistan asks the UN for a campaign to take weapons from terrorist groups (2024)',
    );

    await paste(el, '');
    expect(text($(el, '#import-status'))).to.contain('There is nothing to use yet');
  });

  it('opens a file chosen with the file box (a TimelineJS file), listing what was not carried over', async () => {
    const el = await builderFixture();
    const file = new File([await fetchText(TIMELINEJS_URL)], 'my-timeline.json', { type: 'application/json' });
    await chooseFile(el, file);
    await eventually(() => el.shadowRoot!.querySelector('#notice'), 'the lesson is open');
    await el.updateComplete;
    expect(text($(el, '#notice'))).to.match(/^Opened “my-timeline\.json”, a TimelineJS file: \d+ events/);
    expect($<HTMLInputElement>(el, '#file').value, 'the box is emptied to choose the file again').to.equal('');
    await eventually(() => preview(el).lesson !== null, 'the preview shows it');
  });

  it('opens a file dropped on the box', async () => {
    const el = await builderFixture();
    const transfer = new DataTransfer();
    transfer.items.add(new File([await fetchText(CSV_URL)], 'lesson.csv', { type: 'text/csv' }));
    const drop = $(el, '.drop');
    drop.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(drop.classList.contains('dragging')).to.equal(true);
    drop.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await eventually(() => el.shadowRoot!.querySelector('#notice'), 'the lesson is open');
    expect(text($(el, '#notice'))).to.contain('Opened “lesson.csv”, a spreadsheet (CSV)');
    expect($(el, '.drop').classList.contains('dragging')).to.equal(false);
  });

  it('shows the problems of an opened lesson next to their fields, with their places in the form', async () => {
    const el = await builderFixture();
    const csv = 'type,date,title\nevent,2022-13,A month that does not exist\nevent,2024-06,Fine\n';
    await chooseFile(el, new File([csv], 'bad.csv', { type: 'text/csv' }));
    await eventually(() => el.shadowRoot!.querySelector('#notice'), 'the lesson is open');
    await el.updateComplete;
    expect(summaryLines(el).some((l) => l.includes('the date 2022-13 has month 13'))).to.equal(true);
    // Named as the form numbers them (Event 1), not as the file's rows: the form is what the teacher edits now.
    expect(summaryLines(el).some((l) => l.includes("Event 1 ('A month that does not exist'), Date"))).to.equal(true);
    const link = $$<HTMLAnchorElement>(el, '.summary a').find((a) => a.getAttribute('href') === '#f-events-0-date')!;
    link.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'events[0].date'));
    expect(field(el, 'events[0].date').getAttribute('aria-invalid')).to.equal('true');
  });

  it('says why a file cannot be used (a Word document)', async () => {
    const el = await builderFixture();
    await chooseFile(el, new File(['…'], 'notes.docx'));
    await eventually(() => text($(el, '#import-status')).includes('could not use'), 'the problem');
    expect(text($(el, '#import-status'))).to.contain('"notes.docx" is a document, not a lesson file');
    expect(el.shadowRoot!.querySelector('#edit-heading'), 'nothing started').to.equal(null);
  });
});
