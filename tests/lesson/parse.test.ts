import { expect } from '@open-wc/testing';
import { parseLesson, parseStat, slugify } from '../../src/lesson/parse.js';
import { formatProblem, ProblemList } from '../../src/lesson/problems.js';
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

describe('parseLesson: stats', () => {
  const stat = (fields: Record<string, unknown>) => parseLesson({ stats: [{ value: 12, label: 'x', ...fields }] });
  const only = (fields: Record<string, unknown>) => stat(fields).lesson?.stats[0];

  it('links every stat of the default lesson to the events that report it', async () => {
    const { lesson } = parseLesson(await (await fetch(seedUrl)).json());
    const events = Object.fromEntries(lesson!.stats.map((s) => [s.id, s.events]));
    expect(events).to.deep.equal({
      'deaths-2023': ['crss-report-2023'],
      'injuries-2023': ['crss-report-2023'],
      'attacks-2023': ['crss-report-2023'],
      'kp-balochistan-deaths': ['crss-report-2023'],
      'kp-balochistan-attacks': ['crss-report-2023'],
      'ttp-attacks-rise': ['durrani-ttp-attacks'],
    });
    for (const s of lesson!.stats) {
      expect(s.series, s.id).to.deep.equal([]);
      expect(s.tags, s.id).to.deep.equal([]);
    }
  });

  it('reads every field of a stat', () => {
    const { lesson, problems } = parseLesson({
      events: [{ id: 'report', date: '2024-05', title: 'A report' }],
      sources: [{ id: 's1', title: 'S' }],
      stats: [
        {
          id: 'spend',
          value: 1400,
          max: 1600,
          label: 'spent',
          format: 'currency',
          currency: 'PKR',
          qualifier: 'about',
          change: false,
          period: '2023',
          context: 'c',
          region: 'Pakistan',
          tags: ['money', ' money ', 'budget'],
          sources: ['s1'],
          events: ['report'],
          series: [
            { period: '2022', value: 10 },
            { period: '2023', value: 12.5 },
          ],
        },
      ],
    });
    expect(problems).to.deep.equal([]);
    expect(lesson!.stats[0]).to.deep.equal({
      id: 'spend',
      value: 1400,
      max: 1600,
      label: 'spent',
      format: 'currency',
      currency: 'PKR',
      qualifier: 'about',
      change: false,
      unit: undefined,
      period: '2023',
      context: 'c',
      region: 'Pakistan',
      tags: ['money', 'budget'],
      sources: ['s1'],
      events: ['report'],
      series: [
        { period: '2022', value: 10 },
        { period: '2023', value: 12.5 },
      ],
    });
  });

  it('a stat read back from the model parses to itself with no problem (as <edu-stat-grid> hands it to a card)', () => {
    const { lesson } = parseLesson({
      events: [{ id: 'e1', date: '2021', title: 'E' }],
      stats: [
        { value: 1, label: 'a' },
        { value: 1400, max: 1600, label: 'b', format: 'compact', unit: 'kilometer', events: ['e1'], tags: ['t'] },
        {
          value: 5,
          label: 'c',
          format: 'currency',
          currency: 'USD',
          series: [
            { period: 'a', value: 1 },
            { period: 'b', value: 2 },
          ],
        },
      ],
    });
    for (const s of lesson!.stats) {
      const problems = new ProblemList();
      const { id, ...rest } = s;
      expect(parseStat({ ...rest }, '', problems), id).to.deep.equal({ ...s, id: '' });
      expect(problems.items, id).to.deep.equal([]);
    }
  });

  it('takes compact as a format', () => {
    expect(only({ format: 'compact' })!.format).to.equal('compact');
  });

  it('a currency code in small letters: left out, and the fix writes it in capitals', () => {
    const { lesson, problems } = stat({ format: 'currency', currency: 'usd' });
    expect(lesson).to.equal(null);
    const p = findProblem(problems, 'stats[0].currency', 'the text "usd" is not a currency code')!;
    expect(p.fix).to.equal('write it in capitals: "USD"');
    expect(findProblem(problems, 'stats[0]', 'this stat was left out')).to.not.equal(undefined);
  });

  it('a well-formed code that no currency has, or a code that is not text, is not a currency', () => {
    for (const currency of ['XYZ', 840]) {
      const { lesson, problems } = stat({ format: 'currency', currency });
      expect(lesson, String(currency)).to.equal(null);
      expect(findProblem(problems, 'stats[0].currency', 'is not a currency code')!.fix).to.contain('"PKR"');
    }
  });

  it('a unit on money is ignored with a warning that says the currency is the unit', () => {
    const { lesson, problems } = stat({ format: 'currency', currency: 'USD', unit: 'dollars' });
    expect(lesson!.stats[0].unit).to.equal(undefined);
    expect(findProblem(problems, 'stats[0].unit', 'not shown with a currency figure')!.fix).to.contain(
      'the currency is the unit',
    );
  });

  it('a range: max above value is kept, max equal to value is one number, max as text is named', () => {
    expect(only({ max: 15 })!.max).to.equal(15);
    const equal = stat({ max: 12 });
    expect(equal.problems).to.deep.equal([]);
    expect(equal.lesson!.stats[0].max).to.equal(undefined);
    const text = stat({ max: '1,600' });
    expect(text.lesson).to.equal(null);
    expect(findProblem(text.problems, 'stats[0].max', 'the max "1,600" is text, not a number')!.fix).to.equal(
      'write it without quotes, commas or %: 1600',
    );
    const bool = stat({ max: true });
    expect(bool.lesson).to.equal(null);
    expect(
      findProblem(bool.problems, 'stats[0].max', 'the max must be a number, but it is the boolean true'),
    ).to.not.equal(undefined);
  });

  it('a range that ends below its start says to swap the ends', () => {
    const { problems } = stat({ value: 45, max: 40, format: 'percent' });
    expect(findProblem(problems, 'stats[0].max', 'below its start')!.fix).to.equal(
      '"value" is the low end of the range and "max" the high end: swap them',
    );
  });

  it('a series: bad points are named and left out, the figure is kept', () => {
    const { lesson, problems } = stat({
      series: [
        { period: '2020', value: 1 },
        'x',
        { period: '2021', value: '2' },
        { value: 3 },
        { period: '2022', value: 4, note: 'n' },
        { period: '2023', value: 5 },
      ],
    });
    expect(lesson!.stats[0].series).to.deep.equal([
      { period: '2020', value: 1 },
      { period: '2022', value: 4 },
      { period: '2023', value: 5 },
    ]);
    expect(problems.map((p) => [p.severity, p.path])).to.deep.equal([
      ['error', 'stats[0].series[1]'],
      ['error', 'stats[0].series[2].value'],
      ['error', 'stats[0].series[3].period'],
      ['warning', 'stats[0].series[4].note'],
    ]);
    expect(problems[0].message).to.equal(
      'each point must be an object { "period": …, "value": … }, but this is the text "x"',
    );
    expect(problems[1].message).to.equal('the value "2" is text, not a number');
    expect(problems[2].message).to.equal('"period" is missing');
    expect(problems[3].message).to.equal('a point has no field "note", so it is ignored');
  });

  it('a series with no usable point, or one that is not a list, is dropped; an empty one is no series', () => {
    const none = stat({ series: [{ period: '2023' }, 7] });
    expect(none.lesson!.stats[0].series).to.deep.equal([]);
    expect(findProblem(none.problems, 'stats[0].series', 'but it has no usable point')!.severity).to.equal('warning');
    const object = stat({ series: { period: '2023', value: 1 } });
    expect(object.lesson!.stats[0].series).to.deep.equal([]);
    expect(
      findProblem(object.problems, 'stats[0].series', 'must be a list of points, but it is an object'),
    ).to.not.equal(undefined);
    const empty = stat({ series: [] });
    expect(empty.problems).to.deep.equal([]);
    expect(empty.lesson!.stats[0].series).to.deep.equal([]);
  });

  it('events: unknown ids are dropped with a warning that suggests the near id, or lists the ids there are', () => {
    const events = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((id) => ({
      id: `event-${id}`,
      date: '2021',
      title: id,
    }));
    const { lesson, problems } = parseLesson({
      events: [...events, { date: '2022', title: 'No id given' }],
      stats: [{ value: 1, label: 'x', events: ['event-a', 'evnt-b', 'zzz', 'no-id-given'] }],
    });
    expect(lesson!.stats[0].events).to.deep.equal(['event-a', 'no-id-given']);
    expect(problems.map((p) => [p.path, p.message, p.fix])).to.deep.equal([
      ['stats[0].events', 'there is no event with the id "evnt-b"', 'did you mean "event-b"?'],
      [
        'stats[0].events',
        'there is no event with the id "zzz"',
        'use one of: event-a, event-b, event-c, event-d, event-e, event-f, event-g, event-h, …, or give the event you mean the id "zzz"',
      ],
    ]);
  });

  it('events in a lesson with no events, and events written as one text', () => {
    const none = stat({ events: ['crss'] });
    expect(none.problems[0].fix).to.equal('add the event to "events", with that id');
    const text = stat({ events: 'crss' });
    expect(findProblem(text.problems, 'stats[0].events', 'must be a list')!.fix).to.equal(
      'write it as a list: "events": ["crss"]',
    );
  });

  it('tags must be a list of texts', () => {
    const { lesson, problems } = stat({ tags: ['ok', 3] });
    expect(lesson!.stats[0].tags).to.deep.equal(['ok']);
    expect(findProblem(problems, 'stats[0].tags[1]', 'must be a non-empty text')).to.not.equal(undefined);
  });
});

describe('parseLesson: questions', () => {
  const events = [
    { id: 'ceasefire', date: '2022-11', title: 'The TTP ends its ceasefire' },
    { id: 'appeal', date: '2024-03', title: 'Pakistan appeals to the UNSC' },
  ];
  const question = {
    prompt: 'When did the TTP end its ceasefire?',
    choices: ['November 2021', 'November 2022', 'March 2024'],
    answer: 'November 2022',
    explanation: 'In **November 2022**.',
    event: 'ceasefire',
  };

  it('reads a question with its answer as an index into its choices, in file order', () => {
    const { lesson, problems } = parseLesson({ events, questions: [question, { ...question, prompt: 'Again?' }] });
    expect(problems).to.deep.equal([]);
    expect(lesson!.questions.map((q) => q.id)).to.deep.equal(['when-did-the-ttp-end-its-ceasefire', 'again']);
    expect(lesson!.questions[0]).to.deep.include({
      answer: 1,
      event: 'ceasefire',
      explanation: 'In **November 2022**.',
    });
    expect(lesson!.questions[0].choices).to.deep.equal(question.choices);
  });

  it('forgives an answer retyped with another case or spacing', () => {
    const { lesson, problems } = parseLesson({ events, questions: [{ ...question, answer: ' november  2022' }] });
    expect(problems).to.deep.equal([]);
    expect(lesson!.questions[0].answer).to.equal(1);
  });

  it('leaves out a question whose answer is not a choice, naming it by its place and prompt', () => {
    const { lesson, problems } = parseLesson({ events, questions: [{ ...question, answer: 'Never' }] });
    expect(lesson!.questions).to.deep.equal([]);
    expect(problems.map(formatProblem)).to.deep.equal([
      `Question 1 ('When did the TTP end its ceasefire?'): the answer "Never" is not one of the choices; copy the right answer from "choices" exactly`,
      `Question 1 ('When did the TTP end its ceasefire?'): this question was left out; fix the problems above so it can be used`,
    ]);
  });

  it('counts repeated choices once, and wants 2 to 8 of them', () => {
    const twice = parseLesson({ events, questions: [{ ...question, choices: ['A', 'A'], answer: 'A' }] });
    expect(findProblem(twice.problems, 'questions[0].choices', 'but it has 1')).to.not.equal(undefined);
    const nine = Array.from({ length: 9 }, (_, i) => `Choice ${i + 1}`);
    const many = parseLesson({ events, questions: [{ ...question, choices: nine, answer: 'Choice 1' }] });
    expect(findProblem(many.problems, 'questions[0].choices', 'but it has 9')).to.not.equal(undefined);
    expect(many.lesson!.questions).to.deep.equal([]);
  });

  it('keeps a question about an unknown event or stat, without the link, and suggests the near id', () => {
    const { lesson, problems } = parseLesson({
      events,
      stats: [{ id: 'deaths', value: 1524, label: 'deaths' }],
      questions: [{ ...question, event: 'ceasfire', stat: 'death' }],
    });
    expect(lesson!.questions[0].event).to.equal(undefined);
    expect(lesson!.questions[0].stat).to.equal(undefined);
    expect(findProblem(problems, 'questions[0].event', 'no event with the id "ceasfire"')!.fix).to.equal(
      'did you mean "ceasefire"?',
    );
    expect(findProblem(problems, 'questions[0].stat', 'no stat with the id "death"')!.fix).to.equal(
      'did you mean "deaths"?',
    );
  });

  it('says that a linked event was left out for its own problems, not that it does not exist', () => {
    const { lesson, problems } = parseLesson({
      events: [{ ...events[0], date: '2022-11-31' }, events[1]],
      stats: [{ id: 'deaths', value: 1524, label: 'deaths', events: ['ceasefire'] }],
      questions: [question],
    });
    expect(lesson!.questions[0].event).to.equal(undefined);
    const warning = findProblem(problems, 'questions[0].event', 'the event "ceasefire" was left out');
    expect(warning!.severity).to.equal('warning');
    expect(findProblem(problems, 'stats[0].events', 'the event "ceasefire" was left out')).to.not.equal(undefined);
    expect(problems.some((p) => p.message.includes('there is no event'))).to.equal(false);
  });

  it('warns about a link in an explanation that is not a web or e-mail address', () => {
    const { problems } = parseLesson({
      events,
      questions: [{ ...question, explanation: 'See [this](javascript:alert(1)).' }],
    });
    expect(findProblem(problems, 'questions[0].explanation', 'is not a web or e-mail address')).to.not.equal(undefined);
  });
});
