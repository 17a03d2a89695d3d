/**
 * Seeded lessons of any size, for scale, windowing and accessibility tests. The same seed always gives the same
 * lesson, so a failure can be replayed. Events are written in the order a timeline must show them (by start, a less
 * precise date first, then file order), so a test knows the expected order without asking src/.
 */
import type { EventInput, LessonInput } from '../../src/lesson/types.js';

/** mulberry32: a small, fast, well-spread 32-bit PRNG. Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const GENERATED_TAGS = ['afghanistan', 'diplomacy', 'ttp', 'un', 'violence'] as const;

export interface GenerateOptions {
  seed?: number;
  /** First year events can fall in (astronomical; CE only here). */
  fromYear?: number;
  /** How many years the events spread over. */
  years?: number;
  /** Share of events with an end date (a range). */
  ranges?: number;
  /** Every n-th event has a description (0: none). */
  describeEvery?: number;
  /** Every n-th event cites the lesson's one source (0: none). */
  citeEvery?: number;
}

export type GeneratedLesson = LessonInput & { events: EventInput[]; sources: NonNullable<LessonInput['sources']> };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The ordering key of a lesson-file date: [year, month or 0, day or 0]. */
function key(date: string): [number, number, number] {
  const m = /^(-?\d+)(?:-(\d\d))?(?:-(\d\d))?/.exec(date)!;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

function compare(a: string, b: string): number {
  const [ay, am, ad] = key(a);
  const [by, bm, bd] = key(b);
  return ay - by || am - bm || ad - bd;
}

/**
 * Sorts lesson-file events the way a timeline shows them: by date, a less precise date first; on the same date an
 * event without an end first, then by end; else file order.
 */
export function inTimeOrder<T extends { date: string; endDate?: string }>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) =>
      compare(a.date, b.date) ||
      (a.endDate && b.endDate ? compare(a.endDate, b.endDate) : a.endDate ? 1 : b.endDate ? -1 : 0),
  );
}

/**
 * A valid lesson of `count` events: mostly day dates, some months and years, a share of ranges, tags from
 * {@link GENERATED_TAGS} (every event has at least one), descriptions and citations on a regular share of events.
 */
export function generateLesson(count: number, options: GenerateOptions = {}): GeneratedLesson {
  const { seed = 1, fromYear = 1900, years = 120, ranges = 0.05, describeEvery = 3, citeEvery = 5 } = options;
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const raw: EventInput[] = [];
  for (let i = 0; i < count; i++) {
    const year = fromYear + Math.floor(random() * years);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const precision = random();
    const date =
      precision < 0.1
        ? pad(year, 4)
        : precision < 0.3
          ? `${pad(year, 4)}-${pad(month)}`
          : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    const tags = [...new Set([pick(GENERATED_TAGS), ...(random() < 0.4 ? [pick(GENERATED_TAGS)] : [])])];
    const ev: EventInput = { date, title: `${pick(TITLES)} ${i + 1}`, tags };
    if (random() < ranges) {
      const endYear = year + 1 + Math.floor(random() * 3);
      ev.endDate = `${pad(Math.min(endYear, fromYear + years - 1), 4)}-${pad(month)}`;
      if (key(ev.endDate)[0] <= year) delete ev.endDate;
    }
    raw.push(ev);
  }
  const events = inTimeOrder(raw).map((ev, i) => {
    const out: EventInput = { id: `g${pad(i + 1, 6)}`, ...ev };
    if (describeEvery && i % describeEvery === 0) out.description = `What happened at step ${i + 1}, in a sentence.`;
    if (citeEvery && i % citeEvery === 0) out.sources = ['gen-source'];
    return out;
  });
  return {
    title: `${count} generated events`,
    lang: 'en',
    events,
    sources: [{ id: 'gen-source', title: 'A generated source' }],
  };
}

const TITLES = [
  'Treaty signed',
  'Talks resume',
  'Report published',
  'Ceasefire announced',
  'Conference opens',
  'Resolution adopted',
  'Border reopens',
  'Envoy visits',
];
