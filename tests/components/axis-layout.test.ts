import { expect } from '@open-wc/testing';
import {
  firstAtOrAfter,
  LABEL_MAX,
  labelWidth,
  MAX_ROWS,
  stack,
  visibleIndexes,
  type Span,
  type Stack,
} from '../../src/components/timeline/axis-layout.js';
import { seededRandom } from '../helpers/generate.js';
import { randomSpans } from '../helpers/hostile-inputs.js';

const DAY = 86_400_000;
/** A row stays taken for a small gap after its last label (so labels never touch); a few px, never a label's width. */
const ROW_GAP_ALLOWANCE = 12;

/** Where a placed event's label or bar ends, in px: the space it takes in its row. */
function rightEdge(span: Span, title: string, msPerPx: number): number {
  return Math.max(span.start / msPerPx + labelWidth(title), span.end / msPerPx);
}

/** Checks every property of a stacking that does not depend on how it was computed. */
function expectValidStack(st: Stack, spans: Span[], titles: string[], msPerPx: number, where: string): void {
  expect(st.rows.length, where).to.equal(spans.length);
  const placedRows = [...st.rows].filter((r) => r >= 0);
  for (const r of st.rows) expect(r, `${where}: row in range`).to.be.within(-1, MAX_ROWS - 1);
  expect(st.rowCount, `${where}: rowCount`).to.equal(Math.max(1, ...placedRows.map((r) => r + 1)));

  // No two labels (or bars) in one row overlap; and an event left out (-1) really had no free row.
  const lastInRow: number[] = [];
  for (let i = 0; i < spans.length; i++) {
    const x = spans[i].start / msPerPx;
    const row = st.rows[i];
    if (row >= 0) {
      const prev = lastInRow[row];
      if (prev !== undefined) {
        const prevRight = rightEdge(spans[prev], titles[prev], msPerPx);
        expect(x, `${where}: event ${i} starts after event ${prev} ends in row ${row}`).to.be.at.least(prevRight);
      }
      lastInRow[row] = i;
    } else {
      expect(lastInRow.length, `${where}: event ${i} clustered while a row was never used`).to.equal(MAX_ROWS);
      for (let r = 0; r < MAX_ROWS; r++) {
        const prev = lastInRow[r];
        expect(
          rightEdge(spans[prev], titles[prev], msPerPx) + ROW_GAP_ALLOWANCE,
          `${where}: event ${i} clustered though row ${r} was free at its start`,
        ).to.be.greaterThan(x);
      }
    }
  }

  // Clusters: every hidden event is counted exactly once, in the cluster that starts at or before it.
  const hidden = [...st.rows.keys()].filter((i) => st.rows[i] === -1);
  expect(
    st.clusters.reduce((n, c) => n + c.count, 0),
    `${where}: cluster counts add up to the hidden events`,
  ).to.equal(hidden.length);
  let k = -1;
  const counted = st.clusters.map(() => 0);
  for (const i of hidden) {
    if (st.clusters[k + 1]?.first === i) k++;
    expect(k, `${where}: hidden event ${i} comes after a cluster's first event`).to.be.at.least(0);
    counted[k]++;
    const c = st.clusters[k];
    // A "+N" stands for events about one label wide, never for events far apart.
    expect(spans[i].start / msPerPx - c.time / msPerPx, `${where}: event ${i} is near its cluster`).to.be.below(
      LABEL_MAX,
    );
  }
  st.clusters.forEach((c, j) => {
    expect(st.rows[c.first], `${where}: cluster ${j} starts at a hidden event`).to.equal(-1);
    expect(c.time, `${where}: cluster ${j} is at its first event's time`).to.equal(spans[c.first].start);
    expect(c.count, `${where}: cluster ${j} count`).to.equal(counted[j]);
    if (j > 0) expect(c.first, `${where}: clusters in time order`).to.be.greaterThan(st.clusters[j - 1].first);
  });
}

describe('axis-layout: stack', () => {
  it('seven events at one instant: five rows, then one "+2" cluster at that instant', () => {
    const spans = Array.from({ length: 7 }, () => ({ start: 100 * DAY, end: 101 * DAY }));
    const titles = spans.map((_, i) => `Event ${i}`);
    const st = stack(spans, titles, DAY / 10);
    expect([...st.rows]).to.deep.equal([0, 1, 2, 3, 4, -1, -1]);
    expect(st.rowCount).to.equal(5);
    expect(st.clusters).to.deep.equal([{ time: 100 * DAY, count: 2, first: 5 }]);
  });

  it('events far apart share the first row; no clusters', () => {
    const spans = [0, 100, 200, 300].map((d) => ({ start: d * DAY, end: (d + 1) * DAY }));
    const st = stack(spans, ['a', 'b', 'c', 'd'], DAY / 10); // 1,000 px between events
    expect([...st.rows]).to.deep.equal([0, 0, 0, 0]);
    expect(st.rowCount).to.equal(1);
    expect(st.clusters).to.deep.equal([]);
  });

  it('a long range keeps its row until its bar ends, even after its label', () => {
    const spans = [
      { start: 0, end: 1000 * DAY }, // a bar 1,000 px long
      { start: 500 * DAY, end: 501 * DAY }, // under the bar, far past the label
      { start: 1200 * DAY, end: 1201 * DAY }, // after the bar
    ];
    const st = stack(spans, ['Range', 'Inside', 'After'], DAY);
    expect(st.rows[1], 'not on the bar').to.not.equal(st.rows[0]);
    expect(st.rows[2], 'the row is free again after the bar').to.equal(0);
  });

  it('an empty list: no rows, one empty row for the axis height, no clusters', () => {
    const st = stack([], [], DAY);
    expect(st.rows.length).to.equal(0);
    expect(st.rowCount).to.equal(1);
    expect(st.clusters).to.deep.equal([]);
  });

  for (const [seed, count, days, msPerPx] of [
    [1, 200, 3650, DAY],
    [2, 2000, 3650, DAY / 4],
    [3, 2000, 365, DAY * 2], // crowded: most events clustered
    [4, 500, 36_500, DAY * 30],
    [5, 5000, 20_000, DAY * 3],
  ] as const) {
    it(`${count} random events over ${days} days at ${msPerPx / DAY} day/px: rows never overlap, clusters count the rest`, () => {
      const { spans, titles } = randomSpans(seed, count, days);
      const st = stack(spans, titles, msPerPx);
      expectValidStack(st, spans, titles, msPerPx, `seed ${seed}`);
      if (seed === 3) expect(st.clusters.length, 'the crowded case does cluster').to.be.greaterThan(0);
    });
  }

  // How long this takes is timed by `npm run bench:input`; stacking that turned quadratic runs into the timeout.
  // About 3 s here with the checks; 30 s leaves room for a machine under load (10 s was once exceeded beside a
  // busy process), and quadratic stacking of 100,000 events would take far longer than that.
  it('100,000 events over 120 years, half a day per px: a valid stacking', function () {
    this.timeout(30_000);
    const { spans, titles } = randomSpans(9, 100_000, 43_800);
    const st = stack(spans, titles, DAY / 2);
    expectValidStack(st, spans, titles, DAY / 2, 'seed 9, 100,000 events');
  });
});

describe('axis-layout: firstAtOrAfter', () => {
  const spans = [1, 3, 3, 3, 7, 9].map((d) => ({ start: d * DAY, end: d * DAY + 1 }));
  const brute = (list: Span[], time: number): number => {
    const i = list.findIndex((s) => s.start >= time);
    return i === -1 ? list.length : i;
  };

  it('finds the first of equal starts, and the ends of the list', () => {
    expect(firstAtOrAfter(spans, 0)).to.equal(0);
    expect(firstAtOrAfter(spans, 1 * DAY)).to.equal(0);
    expect(firstAtOrAfter(spans, 1 * DAY + 1)).to.equal(1);
    expect(firstAtOrAfter(spans, 3 * DAY)).to.equal(1);
    expect(firstAtOrAfter(spans, 4 * DAY)).to.equal(4);
    expect(firstAtOrAfter(spans, 9 * DAY)).to.equal(5);
    expect(firstAtOrAfter(spans, 10 * DAY)).to.equal(6);
    expect(firstAtOrAfter([], 0)).to.equal(0);
  });

  it('agrees with a linear scan on random data', () => {
    const { spans: list } = randomSpans(11, 3000, 400);
    const random = seededRandom(12);
    for (let k = 0; k < 500; k++) {
      const time = Math.floor((random() * 420 - 10) * DAY);
      expect(firstAtOrAfter(list, time), `time ${time}`).to.equal(brute(list, time));
    }
  });
});

describe('axis-layout: visibleIndexes', () => {
  const longestOf = (list: Span[]): number => list.reduce((m, s) => Math.max(m, s.end - s.start), 0);

  it('includes a range that began before the window and still runs; leaves out what ended before or starts after', () => {
    const spans: Span[] = [
      { start: 0, end: 1 * DAY }, // 0: ended long before
      { start: 1 * DAY, end: 100 * DAY }, // 1: began before, runs through the window
      { start: 5 * DAY, end: 9 * DAY }, // 2: began before, ended before
      { start: 8 * DAY, end: 11 * DAY }, // 3: began before, ends inside
      { start: 12 * DAY, end: 13 * DAY }, // 4: inside
      { start: 20 * DAY, end: 21 * DAY }, // 5: at the window's end
      { start: 21 * DAY, end: 22 * DAY }, // 6: after
    ];
    expect(visibleIndexes(spans, 10 * DAY, 20 * DAY, longestOf(spans))).to.deep.equal([1, 3, 4, 5]);
  });

  it('agrees with a full scan on random data with long ranges', () => {
    const { spans } = randomSpans(21, 4000, 3650, 0.3);
    const longest = longestOf(spans);
    const random = seededRandom(22);
    for (let k = 0; k < 200; k++) {
      const from = Math.floor((random() * 3700 - 25) * DAY);
      const to = from + Math.floor(random() * 200 * DAY);
      const expected = [...spans.keys()].filter((i) => spans[i].start <= to && spans[i].end >= from);
      expect(visibleIndexes(spans, from, to, longest), `window ${from}–${to}`).to.deep.equal(expected);
    }
  });
});
