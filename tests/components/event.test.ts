/**
 * Lessons written as HTML in the page (issue #4, point 3): `<edu-event>` children of `<edu-timeline>` and
 * `<edu-stat-card>` children of `<edu-stat-grid>`, read into the same lesson model and checked like a file.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { EduStatGrid } from '../../src/components/stat-grid/stat-grid.js';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';
import {
  alertOf,
  catchPageErrors,
  EventLog,
  expectWcag22TargetSize,
  part,
  parts,
  settle,
  shownProblems,
  text,
  writtenInPage,
} from '../helpers/lesson.js';

const VERTICAL = { layout: 'vertical' };

function timelineOf(children: string, attrs: Record<string, string> = VERTICAL): Promise<EduTimeline> {
  return writtenInPage<EduTimeline>('edu-timeline', children, attrs);
}

/** Waits until the timeline shows `expected` titles (children are read again after a change). */
async function showsTitles(el: EduTimeline, expected: string[]): Promise<void> {
  await waitUntil(() => JSON.stringify(titles(el)) === JSON.stringify(expected), `titles ${expected.join(', ')}`);
}

const titles = (el: EduTimeline): string[] => parts(el, 'title').map((t) => text(t));

describe('<edu-event>: a timeline written as HTML', () => {
  it('is accessible', async () => {
    const el = await timelineOf(`
      <edu-event date="2022-11-28" tags="ttp"><h3>TTP ends its ceasefire</h3><p>The truce of June is over.</p></edu-event>
      <edu-event date="2024-03"><h3>Appeal to the Security Council</h3></edu-event>`);
    await expect(el).to.be.accessible();
    await expectWcag22TargetSize(el);
  });

  it('reads date, tags, id, end and display dates from attributes, the title from the heading, the rest as description', async () => {
    const log = new EventLog();
    const el = await timelineOf(`
      <edu-event date="2024-06" end-date="2024-06-28" display-date="June 2024" id="conf" tags="un poa">
        <h4>Fourth Review Conference</h4>
        <p>States review the <em>Programme of Action</em> on <a href="https://disarmament.unoda.org/">small arms</a>.</p>
        <ul><li>New York</li><li>Two weeks</li></ul>
      </edu-event>
      <edu-event date="2022-11-28" tags="ttp"><h3>TTP ends its ceasefire</h3></edu-event>`);
    await log.waitFor('edu-load');
    const lesson = el.lesson!;
    expect(lesson.events.map((e) => e.title)).to.deep.equal(['TTP ends its ceasefire', 'Fourth Review Conference']);
    const conf = lesson.events[1];
    expect(conf.id).to.equal('conf');
    expect(conf.date.text).to.equal('2024-06');
    expect(conf.endDate?.text).to.equal('2024-06-28');
    expect(conf.displayDate).to.equal('June 2024');
    expect(conf.tags).to.deep.equal(['un', 'poa']);
    // Rendered through the rich-text subset: emphasis, a safe link, a list.
    const description = parts(el, 'description')[0];
    expect(description.querySelector('em')?.textContent).to.equal('Programme of Action');
    const link = description.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://disarmament.unoda.org/');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect([...description.querySelectorAll('li')].map((li) => text(li))).to.deep.equal(['New York', 'Two weeks']);
    expect(text(parts(el, 'date')[1])).to.equal('June 2024');
    expect(log.count('edu-error')).to.equal(0);
  });

  it('takes the first paragraph as the title when there is no heading, or all the text when there is no element', async () => {
    const el = await timelineOf(`
      <edu-event date="2021"><p>First <strong>thing</strong></p><p>More about it.</p></edu-event>
      <edu-event date="2022">Second thing</edu-event>`);
    expect(titles(el)).to.deep.equal(['First thing', 'Second thing']);
    expect(el.lesson!.events[0].description).to.equal('More about it.');
  });

  it('makes a first <img> the media, with its alt and the figure caption', async () => {
    const el = await timelineOf(`
      <edu-event date="2024-06">
        <h3>Conference</h3>
        <figure><img src="https://example.org/hall.jpg" alt="Delegates in a hall"><figcaption>The hall</figcaption></figure>
        <p>Text.</p>
      </edu-event>`);
    const media = el.lesson!.events[0].media!;
    expect(media).to.deep.equal({
      url: 'https://example.org/hall.jpg',
      alt: 'Delegates in a hall',
      caption: 'The hall',
      credit: undefined,
    });
    expect(el.lesson!.events[0].description).to.equal('Text.');
  });

  it('says what of the markup could not be shown (an iframe, an image inside the text), naming the child', async () => {
    const log = new EventLog();
    const el = await timelineOf(`
      <edu-event date="2021"><h3>Video</h3><p>Watch: <iframe title="v" src="about:blank"></iframe><img src="https://example.org/a.png" alt="a"> then read.</p></edu-event>`);
    await log.waitFor('edu-load');
    const warning = shownProblems(el).find((p) => p.path === 'events[0].description')!;
    expect(warning.place).to.equal("<edu-event> 1 ('Video')");
    expect(warning.line).to.match(/^iframes, images inside it cannot be shown and were left out; /);
    expect(el.lesson!.events[0].media).to.equal(undefined);
    expect(el.lesson!.events[0].description).to.equal('Watch: then read.');
  });

  it('names a bad child by its number and title, renders the others, and fires edu-error once', async () => {
    const page = catchPageErrors();
    const log = new EventLog();
    const el = await timelineOf(`
      <edu-event date="2021"><h3>Fine</h3></edu-event>
      <edu-event date="2022-11-31"><h3>TTP ends ceasefire</h3></edu-event>
      <edu-event><h3>No date</h3></edu-event>`);
    await log.waitFor('edu-error');
    await settle();
    expect(titles(el)).to.deep.equal(['Fine']);
    const shown = shownProblems(el);
    expect(shown.map((p) => p.place)).to.include.members([
      "<edu-event> 2 ('TTP ends ceasefire')",
      "<edu-event> 3 ('No date')",
    ]);
    expect(text(alertOf(el))).to.contain(
      "<edu-event> 2 ('TTP ends ceasefire') events[1]: this event was left out events[1].date: the date 2022-11-31 does not exist",
    );
    expect(log.count('edu-error')).to.equal(1);
    expect(log.of('edu-error')[0].detail.problems.find((p) => p.path === 'events[1].date')?.place).to.equal(
      "<edu-event> 2 ('TTP ends ceasefire')",
    );
    expect(page.errors).to.deep.equal([]);
  });

  it('reads the children again when the page adds, edits or removes one', async () => {
    const el = await timelineOf(`<edu-event date="2021"><h3>One</h3></edu-event>`);
    expect(titles(el)).to.deep.equal(['One']);

    el.insertAdjacentHTML('beforeend', '<edu-event date="2020"><h3>Zero</h3></edu-event>');
    await showsTitles(el, ['Zero', 'One']);

    // While the edit is read, the lesson stays in view: never a "Loading…" line in its place.
    const statuses: number[] = [];
    const watch = new MutationObserver(() => statuses.push(el.shadowRoot!.querySelectorAll('[part~="status"]').length));
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    el.querySelector('h3')!.textContent = 'Uno';
    await showsTitles(el, ['Zero', 'Uno']);
    watch.disconnect();
    expect(statuses.length, 'the edit was rendered').to.be.above(0);
    expect(Math.max(...statuses)).to.equal(0);

    el.querySelector('edu-event')!.setAttribute('date', '2019');
    el.lastElementChild!.remove();
    await showsTitles(el, ['Uno']);
    expect(el.lesson!.events[0].date.text).to.equal('2019');
  });

  it('does not read the lesson again when only its own state changes (selection is not a data change)', async () => {
    const log = new EventLog();
    const el = await timelineOf(
      `<edu-event date="2021" id="a"><h3>A</h3></edu-event><edu-event date="2022" id="b"><h3>B</h3></edu-event>`,
    );
    await log.waitFor('edu-load');
    const lesson = el.lesson;
    el.selected = 'b';
    await settle();
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('b');
    expect(el.lesson, 'same lesson object').to.equal(lesson);
    expect(log.count('edu-load')).to.equal(1);
  });

  it('text that looks like markup stays text: the page author wrote it, the timeline never reparses it', async () => {
    let called = false;
    (window as unknown as { __spy: () => void }).__spy = () => (called = true);
    const el = await timelineOf(
      `<edu-event date="2021"><h3>&lt;img src=x onerror=__spy()&gt;</h3><p>&lt;script&gt;__spy()&lt;/script&gt; [x](javascript:__spy())</p></edu-event>`,
    );
    await settle();
    expect(titles(el)).to.deep.equal(['<img src=x onerror=__spy()>']);
    const description = parts(el, 'description')[0];
    expect(description.querySelector('img, script, a')).to.equal(null);
    expect(text(description)).to.contain('<script>__spy()</script>');
    expect(called).to.equal(false);
  });

  it('a data property or inline JSON wins over children, as documented', async () => {
    const el = await fixture<EduTimeline>(
      html`<edu-timeline layout="vertical" .data=${{ events: [{ date: '2000', title: 'From data' }] }}
        ><edu-event date="2021"><h3>From HTML</h3></edu-event></edu-timeline
      >`,
    );
    expect(titles(el)).to.deep.equal(['From data']);
  });
});

describe('<edu-era>: periods of a timeline written as HTML', () => {
  it('reads start, end and id from attributes and the name from its text; the timeline draws the period', async () => {
    const el = await timelineOf(`
      <edu-era start="2022-11" end="2024-06" id="after">After the TTP <em>ceasefire</em> ended</edu-era>
      <edu-event date="2022-11"><h3>TTP ends its ceasefire</h3></edu-event>
      <edu-event date="2024-03"><h3>Appeal to the Security Council</h3></edu-event>`);
    expect(el.lesson!.eras.map((e) => [e.id, e.title, e.start.text, e.end.text])).to.deep.equal([
      ['after', 'After the TTP ceasefire ended', '2022-11', '2024-06'],
    ]);
    expect(text(part(el, 'era'))).to.contain('After the TTP ceasefire ended');
    expect(alertOf(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names a bad period by its place and keeps the events', async () => {
    const el = await timelineOf(`
      <edu-era start="2024-06" end="2022-11">Backwards</edu-era>
      <edu-era end="2024">No start</edu-era>
      <edu-event date="2022-11"><h3>TTP ends its ceasefire</h3></edu-event>`);
    await settle();
    expect(titles(el)).to.deep.equal(['TTP ends its ceasefire']);
    expect(el.lesson!.eras).to.deep.equal([]);
    const shown = shownProblems(el);
    expect(shown.find((p) => p.path === 'eras[0].end')?.place).to.equal("<edu-era> 1 ('Backwards')");
    expect(shown.find((p) => p.path === 'eras[1].start')?.place).to.equal("<edu-era> 2 ('No start')");
  });
});

describe('<edu-stat-card> children: a stat grid written as HTML', () => {
  const gridOf = (children: string) => writtenInPage<EduStatGrid>('edu-stat-grid', children);

  it('reads each card from its attributes into the lesson and draws the cards itself', async () => {
    const log = new EventLog();
    const el = await gridOf(`
      <edu-stat-card value="1524" label="violence-related deaths" period="2023"></edu-stat-card>
      <edu-stat-card value="90" format="percent" qualifier="over" label="of deaths in KP and Balochistan"></edu-stat-card>`);
    await log.waitFor('edu-load');
    expect(el.lesson!.stats.map((s) => [s.value, s.label, s.format, s.qualifier ?? null])).to.deep.equal([
      [1524, 'violence-related deaths', 'number', null],
      [90, 'of deaths in KP and Balochistan', 'percent', 'over'],
    ]);
    const drawn = [...el.shadowRoot!.querySelectorAll('edu-stat-card')];
    await Promise.all(drawn.map((c) => c.updateComplete));
    expect(drawn.map((c) => text(c.shadowRoot!.querySelector('[part~="value"]')))).to.deep.equal(['1,524', 'over 90%']);
    await expect(el).to.be.accessible();
  });

  it('a bad card is reported once, by the grid, with its place; the light-DOM cards stay silent', async () => {
    const log = new EventLog();
    const el = await gridOf(`
      <edu-stat-card value="1,524" label="deaths"></edu-stat-card>
      <edu-stat-card value="789" label="attacks"></edu-stat-card>`);
    await log.waitFor('edu-error');
    await settle();
    expect(log.count('edu-error')).to.equal(1);
    expect(log.of('edu-error')[0].target).to.equal(el);
    expect(shownProblems(el)[0].place).to.equal("<edu-stat-card> 1 ('deaths')");
    expect(el.lesson!.stats.map((s) => s.label)).to.deep.equal(['attacks']);
    for (const card of el.querySelectorAll('edu-stat-card')) expect(card.shadowRoot!.childElementCount).to.equal(0);
  });

  it('a card keeps its source in the grid: the source attribute becomes a source of the lesson that it cites', async () => {
    const el = await gridOf(`
      <edu-stat-card value="1524" label="violence-related deaths" source="CRSS annual security report 2023"></edu-stat-card>
      <edu-stat-card value="1463" label="injuries" source=" CRSS annual security report   2023"></edu-stat-card>
      <edu-stat-card value="60" format="percent" label="increase in TTP attacks"></edu-stat-card>`);
    await settle();
    expect(el.lesson!.sources.map((s) => [s.id, s.title])).to.deep.equal([['s1', 'CRSS annual security report 2023']]);
    expect(el.lesson!.stats.map((s) => s.sources)).to.deep.equal([['s1'], ['s1'], []]);
    const drawn = [...el.shadowRoot!.querySelectorAll('edu-stat-card')];
    await Promise.all(drawn.map((c) => c.updateComplete));
    expect(drawn.map((c) => text(c.shadowRoot!.querySelector('[part~="source"]')))).to.deep.equal([
      'Source: CRSS annual security report 2023',
      'Source: CRSS annual security report 2023',
      '',
    ]);
    expect(alertOf(el)).to.equal(null);
  });

  it('a source-url links the source; an address that is not http(s) is named by the card that gave it', async () => {
    const el = await gridOf(`
      <edu-stat-card value="1524" label="deaths" source="CRSS report 2023" source-url="https://example.org/crss-2023"></edu-stat-card>
      <edu-stat-card value="1463" label="injuries" source="CRSS report 2023" source-url="https://example.org/crss-2023"></edu-stat-card>
      <edu-stat-card value="789" label="attacks" source="A report" source-url="javascript:alert(1)"></edu-stat-card>`);
    await settle();
    expect(el.lesson!.sources.map((s) => [s.id, s.title, s.url])).to.deep.equal([
      ['s1', 'CRSS report 2023', 'https://example.org/crss-2023'],
      ['s2', 'A report', undefined],
    ]);
    const drawn = [...el.shadowRoot!.querySelectorAll('edu-stat-card')];
    await Promise.all(drawn.map((c) => c.updateComplete));
    expect(drawn[0].shadowRoot!.querySelector('[part~="source"] a')?.getAttribute('href')).to.equal(
      'https://example.org/crss-2023',
    );
    expect(drawn[2].shadowRoot!.querySelector('[part~="source"] a')).to.equal(null);
    const problem = shownProblems(el).find((p) => p.path === 'sources[1].url');
    expect(problem?.place).to.equal("the source of <edu-stat-card> 3 ('A report')");
  });

  it('a source-url without a source is named by the card that gave it, and the card is still shown', async () => {
    const el = await gridOf(`
      <edu-stat-card value="1524" label="deaths"></edu-stat-card>
      <edu-stat-card value="789" label="attacks" source-url="https://example.org/crss-2023"></edu-stat-card>`);
    await settle();
    expect(el.lesson!.stats.length).to.equal(2);
    expect(el.lesson!.sources).to.deep.equal([]);
    const problem = shownProblems(el).find((p) => p.path === 'stats[1].sources');
    expect(problem?.place).to.equal('<edu-stat-card> 2');
    expect(problem?.line).to.contain('is given without source="…", so no source is shown');
  });
});
