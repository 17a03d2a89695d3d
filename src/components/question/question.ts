import { MarkupElement } from '../markup-element.js';

/**
 * One question of a quiz written in the page, as a child of `<edu-quiz>` or `<edu-lesson>`, for teachers who would
 * rather write HTML than a lesson file:
 *
 * ```html
 * <edu-quiz>
 *   <edu-question answer="November 2022" event="ttp-ceasefire-ends">
 *     <p>When did the TTP end its ceasefire with the government?</p>
 *     <ol>
 *       <li>August 2021</li>
 *       <li>November 2022</li>
 *       <li>March 2024</li>
 *     </ol>
 *     <details>
 *       <summary>Answer</summary>
 *       <p>It ended the ceasefire in November 2022; attacks have risen since.</p>
 *     </details>
 *   </edu-question>
 * </edu-quiz>
 * ```
 *
 * The quiz reads it into the same lesson model as a file (and checks it the same way): the first heading (or, without
 * one, the first paragraph) is the question, the items of the first list are the answers to choose from, in their
 * order, and the rest is the explanation shown once the pupil has answered (emphasis, links and lists are kept). Before
 * the page's script runs, or without it, the question and its answers show as the plain HTML they are, the right one
 * unmarked; once the quiz runs, it draws them itself. An explanation shows there too, unless it is folded in a
 * `<details>` (its `<summary>`, "Answer", is not part of the explanation).
 *
 * @tag edu-question
 * @summary One multiple-choice question, written as HTML inside `<edu-quiz>` or `<edu-lesson>`.
 *
 * @attr {string} answer - The right answer, written exactly as one of the list's items.
 * @attr {string} event - The id of the event the question is about: after checking, a link shows it on the timeline.
 * @attr {string} stat - The id of the figure the question is about.
 * @attr {string} id - A stable id (letters, digits, - and _); made from the question when absent.
 *
 * @slot - The question (first heading or paragraph), the answers (the first list) and the explanation (the rest).
 */
export class EduQuestion extends MarkupElement {}
