import { MarkupElement } from '../markup-element.js';

/**
 * One period of a timeline written in the page, as a child of `<edu-timeline>` or `<edu-lesson>`: a band across the
 * years it covers, named by its text.
 *
 * ```html
 * <edu-timeline>
 *   <edu-era start="2022-11" end="2024-06">After the TTP ceasefire ended</edu-era>
 *   <edu-event date="2022-11"><h3>The TTP ends its ceasefire</h3></edu-event>
 * </edu-timeline>
 * ```
 *
 * The timeline reads it into the same lesson model as a file (and checks it the same way): its text is the period's
 * name. Before the page's script runs, or without it, the name shows as plain text; once the timeline runs, it draws
 * the period itself.
 *
 * @tag edu-era
 * @summary One period of a timeline (a band across its years), written as HTML inside `<edu-timeline>` or `<edu-lesson>`.
 *
 * @attr {string} start - When the period begins: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a leading `-` for years BCE).
 * @attr {string} end - When it ends (same forms), not before `start`.
 * @attr {string} id - A stable id (letters, digits, - and _); made from the name when absent.
 *
 * @slot - The period's name.
 */
export class EduEra extends MarkupElement {}
