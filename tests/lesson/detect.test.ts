import { expect } from '@open-wc/testing';
import { detectFormat } from '../../src/lesson/import/detect.js';
import { fetchText, loadSeed, loadSeedText } from '../helpers/lesson.js';

const TIMELINEJS_URL = '/tests/fixtures/pakistan-small-arms-2024-timelinejs.json';
const CSV_URL = '/tests/fixtures/pakistan-small-arms-2024.csv';
const TEMPLATE_URL = '/tests/fixtures/pakistan-small-arms-2024-timelinejs.csv';

describe('detectFormat: lesson files', () => {
  it('calls the default lesson json, as text and as an object', async () => {
    expect(detectFormat(await loadSeedText())).to.equal('json');
    expect(detectFormat(await loadSeed())).to.equal('json');
  });

  it('is not fooled by a description that quotes a TimelineJS field name', () => {
    const lesson = { events: [{ date: '2021', title: 'A', description: 'TimelineJS writes "headline": "…"' }] };
    expect(detectFormat(JSON.stringify(lesson))).to.equal('json');
    expect(detectFormat(lesson)).to.equal('json');
  });

  it('calls anything it cannot place json, so that parseLesson explains it', () => {
    for (const input of ['', '   ', 'just words', '<!doctype html><p>Not found, sorry</p>', null, 42, [], undefined]) {
      expect(detectFormat(input), String(input)).to.equal('json');
    }
  });

  it('calls a JSON list json (parseLesson says a lesson is an object)', () => {
    expect(detectFormat('[{"date": "2021"}]')).to.equal('json');
  });
});

describe('detectFormat: TimelineJS', () => {
  it('recognises a TimelineJS file as text and as an object', async () => {
    const json = await fetchText(TIMELINEJS_URL);
    expect(detectFormat(json)).to.equal('timelinejs');
    expect(detectFormat(JSON.parse(json))).to.equal('timelinejs');
  });

  it('recognises it by start_date, unique_id or a headline, after a byte order mark and white space', () => {
    expect(detectFormat('\uFEFF\n  {"events": [{"start_date": {"year": 2021}}]}')).to.equal('timelinejs');
    expect(detectFormat('{"events": [{"unique_id" : "a"}]}')).to.equal('timelinejs');
    expect(detectFormat('{"title": {"text": {"headline": "A"}}, "events": []}')).to.equal('timelinejs');
  });

  it('recognises a parsed object by its title slide or a slide with start_date or text', () => {
    expect(detectFormat({ title: { text: { headline: 'A' } }, events: [] })).to.equal('timelinejs');
    expect(detectFormat({ events: [{ start_date: { year: 2021 } }] })).to.equal('timelinejs');
    expect(detectFormat({ events: [{ text: { headline: 'A' } }] })).to.equal('timelinejs');
    expect(detectFormat({ title: 'A', events: [{ date: '2021', title: 'A' }] })).to.equal('json');
  });
});

describe('detectFormat: CSV', () => {
  it('recognises both CSV fixtures', async () => {
    expect(detectFormat(await fetchText(CSV_URL))).to.equal('csv');
    expect(detectFormat(await fetchText(TEMPLATE_URL))).to.equal('csv');
  });

  it('recognises commas, semicolons and tabs in the first line, after a byte order mark', () => {
    expect(detectFormat('date,title\n2021,A')).to.equal('csv');
    expect(detectFormat('date;title\r\n2021;A')).to.equal('csv');
    expect(detectFormat('date\ttitle\n2021\tA')).to.equal('csv');
    expect(detectFormat('\uFEFFYear,Headline\n2021,A')).to.equal('csv');
  });

  it('looks at the first line only', () => {
    expect(detectFormat('title\nA, B and C')).to.equal('json');
  });
});
