import { toUTCDate, toUTCEndDate } from '../../dates/partial-date.js';
import type { TimelineEvent } from '../../lesson/types.js';

/*
 * Where events go on the horizontal axis. Pure functions over time (UTC ms) and pixels, so they are tested alone and
 * run in a few milliseconds for 100,000 events: rows are computed once per zoom level (never on pan), and only the
 * events inside the visible window are rendered.
 */

/** An event's place in time: its start, and its end (the end of its last day, month or year). */
export interface Span {
  start: number;
  end: number;
}

export const ROW_HEIGHT = 56;
export const MAX_ROWS = 5;
/** The widest an event's label is drawn; its full title is in the button's text and in the detail panel. */
export const LABEL_MAX = 260;
const LABEL_MIN = 72;
const GAP = 8;

export function spanOf(ev: TimelineEvent): Span {
  return { start: toUTCDate(ev.date).getTime(), end: toUTCEndDate(ev.endDate ?? ev.date).getTime() };
}

/** Label width in pixels, estimated from the title (measuring 10,000 labels in the DOM would defeat windowing). */
export function labelWidth(title: string): number {
  return Math.round(Math.min(LABEL_MAX, Math.max(LABEL_MIN, title.length * 7.2 + 28)));
}

export interface Stack {
  /** Row of each event (by index), or -1 when it does not fit in MAX_ROWS and is counted in a cluster. */
  rows: Int8Array;
  rowCount: number;
  clusters: Cluster[];
}

export interface Cluster {
  /** Time of the first hidden event in it. */
  time: number;
  count: number;
  /** Index of that first event. */
  first: number;
}

/**
 * Greedy stacking at a zoom level (`msPerPx`): each event goes in the first row where it does not overlap the
 * previous label; events that fit in no row are gathered into clusters about one label wide, shown as "+N" buttons
 * that zoom in. `spans` must be sorted by start, as lesson events are.
 */
export function stack(spans: readonly Span[], titles: readonly string[], msPerPx: number): Stack {
  const rows = new Int8Array(spans.length);
  const rowEnds: number[] = [];
  const clusters: Cluster[] = [];
  for (let i = 0; i < spans.length; i++) {
    const x = spans[i].start / msPerPx;
    const right = Math.max(x + labelWidth(titles[i]), spans[i].end / msPerPx) + GAP;
    let row = rowEnds.findIndex((end) => end <= x);
    if (row === -1 && rowEnds.length < MAX_ROWS) row = rowEnds.length;
    if (row === -1) {
      rows[i] = -1;
      const last = clusters[clusters.length - 1];
      if (last && x - last.time / msPerPx < LABEL_MIN) last.count++;
      else clusters.push({ time: spans[i].start, count: 1, first: i });
      continue;
    }
    rows[i] = row;
    rowEnds[row] = right;
  }
  return { rows, rowCount: Math.max(1, rowEnds.length), clusters };
}

/** Index of the first span that starts at or after `time` (binary search over sorted starts). */
export function firstAtOrAfter(spans: readonly Span[], time: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indexes of the events to render for the window [from, to] (ms): those starting inside it, plus ranges that began
 * before it and still run. `longest` is the longest span in the data, so the backward scan stays short.
 */
export function visibleIndexes(spans: readonly Span[], from: number, to: number, longest: number): number[] {
  const out: number[] = [];
  for (let i = firstAtOrAfter(spans, from - longest); i < spans.length && spans[i].start <= to; i++) {
    if (spans[i].end >= from) out.push(i);
  }
  return out;
}
