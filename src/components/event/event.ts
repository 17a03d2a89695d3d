import { MarkupElement } from '../markup-element.js';

/**
 * One event of a timeline written in the page, as a child of `<edu-timeline>`, for teachers who would rather write
 * HTML than a lesson file:
 *
 * ```html
 * <edu-timeline>
 *   <edu-event date="2022-11-28" tags="ttp ceasefire">
 *     <h3>TTP ends its ceasefire</h3>
 *     <p>The group calls off the truce agreed with the government in June.</p>
 *   </edu-event>
 * </edu-timeline>
 * ```
 *
 * The timeline reads it into the same lesson model as a file (and checks it the same way): the first heading is the
 * title, the rest the description (emphasis, links and lists are kept; other markup is reduced to its text), and a
 * first `<img>` (with its `alt`, and a `<figcaption>` around it if any) the picture. Before the page's script runs,
 * or without it, the events show as the plain HTML they are; once the timeline runs, it draws them itself.
 *
 * @tag edu-event
 * @summary One event of a timeline, written as HTML inside `<edu-timeline>`.
 *
 * @attr {string} date - When it happened: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally `THH:MM`; a leading `-` for years BCE.
 * @attr {string} end-date - When it ended, for an event that lasted (same forms).
 * @attr {string} display-date - Text shown instead of the formatted date: "Spring 2024", "c. 1450".
 * @attr {string} tags - Tags for the timeline's filter, separated by spaces or commas.
 * @attr {string} id - A stable id (letters, digits, - and _), used in deep links; made from the title when absent.
 * @attr {string} source - Where the event is told, as text: the title of an article or a report. Listed with the lesson's sources and cited by the event; events with the same text share one source.
 * @attr {string} source-url - The address of that source (http or https only): it becomes a link in the list of sources. Without `source` it is reported, as a source is listed by its title.
 *
 * @slot - The title (first heading) and the description.
 */
export class EduEvent extends MarkupElement {}
