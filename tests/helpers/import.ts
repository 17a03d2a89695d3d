/** Shared by the importer tests: convert and check in one go, and find a reported problem by its words. */
import { expect } from '@open-wc/testing';
import { importLesson, type ImportResult } from '../../src/lesson/import/index.js';
import { parseLesson } from '../../src/lesson/parse.js';
import { formatProblem } from '../../src/lesson/problems.js';
import type { EventInput, LessonInput, LessonProblem, ParseResult } from '../../src/lesson/types.js';

export interface Converted {
  imported: ImportResult;
  /** The converted lesson file, before checking. */
  lesson: LessonInput;
  /** The converted lesson, checked as any lesson file is. */
  parsed: ParseResult;
}

/** Converts `input` as the elements do: the importer, then parseLesson with the importer's places. */
export function convert(input: unknown, format: 'csv' | 'timelinejs'): Converted {
  const imported = importLesson(input, format);
  const parsed = parseLesson(imported.input, { places: imported.places });
  return { imported, lesson: imported.input as LessonInput, parsed };
}

function find(problems: readonly LessonProblem[], message: string | RegExp): LessonProblem | undefined {
  return problems.find((p) => (typeof message === 'string' ? p.message.includes(message) : message.test(p.message)));
}

/** The problem whose message contains (or matches) `message`, of that severity, with a fix; fails listing all. */
export function expectProblem(
  problems: readonly LessonProblem[],
  message: string | RegExp,
  severity: 'error' | 'warning',
): LessonProblem {
  const found = find(problems, message);
  expect(found, `no problem matching ${String(message)} in: ${problems.map(formatProblem).join(' | ')}`).to.not.equal(
    undefined,
  );
  expect(found!.severity).to.equal(severity);
  expect(found!.fix.length, 'every problem says how to fix it').to.be.greaterThan(5);
  return found!;
}

/** The text a Markdown description shows, for comparing with the plain text it came from. */
export function unescapeMarkdown(markdown: string | undefined): string | undefined {
  return markdown?.replace(/\\(.)/g, '$1');
}

/**
 * Checks that converted events carry the default lesson's events (in the same order): date, display date, title,
 * description (as the reader sees it) and the first tag, the one a TimelineJS group or a spreadsheet keeps.
 */
export function expectSameEvents(events: readonly EventInput[], seed: readonly EventInput[]): void {
  expect(events.length).to.equal(seed.length);
  events.forEach((event, i) => {
    const original = seed[i];
    expect(event.date, original.id).to.equal(original.date);
    expect(event.displayDate, original.id).to.equal(original.displayDate);
    expect(event.title, original.id).to.equal(original.title);
    expect(unescapeMarkdown(event.description), original.id).to.equal(original.description);
    expect(event.tags, original.id).to.deep.equal([original.tags![0]]);
  });
}
