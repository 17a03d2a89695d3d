import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EduLesson } from '../../src/components/lesson/lesson.js';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';
import { loadStrings } from '../../src/i18n/strings.js';
import {
  alertOf,
  catchPageErrors,
  EventLog,
  expectWcag22TargetSize,
  loadSeed,
  minimalLesson,
  part,
  parts,
  SEED_URL,
  settle,
  shownProblems,
  showsProblem,
  text,
} from '../helpers/lesson.js';

type Seed = Awaited<ReturnType<typeof loadSeed>>;

/** The elements `<edu-lesson>` draws, by tag, from its shadow root. */
function inner<K extends 'edu-stat-grid' | 'edu-timeline' | 'edu-glossary' | 'edu-quiz'>(
  el: EduLesson,
  tag: K,
): HTMLElementTagNameMap[K] | null {
  return el.shadowRoot!.querySelector(tag);
}

/** Waits until the lesson and every part inside it have rendered their lesson. */
async function rendered(el: EduLesson): Promise<void> {
  await waitUntil(() => el.lesson !== null, 'the lesson loaded', { timeout: 5000 });
  await el.updateComplete;
  const children = [...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')]
    .filter((n) => n.localName.startsWith('edu-'))
    .map((n) => n as HTMLElement & { updateComplete: Promise<unknown>; lesson?: unknown });
  await waitUntil(() => children.every((c) => c.lesson !== null), 'every part has the lesson', { timeout: 5000 });
  await Promise.all(children.map((c) => c.updateComplete));
  const grid = inner(el, 'edu-stat-grid');
  if (grid) await Promise.all([...grid.shadowRoot!.querySelectorAll('edu-stat-card')].map((c) => c.updateComplete));
}

async function seedLesson(attributes = ''): Promise<EduLesson> {
  const el = await fixture<EduLesson>(
    html`<edu-lesson src=${SEED_URL} .hide=${attributes} layout="vertical"></edu-lesson>`,
  );
  await rendered(el);
  return el;
}

/** The headings of the lesson's own parts, as a reader's heading list shows them. */
function sectionHeadings(el: EduLesson): string[] {
  return parts(el, 'section-heading').map((h) => `${h.localName} ${text(h)}`);
}

describe('<edu-lesson>', function () {
  // axe on a whole lesson (five elements, a few hundred nodes) takes seconds on a busy machine.
  this.timeout(20_000);
  let seed: Seed;
  before(async () => {
    seed = await loadSeed();
  });
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is accessible as a whole lesson, with targets of at least 24 × 24 px (WCAG 2.2 AA)', async () => {
    const el = await seedLesson();
    await expect(el).to.be.accessible();
    await expectWcag22TargetSize(el);
  });

  it('shows the whole default lesson from one file: title, summary, figures, timeline, glossary, sources, quiz', async () => {
    const el = await seedLesson();
    expect(alertOf(el)).to.equal(null);
    const title = part(el, 'title')!;
    expect(title.localName).to.equal('h2');
    expect(text(title)).to.equal(seed.title);
    expect(text(part(el, 'summary'))).to.equal(seed.summary);
    expect(sectionHeadings(el)).to.deep.equal([
      'h3 Key figures',
      'h3 Timeline',
      'h3 Glossary',
      'h3 Sources',
      'h3 Check what you know',
    ]);
    // Each part is a landmark named by its heading.
    for (const section of parts(el, 'section')) {
      expect(section.localName).to.equal('section');
      const heading = section.querySelector('[part~="section-heading"]')!;
      expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
    }
    // Every part was given the lesson this element loaded.
    expect(inner(el, 'edu-stat-grid')!.shadowRoot!.querySelectorAll('edu-stat-card').length).to.equal(
      seed.stats.length,
    );
    expect(inner(el, 'edu-timeline')!.lesson!.events.length).to.equal(seed.events.length);
    expect(inner(el, 'edu-glossary')!.lesson!.glossary.length).to.equal(seed.glossary!.length);
    expect(inner(el, 'edu-quiz')!.lesson!.questions.length).to.equal(seed.questions!.length);
    // The sources, numbered, once: the timeline does not repeat them.
    const sources = parts(el, 'source');
    expect(sources.map((s) => s.id)).to.deep.equal(seed.sources!.map((s) => `source-${s.id}`));
    expect(sources[0].closest('ol')).to.not.equal(null);
    expect(parts(inner(el, 'edu-timeline')!, 'sources')).to.deep.equal([]);
  });

  it('loads the file once and fires edu-load once, for the whole lesson', async () => {
    const log = new EventLog();
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name.includes('pakistan-small-arms-2024.json')) requests.push(entry.name);
    });
    observer.observe({ type: 'resource', buffered: false });
    const el = await fixture<EduLesson>(html`<edu-lesson src=${`${SEED_URL}?once`}></edu-lesson>`);
    await rendered(el);
    await settle();
    observer.disconnect();
    expect(requests.length, 'one request for the lesson file').to.equal(1);
    expect(log.count('edu-load')).to.equal(1);
    expect(log.of('edu-load')[0].target).to.equal(el);
    expect(log.of('edu-load')[0].detail.lesson.questions.length).to.equal(seed.questions!.length);
    expect(log.count('edu-error')).to.equal(0);
  });

  it('draws its parts one per turn of the page, in reading order; edu-load and updateComplete wait for the last', async () => {
    const log = new EventLog();
    const el = document.createElement('edu-lesson');
    el.data = seed;
    document.body.append(el);
    try {
      const drawn = () => parts(el, 'section').map((s) => s.getAttribute('aria-labelledby'));
      const seen = new Set<string>();
      const watcher = new MutationObserver(() => seen.add(drawn().join(' ')));
      watcher.observe(el.shadowRoot!, { childList: true, subtree: true });
      // Lit renders in microtasks; no other task can run between them. The first render draws the figures' section
      // only, and the grid in it waits for a task of its own.
      for (let i = 0; i < 50; i++) await Promise.resolve();
      expect(drawn()).to.deep.equal(['stats-heading']);
      const grid = inner(el, 'edu-stat-grid')!;
      expect(grid.hasUpdated, 'the figures wait for a task of their own').to.equal(false);
      // Busy, with the status part (the space a page holds for the lesson) after what is drawn.
      const article = part(el, 'base')!;
      expect(article.getAttribute('aria-busy')).to.equal('true');
      expect(article.querySelector(':scope > div > :last-child')!.getAttribute('part')).to.equal('status');
      // Drawn before the timeline, yet told it is coming: the figures about its events have their "See on the
      // timeline" button at once (added later, they would push down everything below them).
      await grid.updateComplete;
      expect(inner(el, 'edu-timeline') === null, 'the timeline is not there yet').to.equal(true);
      const cards = [...grid.shadowRoot!.querySelectorAll('edu-stat-card')];
      const linked = seed.stats!.filter((s) => s.events?.length).length;
      expect(linked, 'the default lesson links figures to events').to.be.greaterThan(0);
      expect(cards.filter((c) => part(c, 'timeline-link')).length).to.equal(linked);
      expect(log.count('edu-load'), 'not loaded before every part is drawn').to.equal(0);
      // The timeline follows, below the figures, in a task of its own.
      await waitUntil(() => inner(el, 'edu-timeline'), 'the timeline comes next');
      const timeline = inner(el, 'edu-timeline')!;
      expect(drawn().slice(0, 2)).to.deep.equal(['stats-heading', 'timeline-heading']);
      await timeline.updateComplete;
      expect(parts(timeline, 'event').length, 'the timeline, a task later').to.be.above(0);
      await el.updateComplete;
      watcher.disconnect();
      expect(drawn()).to.deep.equal([
        'stats-heading',
        'timeline-heading',
        'glossary-heading',
        'sources-heading',
        'quiz-heading',
      ]);
      // Each part came in on its own: the shadow root went through every step.
      expect([...seen].filter((s) => s.startsWith('stats-heading')).length).to.be.at.least(3);
      await settle();
      expect(log.count('edu-load')).to.equal(1);
      expect(article.getAttribute('aria-busy'), 'no longer busy').to.equal('false');
      expect(part(el, 'status'), 'the held space is given back').to.equal(null);
      for (const tag of ['edu-stat-grid', 'edu-timeline', 'edu-glossary', 'edu-quiz'] as const) {
        expect(inner(el, tag)!.lesson, `${tag} has the lesson`).to.not.equal(null);
      }
    } finally {
      el.remove();
    }
  });

  it('printed before it has drawn every part, draws them all before the paper is laid out', async () => {
    const el = document.createElement('edu-lesson');
    el.data = seed;
    document.body.append(el);
    try {
      // Lit renders in microtasks: the first render draws the figures' section only, and the rest waits for turns.
      for (let i = 0; i < 50; i++) await Promise.resolve();
      expect(parts(el, 'section').length, 'only the first part so far').to.equal(1);
      // The browser lays the page out for paper once `beforeprint`'s handlers and the microtasks they start have run:
      // no task of the page's comes in between, so whatever waits for a turn would be missing from the handout.
      window.dispatchEvent(new Event('beforeprint'));
      const timeline = (): EduTimeline | null => inner(el, 'edu-timeline');
      const whole = (): boolean =>
        parts(el, 'section').length === 5 &&
        [...el.shadowRoot!.querySelectorAll<HTMLElement & { hasUpdated: boolean }>('[data-lesson-part]')].every(
          (p) => p.hasUpdated,
        ) &&
        parts(timeline()!, 'description').length === seed.events.filter((e) => e.description).length;
      for (let i = 0; i < 2000 && !(timeline() && whole()); i++) await Promise.resolve();
      expect(timeline() !== null && whole(), 'every part, with every description, within the print event').to.equal(
        true,
      );
      const cards = inner(el, 'edu-stat-grid')!.shadowRoot!.querySelectorAll('edu-stat-card');
      expect(cards.length).to.equal(seed.stats!.length);
      for (const card of cards) expect(part(card, 'value'), 'each figure drawn').to.not.equal(null);
      expect(part(inner(el, 'edu-quiz')!, 'answer-key'), 'the quiz with its answer key').to.not.equal(null);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      el.remove();
    }
  });

  it('never gives back the space a page holds for it while its parts are still being drawn', async () => {
    // The page holds the lesson's place while it loads, as the README says: content below it never moves up and
    // then back down while the lesson draws part after part.
    const style = document.createElement('style');
    style.textContent = 'edu-lesson::part(status) { display: block; min-height: 600px; }';
    document.head.append(style);
    const el = document.createElement('edu-lesson');
    el.src = SEED_URL;
    const heights: number[] = [];
    const watcher = new MutationObserver(() => heights.push(el.getBoundingClientRect().height));
    document.body.append(el);
    try {
      watcher.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
      await rendered(el);
      watcher.disconnect();
      expect(heights.length, 'the lesson was watched while it drew').to.be.above(3);
      expect(Math.min(...heights), `heights: ${heights.map(Math.round).join(', ')}`).to.be.at.least(600);
    } finally {
      watcher.disconnect();
      el.remove();
      style.remove();
    }
  });

  it("names the events on its figures' timeline buttons before the timeline has drawn them", async () => {
    const data = minimalLesson({
      stats: [{ id: 'count', value: 42, label: 'things counted', events: ['first', 'second'] }],
    });
    const el = document.createElement('edu-lesson');
    el.data = data;
    document.body.append(el);
    try {
      for (let i = 0; i < 50; i++) await Promise.resolve();
      await inner(el, 'edu-stat-grid')!.updateComplete;
      expect(inner(el, 'edu-timeline') === null, 'the timeline is not there yet').to.equal(true);
      const card = inner(el, 'edu-stat-grid')!.shadowRoot!.querySelector('edu-stat-card')!;
      expect(parts(card, 'timeline-link').map(text)).to.deep.equal([
        'See on the timeline: First thing',
        'See on the timeline: Second thing',
      ]);
    } finally {
      el.remove();
    }
  });

  it('lays out every part at its real height: the end of the page stays where a reader scrolls to', async () => {
    // Parts laid out only near the screen (content-visibility: auto) kept a guessed height until then: End, or the
    // scroll bar dragged to its end, landed mid-lesson and the page went on growing under the reader.
    const el = await seedLesson();
    const after = document.createElement('p');
    after.textContent = 'What the page has after the lesson';
    el.after(after);
    try {
      const height = document.documentElement.scrollHeight;
      expect(height, 'the lesson is longer than the window').to.be.above(window.innerHeight * 2);
      window.scrollTo(0, height);
      // Chromium laid a skipped part out some frames after it came on screen (about 300 ms here): give it 500 ms.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(document.documentElement.scrollHeight, 'the page does not grow once its end is on screen').to.equal(
        height,
      );
      expect(after.getBoundingClientRect().bottom, 'the end of the page is on screen').to.be.at.most(
        window.innerHeight,
      );
    } finally {
      after.remove();
      window.scrollTo(0, 0);
    }
  });

  it('keeps the parts it has drawn when one lesson replaces another (a live preview), updating them in place', async () => {
    const el = await fixture<EduLesson>(html`<edu-lesson .data=${seed} layout="vertical"></edu-lesson>`);
    await rendered(el);
    const timeline = inner(el, 'edu-timeline')!;
    const quiz = inner(el, 'edu-quiz')!;
    const edited = structuredClone(seed);
    edited.events![0].title = 'An edited title';
    el.data = edited;
    // Within the same turn: nothing is taken down and drawn again part by part.
    for (let i = 0; i < 50; i++) await Promise.resolve();
    expect(parts(el, 'section').length).to.equal(5);
    await el.updateComplete;
    expect(inner(el, 'edu-timeline') === timeline, 'the same timeline element').to.equal(true);
    expect(inner(el, 'edu-quiz') === quiz, 'the same quiz element').to.equal(true);
    await timeline.updateComplete;
    expect(text(timeline.shadowRoot!)).to.include('An edited title');
  });

  it('says which words of hide name no part, and what to write; reads Quiz as quiz', async () => {
    const log = new EventLog();
    const el = await seedLesson('Quiz glosary, timetable');
    await settle();
    // The page hears of them as it hears of the lesson's own: in edu-load (warnings fire no edu-error).
    expect(log.count('edu-load')).to.equal(1);
    expect(log.of('edu-load')[0].detail.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'hide: "glosary" is not a part of a lesson, so it hides nothing',
      'hide: "timetable" is not a part of a lesson, so it hides nothing',
    ]);
    expect(log.count('edu-error')).to.equal(0);
    expect(inner(el, 'edu-quiz') === null, 'Quiz hides the quiz').to.equal(true);
    expect(inner(el, 'edu-glossary') !== null, 'a misspelt part stays').to.equal(true);
    expect(showsProblem(el, 'hide', '"glosary" is not a part of a lesson, so it hides nothing')).to.equal(true);
    expect(shownProblems(el).find((p) => p.line.includes('"glosary"'))!.line).to.include('write "glossary"');
    expect(shownProblems(el).find((p) => p.line.includes('"timetable"'))!.line).to.include(
      'the parts are title, stats, timeline, glossary, sources, quiz',
    );
    expect(shownProblems(el).length).to.equal(2);
    el.hide = 'glossary';
    await el.updateComplete;
    expect(alertOf(el) === null, 'nothing to say once hide is right').to.equal(true);
    expect(inner(el, 'edu-glossary') === null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('hides the parts named in hide, and parts the lesson has nothing for', async () => {
    const el = await seedLesson('quiz glossary');
    expect(inner(el, 'edu-quiz')).to.equal(null);
    expect(inner(el, 'edu-glossary')).to.equal(null);
    expect(sectionHeadings(el)).to.deep.equal(['h3 Key figures', 'h3 Timeline', 'h3 Sources']);
    el.hide = 'title stats sources glossary quiz';
    await el.updateComplete;
    expect(part(el, 'title')).to.equal(null);
    expect(part(el, 'summary')).to.equal(null);
    // Without its title, the parts' headings move up a level; the timeline lists its own sources again.
    expect(sectionHeadings(el)).to.deep.equal(['h2 Timeline']);
    const timeline = inner(el, 'edu-timeline')!;
    await timeline.updateComplete;
    expect(timeline.hideSources).to.equal(false);

    const small = await fixture<EduLesson>(
      html`<edu-lesson .data=${minimalLesson({ stats: undefined, glossary: undefined })}></edu-lesson>`,
    );
    await rendered(small);
    expect(inner(small, 'edu-stat-grid')).to.equal(null);
    expect(inner(small, 'edu-glossary')).to.equal(null);
    expect(inner(small, 'edu-timeline')).to.not.equal(null);

    // Without the timeline, no figure offers "See on the timeline": no button leads nowhere.
    const noTimeline = await seedLesson('timeline');
    expect(inner(noTimeline, 'edu-timeline') === null).to.equal(true);
    const cards = [...inner(noTimeline, 'edu-stat-grid')!.shadowRoot!.querySelectorAll('edu-stat-card')];
    expect(cards.length).to.be.above(0);
    expect(cards.flatMap((c) => parts(c, 'timeline-link')).length).to.equal(0);
  });

  it('lists problems once, at the top, and shows everything that is valid', async () => {
    const log = new EventLog();
    const lesson = structuredClone(seed) as Record<string, unknown> & Seed;
    lesson.events[1] = { ...lesson.events[1], date: '2022-11-31' };
    lesson.questions![0] = { ...lesson.questions![0], answer: 'Never' };
    const el = await fixture<EduLesson>(html`<edu-lesson .data=${lesson}></edu-lesson>`);
    await rendered(el);
    const problems = shownProblems(el).filter((p) => !p.line.startsWith('this '));
    expect(problems.map((p) => p.path)).to.deep.equal(['events[1].date', 'questions[0].answer']);
    expect(problems[0].place).to.match(/^Event 2 \('The TTP ends its ceasefire/);
    expect(problems[1].place).to.match(/^Question 1 \('When did the TTP end/);
    for (const tag of ['edu-stat-grid', 'edu-timeline', 'edu-glossary', 'edu-quiz'] as const) {
      expect(alertOf(inner(el, tag)!), `no second panel in <${tag}>`).to.equal(null);
    }
    expect(inner(el, 'edu-timeline')!.lesson!.events.length).to.equal(seed.events.length - 1);
    expect(inner(el, 'edu-quiz')!.lesson!.questions.length).to.equal(seed.questions!.length - 1);
    await settle();
    expect(log.count('edu-error')).to.equal(1);
    expect(log.of('edu-error')[0].target).to.equal(el);
    expect(log.of('edu-error')[0].detail.fatal).to.equal(false);
  });

  it('says why nothing is shown when the file cannot be loaded, and never throws', async () => {
    const errors = catchPageErrors();
    const log = new EventLog();
    const el = await fixture<EduLesson>(html`<edu-lesson src="/data/no-such-lesson.json"></edu-lesson>`);
    await log.waitFor('edu-error');
    await el.updateComplete;
    expect(alertOf(el)).to.not.equal(null);
    expect(text(alertOf(el))).to.include('404');
    expect(log.of('edu-error')[0].detail.fatal).to.equal(true);
    expect(parts(el, 'section')).to.deep.equal([]);
    expect(errors.errors).to.deep.equal([]);
  });

  it('says so, never a blank box, when the lesson has nothing it can draw (eras only)', async () => {
    const log = new EventLog();
    const el = await fixture<EduLesson>(
      html`<edu-lesson
        .data=${{ title: 'Only eras', eras: [{ title: 'After the ceasefire', start: '2022-11', end: '2024-06' }] }}
      ></edu-lesson>`,
    );
    await log.waitFor('edu-error');
    await el.updateComplete;
    expect(shownProblems(el).map((p) => p.line)).to.deep.equal([
      'nothing in the lesson can be shown: it has no events, stats, glossary entries or questions; add "events" with a "date" and a "title", or "stats", a "glossary" or "questions"',
    ]);
    expect(log.of('edu-error')[0].detail.fatal).to.equal(true);
    expect(parts(el, 'section')).to.deep.equal([]);
  });

  it('moves focus from an event citation and a figure citation to the numbered source', async () => {
    const el = await seedLesson();
    const timeline = inner(el, 'edu-timeline')!;
    const citation = parts(timeline, 'citation').find((c) => c.dataset.source === 'crss-2023')!;
    expect(citation, 'a citation of the CRSS report in the timeline').to.not.equal(undefined);
    const crss = seed.sources!.findIndex((s) => s.id === 'crss-2023') + 1;
    expect(text(citation)).to.equal(`[${crss}]`);
    citation.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('source-crss-2023');
    // The figures cite by number as well, to the same list.
    const card = inner(el, 'edu-stat-grid')!.shadowRoot!.querySelector('edu-stat-card')!;
    const cardCitation = part(card, 'citation')!;
    expect(text(cardCitation)).to.equal(`[${crss}]`);
    expect(cardCitation.getAttribute('aria-label')).to.include('Annual security report 2023');
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    cardCitation.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('source-crss-2023');
    expect(location.hash).to.equal('');
  });

  it("links the figures and the quiz to the lesson's own timeline", async () => {
    const el = await seedLesson();
    const timeline = inner(el, 'edu-timeline')! as EduTimeline;
    const card = inner(el, 'edu-stat-grid')!.shadowRoot!.querySelector('edu-stat-card')!;
    await waitUntil(() => part(card, 'timeline-link') !== null, 'a "See on the timeline" button');
    part(card, 'timeline-link')!.click();
    await timeline.updateComplete;
    expect(timeline.selected).to.equal('crss-report-2023');
    expect(inner(el, 'edu-quiz')!.for).to.equal(timeline.id);
  });

  it('passes the timeline’s edu-select on to the page, from the lesson', async () => {
    const log = new EventLog();
    const el = await seedLesson();
    const timeline = inner(el, 'edu-timeline')!;
    const button = parts(timeline, 'select')[1];
    button.click();
    await log.waitFor('edu-select');
    expect(log.of('edu-select')[0].target).to.equal(el);
    expect(log.of('edu-select')[0].detail.event.id).to.equal(timeline.lesson!.events[1].id);
  });

  it('speaks Urdu right to left when told to (its own lang wins over the lesson’s): its words in Urdu, the lesson as written', async () => {
    const ur = await loadStrings('ur');
    const el = await fixture<EduLesson>(
      html`<div dir="rtl"><edu-lesson lang="ur" src=${SEED_URL} layout="vertical"></edu-lesson></div>`,
    ).then((wrapper) => wrapper.querySelector('edu-lesson')!);
    await rendered(el);
    await waitUntil(() => sectionHeadings(el).includes(`h3 ${ur.glossaryHeading}`), 'Urdu headings');
    expect(sectionHeadings(el)).to.deep.equal(
      [ur.statsLabel, ur.timelineLabel, ur.glossaryHeading, ur.sources, ur.quizHeading].map((h) => `h3 ${h}`),
    );
    // Every part inside speaks Urdu too, dates included.
    const quiz = inner(el, 'edu-quiz')!;
    await waitUntil(() => quiz.shadowRoot!.textContent!.includes(ur.quizCheckOrder), 'the quiz in Urdu');
    const date = part(inner(el, 'edu-timeline')!, 'date', parts(inner(el, 'edu-timeline')!, 'event')[1])!;
    expect(text(date)).to.equal(
      new Intl.DateTimeFormat('ur', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2022, 10)),
    );
    // The cards too: their buttons in Urdu, their figures in Urdu digits, their labels marked as English.
    const card = inner(el, 'edu-stat-grid')!.shadowRoot!.querySelector('edu-stat-card')!;
    await waitUntil(() => text(part(card, 'timeline-link')) === ur.seeOnTimeline, 'the card in Urdu');
    expect(text(part(card, 'value'))).to.equal(new Intl.NumberFormat('ur-u-nu-arabext').format(1524));
    expect(part(card, 'label')!.getAttribute('lang')).to.equal('en');
    // The lesson's own text stays English, and says so.
    expect(text(part(el, 'title'))).to.equal(seed.title);
    expect(part(el, 'title')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('in the dark theme, its parts and their cards add no margin of their own around the lesson’s', async () => {
    const el = await fixture<EduLesson>(html`<edu-lesson theme="dark" src=${SEED_URL} layout="vertical"></edu-lesson>`);
    await rendered(el);
    const own = getComputedStyle(el);
    expect(own.paddingTop, 'the lesson itself keeps its margin on a light page').to.equal('8px');
    expect(own.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    const grid = inner(el, 'edu-stat-grid')!;
    const nested = [
      grid,
      inner(el, 'edu-timeline')!,
      inner(el, 'edu-glossary')!,
      inner(el, 'edu-quiz')!,
      ...grid.shadowRoot!.querySelectorAll('edu-stat-card'),
    ];
    for (const part of nested) {
      const style = getComputedStyle(part);
      // The same background, painted again (invisible, and what a contrast checker finds first).
      expect([part.localName, style.paddingTop, style.paddingLeft, style.backgroundColor]).to.deep.equal([
        part.localName,
        '0px',
        '0px',
        own.backgroundColor,
      ]);
    }
    // The same card alone still paints its own.
    const card = await fixture(html`<edu-stat-card theme="dark" value="5" label="attacks"></edu-stat-card>`);
    expect(getComputedStyle(card).paddingTop).to.equal('8px');
  });

  it('prints a handout: every part, the timeline as a list with every description, the answer key last', async () => {
    const el = await fixture<EduLesson>(html`<edu-lesson src=${SEED_URL} print-answers></edu-lesson>`);
    await rendered(el);
    await setViewport({ width: 1200, height: 800 });
    await emulateMedia({ media: 'print' });
    const timeline = inner(el, 'edu-timeline')!;
    await waitUntil(() => parts(timeline, 'description').length === seed.events.length, 'every description');
    for (const description of parts(timeline, 'description')) {
      expect(description.getClientRects().length, 'each description is laid out').to.be.above(0);
    }
    for (const section of parts(el, 'section')) expect(getComputedStyle(section).display).to.not.equal('none');
    // No button of the screen in the handout.
    const quiz = inner(el, 'edu-quiz')!;
    for (const button of quiz.shadowRoot!.querySelectorAll('button')) {
      expect(button.getClientRects().length, text(button)).to.equal(0);
    }
    const key = part(quiz, 'answer-key')!;
    expect(getComputedStyle(key).display).to.not.equal('none');
    expect(getComputedStyle(key).breakBefore).to.equal('page');
    // The key is the last thing in the lesson.
    expect(el.shadowRoot!.querySelector('[part~="section"]:last-of-type edu-quiz')).to.equal(quiz);
  });
});
