import { TimelineLinkController } from '../../controllers/timeline-link-controller.js';
import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { FrameController, postToHost } from '../../controllers/frame-controller.js';
import { LessonController } from '../../controllers/lesson-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { formatDateRange, safeLocale } from '../../dates/format.js';
import { compareDates, samePeriod, type PartialDate } from '../../dates/partial-date.js';
import { EduQuizCompleteEvent } from '../../events/edu-quiz-complete.js';
import type { Strings } from '../../i18n/strings.js';
import type { Lesson, Question, TimelineEvent } from '../../lesson/types.js';
import { statusStyles, tokens } from '../../styles/shared.styles.js';
import { clampLevel, heading } from '../../templates/heading.js';
import { renderRichText } from '../../templates/rich-text.js';
import { hasDifferentTimes, hasQuiz } from './has-quiz.js';
import { styles } from './quiz.styles.js';

/** The key progress is kept under in localStorage, followed by the lesson's id. */
export const QUIZ_STORAGE_PREFIX = 'edu-timeline:quiz:';

/** The fewest events the ordering task asks for (fewer only when the lesson has fewer). */
const MIN_ORDER_COUNT = 3;

/**
 * A quiz on a lesson: put some of its events in order, and answer its multiple-choice `questions`.
 *
 * The lesson comes from, first found wins: the `data` property, an inline `<script type="application/json">` child,
 * `<edu-event>` and `<edu-question>` children, or the `src` attribute, as for `<edu-timeline>`.
 *
 * **Putting events in order.** `order-count` events (5 by default) are picked across the lesson's time span,
 * preferring events with different dates, and shown shuffled (never already in order, shuffled anew on each
 * attempt) without their dates. Pupils drag them by their handles (mouse, touch or pen) or use each event's "Move
 * up" and "Move down" buttons. Events whose dates are the same at the precision they are known to (two events of
 * "2024-05") may stand in either order. "Check order" marks each event right or wrong (an event is right when it
 * stands where it could stand in a right order) and lists the right order with dates and the time between events.
 *
 * **Multiple choice.** "Check answers" marks each answered question right or wrong and shows its explanation; a
 * question left unanswered is said to be unanswered, not counted wrong, and stays open to answer and check. The
 * score counts right answers out of every question. Checked questions are locked until "Try again". "Show answers"
 * marks every right answer and shows every explanation.
 *
 * **Progress** (answers, what was checked, the last order score) is kept in the browser's localStorage under
 * `edu-timeline:quiz:<lesson id>` and restored on the next visit. A lesson without an `id` keeps nothing: there is
 * no way to tell its progress from another lesson's. Storage that is blocked (a sandboxed frame, private mode)
 * only means nothing is kept.
 *
 * @tag edu-quiz
 * @summary A quiz on a lesson: put events in order by dragging or with buttons, and answer multiple-choice questions, with feedback that teaches.
 *
 * @slot - The lesson, when it is written in the page: a `<script type="application/json">` (or `type="text/csv"`) holding a lesson file, or `<edu-event>` and `<edu-question>` children (see `<edu-question>`). These are read as data; before the script runs (or without it) they show as plain HTML, the right answers unmarked.
 *
 * @fires {EduQuizCompleteEvent} edu-quiz-complete - A pupil checked the order of events, or checked the questions with every one answered. `detail`: `{ lessonId, part, score, total }`. Not fired for restored progress. In a frame, the same is posted to the parent page as `{ subject: 'edu-timeline.quizComplete', lesson, part, score, total }`.
 * @fires {EduLoadEvent} edu-load - The lesson was read and rendered. `detail`: `{ lesson, problems }`.
 * @fires {EduErrorEvent} edu-error - Some or all of the lesson could not be shown. `detail`: `{ problems, fatal }`.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart heading - The quiz's heading (when `heading` is set).
 * @csspart order - The ordering task.
 * @csspart choice - The multiple-choice task.
 * @csspart task-heading - The heading of each task (and of the answer key).
 * @csspart help - The instructions of a task.
 * @csspart list - The list of events to put in order.
 * @csspart item - One event to put in order.
 * @csspart handle - The handle an event is dragged by.
 * @csspart move - A "Move up" or "Move down" button.
 * @csspart mark - A "Right", "Wrong", "Not answered" or "Right answer" mark (an icon and a word).
 * @csspart result - A task's score line (`role="status"`), which takes the focus after checking.
 * @csspart feedback - What checking shows below a task or a question: the right order with dates, or an explanation.
 * @csspart question - One multiple-choice question (a `<fieldset>`).
 * @csspart prompt - A question's text (its `<legend>`).
 * @csspart option - One answer to choose (a `<label>` with its radio button).
 * @csspart explanation - Why an answer is right.
 * @csspart button - The tasks' buttons: "Check order", "Check answers", "Show answers", "Try again", "Reset progress".
 * @csspart timeline-link - A "See on the timeline" button (with `for`).
 * @csspart progress - The line saying that answers are kept, with "Reset progress".
 * @csspart answer-key - The answer key, printed with `print-answers` and never shown on screen.
 * @csspart error - The panel listing problems in the lesson data (`role="alert"`).
 * @csspart error-title - The panel's summary line, which folds and unfolds the list.
 * @csspart error-count - The number of problems, in that line.
 * @csspart error-place - Where one problem is, in words: "Question 2 ('When did …')".
 * @csspart error-fix - How to fix one problem.
 * @csspart status - The loading message.
 * @csspart empty - The line saying that the lesson has nothing for the task `mode` asks for.
 *
 * @cssprop [--edu-color-text=#1b1f29] - Text colour.
 * @cssprop [--edu-color-muted=#4a5262] - Secondary text and the move buttons' borders.
 * @cssprop [--edu-color-surface=#ffffff] - Background of events and questions.
 * @cssprop [--edu-color-subtle=#f3f5f9] - Background of the event being dragged and of answers under the pointer.
 * @cssprop [--edu-color-border=#c9cfda] - Borders of events and questions.
 * @cssprop [--edu-color-accent=#0b5cad] - Buttons, radio buttons and links.
 * @cssprop [--edu-color-right=#1b6e2d] - The "Right" marks.
 * @cssprop [--edu-color-error=#a11a1d] - The "Wrong" marks, and the problems panel.
 * @cssprop [--edu-color-error-surface=#fdf1f1] - Background of the problems panel.
 * @cssprop [--edu-font-family=system-ui] - Font family.
 * @cssprop [--edu-radius=0.5rem] - Corner radius.
 * @cssprop [--edu-space=1rem] - Base spacing.
 * @cssprop [--edu-focus-ring=3px solid accent] - Focus outline.
 */
export class EduQuiz extends LitElement {
  static override properties = {
    theme: { reflect: true },
    src: { reflect: true },
    data: { attribute: false },
    timeout: { type: Number },
    format: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    mode: {},
    orderCount: { type: Number, attribute: 'order-count' },
    for: {},
    printAnswers: { type: Boolean, reflect: true, attribute: 'print-answers' },
    orderIds: { state: true },
    orderMarks: { state: true },
    lastOrder: { state: true },
    answers: { state: true },
    graded: { state: true },
    choiceChecked: { state: true },
    revealed: { state: true },
    announcement: { state: true },
    draggingId: { state: true },
  };

  static override styles = [tokens, statusStyles, styles];

  /** URL of a lesson file (JSON). Ignored when `data` is set or the element holds inline JSON. */
  src: string | null;

  /** A lesson object, checked like a file. Wins over inline JSON and `src`. */
  data: unknown;

  /** Seconds to wait for `src` to load before saying it could not be loaded (default 15). */
  timeout: number;

  /**
   * What the lesson is written in: `json` (a lesson file), `timelinejs` (a TimelineJS3 JSON file) or `csv` (a
   * spreadsheet saved as CSV). Unset: told from the content.
   */
  format: 'json' | 'timelinejs' | 'csv' | 'auto' | null;

  /** A heading above the quiz, e.g. "Check what you know". None when empty; the tasks' headings are then at `heading-level`. */
  heading: string | null;

  /** Level (1–6) of that heading; the tasks' headings are one level below it (at this level when there is no heading). */
  headingLevel: number;

  /** Which tasks to show: `all` (default), `order` (putting events in order) or `choice` (the questions). */
  mode: 'all' | 'order' | 'choice';

  /** How many events the ordering task uses: 5 by default, at least 3, at most as many as the lesson has. */
  orderCount: number;

  /**
   * The id of an `<edu-timeline>` on the page: the feedback then offers "See on the timeline" for each event of the
   * right order and for each question about an event, which selects that event there (through its `show()`).
   */
  for: string | null;

  /** Print an answer key (the right order with dates, and each question's right answer) on a page of its own. */
  printAnswers: boolean;

  /** `light`, `dark`, or unset to follow the reader's system setting. */
  theme: 'light' | 'dark' | null;

  /** The events to order, by id, in the order the pupil has them now. */
  private orderIds: string[];
  /** After "Check order": for each position, whether its event may stand there. */
  private orderMarks: boolean[] | null;
  /** The score of the last check of the order, kept across visits. */
  private lastOrder: Score | null;
  /** The chosen answer (index into `choices`) of each answered question, by question id. */
  private answers: Readonly<Record<string, number>>;
  /** Ids of the questions marked by "Check answers": locked until "Try again". */
  private graded: readonly string[];
  /** Whether "Check answers" has been pressed since the last "Try again". */
  private choiceChecked: boolean;
  /** Whether "Show answers" has been pressed since the last "Try again". */
  private revealed: boolean;
  /** The text of the polite live region: where a moved event went. */
  private announcement: string;
  /** The id of the event being dragged. */
  private draggingId: string | null;

  constructor() {
    super();
    this.theme = null;
    this.src = null;
    this.data = undefined;
    this.timeout = 15;
    this.format = null;
    this.heading = null;
    this.headingLevel = 2;
    this.mode = 'all';
    this.orderCount = 5;
    this.for = null;
    this.printAnswers = false;
    this.orderIds = [];
    this.orderMarks = null;
    this.lastOrder = null;
    this.answers = {};
    this.graded = [];
    this.choiceChecked = false;
    this.revealed = false;
    this.announcement = '';
    this.draggingId = null;
  }

  private readonly lessonData: LessonController = new LessonController(
    this,
    {
      has: hasQuiz,
      message: (t) => ({ message: t.noQuiz, fix: t.noQuizFix }),
    },
    () => this.localize.t,
  );

  private readonly links = new TimelineLinkController(this, () => this.for);

  private readonly localize = new LocalizeController(this, () => this.lessonData.lesson?.lang, true);

  private readonly frame = new FrameController(this);

  /** The lesson (and event count) the quiz state below belongs to. */
  private stateOf: { lesson: Lesson | null; count: number } = { lesson: null, count: 0 };
  /** The events of the ordering task, in date order. */
  private picked: TimelineEvent[] = [];
  private drag?: Drag;

  /** The checked lesson being shown, or `null` while loading or when nothing could be shown. */
  get lesson(): Lesson | null {
    return this.lessonData.lesson;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.endDrag(false);
  }

  /** Runs after the controllers (which load the lesson) and before render: a new lesson gets fresh quiz state. */
  protected override update(changed: PropertyValues<this>): void {
    this.syncState();
    super.update(changed);
  }

  private get shows(): { order: boolean; choice: boolean } {
    const mode = (this.mode ?? '').trim().toLowerCase();
    return { order: mode !== 'choice', choice: mode !== 'order' };
  }

  private syncState(): void {
    const lesson = this.lessonData.lesson;
    const count = lesson ? orderCountFor(this.orderCount, lesson.events.length) : 0;
    if (lesson === this.stateOf.lesson && count === this.stateOf.count) return;
    const sameLesson = lesson === this.stateOf.lesson;
    this.stateOf = { lesson, count };
    this.endDrag(false);
    this.picked = lesson && hasDifferentTimes(lesson.events) ? pickEvents(lesson.events, count) : [];
    this.orderIds = shuffled(this.picked).map((e) => e.id);
    this.orderMarks = null;
    this.announcement = '';
    // Only the number of events changed: the answers to the questions stay.
    if (sameLesson) return;
    const saved = lesson ? readProgress(lesson) : null;
    this.answers = saved?.answers ?? {};
    this.graded = saved?.graded ?? [];
    this.choiceChecked = saved?.checked ?? false;
    this.revealed = saved?.revealed ?? false;
    this.lastOrder = saved?.order ?? null;
  }

  /** A part of a lesson draws first in a task of its own (see `LessonController.schedule`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.lessonData.schedule(() => super.scheduleUpdate());
  }

  protected override render(): TemplateResult {
    const lesson = this.lessonData.lesson;
    const t = this.localize.t;
    return html`<div part="base" aria-busy=${this.lessonData.loading ? 'true' : 'false'}>
      ${this.lessonData.renderStatus(t)} ${lesson ? this.renderQuiz(lesson, t) : nothing}
    </div>`;
  }

  private renderQuiz(lesson: Lesson, t: Strings): TemplateResult {
    const level = clampLevel(this.headingLevel);
    const sub = this.heading ? Math.min(6, level + 1) : level;
    const shows = this.shows;
    return html`${this.heading ? heading(level, 'heading', this.heading, 'heading') : nothing}
      ${shows.order ? this.renderOrder(lesson, t, sub) : nothing}
      ${shows.choice ? this.renderChoice(lesson, t, sub) : nothing} ${lesson.id ? this.renderProgress(t) : nothing}
      ${this.renderAnswerKey(lesson, t, sub)}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>`;
  }

  /* ---------- putting events in order ---------- */

  private renderOrder(lesson: Lesson, t: Strings, level: number): TemplateResult {
    const title = heading(level, 'task-heading', t.quizOrderHeading, 'order-heading');
    if (this.picked.length < 2) {
      // Only reached with mode="order": "all" quietly leaves out a task the lesson has nothing for.
      if (this.shows.choice) return html``;
      return html`<div part="order">
        ${title}
        <p part="empty">${t.quizNoOrder}</p>
      </div>`;
    }
    const events = this.orderEvents();
    const marks = this.orderMarks;
    // Positions in the reader's digits (Arabic-Indic in Arabic), as the stat cards write their figures.
    const position = new Intl.NumberFormat(safeLocale(this.localize.lang));
    const score = marks ? marks.filter(Boolean).length : 0;
    return html`<div part="order">
      ${title}
      <p part="help" class="screen-only">${t.quizOrderHelp}</p>
      <p part="help" class="print-only">${t.quizOrderPrintHelp}</p>
      <ol part="list" class=${this.draggingId ? 'dragging' : ''} lang=${ifDefined(lesson.lang)}>
        ${repeat(
          events,
          (e) => e.id,
          (e, i) => this.renderItem(e, i, events.length, marks?.[i], position, t),
        )}
      </ol>
      <p part="result" role="status" tabindex="-1">
        ${marks ? t.quizOrderScore(score, marks.length) : ''}${
          !marks && this.lastOrder ? t.quizLastOrderScore(this.lastOrder.score, this.lastOrder.total) : ''
        }
      </p>
      ${marks ? this.renderRightOrder(lesson, t) : nothing}
      <p class="actions">
        ${
          marks
            ? html`<button type="button" part="button" @click=${this.retryOrder}>${t.quizTryAgain}</button>`
            : html`<button type="button" part="button" class="primary" @click=${this.checkOrder}>
                ${t.quizCheckOrder}
              </button>`
        }
      </p>
    </div>`;
  }

  private renderItem(
    e: TimelineEvent,
    i: number,
    n: number,
    mark: boolean | undefined,
    position: Intl.NumberFormat,
    t: Strings,
  ): TemplateResult {
    const checked = mark !== undefined;
    const state = checked ? (mark ? 'right' : 'wrong') : this.draggingId === e.id ? 'dragging' : '';
    return html`<li part="item" class=${state} data-id=${e.id}>
      ${
        checked
          ? nothing
          : html`<span part="handle" aria-hidden="true" @pointerdown=${(ev: PointerEvent) => this.startDrag(ev, e.id)}
              >${GRIP}</span
            >`
      }
      <span class="position" aria-hidden="true">${position.format(i + 1)}</span>
      <span class="title">${e.title}</span>
      ${checked ? renderMark(mark, mark ? t.quizRight : t.quizWrong, t) : nothing}
      ${
        checked
          ? nothing
          : html`<span class="moves" lang=${t.lang}>
              <button type="button" part="move" ?disabled=${i === 0} @click=${() => void this.move(e.id, -1)}>
                ${ARROW_UP}<span class="visually-hidden">${t.quizMoveUp(e.title)}</span>
              </button>
              <button type="button" part="move" ?disabled=${i === n - 1} @click=${() => void this.move(e.id, 1)}>
                ${ARROW_DOWN}<span class="visually-hidden">${t.quizMoveDown(e.title)}</span>
              </button>
            </span>`
      }
    </li>`;
  }

  /** After checking: the events in a right order, each with its date and the time since the one before. */
  private renderRightOrder(lesson: Lesson, t: Strings): TemplateResult {
    const lang = this.localize.lang;
    const timeline = this.links.timeline;
    return html`<div part="feedback">
      <p class="feedback-title">${t.quizCorrectOrder}</p>
      <ol class="right-order" lang=${ifDefined(lesson.lang)}>
        ${this.picked.map((e, i) => {
          const previous = this.picked[i - 1];
          const gap = previous ? gapText(previous.date, e.date, this.localize.gap(previous.date, e.date), t) : '';
          return html`<li>
            <div class="row">
              <div class="event">
                <span class="title">${e.title}</span>
                <span class="date"
                  >${dateText(e, lang)}${gap ? html` · <span lang=${t.lang}>${gap}</span>` : nothing}</span
                >
              </div>
              ${timeline ? this.renderTimelineLink(e.id, e.title, t) : nothing}
            </div>
          </li>`;
        })}
      </ol>
    </div>`;
  }

  private orderEvents(): TimelineEvent[] {
    const byId = new Map(this.picked.map((e) => [e.id, e]));
    return this.orderIds.map((id) => byId.get(id)).filter((e): e is TimelineEvent => e !== undefined);
  }

  private itemOf(id: string): HTMLElement | null {
    // Compared, not put into a selector: no escaping, and no CSS.escape, which a test DOM such as jsdom lacks.
    return (
      [...this.renderRoot.querySelectorAll<HTMLElement>("[part~='item'][data-id]")].find(
        (el) => el.dataset.id === id,
      ) ?? null
    );
  }

  /** Moves an event one place up (-1) or down (1); the focus stays on the same button, or the other one at an end. */
  private async move(id: string, by: -1 | 1): Promise<void> {
    const from = this.orderIds.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= this.orderIds.length || this.orderMarks) return;
    const before = this.itemOf(id)?.getBoundingClientRect().top;
    const ids = [...this.orderIds];
    [ids[from], ids[to]] = [ids[to], ids[from]];
    this.orderIds = ids;
    this.announceMove(id);
    await this.updateComplete;
    const item = this.itemOf(id);
    if (!item) return;
    const [up, down] = item.querySelectorAll<HTMLButtonElement>("[part~='move']");
    const wanted = by < 0 ? up : down;
    (wanted?.disabled ? (by < 0 ? down : up) : wanted)?.focus();
    if (before !== undefined) slide(item, before - item.getBoundingClientRect().top);
  }

  private announceMove(id: string): void {
    const event = this.picked.find((e) => e.id === id);
    const position = this.orderIds.indexOf(id);
    if (event && position >= 0) {
      this.announcement = this.localize.t.quizMoved(event.title, position + 1, this.orderIds.length);
    }
  }

  private readonly checkOrder = async (): Promise<void> => {
    const marks = gradeOrder(this.orderEvents());
    const score = marks.filter(Boolean).length;
    this.orderMarks = marks;
    this.lastOrder = { score, total: marks.length };
    this.announcement = '';
    this.save();
    this.complete('order', score, marks.length);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("[part~='order'] [part~='result']")?.focus();
  };

  private readonly retryOrder = async (): Promise<void> => {
    this.orderIds = shuffled(this.picked).map((e) => e.id);
    this.orderMarks = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("[part~='item'] [part~='move']:not([disabled])")?.focus();
  };

  /* ---------- dragging (Pointer Events: mouse, touch and pen) ---------- */

  private startDrag(e: PointerEvent, id: string): void {
    if (this.orderMarks || this.drag || (e.pointerType === 'mouse' && e.button !== 0)) return;
    // No text selection, no native drag and drop of the item's text.
    e.preventDefault();
    this.drag = { id, pointerId: e.pointerId, start: [...this.orderIds] };
    this.draggingId = id;
    // On the window, not the handle: the handle's item moves in the list as it is dragged.
    window.addEventListener('pointermove', this.onDragMove);
    window.addEventListener('pointerup', this.onDragEnd);
    window.addEventListener('pointercancel', this.onDragCancel);
    window.addEventListener('keydown', this.onDragKey);
  }

  /** The dragged event goes below every other event whose middle is above the pointer: the list reorders live. */
  private readonly onDragMove = (e: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    const others = [...this.renderRoot.querySelectorAll<HTMLElement>("[part~='item']")].filter(
      (li) => li.dataset.id !== drag.id,
    );
    const index = others.filter((li) => {
      const r = li.getBoundingClientRect();
      return e.clientY > r.top + r.height / 2;
    }).length;
    if (index === this.orderIds.indexOf(drag.id)) return;
    const ids = this.orderIds.filter((id) => id !== drag.id);
    ids.splice(index, 0, drag.id);
    this.orderIds = ids;
  };

  private readonly onDragEnd = (e: PointerEvent): void => {
    if (this.drag && e.pointerId === this.drag.pointerId) this.endDrag(true);
  };

  private readonly onDragCancel = (e: PointerEvent): void => {
    if (this.drag && e.pointerId === this.drag.pointerId) this.endDrag(false);
  };

  /** Escape puts the list back as it was before the drag. */
  private readonly onDragKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') this.endDrag(false);
  };

  private endDrag(keep: boolean): void {
    const drag = this.drag;
    if (!drag) return;
    this.drag = undefined;
    this.draggingId = null;
    window.removeEventListener('pointermove', this.onDragMove);
    window.removeEventListener('pointerup', this.onDragEnd);
    window.removeEventListener('pointercancel', this.onDragCancel);
    window.removeEventListener('keydown', this.onDragKey);
    if (!keep) this.orderIds = drag.start;
    else if (this.orderIds.indexOf(drag.id) !== drag.start.indexOf(drag.id)) this.announceMove(drag.id);
  }

  /* ---------- multiple choice ---------- */

  private renderChoice(lesson: Lesson, t: Strings, level: number): TemplateResult {
    const title = heading(level, 'task-heading', t.quizChoiceHeading, 'choice-heading');
    const questions = lesson.questions;
    if (!questions.length) {
      if (this.shows.order && this.picked.length >= 2) return html``;
      return html`<div part="choice">
        ${title}
        <p part="empty">${t.quizNoQuestions}</p>
      </div>`;
    }
    const graded = new Set(this.graded);
    const right = questions.filter((q) => graded.has(q.id) && this.answers[q.id] === q.answer).length;
    const allGraded = questions.every((q) => graded.has(q.id));
    let result = '';
    if (this.choiceChecked) {
      const unanswered = questions.length - graded.size;
      result = graded.size
        ? `${t.quizChoiceScore(right, questions.length)}${unanswered ? ` (${t.quizUnanswered(unanswered)})` : ''}.`
        : t.quizNothingAnswered;
    }
    if (this.revealed) result = result ? `${result} ${t.quizAnswersShown}` : t.quizAnswersShown;
    return html`<div part="choice">
      ${title}
      <p part="help" class="print-only">${t.quizChoicePrintHelp}</p>
      <ol class="questions">
        ${questions.map((q, i) => html`<li>${this.renderQuestion(lesson, q, i, graded.has(q.id), t)}</li>`)}
      </ol>
      <p part="result" role="status" tabindex="-1">${result}</p>
      <p class="actions">
        ${
          this.revealed || allGraded
            ? nothing
            : html`<button type="button" part="button" class="primary" @click=${this.checkAnswers}>
                ${t.quizCheckAnswers}
              </button>`
        }
        ${
          this.revealed
            ? nothing
            : html`<button type="button" part="button" @click=${this.showAnswers}>${t.quizShowAnswers}</button>`
        }
        ${
          this.revealed || graded.size
            ? html`<button type="button" part="button" @click=${this.retryChoice}>${t.quizTryAgain}</button>`
            : nothing
        }
      </p>
    </div>`;
  }

  private renderQuestion(lesson: Lesson, q: Question, index: number, graded: boolean, t: Strings): TemplateResult {
    const chosen = this.answers[q.id];
    const answered = chosen !== undefined;
    const revealed = this.revealed;
    let mark: TemplateResult | typeof nothing = nothing;
    if (graded) mark = renderMark(chosen === q.answer, chosen === q.answer ? t.quizRight : t.quizWrong, t);
    else if (this.choiceChecked && !answered) mark = renderMark(undefined, t.quizNotAnswered, t);
    const explain = graded || revealed;
    const timeline = explain && q.event ? this.links.timeline : null;
    const eventTitle = q.event ? lesson.events.find((e) => e.id === q.event)?.title : undefined;
    return html`<div class="question ${graded ? (chosen === q.answer ? 'right' : 'wrong') : ''}">
      <fieldset part="question" ?disabled=${graded || revealed}>
        <legend part="prompt" lang=${ifDefined(lesson.lang)}>${q.prompt}</legend>
        ${q.choices.map(
          (choice, i) =>
            html`<label
              part="option"
              class="${revealed && i === q.answer ? 'right-answer' : ''} ${chosen === i ? 'chosen' : ''}"
            >
              <input
                type="radio"
                name=${`question-${index}`}
                .checked=${live(chosen === i)}
                @change=${() => this.choose(q, i)}
              />
              <span class="option-text" lang=${ifDefined(lesson.lang)}>${choice}</span>
              ${revealed && i === q.answer ? renderMark(true, t.quizRightAnswer, t) : nothing}
            </label>`,
        )}
      </fieldset>
      ${
        mark !== nothing || (explain && q.explanation) || timeline
          ? html`<div part="feedback">
              ${mark}
              ${
                explain && q.explanation
                  ? html`<div part="explanation" lang=${ifDefined(lesson.lang)}>
                      ${renderRichText(q.explanation, t.opensInNewTab)}
                    </div>`
                  : nothing
              }
              ${timeline && q.event ? this.renderTimelineLink(q.event, eventTitle ?? q.event, t) : nothing}
            </div>`
          : nothing
      }
    </div>`;
  }

  private choose(q: Question, index: number): void {
    if (this.graded.includes(q.id) || this.revealed) return;
    this.answers = { ...this.answers, [q.id]: index };
    this.save();
  }

  private readonly checkAnswers = async (): Promise<void> => {
    const questions = this.lessonData.lesson?.questions ?? [];
    const answered = questions.filter((q) => this.answers[q.id] !== undefined);
    this.graded = answered.map((q) => q.id);
    this.choiceChecked = true;
    this.save();
    if (questions.length && answered.length === questions.length) {
      const score = answered.filter((q) => this.answers[q.id] === q.answer).length;
      this.complete('choice', score, questions.length);
    }
    await this.updateComplete;
    this.focusChoiceResult();
  };

  private readonly showAnswers = async (): Promise<void> => {
    this.revealed = true;
    this.save();
    await this.updateComplete;
    this.focusChoiceResult();
  };

  private readonly retryChoice = async (): Promise<void> => {
    this.clearChoice();
    this.save();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>("[part~='choice'] input")?.focus();
  };

  private clearChoice(): void {
    this.answers = {};
    this.graded = [];
    this.choiceChecked = false;
    this.revealed = false;
  }

  private focusChoiceResult(): void {
    this.renderRoot.querySelector<HTMLElement>("[part~='choice'] [part~='result']")?.focus();
  }

  /* ---------- progress, the answer key, the timeline ---------- */

  private renderProgress(t: Strings): TemplateResult {
    return html`<p part="progress">
      ${t.quizSaved}
      <button type="button" part="button" @click=${this.resetProgress}>${t.quizResetProgress}</button>
    </p>`;
  }

  private readonly resetProgress = (): void => {
    const lesson = this.lessonData.lesson;
    if (lesson?.id) removeProgress(lesson.id);
    this.clearChoice();
    this.lastOrder = null;
    this.orderIds = shuffled(this.picked).map((e) => e.id);
    this.orderMarks = null;
    this.announcement = '';
  };

  private save(): void {
    const id = this.lessonData.lesson?.id;
    if (!id) return;
    const progress: Progress = {
      answers: { ...this.answers },
      graded: [...this.graded],
      checked: this.choiceChecked,
      revealed: this.revealed,
      order: this.lastOrder ?? undefined,
    };
    writeProgress(id, progress);
  }

  private complete(part: 'order' | 'choice', score: number, total: number): void {
    const lessonId = this.lessonData.lesson?.id;
    this.dispatchEvent(new EduQuizCompleteEvent({ lessonId, part, score, total }));
    postToHost({ subject: 'edu-timeline.quizComplete', lesson: lessonId, part, score, total });
  }

  private renderAnswerKey(lesson: Lesson, t: Strings, level: number): TemplateResult {
    const shows = this.shows;
    const lang = this.localize.lang;
    const order = shows.order && this.picked.length >= 2;
    const choice = shows.choice && lesson.questions.length > 0;
    return html`<div part="answer-key" hidden>
      ${heading(level, 'task-heading', t.quizAnswerKey)}
      ${
        order
          ? html`<p class="feedback-title">${t.quizCorrectOrder}</p>
              <ol lang=${ifDefined(lesson.lang)}>
                ${this.picked.map((e) => html`<li>${e.title} (${dateText(e, lang)})</li>`)}
              </ol>`
          : nothing
      }
      ${
        choice
          ? html`<p class="feedback-title">${t.quizChoiceHeading}</p>
              <ol lang=${ifDefined(lesson.lang)}>
                ${lesson.questions.map((q) => html`<li>${q.prompt} <strong>${q.choices[q.answer]}</strong></li>`)}
              </ol>`
          : nothing
      }
    </div>`;
  }

  private renderTimelineLink(id: string, title: string, t: Strings): TemplateResult {
    return html`<button
      type="button"
      part="timeline-link"
      lang=${t.lang}
      aria-label=${t.seeOnTimelineEvent(title)}
      @click=${() => this.links.show(id)}
    >
      ${t.seeOnTimeline}
    </button>`;
  }
}

/* ---------- the ordering task: pure functions ---------- */

interface Score {
  score: number;
  total: number;
}

interface Drag {
  id: string;
  pointerId: number;
  /** The order before the drag, restored by Escape or a cancelled pointer. */
  start: string[];
}

/** Negative when `a` is surely before `b`, positive when surely after, 0 when they are at the same time. */
function timeOrder(a: PartialDate, b: PartialDate): number {
  return samePeriod(a, b) ? 0 : compareDates(a, b);
}

/** `order-count` as given, at least {@link MIN_ORDER_COUNT}, at most the number of events. */
function orderCountFor(count: number, events: number): number {
  const n = Number.isFinite(count) ? Math.round(count) : 5;
  return Math.min(events, Math.max(MIN_ORDER_COUNT, n));
}

/**
 * `count` of the (date-sorted) events, spread across the lesson's time: events at the same time form a group, and
 * groups are picked evenly from the first to the last, one event each, so that the events picked have different
 * dates whenever there are enough groups. Past that, groups give a second event each, and so on.
 */
function pickEvents(events: readonly TimelineEvent[], count: number): TimelineEvent[] {
  const groups: TimelineEvent[][] = [];
  for (const e of events) {
    const last = groups[groups.length - 1];
    if (last && samePeriod(last[0].date, e.date)) last.push(e);
    else groups.push([e]);
  }
  const n = Math.min(count, events.length);
  const picked = new Set<TimelineEvent>();
  if (n <= groups.length) {
    for (let i = 0; i < n; i++) picked.add(groups[n === 1 ? 0 : Math.round((i * (groups.length - 1)) / (n - 1))][0]);
  } else {
    for (let round = 0; picked.size < n; round++) {
      for (const group of groups) if (group[round] && picked.size < n) picked.add(group[round]);
    }
  }
  return events.filter((e) => picked.has(e));
}

/** Whether no event stands after one that is surely later. */
function isRightOrder(order: readonly TimelineEvent[]): boolean {
  return order.every((e, i) => order.slice(i + 1).every((later) => timeOrder(later.date, e.date) >= 0));
}

/**
 * For each position, whether its event may stand there in a right order: it has at least as many events before it
 * as are surely earlier, and at least as many after it as are surely later. In a right order every event is right.
 */
function gradeOrder(order: readonly TimelineEvent[]): boolean[] {
  return order.map((e, i) => {
    const earlier = order.filter((o) => timeOrder(o.date, e.date) < 0).length;
    const later = order.filter((o) => timeOrder(o.date, e.date) > 0).length;
    return i >= earlier && i <= order.length - 1 - later;
  });
}

/** The events in a random order that is not a right one (Fisher–Yates, with `Math.random`). */
function shuffled(events: readonly TimelineEvent[]): TimelineEvent[] {
  if (events.length < 2) return [...events];
  for (let attempt = 0; attempt < 50; attempt++) {
    const list = [...events];
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    if (!isRightOrder(list)) return list;
  }
  // Only when nearly every order is right (all but one event at the same time): latest first is always wrong.
  return [...events].reverse();
}

function dateText(e: TimelineEvent, lang: string): string {
  return e.displayDate ?? formatDateRange(e.date, e.endDate, lang);
}

function gapText(a: PartialDate, b: PartialDate, gap: string | undefined, t: Strings): string {
  if (samePeriod(a, b)) return t.quizSameTime;
  return gap ? t.quizGapLater(gap) : '';
}

/** The move from the old place to the new one, unless the reader prefers reduced motion. */
function slide(item: HTMLElement, from: number): void {
  if (!from || typeof item.animate !== 'function') return;
  if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return;
  item.animate([{ transform: `translateY(${from}px)` }, { transform: 'none' }], { duration: 150, easing: 'ease-out' });
}

/* ---------- marks and icons ---------- */

/** An icon and a word, so a result never depends on colour: `right` true ✓, false ✗, undefined a dash. */
function renderMark(right: boolean | undefined, word: string, t: Strings): TemplateResult {
  const kind = right === undefined ? 'none' : right ? 'right' : 'wrong';
  const icon = right === undefined ? DASH : right ? CHECK : CROSS;
  return html`<span part="mark" class=${kind} lang=${t.lang}
    ><svg class="icon" aria-hidden="true" viewBox="0 0 16 16">${icon}</svg>${word}</span
  >`;
}

const CHECK = svg`<path d="M2.5 8.5 6.5 12.5 13.5 3.5"></path>`;
const CROSS = svg`<path d="M3.5 3.5 12.5 12.5M12.5 3.5 3.5 12.5"></path>`;
const DASH = svg`<path d="M3.5 8h9"></path>`;
const ARROW_UP = html`<svg class="icon" aria-hidden="true" viewBox="0 0 16 16">
  <path d="M8 13V3M3.5 7.5 8 3l4.5 4.5"></path>
</svg>`;
const ARROW_DOWN = html`<svg class="icon" aria-hidden="true" viewBox="0 0 16 16">
  <path d="M8 3v10M3.5 8.5 8 13l4.5-4.5"></path>
</svg>`;
const GRIP = html`<svg class="grip" viewBox="0 0 10 16">
  <circle cx="3" cy="3" r="1.4"></circle>
  <circle cx="7" cy="3" r="1.4"></circle>
  <circle cx="3" cy="8" r="1.4"></circle>
  <circle cx="7" cy="8" r="1.4"></circle>
  <circle cx="3" cy="13" r="1.4"></circle>
  <circle cx="7" cy="13" r="1.4"></circle>
</svg>`;

/* ---------- progress in localStorage ---------- */

interface Progress {
  answers: Record<string, number>;
  graded: string[];
  checked: boolean;
  revealed: boolean;
  order?: Score;
}

/** Bumped when the stored shape changes: progress of another shape is ignored, not misread. */
const PROGRESS_VERSION = 1;

/**
 * The progress kept for this lesson, checked against it: answers to questions that no longer exist, or out of the
 * question's choices, are dropped, as is anything of the wrong type (the store may be stale or edited by hand).
 */
function readProgress(lesson: Lesson): Progress | null {
  if (!lesson.id) return null;
  let raw: unknown;
  try {
    const text = window.localStorage.getItem(QUIZ_STORAGE_PREFIX + lesson.id);
    if (!text) return null;
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(raw) || raw.v !== PROGRESS_VERSION) return null;
  const answers: Record<string, number> = {};
  const stored = isObject(raw.answers) ? raw.answers : {};
  for (const q of lesson.questions) {
    const a = Object.hasOwn(stored, q.id) ? stored[q.id] : undefined;
    if (typeof a === 'number' && Number.isInteger(a) && a >= 0 && a < q.choices.length) answers[q.id] = a;
  }
  const graded = Array.isArray(raw.graded)
    ? lesson.questions.filter((q) => (raw.graded as unknown[]).includes(q.id) && q.id in answers).map((q) => q.id)
    : [];
  const order = isObject(raw.order) ? raw.order : undefined;
  const validOrder =
    order &&
    Number.isInteger(order.score) &&
    Number.isInteger(order.total) &&
    (order.score as number) >= 0 &&
    (order.total as number) >= 2 &&
    (order.score as number) <= (order.total as number);
  return {
    answers,
    graded,
    checked: raw.checked === true,
    revealed: raw.revealed === true && lesson.questions.length > 0,
    order: validOrder ? { score: order.score as number, total: order.total as number } : undefined,
  };
}

function writeProgress(id: string, progress: Progress): void {
  const empty = !Object.keys(progress.answers).length && !progress.checked && !progress.revealed && !progress.order;
  try {
    if (empty) window.localStorage.removeItem(QUIZ_STORAGE_PREFIX + id);
    else window.localStorage.setItem(QUIZ_STORAGE_PREFIX + id, JSON.stringify({ v: PROGRESS_VERSION, ...progress }));
  } catch {
    // Blocked or full storage (a sandboxed frame, private mode): the quiz works, it only forgets.
  }
}

function removeProgress(id: string): void {
  try {
    window.localStorage.removeItem(QUIZ_STORAGE_PREFIX + id);
  } catch {
    // As above.
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What `mode` takes: every task, only putting events in order, or only the questions. */
export type QuizMode = EduQuiz['mode'];
