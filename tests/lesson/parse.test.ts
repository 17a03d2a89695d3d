import { expect } from '@open-wc/testing';
import { parseLesson, slugify } from '../../src/lesson/parse.js';
import { formatProblem } from '../../src/lesson/problems.js';
import { badLessons } from '../helpers/bad-lessons.js';
import { findProblem } from '../helpers/lesson.js';

const seedUrl = '/data/pakistan-small-arms-2024.json';

describe('parseLesson: the default lesson', () => {
  it('reads the default lesson with no problem at all', async () => {
    const { lesson, problems } = parseLesson(await (await fetch(seedUrl)).text());
    expect(problems.map(formatProblem)).to.deep.equal([]);
    expect(lesson).to.not.equal(null);
    expect(lesson!.events.length).to.be.greaterThan(5);
    expect(lesson!.stats.length).to.equal(6);
    expect(lesson!.glossary.map((g) => g.term)).to.have.members([
      'TTP',
      'UN',
      'UNSC',
      'PoA',
      'SALW',
      'ITI',
      'UAV',
      'KP',
      'CTD',
      'CRSS',
    ]);
  });

  it('keeps the precision the article supports', async () => {
    const { lesson } = parseLesson(await (await fetch(seedUrl)).json());
    const byTitle = (re: RegExp) => lesson!.events.find((e) => re.test(e.title))!;
    expect(byTitle(/Kabul/).date.text).to.equal('2021');
    expect(byTitle(/ceasefire/i).date.text).to.equal('2022-11');
    expect(byTitle(/Security Council/).date.text).to.equal('2024-03');
    expect(byTitle(/60/).date.text).to.equal('2024-05');
  });

  it('sorts events by date and every citation points at a listed source', async () => {
    const { lesson } = parseLesson(await (await fetch(seedUrl)).json());
    const keys = lesson!.events.map((e) => e.date);
    for (let i = 1; i < keys.length; i++) {
      expect(toKey(keys[i - 1])).to.be.at.most(toKey(keys[i]));
    }
    const ids = new Set(lesson!.sources.map((s) => s.id));
    for (const item of [...lesson!.events, ...lesson!.stats]) {
      expect(item.sources.length, `${item.id} cites a source`).to.be.greaterThan(0);
      for (const id of item.sources) expect(ids.has(id), id).to.equal(true);
    }
  });
});

function toKey(d: { year: number; month?: number; day?: number }): number {
  return d.year * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);
}

describe('parseLesson: bad input', () => {
  for (const bad of badLessons) {
    it(`${bad.name}: reports ${bad.path || 'the file'}`, () => {
      const { lesson, problems } = parseLesson(bad.input);
      const found = findProblem(problems, bad.path, bad.message);
      expect(found, `problems were: ${problems.map(formatProblem).join(' | ')}`).to.not.equal(undefined);
      expect(found!.severity).to.equal(bad.severity);
      expect(found!.fix.length, 'every problem says how to fix it').to.be.greaterThan(5);
      expect(lesson !== null, 'usable').to.equal(bad.usable);
    });
  }

  it('keeps the valid events when one is bad', () => {
    const { lesson } = parseLesson({
      events: [
        { date: '2022-11-31', title: 'Bad' },
        { date: '2021', title: 'Good' },
      ],
    });
    expect(lesson!.events.map((e) => e.title)).to.deep.equal(['Good']);
  });

  it('formats a problem as one line with the place in words, the fault and the fix', () => {
    const { problems } = parseLesson({
      events: [
        { date: '2021', title: 'A' },
        { date: '2022-08', title: 'B' },
        { date: '2022-11-31', title: 'TTP ends ceasefire' },
      ],
    });
    expect(problems[0].path).to.equal('events[2].date');
    expect(problems[0].place).to.equal("Event 3 ('TTP ends ceasefire')");
    expect(formatProblem(problems[0])).to.match(
      /^Event 3 \('TTP ends ceasefire'\): the date 2022-11-31 does not exist .*; use YYYY-MM-DD/,
    );
  });

  it('names the place of a problem in every list, counting from 1 in file order, by title, label or term', () => {
    const { problems } = parseLesson({
      events: [{ date: '2021', title: 'A' }, { date: 'soon' }, { date: '2022', title: 42 }],
      eras: [{ title: 'Truce', start: '2022-06', end: '2022-01' }],
      stats: [
        { value: 1, label: 'ok' },
        { value: '1,524', label: 'violence-related deaths' },
      ],
      sources: [{ id: 's1', title: 'A report', url: 'javascript:alert(1)' }],
      glossary: [{ term: 'TTP', expansion: 7 }],
    });
    const places = Object.fromEntries(problems.map((p) => [p.path, p.place]));
    expect(places['events[1].title']).to.equal('Event 2');
    expect(places['events[2].title']).to.equal('Event 3');
    expect(places['eras[0].end']).to.equal("Period 1 ('Truce')");
    expect(places['stats[1].value']).to.equal("Stat 2 ('violence-related deaths')");
    expect(places['sources[0].url']).to.equal("Source 1 ('A report')");
    expect(places['glossary[0].expansion']).to.equal("Glossary entry 1 ('TTP')");
  });

  it('a problem with the file as a whole or a top-level field has no place in words', () => {
    const { problems } = parseLesson({ events: [{ date: '2021', title: 'A' }], title: 3, colour: 'red' });
    expect(problems.length).to.equal(2);
    for (const p of problems) expect(p.place).to.equal(undefined);
    expect(problems.map(formatProblem).map((line) => line.split(':')[0])).to.have.members(['title', 'colour']);
  });

  it('uses the names an importer gives (spreadsheet rows) and clips long titles to one line', () => {
    const long = `A very long title ${'that goes on '.repeat(10)}`;
    const { problems } = parseLesson(
      { events: [{ date: '2021-02-30', title: long }] },
      { places: { events: ['Row 4'] } },
    );
    expect(problems[0].place).to.equal("Row 4 ('A very long title that goes on that goes…')");
  });

  it('suggests the field a typo meant', () => {
    const { problems } = parseLesson({ events: [{ date: '2021', title: 'A', descripton: 'x' }] });
    expect(problems[0].fix).to.equal('did you mean "description"?');
  });

  it('tells how to write a number given as text', () => {
    const { problems } = parseLesson({ stats: [{ value: '1,524', label: 'deaths' }] });
    expect(problems[0].fix).to.contain('1524');
  });

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [
      undefined,
      0,
      true,
      'null',
      '"text"',
      '[]',
      '{',
      Symbol('s'),
      () => 1,
      new Date(),
      { events: [null, 1, 'x', []] },
      { events: [{ date: {}, title: [] }] },
      { stats: [{ value: Infinity, label: 'x' }] },
      Object.create(null),
    ];
    for (const input of weird) {
      expect(() => parseLesson(input)).to.not.throw();
    }
  });

  it('does not carry prototypes or unknown keys from the input into the lesson', () => {
    const input = JSON.parse('{"events":[{"date":"2021","title":"A","__proto__":{"polluted":true},"onclick":"x"}]}');
    const { lesson } = parseLesson(input);
    const ev = lesson!.events[0] as unknown as Record<string, unknown>;
    expect(ev.polluted).to.equal(undefined);
    expect(ev.onclick).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('parseLesson: ids', () => {
  it('makes readable, unique ids from titles when the file has none', () => {
    const { lesson } = parseLesson({
      events: [
        { date: '2021', title: 'Talks in Doha' },
        { date: '2022', title: 'Talks in Doha' },
        { date: '2023', title: '2023: a year' },
      ],
    });
    expect(lesson!.events.map((e) => e.id)).to.deep.equal(['talks-in-doha', 'talks-in-doha-2', 'e-2023-a-year']);
  });

  it('slugifies accents away and never starts with a digit', () => {
    expect(slugify('Café Ümlaut à Paris')).to.equal('cafe-umlaut-a-paris');
    expect(slugify('1947')).to.equal('e-1947');
    expect(slugify('اردو')).to.equal('');
  });
});

describe('parseLesson: links', () => {
  it('keeps http, https and mailto links and drops every other scheme', () => {
    const urls = [
      'https://example.org/a',
      'http://example.org/b',
      'mailto:teacher@example.org',
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ];
    const { lesson } = parseLesson({
      events: [{ date: '2021', title: 'A' }],
      sources: urls.map((url, i) => ({ id: `s${i}`, title: 'S', url })),
    });
    expect(lesson!.sources.map((s) => s.url)).to.deep.equal([
      'https://example.org/a',
      'http://example.org/b',
      'mailto:teacher@example.org',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
