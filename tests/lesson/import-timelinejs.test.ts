import { expect } from '@open-wc/testing';
import { importLesson } from '../../src/lesson/import/index.js';
import { parseLesson } from '../../src/lesson/parse.js';
import { formatProblem } from '../../src/lesson/problems.js';
import type { EventInput } from '../../src/lesson/types.js';
import {
  convert as convertAs,
  expectProblem,
  expectSameEvents,
  unescapeMarkdown as unescape,
  type Converted,
} from '../helpers/import.js';
import { loadSeed } from '../helpers/lesson.js';

const SAMPLE_URL = '/tests/fixtures/pakistan-small-arms-2024-timelinejs.json';

type Obj = Record<string, unknown>;

const convert = (input: unknown): Converted => convertAs(input, 'timelinejs');

/** A TimelineJS file with the given slides (each a minimal valid slide plus `overrides`). */
function timeline(...slides: Obj[]): Obj {
  return {
    events: slides.map((s, i) => ({ start_date: { year: 2000 + i }, text: { headline: `Slide ${i + 1}` }, ...s })),
  };
}

function events(input: unknown): EventInput[] {
  return convert(input).lesson.events ?? [];
}

describe('importLesson(timelinejs): the sample file', () => {
  let sample: Obj;
  let seed: Awaited<ReturnType<typeof loadSeed>>;
  before(async () => {
    sample = (await (await fetch(SAMPLE_URL, { cache: 'no-store' })).json()) as Obj;
    seed = await loadSeed();
  });

  it('converts into a valid lesson with no problem at all', () => {
    const { imported, parsed } = convert(sample);
    expect(imported.problems.map(formatProblem)).to.deep.equal([]);
    expect(parsed.problems.map(formatProblem)).to.deep.equal([]);
    expect(parsed.lesson!.events.length).to.equal(seed.events.length);
  });

  it('reads the same file as JSON text, with a byte order mark', async () => {
    const text = await (await fetch(SAMPLE_URL, { cache: 'no-store' })).text();
    expect(convert(`\uFEFF${text}`).lesson).to.deep.equal(convert(sample).lesson);
  });

  it('makes the title slide the lesson title and summary', () => {
    const { lesson } = convert(sample);
    expect(lesson.title).to.equal(seed.title);
    expect(unescape(lesson.summary)).to.equal(seed.summary);
  });

  it('keeps every event: unique_id as id, date at its precision, display_date, headline, text and group', () => {
    const { lesson } = convert(sample);
    expect(lesson.events!.map((e) => e.id)).to.deep.equal(seed.events.map((e) => e.id));
    expectSameEvents(lesson.events!, seed.events);
  });

  it('keeps the eras with their names and dates', () => {
    const { lesson } = convert(sample);
    expect(lesson.eras).to.deep.equal(seed.eras.map(({ title, start, end }) => ({ title, start, end })));
  });

  it('keeps an image with its alt text, caption and credit', () => {
    const { parsed } = convert(sample);
    const event = parsed.lesson!.events.find((e) => e.id === 'poa-iti-commitment')!;
    expect(event.media).to.deep.equal({
      url: 'https://example.org/images/un-headquarters-new-york.jpg',
      alt: 'The UN Headquarters building in New York',
      caption: 'UN Headquarters in New York, where the review conference was held',
      credit: 'Example image for the importer tests',
    });
  });

  it('names each event and era by its place in the TimelineJS file', () => {
    const { imported } = convert(sample);
    expect(imported.places!.events).to.deep.equal(seed.events.map((_, i) => `TimelineJS event ${i + 1}`));
    expect(imported.places!.eras).to.deep.equal(['TimelineJS era 1', 'TimelineJS era 2']);
  });
});

describe('importLesson(timelinejs): dates', () => {
  const dateOf = (start_date: Obj) => events(timeline({ start_date }))[0]?.date;

  it('keeps exactly the precision given: year, month, day, hour, minute', () => {
    expect(dateOf({ year: 2022 })).to.equal('2022');
    expect(dateOf({ year: 2022, month: 11 })).to.equal('2022-11');
    expect(dateOf({ year: 2022, month: 11, day: 28 })).to.equal('2022-11-28');
    expect(dateOf({ year: 2022, month: 11, day: 28, hour: 9 })).to.equal('2022-11-28T09:00');
    expect(dateOf({ year: 2022, month: 11, day: 28, hour: 14, minute: 5 })).to.equal('2022-11-28T14:05');
  });

  it('reads parts written as text, as TimelineJS does ("1,999", " 11 ")', () => {
    expect(dateOf({ year: '1,999', month: ' 11 ', day: '' })).to.equal('1999-11');
    expect(dateOf({ year: 2022, month: null })).to.equal('2022');
  });

  it('reads negative years as TimelineJS shows them: -500 is 500 BC, which is -0499', () => {
    expect(dateOf({ year: -500 })).to.equal('-0499');
    expect(dateOf({ year: -1 })).to.equal('0000');
    expect(dateOf({ year: 1 })).to.equal('0001');
    expect(dateOf({ year: '-44', month: 3, day: 15 })).to.equal('-0043-03-15');
    const { parsed } = convert(timeline({ start_date: { year: -500 } }));
    expect(parsed.lesson!.events[0].date.year).to.equal(-499);
  });

  it('reads the year 0, which TimelineJS shows as "0", as 1 BC and says so', () => {
    const { lesson, imported } = convert(timeline({ start_date: { year: 0 } }));
    expect(lesson.events![0].date).to.equal('0000');
    expectProblem(imported.problems, 'the year 0 does not exist', 'warning');
  });

  it('drops seconds and milliseconds, in one warning for every slide that had them', () => {
    const { lesson, imported } = convert(
      timeline(
        { start_date: { year: 2024, month: 6, day: 17, hour: 10, minute: 30, second: 15 } },
        { start_date: { year: 2024, month: 6, day: 18, hour: 11, minute: 0, millisecond: 500 } },
        { start_date: { year: 2024, month: 6, day: 19, hour: 12, minute: 0, second: 0 } },
      ),
    );
    expect(lesson.events!.map((e) => e.date)).to.deep.equal([
      '2024-06-17T10:30',
      '2024-06-18T11:00',
      '2024-06-19T12:00',
    ]);
    const warning = expectProblem(imported.problems, 'were left out: dates go to the minute', 'warning');
    expect(warning.message).to.contain('(TimelineJS events 1 and 2)');
    expect(imported.problems.filter((p) => p.message.includes('to the minute'))).to.have.length(1);
  });

  it('maps end_date, and drops one equal to the start date as TimelineJS does', () => {
    const [a, b] = events(
      timeline(
        { start_date: { year: 2022, month: 11 }, end_date: { year: 2024, month: 6 } },
        { start_date: { year: 2022 }, end_date: { year: 2022 } },
      ),
    );
    expect(a.endDate).to.equal('2024-06');
    expect(b.endDate).to.equal(undefined);
  });

  it('leaves out an end date without a year, with a warning', () => {
    const { lesson, imported } = convert(timeline({ end_date: { month: 3 } }));
    expect(lesson.events![0].endDate).to.equal(undefined);
    expectProblem(imported.problems, 'the end date has no year', 'warning');
  });

  it('leaves out a day without a month, and a time without a day, with a warning each', () => {
    const { lesson, imported } = convert(
      timeline({ start_date: { year: 2022, day: 5 } }, { start_date: { year: 2022, month: 3, hour: 9 } }),
    );
    expect(lesson.events!.map((e) => e.date)).to.deep.equal(['2022', '2022-03']);
    expectProblem(imported.problems, 'a day without a month', 'warning');
    expectProblem(imported.problems, /a time .* needs a full date/, 'warning');
  });

  it('takes the slide display_date, or the dates’ own display_date', () => {
    const list = events(
      timeline(
        { display_date: 'Spring 2024', start_date: { year: 2024, month: 4, display_date: 'ignored' } },
        { start_date: { year: 1450, display_date: 'c. 1450' } },
        {
          start_date: { year: 1914, display_date: 'summer 1914' },
          end_date: { year: 1918, display_date: 'November 1918' },
        },
      ),
    );
    expect(list.map((e) => e.displayDate)).to.deep.equal(['Spring 2024', 'c. 1450', 'summer 1914 – November 1918']);
  });

  it('does not let a display_date for one end of a period hide the other end', () => {
    const { lesson, imported } = convert(
      timeline({ start_date: { year: 1914, display_date: 'summer 1914' }, end_date: { year: 1918 } }),
    );
    expect(lesson.events![0].displayDate).to.equal(undefined);
    expectProblem(imported.problems, 'for only one end of a period', 'warning');
  });

  it('reports date formats as not carried over', () => {
    const { imported } = convert(timeline({ start_date: { year: 2024, format: 'yyyy' } }));
    expectProblem(imported.problems, 'date formats ("format") were left out', 'warning');
  });
});

describe('importLesson(timelinejs): slides that cannot be used', () => {
  it('leaves out a slide with no start date or no year, and keeps the others', () => {
    const { lesson, imported, parsed } = convert({
      events: [
        { text: { headline: 'No date' } },
        { start_date: { month: 5 }, text: { headline: 'No year' } },
        { start_date: { year: 2021 }, text: { headline: 'Fine' } },
      ],
    });
    expect(lesson.events!.map((e) => e.title)).to.deep.equal(['Fine']);
    const noDate = expectProblem(imported.problems, 'there is no start date', 'error');
    expect(noDate.place).to.equal("TimelineJS event 1 ('No date')");
    expect(noDate.path).to.equal('events[0].start_date');
    expect(expectProblem(imported.problems, 'has no year', 'error').place).to.equal("TimelineJS event 2 ('No year')");
    expect(imported.places!.events).to.deep.equal(['TimelineJS event 3']);
    expect(parsed.problems).to.deep.equal([]);
  });

  it('leaves out a slide whose date parts are not whole numbers', () => {
    const { lesson, imported } = convert(timeline({ start_date: { year: 2021, month: 'Nov' } }));
    expect(lesson.events).to.deep.equal([]);
    expectProblem(imported.problems, `month "Nov" is not a whole number`, 'error');
  });

  it('leaves out a slide too far in the past for the timeline (a cosmological year)', () => {
    const { lesson, imported } = convert({
      scale: 'cosmological',
      events: [
        { start_date: { year: -13_800_000_000 }, text: { headline: 'Big Bang' } },
        { start_date: { year: -3000 }, text: { headline: 'Writing' } },
      ],
    });
    expect(lesson.events!.map((e) => e.date)).to.deep.equal(['-2999']);
    expectProblem(imported.problems, 'is too far from the present', 'error');
    expectProblem(imported.problems, '"scale": "cosmological" has no equivalent', 'warning');
  });

  it('leaves out items that are not slides', () => {
    const { imported } = convert({ events: [null, 'x', { start_date: { year: 2021 }, text: { headline: 'A' } }] });
    expect(imported.problems.filter((p) => p.message.includes('not a slide'))).to.have.length(2);
    expect(imported.places!.events).to.deep.equal(['TimelineJS event 3']);
  });

  it('says a file without an events list is not a TimelineJS file', () => {
    const { imported } = convert({ title: { text: { headline: 'A' } } });
    expectProblem(imported.problems, 'needs an "events" list', 'error');
  });

  it('leaves a JSON syntax error to parseLesson, which gives the line and column', () => {
    const { imported, parsed } = convert('{ "events": [ { "start_date": { "year": 2021 }, } ] }');
    expect(imported.problems).to.deep.equal([]);
    expect(parsed.lesson).to.equal(null);
    expect(parsed.problems[0].message).to.match(/not valid JSON \(line 1, column \d+\)/);
  });

  it('lets parseLesson name the TimelineJS slide in its own messages', () => {
    const { parsed } = convert(timeline({}, { start_date: { year: 2022, month: 13 } }));
    const problem = parsed.problems.find((p) => p.severity === 'error')!;
    expect(problem.place).to.equal("TimelineJS event 2 ('Slide 2')");
    expect(problem.message).to.contain('month 13');
  });

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [
      undefined,
      null,
      0,
      '',
      '[]',
      'null',
      [],
      { events: 'x' },
      { events: [{ start_date: 'x' }, { start_date: { year: {} } }, { text: 5 }, { media: [] }] },
      { events: [{ start_date: { year: 2021 }, text: { headline: {}, text: [] }, media: { url: 5 } }] },
      { title: 'x', eras: [1, { start_date: null }], events: [] },
      Object.create(null),
    ];
    weird.forEach((input, i) => {
      expect(() => parseLesson(importLesson(input, 'timelinejs').input), `input ${i}`).to.not.throw();
    });
  });
});

describe('importLesson(timelinejs): text', () => {
  it('reads headlines as the text TimelineJS shows (HTML, entities decoded)', () => {
    const [event] = events(timeline({ text: { headline: '<b>Kabul</b> &amp; after<br>the fall' } }));
    expect(event.title).to.equal('Kabul & after the fall');
  });

  it('reduces the text to Markdown: paragraphs, emphasis, links', () => {
    const [event] = events(
      timeline({
        text: {
          headline: 'A',
          text: '<p>The <em>TTP</em> ended its <strong>ceasefire</strong>.</p><p>See <a href="https://example.org/a">the article</a>.</p>',
        },
      }),
    );
    expect(event.description).to.equal(
      'The *TTP* ended its **ceasefire**.\n\nSee [the article](https://example.org/a).',
    );
  });

  it('reports images and iframes inside text once, naming the slides', () => {
    const { imported, lesson } = convert(
      timeline(
        { text: { headline: 'A', text: '<p>Before</p><img src="x.jpg" alt="x"><p>After</p>' } },
        { text: { headline: 'B', text: '<iframe src="https://example.org/embed"></iframe><p>Text</p>' } },
      ),
    );
    expect(lesson.events![0].description).to.equal('Before\n\nAfter');
    const warning = expectProblem(imported.problems, 'images and iframes inside the text', 'warning');
    expect(warning.message).to.contain('(TimelineJS events 1 and 2)');
  });
});

describe('importLesson(timelinejs): media', () => {
  const mediaOf = (media: Obj, text: Obj = { headline: 'The hall' }) => convert(timeline({ media, text }));

  it('keeps an image: url, alt, caption and credit (caption and credit as text)', () => {
    const { lesson, imported } = mediaOf({
      url: 'https://example.org/hall.JPG?size=large',
      alt: 'Delegates in a conference hall',
      caption: 'The <i>main</i> hall',
      credit: 'Photo: <a href="https://example.org">Jane Doe</a>',
    });
    expect(lesson.events![0].media).to.deep.equal({
      url: 'https://example.org/hall.JPG?size=large',
      alt: 'Delegates in a conference hall',
      caption: 'The main hall',
      credit: 'Photo: Jane Doe',
    });
    expect(imported.problems).to.deep.equal([]);
  });

  it('knows images by their extension, or by a host that serves images without one', () => {
    for (const url of [
      'https://example.org/a.png',
      'https://example.org/a.jpeg#x',
      'https://example.org/a.avif',
      'https://example.org/a.webp',
      'https://example.org/a.gif',
      'https://example.org/map.svg',
      'images/map.png',
      'https://images.unsplash.com/photo-1500000000000-abc?w=800',
    ]) {
      expect(mediaOf({ url, alt: 'x' }).lesson.events![0].media, url).to.deep.equal({ url, alt: 'x' });
    }
  });

  it('uses the caption, or else the headline, as alt text when there is none, and says so once', () => {
    const { lesson, imported } = convert(
      timeline(
        { media: { url: 'https://example.org/a.jpg', caption: 'The hall' } },
        { media: { url: 'https://example.org/b.jpg' }, text: { headline: 'Delegates arrive' } },
      ),
    );
    expect(lesson.events!.map((e) => e.media?.alt)).to.deep.equal(['The hall', 'Delegates arrive']);
    const warning = expectProblem(imported.problems, 'images without "media.alt"', 'warning');
    expect(warning.message).to.contain('(TimelineJS events 1 and 2)');
  });

  it('shows media that is not an image as a link at the end of the description', () => {
    const { lesson, imported, parsed } = convert(
      timeline(
        {
          text: { headline: 'Speech', text: '<p>He spoke.</p>' },
          media: { url: 'https://www.youtube.com/watch?v=abc', caption: 'The speech [video]', credit: 'UN Web TV' },
        },
        { media: { url: 'https://en.wikipedia.org/wiki/Small_arms_(weapons)' } },
      ),
    );
    const [a, b] = lesson.events!;
    expect(a.media).to.equal(undefined);
    expect(a.description).to.equal(
      'He spoke.\n\n[The speech \\[video\\]](https://www.youtube.com/watch?v=abc) (UN Web TV)',
    );
    expect(b.description).to.equal('[Media](https://en.wikipedia.org/wiki/Small_arms_%28weapons%29)');
    expectProblem(imported.problems, 'is shown as a link at the end of the description', 'warning');
    expect(parsed.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('links the address inside embed code, and reports embed code without one', () => {
    const { lesson, imported } = convert(
      timeline(
        { media: { url: '<iframe src="https://maps.example.org/embed?a=1&amp;b=2" width="600"></iframe>' } },
        { media: { url: '<blockquote>Just a quote</blockquote>' } },
      ),
    );
    expect(lesson.events![0].description).to.equal('[Media](https://maps.example.org/embed?a=1&b=2)');
    expect(lesson.events![1].description).to.equal(undefined);
    expectProblem(imported.problems, 'embed code in "media.url" cannot be shown', 'warning');
  });

  it('turns a Wikimedia Commons file page into the address of the image itself', () => {
    const [a, b, c] = events(
      timeline(
        { media: { url: 'https://commons.wikimedia.org/wiki/File:UN_General_Assembly_hall.jpg', alt: 'x' } },
        {
          media: {
            url: 'https://en.wikipedia.org/wiki/United_Nations#/media/File:Flag_of_the_United_Nations.svg',
            alt: 'y',
          },
        },
        { media: { url: 'https://commons.wikimedia.org/wiki/File:Speech.ogg' } },
      ),
    );
    expect(a.media!.url).to.equal(
      'https://commons.wikimedia.org/wiki/Special:FilePath/UN%20General%20Assembly%20hall.jpg',
    );
    expect(b.media!.url).to.equal(
      'https://commons.wikimedia.org/wiki/Special:FilePath/Flag%20of%20the%20United%20Nations.svg',
    );
    expect(c.media).to.equal(undefined);
    expect(c.description).to.contain('](https://commons.wikimedia.org/wiki/File:Speech.ogg)');
  });

  it('reports thumbnail, media title, link and link_target as not carried over', () => {
    const { imported } = mediaOf({
      url: 'https://example.org/a.jpg',
      alt: 'x',
      thumbnail: 'https://example.org/a-small.jpg',
      title: 'Hover text',
      link: 'https://example.org/page',
      link_target: '_blank',
    });
    expectProblem(imported.problems, 'thumbnails ("media.thumbnail") were left out', 'warning');
    expectProblem(imported.problems, 'media titles ("media.title") were left out', 'warning');
    expectProblem(imported.problems, 'links on images ("media.link") were left out', 'warning');
    expectProblem(imported.problems, '"media.link_target" has no equivalent', 'warning');
  });

  it('reports a caption without an address', () => {
    const { lesson, imported } = mediaOf({ url: '', caption: 'Lost' });
    expect(lesson.events![0].media).to.equal(undefined);
    expectProblem(imported.problems, 'without "media.url" was left out', 'warning');
  });
});

describe('importLesson(timelinejs): other fields', () => {
  it('makes the group a tag and the unique_id the id', () => {
    const [a, b] = events(timeline({ group: 'Diplomacy', unique_id: 'talks' }, { unique_id: 1947 }));
    expect(a.tags).to.deep.equal(['Diplomacy']);
    expect(a.id).to.equal('talks');
    expect(b.id).to.equal('1947');
    expect(b.tags).to.equal(undefined);
  });

  it('reports backgrounds once, naming every slide that had one', () => {
    const background = { url: 'https://example.org/bg.jpg' };
    const { imported } = convert(timeline({ background }, { background: { color: '#123456' } }, { background }, {}));
    const warnings = imported.problems.filter((p) => p.message.includes('background'));
    expect(warnings).to.have.length(1);
    expect(warnings[0].message).to.equal(
      'background images and colours ("background") have no equivalent and were left out (TimelineJS events 1, 2 and 3)',
    );
    expect(warnings[0].severity).to.equal('warning');
    expect(warnings[0].path).to.equal('');
  });

  it('cuts a long list of places short', () => {
    const slides = Array.from({ length: 12 }, () => ({ autolink: false }));
    const { imported } = convert(timeline(...slides));
    expect(expectProblem(imported.problems, '"autolink" has no equivalent', 'warning').message).to.contain(
      '(TimelineJS events 1, 2, 3, 4, 5, 6, 7, 8 and 4 more)',
    );
  });

  it('reports fields TimelineJS does not have, once each', () => {
    const { imported } = convert({
      ...timeline({ colour: 'red' }, { colour: 'blue', text: { headline: 'B', subtitle: 'x' } }),
      theme: 'dark',
    });
    expect(expectProblem(imported.problems, '"colour" is not a TimelineJS field', 'warning').message).to.contain(
      '(TimelineJS events 1 and 2)',
    );
    expectProblem(imported.problems, '"text.subtitle" is not a TimelineJS field', 'warning');
    expectProblem(imported.problems, '"theme" is not a TimelineJS field', 'warning');
  });

  it('reads the title slide’s unique_id as the lesson id, and reports what else it has beyond its text', () => {
    const { lesson, imported } = convert({
      title: {
        unique_id: 'small-arms',
        text: { headline: 'Small arms', text: '<p>About it.</p>' },
        media: { url: 'https://example.org/cover.jpg' },
        background: { color: '#000' },
      },
      events: [{ start_date: { year: 2021 }, text: { headline: 'A' } }],
    });
    expect(lesson).to.include({ id: 'small-arms', title: 'Small arms', summary: 'About it.' });
    expect(expectProblem(imported.problems, 'of the title have no place', 'warning').message).to.equal(
      '"media" and "background" of the title have no place in a lesson and were left out (the title slide)',
    );
  });

  it('reads eras (name, start, end, unique_id) and reports what else they have', () => {
    const { lesson, imported, parsed } = convert({
      events: [{ start_date: { year: 2021 }, text: { headline: 'A' } }],
      eras: [
        {
          start_date: { year: 2022, month: 11 },
          end_date: { year: 2024, month: 6 },
          text: { headline: 'After the ceasefire', text: '<p>More</p>' },
          unique_id: 'after',
        },
        { start_date: { year: 2023 }, text: { headline: 'No end' } },
      ],
    });
    expect(lesson.eras).to.deep.equal([
      { id: 'after', title: 'After the ceasefire', start: '2022-11', end: '2024-06' },
      { title: 'No end', start: '2023' },
    ]);
    expectProblem(imported.problems, 'an era has a name and dates only: "text.text" of eras was left out', 'warning');
    const missingEnd = parsed.problems.find((p) => p.path === 'eras[1].end')!;
    expect(missingEnd.place).to.equal("TimelineJS era 2 ('No end')");
  });
});

describe('importLesson(timelinejs): values that cannot be written as text', () => {
  // Found by the property test (seed -1889037422): String() of such an object throws.
  it('names an object whose toString is not a function instead of failing the whole file', () => {
    const { problems } = importLesson(
      { events: [{ start_date: { hour: { toString: 0 } }, text: { headline: 'A' } }] },
      'timelinejs',
    );
    expect(problems.some((p) => p.message.includes('could not be converted'))).to.equal(false);
    expect(problems.map((p) => p.message).join('\n')).to.include('hour an object is not a whole number');
  });
});
