import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { EduStatCard } from '../../src/components/stat-card/stat-card.js';
import type { EduStatGrid } from '../../src/components/stat-grid/stat-grid.js';
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
  SEED_URL,
  settle,
  shownProblems,
  showsProblem,
  text,
  findProblem,
} from '../helpers/lesson.js';

type Seed = Awaited<ReturnType<typeof loadSeed>>;

/** The concrete figures of the default lesson, in file order, as the article gives them. */
const SEED_VALUES = ['1,524', '1,463', '789', 'over 90%', '84%', '+60%'];

function cards(el: EduStatGrid): EduStatCard[] {
  return [...el.shadowRoot!.querySelectorAll('edu-stat-card')];
}

/** Waits until every card inside has rendered: they are elements of their own, updated after the grid. */
async function cardsRendered(el: EduStatGrid): Promise<EduStatCard[]> {
  await el.updateComplete;
  const list = cards(el);
  await Promise.all(list.map((c) => c.updateComplete));
  return list;
}

/** Each card's value, label and source line, read through its own shadow root. */
function cardTexts(el: EduStatGrid): { value: string; label: string; source: string }[] {
  return cards(el).map((card) => ({
    value: text(part(card, 'value')),
    label: text(part(card, 'label')),
    source: text(part(card, 'source')),
  }));
}

async function expectSeedRendered(el: EduStatGrid, seed: Seed): Promise<void> {
  await cardsRendered(el);
  expect(alertOf(el)).to.equal(null);
  const grid = part(el, 'grid')!;
  expect(grid.localName).to.equal('ul');
  const items = [...grid.children];
  expect(items.length).to.equal(seed.stats.length);
  for (const li of items) {
    expect(li.localName).to.equal('li');
    expect(li.querySelectorAll(':scope > edu-stat-card').length, 'one card per list item').to.equal(1);
  }
  const shown = cardTexts(el);
  expect(shown.map((c) => c.value)).to.deep.equal(SEED_VALUES);
  expect(shown.map((c) => c.label)).to.deep.equal(seed.stats.map((s) => s.label));
  seed.stats.forEach((stat, i) => {
    const card = cards(el)[i];
    expect(text(part(card, 'period')), `period of ${stat.id}`).to.equal(stat.period ?? '');
    expect(text(part(card, 'context')), `context of ${stat.id}`).to.equal(stat.context ?? '');
    expect(text(part(card, 'region')), `region of ${stat.id}`).to.equal(stat.region ?? '');
    // Sources shown: the title (and publisher) of every source the stat cites, from the lesson's sources list.
    for (const id of stat.sources ?? []) {
      const source = seed.sources.find((s) => s.id === id)!;
      expect(shown[i].source, `source of ${stat.id}`).to.contain(source.title);
      if (source.publisher) expect(shown[i].source).to.contain(source.publisher);
    }
    expect(alertOf(card), `card ${stat.id} has no problems`).to.equal(null);
  });
}

describe('<edu-stat-grid>: accessibility', function () {
  // The first check loads axe-core into the page.
  this.timeout(20_000);

  it('the default lesson passes axe', async () => {
    const log = new EventLog();
    const el = await fixture<EduStatGrid>(html`<edu-stat-grid src=${SEED_URL} heading="Key figures"></edu-stat-grid>`);
    await log.waitFor('edu-load');
    await cardsRendered(el);
    await expect(el).to.be.accessible();
  });

  it('passes WCAG 2.2 target size (axe target-size enabled)', async () => {
    const seed = await loadSeed();
    // With a linked source, so there is a target to measure.
    seed.sources = seed.sources.map((s) => ({ ...s, url: `https://example.org/${s.id}` }));
    const el = await fixture<EduStatGrid>(html`<edu-stat-grid .data=${seed}></edu-stat-grid>`);
    await cardsRendered(el);
    expect(cards(el)[0].shadowRoot!.querySelector('a')).to.not.equal(null);
    await expectWcag22TargetSize(el);
  });

  it('the problems panel passes axe', async () => {
    const el = await fixture<EduStatGrid>(
      html`<edu-stat-grid .data=${{ events: [{ date: '2021', title: 'A' }] }}></edu-stat-grid>`,
    );
    expect(alertOf(el)).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<edu-stat-grid>: layout by its own width', () => {
  async function gridIn(width: number): Promise<EduStatGrid> {
    const seed = await loadSeed();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: ${width}px"><edu-stat-grid .data=${seed}></edu-stat-grid></div>`,
    );
    const el = wrapper.querySelector('edu-stat-grid')!;
    await cardsRendered(el);
    return el;
  }

  const columns = (el: EduStatGrid): number =>
    new Set(cards(el).map((c) => Math.round(c.getBoundingClientRect().left))).size;

  for (const [width, expected] of [
    [300, 1],
    [560, 2],
    [800, 3],
    [1400, 4],
    [2400, 4],
  ] as const) {
    it(`${width} px wide: ${expected} column${expected > 1 ? 's' : ''}`, async () => {
      expect(columns(await gridIn(width))).to.equal(expected);
    });
  }

  const heights = (el: EduStatGrid): number[] => cards(el).map((c) => Math.round(c.getBoundingClientRect().height));

  /** Each card's height when it stands alone: what its own content needs. */
  const ownHeights = (el: EduStatGrid): number[] =>
    cards(el).map((c) => {
      const li = c.parentElement!;
      li.style.alignSelf = 'start';
      const h = Math.round(c.getBoundingClientRect().height);
      li.style.alignSelf = '';
      return h;
    });

  /** The cards' heights row by row, rows told apart by their top. */
  const rows = (el: EduStatGrid): number[][] => {
    const byTop = new Map<number, number[]>();
    for (const c of cards(el)) {
      const r = c.getBoundingClientRect();
      byTop.set(Math.round(r.top), [...(byTop.get(Math.round(r.top)) ?? []), Math.round(r.height)]);
    }
    return [...byTop.values()];
  };

  it('cards side by side are the same height; each row is as tall as its own tallest card', async () => {
    const el = await gridIn(800);
    const found = rows(el);
    expect(found.length, 'three columns, two rows').to.equal(2);
    for (const row of found) expect(new Set(row).size, row.join(', ')).to.equal(1);
    expect(found[0][0], 'the first row keeps no room for the second row’s taller cards').to.be.below(found[1][0]);
    const own = ownHeights(el);
    expect(found.flat()).to.deep.equal([
      ...found[0].map(() => Math.max(...own.slice(0, 3))),
      ...found[1].map(() => Math.max(...own.slice(3))),
    ]);
  });

  it('in one column each card is as tall as its own content, also after the grid narrows and widens', async () => {
    const el = await gridIn(300);
    expect(heights(el)).to.deep.equal(ownHeights(el));
    expect(new Set(heights(el)).size).to.be.above(1);
    const wrapper = el.parentElement!;
    wrapper.style.width = '800px';
    await nextFrame();
    expect(rows(el).length).to.equal(2);
    wrapper.style.width = '300px';
    await nextFrame();
    expect(heights(el)).to.deep.equal(ownHeights(el));
  });
});

describe('<edu-stat-grid>: filter and region', () => {
  const lesson = {
    stats: [
      { id: 'a', value: 1, label: 'deaths', region: 'Pakistan', tags: ['violence'] },
      { id: 'b', value: 2, label: 'attacks in KP', region: 'KP', tags: ['violence', 'ttp'] },
      { id: 'c', value: 3, label: 'talks', region: 'Pakistan', tags: ['diplomacy'] },
    ],
  };
  const labels = async (el: EduStatGrid): Promise<string[]> =>
    (await cardsRendered(el)).map((c) => text(part(c, 'label')));

  it('shows only figures with one of the `filter` tags, from the chosen `region`, and follows changes', async () => {
    const el = await fixture<EduStatGrid>(html`<edu-stat-grid filter="violence" .data=${lesson}></edu-stat-grid>`);
    expect(await labels(el)).to.deep.equal(['deaths', 'attacks in KP']);
    el.setAttribute('region', 'pakistan');
    await el.updateComplete;
    expect(await labels(el)).to.deep.equal(['deaths']);
    el.setAttribute('filter', 'diplomacy, ttp');
    el.removeAttribute('region');
    await el.updateComplete;
    expect(await labels(el)).to.deep.equal(['attacks in KP', 'talks']);
  });

  it('says so when no figure matches, in a status line, and stays accessible', async () => {
    const log = new EventLog();
    const el = await fixture<EduStatGrid>(
      html`<edu-stat-grid heading="Figures" region="Sindh" .data=${lesson}></edu-stat-grid>`,
    );
    await log.waitFor('edu-load');
    expect(cards(el)).to.deep.equal([]);
    const empty = part(el, 'empty')!;
    expect(empty.getAttribute('role')).to.equal('status');
    expect(text(empty)).to.equal('No figure has the chosen tags or region.');
    expect(log.count('edu-error')).to.equal(0);
    await expect(el).to.be.accessible();
  });
});

describe('<edu-stat-grid>: the default lesson from each source', () => {
  let seed: Seed;
  before(async () => {
    seed = await loadSeed();
  });

  const sources = {
    src: () => fixture<EduStatGrid>(html`<edu-stat-grid src=${SEED_URL}></edu-stat-grid>`),
    data: () => fixture<EduStatGrid>(html`<edu-stat-grid .data=${seed}></edu-stat-grid>`),
    inline: async () => inlineFixture('edu-stat-grid', await loadSeedText()),
  };

  for (const [name, make] of Object.entries(sources)) {
    it(`from ${name}: one card per stat in a <ul part~=grid>, with the figures "${SEED_VALUES.join('", "')}"`, async () => {
      const log = new EventLog();
      const el = await make();
      await log.waitFor('edu-load');
      await expectSeedRendered(el, seed);
      await settle();
      expect(log.count('edu-load')).to.equal(1);
      const { detail } = log.of('edu-load')[0];
      expect(detail.lesson.title).to.equal(seed.title);
      expect(detail.lesson.stats.length).to.equal(seed.stats.length);
      expect(detail.problems).to.deep.equal([]);
      expect(log.count('edu-error')).to.equal(0);
      expect(el.lesson?.stats.length).to.equal(seed.stats.length);
    });
  }

  // Guards a fixed bug: edu-load once fired after a fetch while the shadow root still said "Loading…".
  it('edu-load from src fires once the grid is rendered, not before', async () => {
    const seen: { cards: number; loading: boolean }[] = [];
    const onLoad = (e: Event): void => {
      const target = e.target as EduStatGrid;
      seen.push({ cards: cards(target).length, loading: part(target, 'status') !== null });
    };
    document.addEventListener('edu-load', onLoad);
    try {
      await fixture(html`<edu-stat-grid src=${SEED_URL}></edu-stat-grid>`);
      await waitUntil(() => seen.length > 0, 'edu-load', { timeout: 4000 });
    } finally {
      document.removeEventListener('edu-load', onLoad);
    }
    expect(seen).to.deep.equal([{ cards: seed.stats.length, loading: false }]);
  });

  it('replacing data re-renders the cards and fires edu-load again', async () => {
    const log = new EventLog();
    const el = await fixture<EduStatGrid>(html`<edu-stat-grid .data=${seed}></edu-stat-grid>`);
    el.heading = 'Figures';
    await el.updateComplete;
    await settle();
    expect(log.count('edu-load'), 'not for a heading change').to.equal(1);
    el.data = minimalLesson();
    await log.waitFor('edu-load', 2);
    await cardsRendered(el);
    expect(cardTexts(el).map((c) => c.value)).to.deep.equal(['42']);
    expect(log.of('edu-load')[1].detail.lesson.title).to.equal('A minimal lesson');
  });

  it('changing src mid-flight renders only the second lesson, with one edu-load', async () => {
    const log = new EventLog();
    const el = await fixture<EduStatGrid>(html`<edu-stat-grid src=${SEED_URL}></edu-stat-grid>`);
    el.src = jsonUrl(minimalLesson({ title: 'Second' }));
    await log.waitFor('edu-load');
    await fetch(SEED_URL);
    await settle();
    await cardsRendered(el);
    expect(log.of('edu-load').map((e) => e.detail.lesson.title)).to.deep.equal(['Second']);
    expect(cardTexts(el).map((c) => c.value)).to.deep.equal(['42']);
  });

  it('the lesson language formats the figures', async () => {
    const el = await fixture<EduStatGrid>(html`<edu-stat-grid .data=${{ ...seed, lang: 'fr' }}></edu-stat-grid>`);
    await cardsRendered(el);
    expect(cardTexts(el)[0].value).to.equal(new Intl.NumberFormat('fr').format(1524));
    expect(cardTexts(el)[0].value).to.match(/^1\s524$/u);
  });
});

describe('<edu-stat-grid>: heading and styling', () => {
  let seed: Seed;
  before(async () => {
    seed = await loadSeed();
  });

  it('no heading by default; the list is labelled instead', async () => {
    const el = await fixture<EduStatGrid>(html`<edu-stat-grid .data=${seed}></edu-stat-grid>`);
    expect(el.heading).to.equal(null);
    expect(el.headingLevel).to.equal(2);
    expect(part(el, 'heading')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect(part(el, 'grid')!.getAttribute('aria-label')).to.equal('Key figures');
  });

  it('the heading attribute renders a heading, at heading-level', async () => {
    const el = await fixture<EduStatGrid>(
      html`<edu-stat-grid heading="Pakistan in 2023" .data=${seed}></edu-stat-grid>`,
    );
    const heading = part(el, 'heading')!;
    expect(heading.localName).to.equal('h2');
    expect(text(heading)).to.equal('Pakistan in 2023');
    // The heading comes before the list of cards.
    expect(heading.compareDocumentPosition(part(el, 'grid')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);

    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(part(el, 'heading')!.localName).to.equal('h4');
    el.setAttribute('heading-level', '12');
    await el.updateComplete;
    expect(part(el, 'heading')!.localName).to.equal('h6');
    el.setAttribute('heading', 'Key figures, 2023');
    await el.updateComplete;
    expect(text(part(el, 'heading'))).to.equal('Key figures, 2023');
    el.removeAttribute('heading');
    await el.updateComplete;
    expect(part(el, 'heading')).to.equal(null);
  });

  it('a heading from the page stays text', async () => {
    const XSS = '<img src=x onerror="window.__xss=1">';
    const el = await fixture<EduStatGrid>(html`<edu-stat-grid heading=${XSS} .data=${seed}></edu-stat-grid>`);
    expect(part(el, 'heading')!.textContent).to.equal(XSS);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('exportparts: edu-stat-grid::part(value) and ::part(card) style the cards inside', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <style>
          edu-stat-grid.themed::part(value) {
            color: rgb(1, 2, 3);
          }
          edu-stat-grid.themed::part(card) {
            background-color: rgb(4, 5, 6);
          }
        </style>
        <edu-stat-grid class="themed" .data=${seed}></edu-stat-grid>
      </div>`,
    );
    const el = wrapper.querySelector('edu-stat-grid')!;
    const [card] = await cardsRendered(el);
    expect(getComputedStyle(part(card, 'value')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(card, 'card')!).backgroundColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(part(card, 'label')!).color, 'only the value part').to.not.equal('rgb(1, 2, 3)');
    for (const name of ['label', 'period', 'context', 'region', 'source']) {
      expect(card.getAttribute('exportparts') ?? '', `exports ${name}`).to.match(
        new RegExp(`(^|[\\s,])${name}($|[\\s,:])`),
      );
    }
  });
});

describe('<edu-stat-grid>: bad input', () => {
  const cases: {
    name: string;
    make: () => Promise<EduStatGrid>;
    path: string;
    message: string | RegExp;
    fatal: boolean;
    values?: string[];
  }[] = [
    {
      name: 'a lesson without stats',
      make: () =>
        fixture(html`<edu-stat-grid .data=${{ title: 'T', events: [{ date: '2021', title: 'A' }] }}></edu-stat-grid>`),
      path: '',
      message: 'the lesson has no stats to show',
      fatal: true,
    },
    {
      name: 'malformed inline JSON',
      make: () => inlineFixture('edu-stat-grid', '{ "stats": [ { "value": 1524, "label": "deaths" }, ] }'),
      path: '',
      message: /not valid JSON/,
      fatal: true,
    },
    {
      name: 'a src that answers 404',
      make: () => fixture(html`<edu-stat-grid src="/data/does-not-exist.json"></edu-stat-grid>`),
      path: 'src',
      message: /404/,
      fatal: true,
    },
    {
      name: 'JSON that is an array',
      make: () => fixture(html`<edu-stat-grid .data=${[{ value: 1, label: 'x' }]}></edu-stat-grid>`),
      path: '',
      message: 'must be a JSON object',
      fatal: true,
    },
    {
      name: 'a stat value written as text, next to a good one',
      make: () =>
        fixture(
          html`<edu-stat-grid
            .data=${{
              stats: [
                { value: '1,524', label: 'deaths' },
                { value: 1463, label: 'injuries' },
              ],
            }}
          ></edu-stat-grid>`,
        ),
      path: 'stats[0].value',
      message: 'is text, not a number',
      fatal: false,
      values: ['1,463'],
    },
    {
      name: 'an unknown stat format',
      make: () =>
        fixture(
          html`<edu-stat-grid .data=${{ stats: [{ value: 90, label: 'x', format: 'percentage' }] }}></edu-stat-grid>`,
        ),
      path: 'stats[0].format',
      message: 'not one of the choices',
      fatal: true,
    },
  ];

  for (const c of cases) {
    it(`${c.name}: an alert naming ${c.path || 'the file'}, one edu-error, no exception`, async () => {
      const page = catchPageErrors();
      const log = new EventLog();
      const el = await c.make();
      await log.waitFor('edu-error');
      await cardsRendered(el);
      expect(alertOf(el), 'a [role=alert][part~=error] panel').to.not.equal(null);
      expect(showsProblem(el, c.path, c.message), JSON.stringify(shownProblems(el))).to.equal(true);
      const { detail } = log.of('edu-error')[0];
      expect(detail.fatal).to.equal(c.fatal);
      expect(findProblem(detail.problems, c.path, c.message), JSON.stringify(detail.problems)).to.not.equal(undefined);
      expect(cardTexts(el).map((v) => v.value)).to.deep.equal(c.values ?? []);
      if (c.fatal) expect(part(el, 'grid')).to.equal(null);
      await settle();
      expect(log.count('edu-error'), 'once: the cards inside report nothing more').to.equal(1);
      expect(log.count('edu-load')).to.equal(c.fatal ? 0 : 1);
      expect(page.errors).to.deep.equal([]);
    });
  }

  it('with no data at all it says so and fires nothing', async () => {
    const log = new EventLog();
    const el = await fixture<EduStatGrid>(html`<edu-stat-grid></edu-stat-grid>`);
    expect(text(alertOf(el))).to.contain('no lesson data was given');
    await settle();
    expect(log.events.length).to.equal(0);
  });

  it('removed before the fetch completes: throws nothing, and the page hears nothing', async () => {
    const page = catchPageErrors();
    const log = new EventLog();
    const el = await fixture<EduStatGrid>(html`<edu-stat-grid src=${SEED_URL}></edu-stat-grid>`);
    el.remove();
    await fetch(SEED_URL);
    await settle();
    expect(log.events.length).to.equal(0);
    expect(page.errors).to.deep.equal([]);
  });
});
