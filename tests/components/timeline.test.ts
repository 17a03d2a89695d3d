import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';
import type { EventInput, LessonInput } from '../../src/lesson/types.js';
import { badLessons } from '../helpers/bad-lessons.js';
import { emulateTimezone } from '../helpers/browser.js';
import {
  alertOf,
  catchPageErrors,
  EventLog,
  expectWcag22TargetSize,
  inlineFixture,
  jsonUrl,
  loadSeed,
  loadSeedText,
  minimalLesson,
  part,
  parts,
  SEED_URL,
  settle,
  shownProblems,
  showsProblem,
  text,
  findProblem,
} from '../helpers/lesson.js';

type Seed = Awaited<ReturnType<typeof loadSeed>>;

/* ---------- expectations computed from the JSON, independently of src/ ---------- */

/** [year, month, day] of a lesson-file date (`2022-11` → [2022, 11, 0]); 0 for what the date does not give. */
function dateParts(date: string): [number, number, number] {
  const m = /^(-?\d+)(?:-(\d\d))?(?:-(\d\d))?/.exec(date)!;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

/** The events in the order a timeline must show them: by date, a less precise date first, else file order. */
function inDateOrder(events: readonly EventInput[]): EventInput[] {
  return [...events].sort((a, b) => {
    const [ay, am, ad] = dateParts(a.date);
    const [by, bm, bd] = dateParts(b.date);
    return ay - by || am - bm || ad - bd;
  });
}

/** The instants a date covers, [start, end), in UTC milliseconds (years 1–9999 only: enough for the seed). */
function span(date: string): [number, number] {
  const [y, m, d] = dateParts(date);
  const start = Date.UTC(y, (m || 1) - 1, d || 1);
  const end = d ? start + 86_400_000 : m ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
  return [start, end];
}

/** The date's text as the data gives it: a year stays "2021", a month is "November 2022", a day "March 1, 2024". */
function expectedDateText(date: string): string {
  const [, m, d] = dateParts(date);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (m) options.month = 'long';
  if (d) options.day = 'numeric';
  const [start] = span(date);
  return new Intl.DateTimeFormat('en', options).format(start);
}

/** Whether a bad lesson input still has a valid-looking event list (the timeline shows nothing without one). */
function hasEvents(input: unknown): boolean {
  return typeof input === 'object' && input !== null && Array.isArray((input as LessonInput).events);
}

/* ---------- rendering helpers ---------- */

/**
 * A timeline showing `lesson`. The tests in this file are about the vertical list (and what both layouts share), so
 * the layout is pinned: the fixture is 800 px wide, where `layout="auto"` would pick the horizontal axis, which
 * tests/components/timeline-interactive.test.ts covers.
 */
async function timelineFrom(
  lesson: unknown,
  attrs: { hideTitle?: boolean; layout?: string } = {},
): Promise<EduTimeline> {
  return fixture<EduTimeline>(
    html`<edu-timeline
      layout=${attrs.layout ?? 'vertical'}
      .data=${lesson}
      ?hide-title=${attrs.hideTitle}
    ></edu-timeline>`,
  );
}

/** The vertical list's attributes for inline-JSON fixtures. */
const VERTICAL = { layout: 'vertical' } as const;

function eventItems(el: EduTimeline): HTMLLIElement[] {
  return parts<HTMLLIElement>(el, 'event');
}

function eventTitles(el: EduTimeline): string[] {
  return eventItems(el).map((li) => text(part(el, 'title', li)));
}

function eventNamed(el: EduTimeline, title: string | RegExp): HTMLLIElement {
  const li = eventItems(el).find((item) => {
    const t = text(part(el, 'title', item));
    return typeof title === 'string' ? t === title : title.test(t);
  });
  expect(li, `an event titled ${String(title)}`).to.not.equal(undefined);
  return li!;
}

function selectButton(el: EduTimeline, li: HTMLElement): HTMLButtonElement {
  const button = part<HTMLButtonElement>(el, 'select', li);
  expect(button?.localName).to.equal('button');
  return button!;
}

/** Every shadow-root attribute value that holds a URL. */
function urlAttributes(el: EduTimeline): string[] {
  return [...el.shadowRoot!.querySelectorAll('[href], [src]')].flatMap((n) =>
    ['href', 'src'].map((a) => n.getAttribute(a)).filter((v): v is string => v !== null),
  );
}

/**
 * Everything a reader must get from the default lesson, whichever way it was given: the events in date order in an
 * `<ol>`, each with its heading, date at the data's precision, tags and numbered citations, the eras, the sources.
 */
function expectSeedRendered(el: EduTimeline, seed: Seed): void {
  const shadow = el.shadowRoot!;
  expect(alertOf(el), 'no problems panel for the default lesson').to.equal(null);

  const heading = part(el, 'heading');
  expect(heading?.localName).to.equal('h2');
  expect(text(heading)).to.equal(seed.title);

  const list = part(el, 'list');
  expect(list?.localName).to.equal('ol');
  const items = eventItems(el);
  expect(items.length).to.equal(seed.events.length);
  for (const li of items) {
    expect(li.localName).to.equal('li');
    expect(li.parentElement).to.equal(list);
  }

  const ordered = inDateOrder(seed.events);
  expect(eventTitles(el)).to.deep.equal(ordered.map((e) => e.title));

  const sourceIds = seed.sources.map((s) => s.id);
  ordered.forEach((ev, i) => {
    const li = items[i];
    const where = `event ${i} (${ev.date}, ${ev.title})`;

    const title = part(el, 'title', li)!;
    expect(title.localName, where).to.equal('h3');
    expect(text(selectButton(el, li)), where).to.equal(ev.title);

    // The date: a <time> whose datetime has exactly the data's precision, and its text at that precision.
    const date = part(el, 'date', li)!;
    expect(date.localName, where).to.equal('time');
    expect(date.getAttribute('datetime'), where).to.equal(ev.date);
    expect(text(date), where).to.equal(ev.displayDate ?? expectedDateText(ev.date));

    expect(
      parts(el, 'tag', li).map((t) => text(t)),
      where,
    ).to.deep.equal(ev.tags ?? []);

    // Numbered citations: [n] is the n-th entry of the sources list, and that entry is the cited source.
    const citations = parts<HTMLAnchorElement>(el, 'citation', li);
    expect(citations.length, where).to.equal(ev.sources?.length ?? 0);
    citations.forEach((a, j) => {
      const n = sourceIds.indexOf(ev.sources![j]) + 1;
      expect(n, `${where} cites a listed source`).to.be.greaterThan(0);
      expect(text(a)).to.equal(`[${n}]`);
      const entry = parts(el, 'source')[n - 1];
      expect(a.getAttribute('href')).to.equal(`#${entry.id}`);
      expect(text(entry.querySelector('cite'))).to.equal(seed.sources[n - 1].title);
      expect(a.getAttribute('aria-label')).to.equal(`Source ${n}: ${seed.sources[n - 1].title}`);
    });
  });

  // The concrete facts of the seed, so a regression in date display cannot hide behind a computed expectation.
  const dateOf = (re: RegExp) => part(el, 'date', eventNamed(el, re))!;
  expect(dateOf(/Kabul/).getAttribute('datetime')).to.equal('2021');
  expect(text(dateOf(/Kabul/))).to.equal('2021');
  expect(dateOf(/ends its ceasefire/).getAttribute('datetime')).to.equal('2022-11');
  expect(text(dateOf(/ends its ceasefire/))).to.equal('November 2022');
  expect(dateOf(/Security Council/).getAttribute('datetime')).to.equal('2024-03');
  expect(text(dateOf(/Security Council/))).to.equal('March 2024');

  // Sources, in file order.
  const sources = parts(el, 'source');
  expect(sources.map((s) => text(s.querySelector('cite')))).to.deep.equal(seed.sources.map((s) => s.title));
  expect(sources[0].closest('ol')).to.not.equal(null);

  // Eras: listed, and labelled on the first event they cover.
  const eras = parts(el, 'era');
  expect(eras.length).to.equal(seed.eras.length);
  seed.eras.forEach((era, i) => {
    expect(text(eras[i])).to.contain(era.title);
    const [start] = span(era.start);
    const [, end] = span(era.end);
    const first = ordered.findIndex((ev) => {
      const [s, e] = span(ev.date);
      return s < end && start < e;
    });
    expect(first, `era ${era.title} covers an event`).to.be.at.least(0);
    const labels = parts(el, 'era-label', items[first]).map((p) => text(p));
    expect(
      labels.some((l) => l.includes(era.title)),
      `era label of "${era.title}" on event ${first}`,
    ).to.equal(true);
    for (const [k, li] of items.entries()) {
      if (k === first) continue;
      expect(
        parts(el, 'era-label', li).some((p) => text(p).includes(era.title)),
        `only on the first event (${k})`,
      ).to.equal(false);
    }
  });
  // The first era is the one since the ceasefire: its label is on the November 2022 event.
  expect(text(part(el, 'era-label', eventNamed(el, /ends its ceasefire/)))).to.contain('November 2022');

  expect(shadow.querySelector('[aria-current="true"]'), 'nothing selected yet').to.equal(null);
}

function expectLoadedOnce(log: EventLog, seed: Seed): void {
  expect(log.count('edu-load')).to.equal(1);
  const { detail } = log.of('edu-load')[0];
  expect(detail.lesson.title).to.equal(seed.title);
  expect(detail.lesson.events.length).to.equal(seed.events.length);
  expect(detail.problems).to.deep.equal([]);
  expect(log.count('edu-error')).to.equal(0);
  expect(log.count('edu-select')).to.equal(0);
}

/* ---------- tests ---------- */

describe('<edu-timeline>: accessibility', function () {
  // The first check loads axe-core into the page.
  this.timeout(20_000);

  it('the default lesson passes axe', async () => {
    const log = new EventLog();
    const el = await fixture<EduTimeline>(html`<edu-timeline layout="vertical" src=${SEED_URL}></edu-timeline>`);
    await log.waitFor('edu-load');
    await expect(el).to.be.accessible();
  });

  it('passes WCAG 2.2 target size (axe target-size enabled) with an event selected', async () => {
    const log = new EventLog();
    const el = await fixture<EduTimeline>(
      html`<edu-timeline layout="vertical" src=${SEED_URL} selected="unsc-appeal"></edu-timeline>`,
    );
    await log.waitFor('edu-load');
    await expectWcag22TargetSize(el);
  });

  it('the problems panel passes axe', async () => {
    const el = await timelineFrom({
      title: 'T',
      events: [
        { date: '2022-11-31', title: 'Bad' },
        { date: '2021', title: 'Good' },
      ],
    });
    expect(alertOf(el)).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<edu-timeline>: defaults and attributes', () => {
  it('has documented defaults and, with no data at all, says so without firing edu-error', async () => {
    const log = new EventLog();
    const el = await fixture<EduTimeline>(html`<edu-timeline></edu-timeline>`);
    expect(el.src).to.equal(null);
    expect(el.selected).to.equal(null);
    expect(el.headingLevel).to.equal(2);
    expect(el.hideTitle).to.equal(false);
    expect(el.layout).to.equal('auto');
    expect(el.filter).to.equal('');
    expect(el.startAt).to.equal('first');
    expect(el.hashSync).to.equal(false);
    expect(el.theme).to.equal(null);
    expect(el.lesson).to.equal(null);
    expect(text(alertOf(el))).to.contain('no lesson data was given');
    await settle();
    expect(log.events.length, 'a framework may set data a moment later').to.equal(0);
  });

  it('reflects src, selected and hide-title to attributes', async () => {
    const el = await timelineFrom(minimalLesson());
    el.selected = 'second';
    el.hideTitle = true;
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('second');
    expect(el.hasAttribute('hide-title')).to.equal(true);
    el.selected = null;
    el.hideTitle = false;
    await el.updateComplete;
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(el.hasAttribute('hide-title')).to.equal(false);
    el.src = SEED_URL;
    await el.updateComplete;
    expect(el.getAttribute('src')).to.equal(SEED_URL);
  });

  it('hide-title and heading-level change the headings', async () => {
    const el = await timelineFrom(minimalLesson());
    const levels = () => ({
      heading: part(el, 'heading')?.localName ?? null,
      titles: [...new Set(parts(el, 'title').map((h) => h.localName))],
      sources: el.shadowRoot!.querySelector('[part~="sources"] > :is(h1, h2, h3, h4, h5, h6)')?.localName,
    });
    expect(levels()).to.deep.equal({ heading: 'h2', titles: ['h3'], sources: 'h3' });
    expect(text(part(el, 'heading'))).to.equal('A minimal lesson');

    el.setAttribute('hide-title', '');
    await el.updateComplete;
    expect(levels()).to.deep.equal({ heading: null, titles: ['h2'], sources: 'h2' });

    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(levels()).to.deep.equal({ heading: null, titles: ['h4'], sources: 'h4' });

    el.removeAttribute('hide-title');
    await el.updateComplete;
    expect(levels()).to.deep.equal({ heading: 'h4', titles: ['h5'], sources: 'h5' });

    el.setAttribute('heading-level', '6');
    await el.updateComplete;
    expect(levels()).to.deep.equal({ heading: 'h6', titles: ['h6'], sources: 'h6' });

    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(levels().heading, 'clamped to 6').to.equal('h6');
    el.setAttribute('heading-level', '0');
    await el.updateComplete;
    expect(levels().heading).to.equal('h1');
    el.setAttribute('heading-level', 'two');
    await el.updateComplete;
    expect(levels().heading, 'not a number: the default').to.equal('h2');
  });

  it('a lesson without a title shows no lesson heading and keeps event titles at heading-level', async () => {
    const { title: _title, ...untitled } = minimalLesson();
    const el = await timelineFrom(untitled);
    expect(part(el, 'heading')).to.equal(null);
    expect(parts(el, 'title')[0].localName).to.equal('h2');
  });
});

describe('<edu-timeline>: the default lesson from each source', () => {
  let seed: Seed;
  before(async () => {
    seed = await loadSeed();
  });

  it('from src', async () => {
    const log = new EventLog();
    const el = await fixture<EduTimeline>(html`<edu-timeline layout="vertical" src=${SEED_URL}></edu-timeline>`);
    await log.waitFor('edu-load');
    await el.updateComplete;
    expect(log.of('edu-load')[0].target).to.equal(el);
    expectSeedRendered(el, seed);
    await settle();
    expectLoadedOnce(log, seed);
    expect(el.lesson?.title).to.equal(seed.title);
  });

  it('from the data property', async () => {
    const log = new EventLog();
    const el = await timelineFrom(seed);
    expectSeedRendered(el, seed);
    await settle();
    expectLoadedOnce(log, seed);
  });

  it('from an inline <script type="application/json"> child', async () => {
    const log = new EventLog();
    const el = await inlineFixture('edu-timeline', await loadSeedText(), VERTICAL);
    expectSeedRendered(el, seed);
    await settle();
    expectLoadedOnce(log, seed);
  });

  // Guards a fixed bug: edu-load once fired after a fetch while the shadow root still said "Loading…".
  for (const source of ['src', 'data', 'inline'] as const) {
    it(`edu-load (${source}) fires once the lesson is rendered, not before`, async () => {
      const seen: { events: number; loading: boolean }[] = [];
      const onLoad = (e: Event): void => {
        const target = e.target as EduTimeline;
        seen.push({ events: eventItems(target).length, loading: part(target, 'status') !== null });
      };
      document.addEventListener('edu-load', onLoad);
      try {
        if (source === 'src') await fixture(html`<edu-timeline layout="vertical" src=${SEED_URL}></edu-timeline>`);
        else if (source === 'data') await timelineFrom(seed);
        else await inlineFixture('edu-timeline', await loadSeedText(), VERTICAL);
        await waitUntil(() => seen.length > 0, 'edu-load', { timeout: 4000 });
      } finally {
        document.removeEventListener('edu-load', onLoad);
      }
      expect(seen).to.deep.equal([{ events: seed.events.length, loading: false }]);
    });
  }

  it('data wins over inline JSON, which wins over src', async () => {
    const log = new EventLog();
    const el = await inlineFixture('edu-timeline', JSON.stringify(minimalLesson({ title: 'Inline' })), {
      ...VERTICAL,
      src: jsonUrl(minimalLesson({ title: 'From src' })),
    });
    expect(text(part(el, 'heading'))).to.equal('Inline');
    el.data = minimalLesson({ title: 'From data' });
    await el.updateComplete;
    expect(text(part(el, 'heading'))).to.equal('From data');
    await settle();
    expect(log.of('edu-load').map((e) => e.detail.lesson.title)).to.deep.equal(['Inline', 'From data']);
  });

  it('re-renders and fires edu-load again when data is replaced, and not on other updates', async () => {
    const log = new EventLog();
    const el = await timelineFrom(minimalLesson());
    await log.waitFor('edu-load');
    el.selected = 'first';
    el.hideTitle = true;
    await el.updateComplete;
    await settle();
    expect(log.count('edu-load'), 'edu-load is for data, not for other properties').to.equal(1);

    const next = {
      title: 'Another lesson',
      events: [
        { id: 'b', date: '1947-08-14', title: 'B' },
        { id: 'a', date: '1947', title: 'A' },
      ],
    };
    el.data = next;
    await log.waitFor('edu-load', 2);
    await el.updateComplete;
    expect(eventTitles(el)).to.deep.equal(['A', 'B']);
    expect(log.of('edu-load')[1].detail.lesson.title).to.equal('Another lesson');
    expect(log.count('edu-select')).to.equal(0);
  });
});

describe('<edu-timeline>: selecting an event', () => {
  let el: EduTimeline;
  let log: EventLog;
  let seed: Seed;
  beforeEach(async () => {
    seed = await loadSeed();
    log = new EventLog();
    el = await timelineFrom(seed);
    log.clear();
  });

  function expectSelected(id: string | null): void {
    const current = [...el.shadowRoot!.querySelectorAll('[part~="select"][aria-current="true"]')];
    const selectedParts = parts(el, 'selected');
    if (id === null) {
      expect(current.length).to.equal(0);
      expect(selectedParts.length).to.equal(0);
      expect(el.hasAttribute('selected')).to.equal(false);
      return;
    }
    const ev = seed.events.find((e) => e.id === id)!;
    expect(el.selected).to.equal(id);
    expect(el.getAttribute('selected'), 'reflected').to.equal(id);
    expect(current.length).to.equal(1);
    expect(text(current[0])).to.equal(ev.title);
    expect(selectedParts.length).to.equal(1);
    expect(selectedParts[0].getAttribute('part')!.split(' ')).to.include.members(['event', 'selected']);
    expect(text(part(el, 'title', selectedParts[0]))).to.equal(ev.title);
  }

  function expectOneSelect(id: string): void {
    const selects = log.of('edu-select');
    expect(selects.length).to.equal(1);
    expect(selects[0].detail.id).to.equal(id);
    expect(selects[0].detail.event.id).to.equal(id);
    expect(selects[0].detail.event.title).to.equal(seed.events.find((e) => e.id === id)!.title);
    expect(selects[0].bubbles && selects[0].composed, 'bubbles out of the shadow root').to.equal(true);
  }

  it('a click on the title selects it and fires edu-select once with { id, event }', async () => {
    expectSelected(null);
    selectButton(el, eventNamed(el, /ends its ceasefire/)).click();
    await el.updateComplete;
    expectSelected('ttp-ceasefire-ends');
    expectOneSelect('ttp-ceasefire-ends');
  });

  it('a click elsewhere on the event (its description) selects it too', async () => {
    const li = eventNamed(el, /Security Council/);
    (part(el, 'description', li)!.querySelector('p') as HTMLElement).click();
    await el.updateComplete;
    expectSelected('unsc-appeal');
    expectOneSelect('unsc-appeal');
  });

  it('Enter on the focused title button selects', async () => {
    const button = selectButton(el, eventNamed(el, /Kabul/));
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expectSelected('kabul-2021');
    expectOneSelect('kabul-2021');
  });

  it('Space on the focused title button selects', async () => {
    const button = selectButton(el, eventNamed(el, /60 percent/));
    button.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expectSelected('durrani-ttp-attacks');
    expectOneSelect('durrani-ttp-attacks');
  });

  it('Tab reaches the event buttons in date order', async () => {
    const buttons = eventItems(el).map((li) => selectButton(el, li));
    buttons[0].focus();
    await sendKeys({ press: 'Tab' });
    // Between two titles come the first event's glossary terms and citation links.
    const first = eventItems(el)[0].querySelectorAll<HTMLElement>('[part~="glossary-term"], [part~="citation"]');
    expect(el.shadowRoot!.activeElement === (first[0] ?? buttons[1])).to.equal(true);
  });

  it('setting selected from the page updates aria-current and fires no edu-select', async () => {
    el.selected = 'unsc-appeal';
    await el.updateComplete;
    expectSelected('unsc-appeal');
    el.setAttribute('selected', 'kabul-2021');
    await el.updateComplete;
    expectSelected('kabul-2021');
    el.selected = null;
    await el.updateComplete;
    expectSelected(null);
    await settle();
    expect(log.count('edu-select')).to.equal(0);
    expect(log.count('edu-load'), 'nor edu-load').to.equal(0);
  });

  it('selecting another event moves the selection', async () => {
    selectButton(el, eventNamed(el, /Kabul/)).click();
    await el.updateComplete;
    selectButton(el, eventNamed(el, /Security Council/)).click();
    await el.updateComplete;
    expectSelected('unsc-appeal');
    expect(log.of('edu-select').map((e) => e.detail.id)).to.deep.equal(['kabul-2021', 'unsc-appeal']);
  });

  it('a citation click focuses the source entry, keeps location.hash and selects nothing', async () => {
    const hash = location.hash;
    const href = location.href;
    const li = eventNamed(el, /Security Council/);
    const citation = parts<HTMLAnchorElement>(el, 'citation', li)[0];
    const id = seed.events.find((e) => e.id === 'unsc-appeal')!.sources![0];
    const n = seed.sources.findIndex((s) => s.id === id) + 1;
    citation.click();
    await el.updateComplete;
    const entry = parts(el, 'source')[n - 1];
    expect(el.shadowRoot!.activeElement).to.equal(entry);
    expect(text(entry.querySelector('cite'))).to.equal(seed.sources[n - 1].title);
    expect(location.hash).to.equal(hash);
    expect(location.href).to.equal(href);
    expect(el.selected).to.equal(null);
    await settle();
    expect(log.count('edu-select')).to.equal(0);
  });

  it('Enter on a focused citation does the same', async () => {
    const hash = location.hash;
    const citations = parts<HTMLAnchorElement>(el, 'citation', eventNamed(el, /Kabul/));
    const last = citations[citations.length - 1];
    last.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const n = Number(/\d+/.exec(text(last))![0]);
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'source')[n - 1]);
    expect(location.hash).to.equal(hash);
    expect(log.count('edu-select')).to.equal(0);
  });
});

describe('<edu-timeline>: text and addresses from the data are never markup', () => {
  const XSS = '<img src=x onerror="window.__xss=1">';

  afterEach(() => {
    delete (window as { __xss?: unknown }).__xss;
  });

  it('titles, descriptions, tags, eras and sources stay text', async () => {
    const el = await timelineFrom({
      title: XSS,
      events: [{ id: 'x', date: '2021', title: XSS, description: XSS, tags: [XSS], sources: ['s'] }],
      eras: [{ title: XSS, start: '2020', end: '2022' }],
      sources: [{ id: 's', title: XSS, publisher: XSS }],
    });
    const li = eventItems(el)[0];
    expect(part(el, 'heading')!.textContent).to.equal(XSS);
    // The template puts white space around the title inside the button; the title itself is one text node.
    expect(selectButton(el, li).textContent!.trim()).to.equal(XSS);
    expect(selectButton(el, li).children.length, 'no element inside the title button').to.equal(0);
    expect(part(el, 'description', li)!.textContent!.trim()).to.equal(XSS);
    expect(part(el, 'tag', li)!.textContent).to.equal(XSS);
    expect(text(part(el, 'era'))).to.contain(XSS);
    expect(part(el, 'source')!.querySelector('cite')!.textContent).to.equal(XSS);
    expect(el.shadowRoot!.querySelector('img'), 'no <img> in the shadow root').to.equal(null);
    expect(el.querySelector('img')).to.equal(null);
    await settle();
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
  });

  it('a javascript: media url never becomes a src; the event stays, the problem is named', async () => {
    const log = new EventLog();
    const el = await timelineFrom({
      title: 'T',
      events: [
        { id: 'm', date: '2021', title: 'Media', media: { url: 'javascript:alert(1)', alt: 'x' } },
        { id: 'n', date: '2022', title: 'Other', media: { url: ' JaVa\tScRiPt:alert(1)', alt: 'y' } },
      ],
    });
    expect(eventTitles(el)).to.deep.equal(['Media', 'Other']);
    expect(parts(el, 'media')).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(urlAttributes(el).filter((u) => /script:/i.test(u.replace(/\s/g, '')))).to.deep.equal([]);
    const alert = text(alertOf(el));
    expect(alert).to.contain('events[0].media.url');
    expect(alert).to.contain('not an http(s) address');
    await log.waitFor('edu-error');
    expect(log.of('edu-error')[0].detail.fatal).to.equal(false);
  });

  it('an http(s) image with its alt text is shown', async () => {
    const el = await timelineFrom({
      events: [
        { date: '2021', title: 'Map', media: { url: 'https://example.org/map.png', alt: 'A map', credit: 'Someone' } },
      ],
    });
    const img = part(el, 'media')!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://example.org/map.png');
    expect(img.getAttribute('alt')).to.equal('A map');
    expect(text(part(el, 'media'))).to.contain('Someone');
  });

  it('a javascript: source url is listed as text, never as a link', async () => {
    const log = new EventLog();
    const el = await timelineFrom({
      events: [{ id: 'e', date: '2021', title: 'E', sources: ['s1', 's2'] }],
      sources: [
        { id: 's1', title: 'Bad link', url: 'javascript:alert(1)' },
        { id: 's2', title: 'Good link', url: 'https://example.org/report' },
      ],
    });
    const [bad, good] = parts(el, 'source');
    expect(text(bad.querySelector('cite'))).to.equal('Bad link');
    expect(bad.querySelector('a')).to.equal(null);
    expect(good.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/report');
    expect(urlAttributes(el).filter((u) => /javascript:/i.test(u))).to.deep.equal([]);
    expect(text(alertOf(el))).to.contain('sources[0].url');
    await log.waitFor('edu-load');
    await settle();
    expect(log.count('edu-error'), 'a warning is not an error').to.equal(0);
    expect(log.of('edu-load')[0].detail.problems.map((p) => p.path)).to.deep.equal(['sources[0].url']);
  });
});

describe('<edu-timeline>: bad input', () => {
  interface Case {
    name: string;
    make: () => Promise<EduTimeline>;
    path: string;
    message: string | RegExp;
    /** Nothing could be shown. */
    fatal: boolean;
    /** Titles of the events still shown. */
    shown?: string[];
  }

  const okEvent = { id: 'ok', date: '2021', title: 'A good event' };
  const cases: Case[] = [
    {
      name: 'malformed inline JSON',
      make: () =>
        inlineFixture('edu-timeline', '{ "title": "T", "events": [ { "date": "2021", "title": "A" }, ] }', VERTICAL),
      path: '',
      message: /not valid JSON \(line 1, column \d+\)/,
      fatal: true,
    },
    {
      name: 'a src that answers 404',
      make: () =>
        fixture<EduTimeline>(html`<edu-timeline layout="vertical" src="/data/does-not-exist.json"></edu-timeline>`),
      path: 'src',
      message: /answered 404.*\/data\/does-not-exist\.json/,
      fatal: true,
    },
    {
      name: 'JSON that is an array (inline)',
      make: () => inlineFixture('edu-timeline', JSON.stringify([okEvent]), VERTICAL),
      path: '',
      message: 'must be a JSON object',
      fatal: true,
    },
    {
      name: 'JSON that is an array (data)',
      make: () => timelineFrom([okEvent]),
      path: '',
      message: 'must be a JSON object',
      fatal: true,
    },
    {
      name: 'an impossible date',
      make: () =>
        timelineFrom({
          title: 'T',
          events: [{ date: '2022-11-31', title: 'Bad day' }, okEvent, { date: '2022-11', title: 'November' }],
        }),
      path: 'events[0].date',
      message: '2022-11-31 does not exist',
      fatal: false,
      shown: ['A good event', 'November'],
    },
    {
      name: 'an event without a title',
      make: () => timelineFrom({ title: 'T', events: [{ date: '2020' }, okEvent] }),
      path: 'events[0].title',
      message: '"title" is missing',
      fatal: false,
      shown: ['A good event'],
    },
    {
      name: 'a lesson with only stats',
      make: () => timelineFrom({ title: 'Figures', stats: [{ value: 1524, label: 'deaths' }] }),
      path: '',
      message: 'no events',
      fatal: true,
    },
  ];

  for (const c of cases) {
    it(`${c.name}: an alert naming ${c.path || 'the file'}, one edu-error, no exception`, async () => {
      const page = catchPageErrors();
      const log = new EventLog();
      const el = await c.make();
      await log.waitFor('edu-error');
      await el.updateComplete;

      const alert = alertOf(el);
      expect(alert, 'a [role=alert][part~=error] panel').to.not.equal(null);
      expect(showsProblem(el, c.path, c.message), JSON.stringify(shownProblems(el))).to.equal(true);
      if (c.path) expect(text(alert)).to.contain(`${c.path}:`);
      expect(parts(el, 'error-fix').length, 'every problem says how to fix it').to.be.greaterThan(0);

      const { detail } = log.of('edu-error')[0];
      expect(detail.fatal).to.equal(c.fatal);
      const found = findProblem(detail.problems, c.path, c.message);
      expect(found, JSON.stringify(detail.problems)).to.not.equal(undefined);
      expect(found!.severity).to.equal('error');

      expect(eventTitles(el)).to.deep.equal(c.shown ?? []);
      if (c.fatal) expect(part(el, 'list')).to.equal(null);
      await settle();
      expect(log.count('edu-error')).to.equal(1);
      expect(log.count('edu-load')).to.equal(c.fatal ? 0 : 1);
      expect(page.errors).to.deep.equal([]);
    });
  }

  it('an impossible date: the message says where and that the day does not exist', async () => {
    const seed = await loadSeed();
    const log = new EventLog();
    const broken = { ...seed, events: [{ ...seed.events[0], date: '2022-11-31' }, ...seed.events.slice(1)] };
    const el = await timelineFrom(broken);
    await log.waitFor('edu-error');
    const title = seed.events[0].title.length > 40 ? `${seed.events[0].title.slice(0, 40)}…` : seed.events[0].title;
    expect(text(alertOf(el))).to.contain(
      `Event 1 ('${title}') events[0]: this event was left out events[0].date: the date 2022-11-31 does not exist`,
    );
    expect(eventTitles(el)).to.deep.equal(inDateOrder(seed.events.slice(1)).map((e) => e.title));
    expect(log.of('edu-load')[0].detail.problems.some((p) => p.path === 'events[0].date')).to.equal(true);
  });

  describe('every documented bad lesson (tests/helpers/bad-lessons.ts) shows its problem', () => {
    for (const bad of badLessons) {
      it(`${bad.name}: ${bad.path || 'the file'}, ${bad.severity === 'error' ? 'one edu-error' : 'no edu-error'}`, async () => {
        const page = catchPageErrors();
        const log = new EventLog();
        // Text goes inline, as a teacher pastes it; values go through `data`, except null, which as `data` means
        // "no data yet" (the element waits for it), so it goes inline as the JSON text `null`.
        const el =
          typeof bad.input === 'string' || bad.input === null
            ? await inlineFixture('edu-timeline', typeof bad.input === 'string' ? bad.input : 'null', VERTICAL)
            : await timelineFrom(bad.input);
        await settle();
        expect(showsProblem(el, bad.path, bad.message), JSON.stringify(shownProblems(el))).to.equal(true);
        expect(log.count('edu-error')).to.equal(bad.severity === 'error' ? 1 : 0);
        expect(log.count('edu-load'), 'edu-load when something could be shown').to.equal(
          bad.usable && hasEvents(bad.input) ? 1 : 0,
        );
        expect(page.errors).to.deep.equal([]);
      });
    }
  });

  it('fixing the data clears the panel', async () => {
    const el = await timelineFrom({ events: [{ date: '2022-11-31', title: 'Bad' }] });
    expect(alertOf(el)).to.not.equal(null);
    el.data = { events: [{ date: '2022-11-30', title: 'Good' }] };
    await el.updateComplete;
    expect(alertOf(el)).to.equal(null);
    expect(eventTitles(el)).to.deep.equal(['Good']);
  });
});

describe('<edu-timeline>: loading from src', () => {
  const realFetch = window.fetch;
  let calls: { url: string; signal?: AbortSignal; settled: Promise<unknown> }[];
  let release: () => void;

  /** Holds the first fetch until `release()` (or its abort), so "mid-flight" is certain, not a race. */
  function holdFirstFetch(): void {
    calls = [];
    const gate = new Promise<void>((resolve) => (release = resolve));
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const signal = init?.signal ?? undefined;
      const first = calls.length === 0;
      const response = first
        ? new Promise<Response>((resolve, reject) => {
            signal?.addEventListener('abort', () => reject(signal.reason));
            void gate.then(() => realFetch(input, init).then(resolve, reject));
          })
        : realFetch(input, init);
      calls.push({ url: String(input), signal, settled: response.catch(() => undefined) });
      return response;
    };
  }

  afterEach(() => {
    window.fetch = realFetch;
    release?.();
  });

  it('shows a loading status, marked busy, until the lesson arrives', async () => {
    holdFirstFetch();
    const log = new EventLog();
    const el = await fixture<EduTimeline>(html`<edu-timeline layout="vertical" src=${SEED_URL}></edu-timeline>`);
    expect(text(part(el, 'status'))).to.contain('Loading');
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    release();
    await log.waitFor('edu-load');
    await el.updateComplete;
    expect(part(el, 'status')).to.equal(null);
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('changing src mid-flight aborts the first load: only the second lesson is rendered, one edu-load', async () => {
    holdFirstFetch();
    const log = new EventLog();
    const el = await fixture<EduTimeline>(html`<edu-timeline layout="vertical" src=${SEED_URL}></edu-timeline>`);
    expect(calls.length).to.equal(1);
    const second = minimalLesson({ title: 'The second lesson' });
    el.src = jsonUrl(second);
    await log.waitFor('edu-load');
    expect(calls.length).to.equal(2);
    expect(calls[0].signal?.aborted, 'the first fetch was aborted').to.equal(true);

    // Even if the first answer arrived now, it must not replace the second lesson.
    release();
    await calls[0].settled;
    await settle();
    await el.updateComplete;
    expect(log.count('edu-load')).to.equal(1);
    expect(log.of('edu-load')[0].detail.lesson.title).to.equal('The second lesson');
    expect(log.count('edu-error')).to.equal(0);
    expect(text(part(el, 'heading'))).to.equal('The second lesson');
    expect(eventTitles(el)).to.deep.equal(second.events!.map((e) => e.title));
  });

  it('changing src mid-flight, with real network timing', async () => {
    const log = new EventLog();
    const el = await fixture<EduTimeline>(html`<edu-timeline layout="vertical" src=${SEED_URL}></edu-timeline>`);
    el.src = jsonUrl(minimalLesson({ title: 'Second' }));
    await log.waitFor('edu-load');
    // Give the first request every chance to land (it would be fetched and parsed by now).
    await fetch(SEED_URL);
    await settle();
    expect(log.of('edu-load').map((e) => e.detail.lesson.title)).to.deep.equal(['Second']);
    expect(text(part(el, 'heading'))).to.equal('Second');
  });

  // Guards a fixed bug: an aborted fetch's catch block once carried on after the element was removed,
  // firing edu-error and starting a second fetch on the detached element.
  it('removed before the fetch completes: fires nothing, throws nothing, fetches nothing more', async () => {
    holdFirstFetch();
    const page = catchPageErrors();
    const log = new EventLog();
    const el = await fixture<EduTimeline>(html`<edu-timeline layout="vertical" src=${SEED_URL}></edu-timeline>`);
    const onElement = new EventLog(el);
    expect(calls.length).to.equal(1);
    el.remove();
    expect(calls[0].signal?.aborted, 'the fetch was aborted').to.equal(true);
    release();
    await calls[0].settled;
    await settle();
    await el.updateComplete;
    await Promise.all(calls.map((c) => c.settled));
    await settle();
    expect(
      onElement.events.map((e) => e.type),
      'events on the removed element',
    ).to.deep.equal([]);
    expect(log.events.length).to.equal(0);
    expect(page.errors).to.deep.equal([]);
    expect(
      calls.map((c) => c.url),
      'no new request for a removed element',
    ).to.deep.equal([SEED_URL]);
  });

  it('loads again when a removed element is put back', async () => {
    holdFirstFetch();
    const log = new EventLog();
    const el = await fixture<EduTimeline>(html`<edu-timeline layout="vertical" src=${SEED_URL}></edu-timeline>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await log.waitFor('edu-load');
    await el.updateComplete;
    expect(eventItems(el).length).to.be.greaterThan(0);
  });
});

describe('<edu-timeline>: dates', () => {
  afterEach(async () => {
    await emulateTimezone(null);
  });

  it('a BCE year shows "501 BC" and has no <time datetime>', async () => {
    const el = await timelineFrom({
      events: [
        { id: 'persia', date: '-0500', title: 'Something in 501 BC' },
        { id: 'later', date: '0079', title: 'Vesuvius' },
      ],
    });
    const [bce, ce] = eventItems(el);
    expect(text(part(el, 'title', bce))).to.equal('Something in 501 BC');
    const date = part(el, 'date', bce)!;
    expect(text(date)).to.equal('501 BC');
    expect(date.localName).to.not.equal('time');
    expect(date.hasAttribute('datetime')).to.equal(false);
    expect(bce.querySelector('time, [datetime]')).to.equal(null);
    expect(part(el, 'date', ce)!.getAttribute('datetime')).to.equal('0079');
  });

  it('an end date shows as a range', async () => {
    const el = await timelineFrom({ events: [{ date: '2022-11', endDate: '2024-06', title: 'Range' }] });
    const date = part(el, 'date', eventItems(el)[0])!;
    expect(text(date)).to.equal('November 2022 – June 2024');
    expect(date.getAttribute('datetime')).to.equal('2022-11');
  });

  // The page's offset from UTC, for a date in March 2024, proves the emulation took effect.
  const zones = [
    { zone: 'Pacific/Honolulu', offset: 600, lang: 'en-US' },
    { zone: 'Pacific/Kiritimati', offset: -840, lang: 'en-us' },
  ];
  for (const { zone, offset, lang } of zones) {
    it(`dates do not move in ${zone}`, async () => {
      await emulateTimezone(zone);
      expect(new Date(2024, 2, 1).getTimezoneOffset()).to.equal(offset);
      // A `lang` of its own per zone: the date formatter caches by locale and date, and a cached string from
      // another zone would hide a shift.
      const el = await fixture<EduTimeline>(
        html`<edu-timeline
          layout="vertical"
          lang=${lang}
          .data=${
            {
              events: [
                { id: 'day', date: '2024-03-01', title: 'Day' },
                { id: 'month', date: '2024-03', title: 'Month' },
                { id: 'year', date: '2024', title: 'Year' },
              ],
            } satisfies LessonInput
          }
        ></edu-timeline>`,
      );
      const dates = Object.fromEntries(
        eventItems(el).map((li) => {
          const d = part(el, 'date', li)!;
          return [text(part(el, 'title', li)), [text(d), d.getAttribute('datetime')]];
        }),
      );
      expect(dates).to.deep.equal({
        Year: ['2024', '2024'],
        Month: ['March 2024', '2024-03'],
        Day: ['March 1, 2024', '2024-03-01'],
      });
    });
  }
});
