/**
 * Nothing from data ever runs (issue #4, point 6). Every payload of tests/helpers/xss-payloads.ts goes into every
 * text and URL field of every format a lesson can come in: a lesson object (`data`), lesson JSON text (inline), a
 * TimelineJS3 file, a spreadsheet with our columns, a spreadsheet in the TimelineJS template, `<edu-event>` and
 * `<edu-stat-card>` children, and a lone `<edu-stat-card>`'s attributes and properties. Item `i` of each lesson
 * carries payload `i` in all its fields. Each payload would call `__xss(i)`; the tests assert the spy was never
 * called, and walk every shadow root to assert that no active markup got in: no script-like element, no `on*`
 * attribute, no link or image with a scheme other than http(s) (or mailto for links).
 */
import { aTimeout, expect, fixture, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { EduStatCard } from '../../src/components/stat-card/stat-card.js';
import type { EduStatGrid } from '../../src/components/stat-grid/stat-grid.js';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';
import { catchPageErrors, EventLog, parts, settle, text } from '../helpers/lesson.js';
import { PAYLOADS, payloadText } from '../helpers/xss-payloads.js';

declare global {
  interface Window {
    __xss?: (n?: number) => void;
  }
}

const N = PAYLOADS.length;
const indexes = [...Array(N).keys()];
const calls: unknown[] = [];

before(() => {
  window.__xss = (n?: number) => void calls.push(n);
});
beforeEach(() => {
  calls.length = 0;
});

/* ---------- the lessons, one item per payload ---------- */

const P = payloadText;
/** A date that sorts item i after item i-1, so the order on screen is the payload order. */
const dateOf = (i: number): string => `${1900 + i}-01`;

function jsonLesson(): Record<string, unknown> {
  return {
    id: 'xss',
    title: P(0),
    summary: P(1),
    sources: indexes.map((i) => ({
      id: `s${i}`,
      title: P(i),
      publisher: P(i),
      url: P(i),
      date: P(i),
    })),
    events: indexes.map((i) => ({
      id: `e${i}`,
      date: dateOf(i),
      displayDate: P(i),
      title: P(i),
      description: P(i),
      tags: [P(i)],
      sources: [`s${i}`],
      media: { url: P(i), alt: P(i), caption: P(i), credit: P(i) },
    })),
    eras: indexes.map((i) => ({ id: `era${i}`, title: P(i), start: dateOf(i), end: dateOf(i) })),
    stats: indexes.map((i) => ({
      id: `st${i}`,
      value: i,
      label: P(i),
      unit: P(i),
      period: P(i),
      context: P(i),
      region: P(i),
      sources: [`s${i}`],
    })),
    glossary: indexes.map((i) => ({ term: P(i), expansion: P(i), definition: P(i) })),
  };
}

/** An event whose URL fields hold the payload but whose media is a real image, so media alt/caption render too. */
function timelineJsFile(): Record<string, unknown> {
  const date = (i: number) => ({ year: 1900 + i, month: 1, display_date: P(i) });
  return {
    title: { text: { headline: P(0), text: P(1) }, media: { url: P(2), caption: P(2), credit: P(2) } },
    events: indexes.map((i) => ({
      unique_id: `e${i}`,
      start_date: date(i),
      end_date: date(i),
      display_date: P(i),
      text: { headline: P(i), text: P(i) },
      media: { url: P(i), caption: P(i), credit: P(i), alt: P(i), title: P(i), link: P(i), thumbnail: P(i) },
      group: P(i),
      background: { url: P(i), color: P(i) },
    })),
    eras: indexes.map((i) => ({ start_date: date(i), end_date: date(i), text: { headline: P(i), text: P(i) } })),
  };
}

/** One CSV cell, quoted as a spreadsheet would (payloads hold commas, quotes and newlines). */
const cell = (value: string): string => `"${value.replaceAll('"', '""')}"`;
const csv = (header: string[], rows: string[][]): string =>
  [header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n');

function ownCsv(): string {
  const header = [
    'type',
    'id',
    'date',
    'endDate',
    'displayDate',
    'title',
    'description',
    'tags',
    'sources',
    'media',
    'mediaAlt',
    'mediaCaption',
    'mediaCredit',
    'value',
    'label',
    'unit',
    'period',
    'context',
    'region',
    'publisher',
    'url',
    'term',
    'expansion',
    'definition',
  ];
  const rows: string[][] = [];
  const row = (values: Record<string, string>) => rows.push(header.map((h) => values[h] ?? ''));
  row({ type: 'title', title: P(0), description: P(1) });
  for (const i of indexes) {
    row({ type: 'source', id: `s${i}`, title: P(i), publisher: P(i), url: P(i), date: P(i) });
    row({
      type: 'event',
      id: `e${i}`,
      date: dateOf(i),
      displayDate: P(i),
      title: P(i),
      description: P(i),
      tags: P(i).replaceAll(/[;,]/g, ' '),
      sources: `s${i}`,
      media: P(i),
      mediaAlt: P(i),
      mediaCaption: P(i),
      mediaCredit: P(i),
    });
    row({ type: 'era', id: `era${i}`, title: P(i), date: dateOf(i), endDate: dateOf(i) });
    row({
      type: 'stat',
      id: `st${i}`,
      value: String(i),
      label: P(i),
      unit: P(i),
      period: P(i),
      context: P(i),
      region: P(i),
      sources: `s${i}`,
    });
    row({ type: 'glossary', term: P(i), expansion: P(i), definition: P(i) });
  }
  return csv(header, rows);
}

function templateCsv(): string {
  const header = [
    'Year',
    'Month',
    'Day',
    'Time',
    'End Year',
    'End Month',
    'End Day',
    'End Time',
    'Display Date',
    'Headline',
    'Text',
    'Media',
    'Media Credit',
    'Media Caption',
    'Media Thumbnail',
    'Alt Text',
    'Type',
    'Group',
    'Background',
  ];
  const rows: string[][] = [
    ['', '', '', '', '', '', '', '', '', P(0), P(1), P(2), P(2), P(2), '', P(2), 'title', '', ''],
  ];
  for (const i of indexes) {
    const y = String(1900 + i);
    rows.push([y, '1', '', '', y, '2', '', '', P(i), P(i), P(i), P(i), P(i), P(i), P(i), P(i), '', P(i), P(i)]);
    rows.push([y, '', '', '', y, '', '', '', '', P(i), P(i), '', '', '', '', '', 'era', '', '']);
  }
  return csv(header, rows);
}

/* ---------- checks ---------- */

const ALLOWED_LINK = /^(https?:|mailto:)/i;
const ALLOWED_MEDIA = /^https?:/i;
const ACTIVE =
  'script, iframe, frame, object, embed, base, meta, link, style, form, math, svg:not([aria-hidden]) script, animate, set, template, noscript';

/** Every element in `el`'s shadow root and in the shadow roots inside it. */
function shadowElements(el: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ShadowRoot) => {
    for (const node of root.querySelectorAll('*')) {
      found.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return found;
}

/** What in the rendered DOM could run code: script-like elements, `on*` attributes, unsafe link and media URLs. */
function activeMarkup(el: Element): string[] {
  const bad: string[] = [];
  for (const node of shadowElements(el)) {
    if (node.matches(ACTIVE)) bad.push(`<${node.localName}> element`);
    for (const attr of node.attributes) {
      if (/^on/i.test(attr.name)) bad.push(`${attr.name} on <${node.localName}>`);
      if (/^(src|srcset|action|formaction|data|xlink:href|poster|background)$/i.test(attr.name)) {
        if (!(node.localName === 'img' && attr.name === 'src' && ALLOWED_MEDIA.test(attr.value))) {
          bad.push(`${attr.name}="${attr.value.slice(0, 60)}" on <${node.localName}>`);
        }
      }
      if (attr.name === 'href' && !attr.value.startsWith('#') && !ALLOWED_LINK.test(attr.value)) {
        bad.push(`href="${attr.value.slice(0, 60)}" on <${node.localName}>`);
      }
      if (attr.name === 'style' && /url\(|expression/i.test(attr.value))
        bad.push(`style with url() on <${node.localName}>`);
    }
  }
  return bad;
}

/** Gives anything a payload could have set off its chance: image errors, focus, timers, animation frames. */
async function letPayloadsFire(el: Element): Promise<void> {
  await settle();
  // Lazy images out of view never load; the others get until they load or fail (or 500 ms) to fire anything.
  const images = shadowElements(el).filter(
    (n): n is HTMLImageElement => n instanceof HTMLImageElement && n.loading !== 'lazy',
  );
  await Promise.race([Promise.all(images.map((img) => img.decode().catch(() => undefined))), aTimeout(500)]);
  await nextFrame();
  await aTimeout(30);
}

async function expectInert(el: Element, what: string): Promise<void> {
  await letPayloadsFire(el);
  expect(calls, `${what}: payloads that ran`).to.deep.equal([]);
  expect(activeMarkup(el), `${what}: active markup in the DOM`).to.deep.equal([]);
}

async function place<T extends Element>(el: T): Promise<T> {
  const placed = await fixture<T>(el);
  await (placed as unknown as EduTimeline).updateComplete;
  return placed;
}

function timelineEl(layout: string): EduTimeline {
  const el = document.createElement('edu-timeline');
  el.setAttribute('layout', layout);
  return el;
}

/** Renders the lesson in both layouts (opening every event's details on the axis) and in a stat grid. */
async function renderEverywhere(
  what: string,
  give: (el: EduTimeline | EduStatGrid) => void,
  expectShown: (el: EduTimeline) => void,
): Promise<void> {
  const page = catchPageErrors();
  for (const layout of ['vertical', 'horizontal']) {
    const log = new EventLog();
    const el = timelineEl(layout);
    give(el);
    const placed = await place(el);
    await log.waitFor('edu-load', 1, 10_000);
    await placed.updateComplete;
    // Every payload's event is accounted for, shown or left out with a message (a TimelineJS headline that is only
    // markup reduces to no title): a format that silently dropped them would pass the checks below for nothing.
    const leftOut = log
      .of('edu-load')[0]
      .detail.problems.filter((p) => /^events\[\d+\]$/.test(p.path) && p.message === 'this event was left out');
    expect(placed.lesson!.events.length + leftOut.length, `${what}: one event per payload`).to.equal(N);
    expect(placed.lesson!.events.length, `${what}: most payloads shown`).to.be.above(N / 2);
    if (layout === 'vertical') expectShown(placed);
    else {
      for (const ev of placed.lesson!.events) {
        placed.selected = ev.id;
        await placed.updateComplete;
      }
    }
    await expectInert(placed, `${what}, ${layout} timeline`);
  }
  const grid = document.createElement('edu-stat-grid');
  give(grid);
  const log = new EventLog();
  const placedGrid = await place(grid);
  // A TimelineJS file has no stats: the grid then says so (edu-error) instead of loading.
  await waitUntil(() => log.count('edu-load') + log.count('edu-error') > 0, 'the grid loaded', { timeout: 10_000 });
  await expectInert(placedGrid, `${what}, stat grid`);
  expect(page.errors, `${what}: page errors`).to.deep.equal([]);
}

/** The vertical list shows the payloads as text: each event's title is its payload, whitespace collapsed. */
function titlesArePayloads(el: EduTimeline): void {
  const shown = parts(el, 'title').map((t) => text(t));
  const expected = indexes.map((i) => P(i).replace(/\s+/g, ' ').trim());
  for (const i of indexes) {
    if (expected[i]) expect(shown, `payload ${i} shown as text`).to.include(expected[i]);
  }
}

function inlineScript(el: Element, type: string, content: string): void {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = content;
  el.append(script);
}

function blobUrl(content: string, type: string): string {
  return URL.createObjectURL(new Blob([content], { type }));
}

describe(`XSS: ${N} payloads in every field of every format never run`, function () {
  this.timeout(60_000);

  it(`there are at least 60 payloads (${N})`, () => {
    expect(N).to.be.at.least(60);
  });

  it('a lesson object set as the data property', async () => {
    await renderEverywhere('data property', (el) => (el.data = jsonLesson()), titlesArePayloads);
  });

  it('lesson JSON text in an inline <script type="application/json">', async () => {
    const json = JSON.stringify(jsonLesson());
    await renderEverywhere('inline JSON', (el) => inlineScript(el, 'application/json', json), titlesArePayloads);
  });

  it('a lesson JSON file loaded from src', async () => {
    const url = blobUrl(JSON.stringify(jsonLesson()), 'application/json');
    await renderEverywhere('JSON from src', (el) => el.setAttribute('src', url), titlesArePayloads);
  });

  it('a TimelineJS3 file, as data and from src', async () => {
    const file = timelineJsFile();
    await renderEverywhere(
      'TimelineJS data',
      (el) => (el.data = file),
      () => undefined,
    );
    const url = blobUrl(JSON.stringify(file), 'application/json');
    await renderEverywhere(
      'TimelineJS from src',
      (el) => el.setAttribute('src', url),
      () => undefined,
    );
  });

  it('a spreadsheet (CSV) with our columns, inline and from src', async () => {
    const content = ownCsv();
    await renderEverywhere('our CSV inline', (el) => inlineScript(el, 'text/csv', content), titlesArePayloads);
    const url = blobUrl(content, 'text/csv');
    await renderEverywhere('our CSV from src', (el) => el.setAttribute('src', url), titlesArePayloads);
  });

  it('a spreadsheet (CSV) in the TimelineJS template', async () => {
    const url = blobUrl(templateCsv(), 'text/csv');
    await renderEverywhere(
      'TimelineJS template CSV',
      (el) => el.setAttribute('src', url),
      () => undefined,
    );
  });

  it('<edu-event> children: payloads in every attribute and as the title and description text', async () => {
    const add = (el: Element) => {
      for (const i of indexes) {
        const ev = document.createElement('edu-event');
        ev.setAttribute('date', dateOf(i));
        for (const name of ['display-date', 'tags', 'id', 'end-date']) ev.setAttribute(name, P(i));
        ev.setAttribute('end-date', dateOf(i));
        const h = document.createElement('h3');
        h.textContent = P(i);
        const p = document.createElement('p');
        p.textContent = P(i);
        const a = document.createElement('a');
        a.setAttribute('href', P(i));
        a.textContent = P(i);
        const img = document.createElement('img');
        // Not the payload itself: a live <img> in the page would load it before the timeline ever sees it.
        img.setAttribute('alt', P(i));
        ev.append(h, p, a, img);
        el.append(ev);
      }
    };
    await renderEverywhere('<edu-event> children', add, titlesArePayloads);
  });

  it('<edu-stat-card> children of a grid, and lone cards by attribute and by property', async () => {
    const page = catchPageErrors();
    const grid = document.createElement('edu-stat-grid');
    for (const i of indexes) {
      const card = document.createElement('edu-stat-card');
      for (const name of ['label', 'unit', 'period', 'context', 'region', 'format', 'qualifier', 'id'])
        card.setAttribute(name, P(i));
      card.setAttribute('value', String(i));
      grid.append(card);
    }
    await expectInert(await place(grid), 'stat-card children');

    const wrapper = document.createElement('div');
    for (const i of indexes) {
      const card = document.createElement('edu-stat-card');
      for (const name of ['label', 'unit', 'period', 'context', 'region', 'source']) card.setAttribute(name, P(i));
      card.setAttribute('value', P(i));
      wrapper.append(card);
      const byProperty = document.createElement('edu-stat-card');
      byProperty.stat = {
        value: i,
        label: P(i),
        unit: P(i),
        period: P(i),
        context: P(i),
        region: P(i),
        sources: ['s'],
      };
      byProperty.sources = [{ id: 's', title: P(i), publisher: P(i), url: P(i) }];
      wrapper.append(byProperty);
    }
    const placed = await fixture<HTMLDivElement>(wrapper);
    await Promise.all([...placed.querySelectorAll<EduStatCard>('edu-stat-card')].map((c) => c.updateComplete));
    for (const card of placed.querySelectorAll('edu-stat-card')) await expectInert(card, 'lone stat card');
    expect(page.errors).to.deep.equal([]);
  });

  it('the whole lesson: glossary terms opened, questions answered and checked, answers shown', async () => {
    const page = catchPageErrors();
    const log = new EventLog();
    const lesson = {
      ...jsonLesson(),
      id: 'xss-lesson',
      // Plain words as terms too, so that terms are really found in the payload descriptions and opened.
      glossary: [
        ...indexes.map((i) => ({ term: P(i), expansion: P(i), definition: P(i) })),
        { term: 'script', expansion: P(0), definition: P(1) },
        { term: 'alert', expansion: P(2), definition: P(3) },
      ],
      questions: indexes.map((i) => ({
        id: `q${i}`,
        prompt: P(i),
        choices: [P(i), `${P(i)} (2)`],
        answer: P(i),
        explanation: P(i),
        event: `e${i}`,
      })),
    };
    const el = document.createElement('edu-lesson');
    el.setAttribute('layout', 'vertical');
    el.data = lesson;
    const placed = await place(el);
    await log.waitFor('edu-load', 1, 10_000);
    const inner = <T extends Element>(tag: string) =>
      placed.shadowRoot!.querySelector(tag) as T & {
        updateComplete: Promise<unknown>;
      };
    const timeline = inner<EduTimeline>('edu-timeline');
    const quiz = inner<HTMLElement>('edu-quiz');
    await waitUntil(() => quiz.shadowRoot?.querySelector('[part~="question"]'), 'the quiz drawn', { timeout: 10_000 });
    // Most payloads are shown as questions (a prompt that is only markup is still text: none may be dropped).
    expect(quiz.shadowRoot!.querySelectorAll('[part~="question"]').length).to.equal(N);
    const terms = [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('[part~="glossary-term"]')];
    expect(terms.length, 'terms found in the payloads').to.be.above(0);
    for (const term of terms) {
      term.click();
      await waitUntil(() => term.getAttribute('aria-expanded') === 'true');
    }
    for (const radio of quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.click();
    for (const name of ['order', 'choice']) {
      quiz.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"] [part~="button"]`)!.click();
      await quiz.updateComplete;
    }
    const show = [...quiz.shadowRoot!.querySelectorAll<HTMLElement>('[part~="button"]')].find(
      (b) => text(b) === 'Show answers',
    );
    show?.click();
    await quiz.updateComplete;
    expect(quiz.shadowRoot!.querySelectorAll('[part~="explanation"]').length).to.be.above(0);
    await expectInert(placed, 'whole lesson');
    expect(page.errors).to.deep.equal([]);
  });

  it('a lesson file cannot pollute prototypes (__proto__, constructor, prototype keys)', async () => {
    const json = `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},
      "events":[{"date":"2021","title":"A","__proto__":{"polluted":true},"tags":["__proto__"]}],
      "stats":[{"value":1,"label":"x","constructor":{"prototype":{"polluted":true}}}]}`;
    const el = timelineEl('vertical');
    inlineScript(el, 'application/json', json);
    const placed = await place(el);
    await settle();
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
    expect(placed.lesson!.events[0].title).to.equal('A');
  });
});
