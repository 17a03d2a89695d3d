/**
 * The importers: TimelineJS3 files and spreadsheets (CSV) converted into the lesson-file shape, for `parseLesson`.
 *
 * Loaded on demand (a dynamic import in the lesson controller), so the CSV parser stays out of the main bundle: only
 * a page that reads such a file downloads it. Nothing else may import this module or its parts, except `detect.ts`,
 * which is not one of them.
 */
import type { LessonProblem, Places } from '../types.js';
import { importCsv } from './csv.js';
import { importTimelineJs } from './timelinejs.js';

/** A foreign file converted into a lesson file, ready for `parseLesson(input, { places })`. */
export interface ImportResult {
  /** The lesson-file object (or, for a file that is not even valid JSON, the text, so parseLesson explains it). */
  input: unknown;
  /**
   * What the conversion could not carry over (warnings, one per kind) and what made a slide or row unusable
   * (errors). Everything parseLesson finds comes on top of these.
   */
  problems: LessonProblem[];
  /** Where each produced item came from (`Row 7`, `TimelineJS event 3`), for parseLesson's messages. */
  places?: Places;
}

/** Converts a TimelineJS3 file (JSON text or object) or a spreadsheet (CSV text) into a lesson file. Never throws. */
export function importLesson(input: unknown, format: 'timelinejs' | 'csv'): ImportResult {
  try {
    return format === 'csv' ? importCsv(input) : importTimelineJs(input);
  } catch (e) {
    // A fault of ours must not blank the page without a word: it is reported like any unreadable file.
    const reason = e instanceof Error ? e.message : String(e);
    return {
      input: {},
      problems: [
        {
          severity: 'error',
          path: '',
          message: `the ${format === 'csv' ? 'spreadsheet' : 'TimelineJS file'} could not be converted (${reason})`,
          fix: 'please report this, with the file, to the makers of edu-timeline',
        },
      ],
    };
  }
}

export type { LessonFormat } from './detect.js';
