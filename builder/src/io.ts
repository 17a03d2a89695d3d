/**
 * Getting lessons in and out of the builder: reading pasted text or a file (a lesson file, a TimelineJS file or a
 * spreadsheet saved as CSV), downloading a file, copying text. Formats are told apart and converted by the library's
 * own code (src/lesson/import/), and JSON mistakes are explained by `parseLesson`, as the elements do.
 */
import { MAX_LESSON_BYTES } from '../../src/controllers/lesson-controller.js';
import { detectFormat, type LessonFormat } from '../../src/lesson/import/detect.js';
import { importLesson } from '../../src/lesson/import/index.js';
import { parseLesson } from '../../src/lesson/parse.js';
import type { LessonProblem } from '../../src/lesson/types.js';
import { isRecord, snapshot, type Draft } from './draft.js';

/** What reading a lesson gave: the lesson, with notes from its conversion, or why there is none. */
export type ReadResult =
  | { ok: true; draft: Draft; format: LessonFormat; notes: LessonProblem[] }
  | { ok: false; format: LessonFormat | 'file'; problems: LessonProblem[] };

/** The format's name in a teacher's words. */
export const FORMAT_NAMES: Readonly<Record<LessonFormat, string>> = {
  json: 'a lesson file',
  timelinejs: 'a TimelineJS file',
  csv: 'a spreadsheet (CSV)',
};

/**
 * Reads a lesson from text: a lesson file (JSON), a TimelineJS file, or a spreadsheet saved as CSV (commas,
 * semicolons or tabs, so cells copied from a spreadsheet paste too). Never throws.
 */
export function readLessonText(text: string): ReadResult {
  const format = detectFormat(text);
  if (format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // parseLesson says what is wrong with the JSON, with the line and column, in the words the elements use.
      return { ok: false, format, problems: errorsOf(parseLesson(text).problems) };
    }
    if (!isRecord(value)) return { ok: false, format, problems: errorsOf(parseLesson(value).problems) };
    return { ok: true, draft: value, format, notes: [] };
  }
  const imported = importLesson(text, format);
  const input = imported.input;
  if (!isRecord(input) || Object.keys(input).length === 0) {
    const problems = imported.problems.length
      ? imported.problems
      : errorsOf(parseLesson(typeof input === 'string' ? input : text).problems);
    return { ok: false, format, problems };
  }
  // Through JSON, so the draft holds exactly what a lesson file would (no undefined fields from the conversion).
  return { ok: true, draft: snapshot(input), format, notes: imported.problems };
}

/** Reads a lesson from a file the teacher chose or dropped. */
export async function readLessonFile(file: File): Promise<ReadResult> {
  const name = file.name;
  if (file.size > MAX_LESSON_BYTES) {
    return failure(
      `"${name}" is larger than ${MAX_LESSON_BYTES / 1024 / 1024} MB, the most a lesson file may be`,
      'check that you chose the lesson file, or split the lesson into smaller ones',
    );
  }
  if (/\.(xlsx|xlsm|xls|ods|numbers)$/i.test(name)) {
    return failure(
      `"${name}" is a spreadsheet in its program’s own format, which the builder cannot read`,
      'save it as CSV first: in Excel, File › Save a copy › CSV UTF-8; in Google Sheets, File › Download › Comma-separated values (.csv)',
    );
  }
  if (/\.(docx?|odt|pages|rtf|pdf)$/i.test(name)) {
    return failure(
      `"${name}" is a document, not a lesson file`,
      'choose the lesson file (.json) or a spreadsheet saved as CSV (.csv)',
    );
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return failure(
      `"${name}" could not be read (${e instanceof Error ? e.message : String(e)})`,
      'check that the file is still there, then choose it again',
    );
  }
  return readLessonText(text);
}

function failure(message: string, fix: string): ReadResult {
  return { ok: false, format: 'file', problems: [{ severity: 'error', path: '', message, fix }] };
}

function errorsOf(problems: LessonProblem[]): LessonProblem[] {
  const errors = problems.filter((p) => p.severity === 'error');
  return errors.length ? errors : problems;
}

/** Saves `blob` as a file named `name` in the browser's downloads, as a link with `download` does. */
export function downloadFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click returns: the address must outlive it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copies `text` to the clipboard. Where the page may not write to it (an old browser, a frame without permission),
 * selects the text in `field` instead, for the teacher to copy with Ctrl+C. Returns whether it was copied.
 */
export async function copyText(text: string, field?: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.focus();
    field.select();
    try {
      // The old way, still honoured where the Clipboard API is not allowed (e.g. in some frames).
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** "12 KB", "1.4 MB": a file's size for a status line. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
