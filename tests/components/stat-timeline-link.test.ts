/**
 * "See on the timeline" (issue #5, point 4): a stat that names `events`, in a card or grid with `for="<timeline
 * id>"`, selects that event in the timeline and moves the focus to it, through the timeline's public `show()`; the
 * elements never import each other.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EduStatCard } from '../../src/components/stat-card/stat-card.js';
import type { EduStatGrid } from '../../src/components/stat-grid/stat-grid.js';
import type { EduTimeline } from '../../src/components/timeline/timeline.js';
import { EventLog, expectWcag22TargetSize, loadSeed, parts, settle, text } from '../helpers/lesson.js';
import { focusedEventId } from '../helpers/timeline.js';

async function page(forId: string | null = 'lesson-timeline'): Promise<{ grid: EduStatGrid; timeline: EduTimeline }> {
  const seed = await loadSeed();
  const log = new EventLog();
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <edu-stat-grid static for=${forId ?? ''} .data=${seed}></edu-stat-grid>
      <edu-timeline id="lesson-timeline" layout="vertical" .data=${seed}></edu-timeline>
    </div>`,
  );
  await log.waitFor('edu-load', 2);
  const grid = wrapper.querySelector('edu-stat-grid')!;
  const timeline = wrapper.querySelector('edu-timeline')!;
  await Promise.all([...grid.shadowRoot!.querySelectorAll<EduStatCard>('edu-stat-card')].map((c) => c.updateComplete));
  return { grid, timeline };
}

const cards = (grid: EduStatGrid): EduStatCard[] => [...grid.shadowRoot!.querySelectorAll('edu-stat-card')];

describe('stat → timeline links', () => {
  it('each card whose stat names an event offers one "See on the timeline" button, a 24 px target, axe-clean', async () => {
    const { grid } = await page();
    const seed = await loadSeed();
    const links = cards(grid).map((c) => parts(c, 'timeline-link'));
    seed.stats.forEach((stat, i) => expect(links[i].length, stat.id).to.equal(stat.events?.length ?? 0));
    expect(text(links[0][0])).to.equal('See on the timeline');
    await expect(grid).to.be.accessible();
    await expectWcag22TargetSize(grid);
  });

  it('activating it selects the event in the timeline and moves the focus there, without edu-select', async () => {
    const { grid, timeline } = await page();
    const seed = await loadSeed();
    const log = new EventLog();
    const target = seed.stats[0].events![0];
    const button = parts(cards(grid)[0], 'timeline-link')[0];
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedEventId(timeline) === target, `focus on ${target}`);
    expect(timeline.selected).to.equal(target);
    await settle();
    expect(log.count('edu-select')).to.equal(0);
  });

  it('no button without `for`, or when `for` names no element on the page', async () => {
    for (const forId of [null, 'nowhere']) {
      const { grid } = await page(forId);
      expect(cards(grid).flatMap((c) => parts(c, 'timeline-link'))).to.deep.equal([]);
    }
  });

  it('a stat naming several events gets one button per event, named by the event titles', async () => {
    const seed = await loadSeed();
    const [a, b] = seed.events;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <edu-timeline id="tl" layout="vertical" .data=${seed}></edu-timeline>
        <edu-stat-card for="tl" static .stat=${{ value: 3, label: 'things', events: [a.id, b.id] }}></edu-stat-card>
      </div>`,
    );
    const timeline = wrapper.querySelector('edu-timeline')!;
    const card = wrapper.querySelector('edu-stat-card')!;
    // The card may render before the timeline has loaded its lesson: it draws its buttons again when it has.
    await waitUntil(
      () => parts(card, 'timeline-link')[0] && text(parts(card, 'timeline-link')[0]) !== `See on the timeline: ${a.id}`,
    );
    expect(parts(card, 'timeline-link').map((l) => text(l))).to.deep.equal([
      `See on the timeline: ${a.title}`,
      `See on the timeline: ${b.title}`,
    ]);
    parts(card, 'timeline-link')[1].click();
    await waitUntil(() => timeline.selected === b.id);
  });
});
