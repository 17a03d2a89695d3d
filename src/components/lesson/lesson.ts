import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FrameController } from '../../controllers/frame-controller.js';
import { LessonController } from '../../controllers/lesson-controller.js';
import { drawApart, expectTimeline, provideLesson } from '../../controllers/provided-lesson.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import type { Strings } from '../../i18n/strings.js';
import { editDistance } from '../../lesson/problems.js';
import type { Lesson, LessonProblem } from '../../lesson/types.js';
import { statusStyles, tokens } from '../../styles/shared.styles.js';
import { clampLevel, heading } from '../../templates/heading.js';
import { renderSourceList, sourceListStyles } from '../../templates/sources.js';
import { nextTurn } from '../../scheduling/turns.js';
import { hasQuiz } from '../quiz/has-quiz.js';
import { styles } from './lesson.styles.js';

/** The parts of a lesson, in the order they are shown; each can be named in `hide`. */
export const LESSON_PARTS = ['title', 'stats', 'timeline', 'glossary', 'sources', 'quiz'] as const;
export type LessonPart = (typeof LESSON_PARTS)[number];

/** The id of the timeline inside, which the stat cards and the quiz link to. */
const TIMELINE_ID = 'lesson-timeline';

/**
 * A whole lesson from one file: its title and summary, the key figures, the timeline, the glossary, the numbered
 * sources (cited by events and figures as `[n]`) and the quiz. Each part is the element of the same name
 * (`<edu-stat-grid>`, `<edu-timeline>`, `<edu-glossary>`, `<edu-quiz>`), which also works alone; here they share one
 * lesson, loaded and checked once, with its problems listed once at the top. Parts the lesson has nothing for (no
 * stats, no questions) are left out. Printing gives a handout: every part in order, the timeline as a list with every
 * description, sources with their full addresses, the quiz with blanks, and with `print-answers` an answer key on a
 * last page of its own.
 *
 * The lesson comes from, first found wins: the `data` property, an inline `<script type="application/json">` (or
 * `type="text/csv"`) child, `<edu-event>` / `<edu-era>` / `<edu-stat-card>` / `<edu-question>` / `<dl>` (glossary)
 * children, or the `src` attribute.
 *
 * @tag edu-lesson
 * @summary A whole lesson from one lesson file: title, key figures, timeline, glossary, sources and quiz.
 *
 * @slot - The lesson, when it is written in the page: a `<script type="application/json">` (or `type="text/csv"`) holding a lesson file, or `<edu-event>`, `<edu-era>`, `<edu-stat-card>` and `<edu-question>` children, a `<dl>` for the glossary, and a heading and a paragraph for the title and summary. Read as data, not shown.
 *
 * @fires {EduLoadEvent} edu-load - The lesson was read and rendered. `detail`: `{ lesson, problems }`. Fired once for the whole lesson.
 * @fires {EduErrorEvent} edu-error - Some or all of the lesson could not be shown. `detail`: `{ problems, fatal }`.
 * @fires {EduSelectEvent} edu-select - The reader selected an event on the timeline (from the `<edu-timeline>` inside).
 * @fires {EduQuizCompleteEvent} edu-quiz-complete - The reader checked a part of the quiz (from the `<edu-quiz>` inside).
 *
 * @csspart base - The `<article>` holding the whole lesson.
 * @csspart header - The lesson's title and summary.
 * @csspart title - The lesson's title.
 * @csspart summary - The lesson's summary.
 * @csspart section - Each part of the lesson (key figures, timeline, glossary, sources, quiz), a `<section>`.
 * @csspart section-heading - The heading of each part.
 * @csspart stats - The `<edu-stat-grid>` (style its cards from outside with `edu-lesson::part(card)` and the other card parts).
 * @csspart timeline - The `<edu-timeline>`.
 * @csspart glossary - The `<edu-glossary>`.
 * @csspart quiz - The `<edu-quiz>`.
 * @csspart sources - The section listing the sources.
 * @csspart source - One source in that list (id `source-<id>`, the target of the `[n]` citations).
 * @csspart error - The panel listing problems in the lesson data (`role="alert"`).
 * @csspart error-title - The panel's summary line, which folds and unfolds the list.
 * @csspart error-count - The number of problems, in that line.
 * @csspart error-place - Where one problem is, in words: "Event 3 ('TTP ends its ceasefire')".
 * @csspart error-fix - How to fix one problem.
 * @csspart status - The loading message; then, while the parts are drawn one after the other, an empty box at the end
 *   of the lesson, so that a page holding the lesson's place (`::part(status) { min-height: … }`) holds it until the last.
 *
 * @cssprop [--edu-color-text=#1b1f29] - Text colour, passed on to every part.
 * @cssprop [--edu-color-muted=#4a5262] - Secondary text.
 * @cssprop [--edu-color-surface=#ffffff] - Background of cards and panels.
 * @cssprop [--edu-color-border=#c9cfda] - Borders.
 * @cssprop [--edu-color-accent=#0b5cad] - Links, figures and the timeline's marks.
 * @cssprop [--edu-color-error=#a11a1d] - Border and title of the problems panel.
 * @cssprop [--edu-color-error-surface=#fdf1f1] - Background of the problems panel.
 * @cssprop [--edu-font-family=system-ui] - Font family.
 * @cssprop [--edu-radius=0.5rem] - Corner radius.
 * @cssprop [--edu-space=1rem] - Base spacing.
 * @cssprop [--edu-focus-ring=3px solid accent] - Focus outline.
 */
export class EduLesson extends LitElement {
  static override properties = {
    src: { reflect: true },
    data: { attribute: false },
    timeout: { type: Number },
    format: {},
    theme: { reflect: true },
    hide: { reflect: true },
    layout: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    printAnswers: { type: Boolean, reflect: true, attribute: 'print-answers' },
  };

  static override styles = [tokens, statusStyles, sourceListStyles, styles];

  /** URL of a lesson file (JSON, a TimelineJS file or a spreadsheet saved as CSV). */
  src: string | null;

  /** A lesson object, checked like a file. Wins over inline JSON and `src`. */
  data: unknown;

  /** Seconds to wait for `src` to load before saying it could not be loaded (default 15). */
  timeout: number;

  /** `json`, `timelinejs` or `csv`; unset: told from the content. */
  format: 'json' | 'timelinejs' | 'csv' | 'auto' | null;

  /** `light`, `dark`, or unset to follow the reader's system setting; passed on to every part. */
  theme: 'light' | 'dark' | null;

  /**
   * Parts to leave out, separated by spaces: `title` (title and summary), `stats`, `timeline`, `glossary`,
   * `sources` and `quiz`, in any case. `hide="quiz glossary"` shows a lesson without them. A word that names no
   * part is listed as a warning in the problems panel, with the part it may mean, and in `edu-load`'s `problems`.
   */
  hide: string;

  /** The timeline's layout: `auto` (default), `horizontal` or `vertical`. */
  layout: 'auto' | 'horizontal' | 'vertical';

  /** Level (1–6) of the lesson's title heading; each part's heading is one level below. Default 2. */
  headingLevel: number;

  /** Print an answer key for the quiz on a last page of its own. */
  printAnswers: boolean;

  constructor() {
    super();
    this.src = null;
    this.data = undefined;
    this.timeout = 15;
    this.format = null;
    this.theme = null;
    this.hide = '';
    this.layout = 'auto';
    this.headingLevel = 2;
    this.printAnswers = false;
  }

  private readonly lessonData: LessonController = new LessonController(
    this,
    {
      // Eras alone, or a title alone, make a lesson file valid but give this element nothing to draw.
      has: (lesson) =>
        lesson.events.length + lesson.stats.length + lesson.glossary.length + lesson.questions.length > 0,
      message: (t) => ({ message: t.noLessonParts, fix: t.noLessonPartsFix }),
      ownProblems: () => this.hideProblems(),
    },
    () => this.localize.t,
  );

  private readonly localize = new LocalizeController(this, () => this.lessonData.lesson?.lang);

  /** Inside a learning platform's frame, the frame is told the page's height as it changes. */
  private readonly frame = new FrameController(this);

  /** The checked lesson being shown, or `null` while loading or when nothing could be shown. */
  get lesson(): Lesson | null {
    return this.lessonData.lesson;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t;
    const lesson = this.lessonData.lesson;
    return html`<article
      part="base"
      aria-busy=${this.lessonData.loading || this.drawing ? 'true' : 'false'}
      aria-labelledby=${ifDefined(lesson?.title && this.shows('title') ? 'lesson-title' : undefined)}
    >
      ${this.lessonData.renderStatus(t)} ${lesson ? this.renderLesson(lesson, t) : nothing}
    </article>`;
  }

  /**
   * The parts are drawn one per turn of the page, in reading order: a whole lesson at once is a task of hundreds of
   * milliseconds on a school tablet, during which a tap or a scroll waits. Each part draws in a task of its own (see
   * `LessonController.schedule`); each next part follows once those before it have drawn and the page has had its turn
   * (a frame, an input), so what is drawn only ever grows at its end. Until the last has drawn, the lesson is
   * `aria-busy` and keeps its `status` part at its end, so a page that holds the lesson's place while it loads
   * (`::part(status) { min-height: … }`) goes on holding it: nothing below the lesson moves up and back down.
   * `updateComplete` (and so `edu-load`) waits for the last part. A reader who prints meanwhile gets every part: from
   * `beforeprint`, `nextTurn` gives every turn at once.
   */
  private partsShown = 1;
  private partsCount = 0;
  private partsLesson: Lesson | null = null;
  private nextPart: Promise<void> | null = null;
  /** True from a lesson's first part until every part has drawn (not when one lesson replaces another). */
  private drawing = false;

  protected override update(changed: PropertyValues<this>): void {
    // After the controllers' hostUpdate, which may have just read a new lesson. Only a lesson drawn from nothing
    // starts from its top: when one lesson replaces another (a builder's live preview), the parts already drawn
    // stay and are updated in place, keeping the reader's place and selection.
    const lesson = this.lessonData.lesson;
    if (lesson !== this.partsLesson) {
      if (!lesson || !this.partsLesson) {
        this.partsShown = 1;
        this.drawing = lesson !== null;
      }
      this.partsLesson = lesson;
    }
    super.update(changed);
  }

  /** Gives the parts inside the lesson this element loaded, before their first render; then asks for the next. */
  protected override updated(): void {
    const lesson = this.lessonData.lesson;
    if (!lesson) return;
    const parts = [...this.renderRoot.querySelectorAll<LitElement>('[data-lesson-part]')];
    // The figures are drawn before the timeline: told that it is coming, their "See on the timeline" buttons are
    // there from the start, named after its events (added once it is there, they would push everything down).
    expectTimeline(this.renderRoot, TIMELINE_ID, this.showsTimeline(lesson) ? lesson : null);
    for (const el of parts) {
      // A part added while the lesson is being drawn draws in a task of its own (see `LessonController.schedule`).
      if (this.drawing && !el.hasUpdated) drawApart(el);
      provideLesson(el, lesson);
    }
    if ((this.partsShown < this.partsCount || this.drawing) && !this.nextPart) {
      this.nextPart = Promise.all(parts.map((el) => el.updateComplete))
        .then(nextTurn)
        .then(() => {
          this.nextPart = null;
          // Whichever lesson is shown by now (it may have been replaced meanwhile), its next part follows.
          if (!this.partsLesson || !this.isConnected) return;
          if (this.partsShown < this.partsCount) this.partsShown++;
          else this.drawing = false;
          this.requestUpdate();
        });
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.nextPart) {
      await this.nextPart;
      result = (await super.getUpdateComplete()) && result;
    }
    const parts = [...this.renderRoot.querySelectorAll<LitElement>('[data-lesson-part]')];
    await Promise.all(parts.map((el) => el.updateComplete));
    return result;
  }

  /** The words of `hide`, lower-cased: like HTML's own keywords, `Quiz` is `quiz`. */
  private get hiddenParts(): string[] {
    return this.hide
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((word) => word);
  }

  private shows(part: LessonPart): boolean {
    return !this.hiddenParts.includes(part);
  }

  /**
   * A warning for each word of `hide` that names no part (`glosary`): the part stays, and the teacher who meant to
   * hide it is told why and what to write, instead of finding it still there with nothing said.
   */
  private hideProblems(): LessonProblem[] {
    const parts: readonly string[] = LESSON_PARTS;
    return this.hiddenParts
      .filter((word) => !parts.includes(word))
      .map((word) => {
        const near = parts.find((part) => editDistance(part, word) <= 2);
        return {
          severity: 'warning',
          path: 'hide',
          message: `"${word}" is not a part of a lesson, so it hides nothing`,
          fix: `${near ? `write "${near}"; ` : ''}the parts are ${parts.join(', ')}`,
        };
      });
  }

  private showsTimeline(lesson: Lesson): boolean {
    return this.shows('timeline') && lesson.events.length > 0;
  }

  private renderLesson(lesson: Lesson, t: Strings): TemplateResult {
    const top = clampLevel(this.headingLevel);
    const showTitle = this.shows('title') && (lesson.title || lesson.summary);
    const level = showTitle ? Math.min(top + 1, 6) : top;
    const sub = Math.min(level + 1, 6);
    const theme = this.theme ?? undefined;
    // The element's own lang wins over the lesson's for every part, as it does for this element's words.
    const lang = this.getAttribute('lang') ?? undefined;
    const timeline = this.showsTimeline(lesson);
    const sources = this.shows('sources') && lesson.sources.length > 0;
    // In reading order; only the first `partsShown` are drawn so far (see `updated`).
    const parts: TemplateResult[] = [];
    if (this.shows('stats') && lesson.stats.length) {
      parts.push(
        this.section(
          'stats',
          level,
          t.statsLabel,
          t,
          html`<edu-stat-grid
            lang=${ifDefined(lang)}
            part="stats"
            data-lesson-part
            exportparts="card, value, label, change, visual, sparkline, period, context, region, source, timeline-link, citation, glossary-term, glossary-note"
            theme=${ifDefined(theme)}
            .for=${timeline ? TIMELINE_ID : null}
            .hideSources=${sources}
          ></edu-stat-grid>`,
        ),
      );
    }
    if (timeline) {
      parts.push(
        html`${this.section(
          'timeline',
          level,
          t.timelineLabel,
          t,
          html`<edu-timeline
            lang=${ifDefined(lang)}
            part="timeline"
            id=${TIMELINE_ID}
            data-lesson-part
            theme=${ifDefined(theme)}
            .layout=${this.layout}
            .headingLevel=${sub}
            .hideTitle=${true}
            .hideSources=${sources}
          ></edu-timeline>`,
        )}`,
      );
    }
    if (this.shows('glossary') && lesson.glossary.length) {
      parts.push(
        this.section(
          'glossary',
          level,
          t.glossaryHeading,
          t,
          html`<edu-glossary
            lang=${ifDefined(lang)}
            part="glossary"
            data-lesson-part
            theme=${ifDefined(theme)}
          ></edu-glossary>`,
        ),
      );
    }
    if (sources) {
      parts.push(
        this.section('sources', level, t.sources, t, renderSourceList(lesson.sources, this.localize.lang), 'sources'),
      );
    }
    if (this.shows('quiz') && hasQuiz(lesson)) {
      parts.push(
        this.section(
          'quiz',
          level,
          t.quizHeading,
          t,
          html`<edu-quiz
            lang=${ifDefined(lang)}
            part="quiz"
            data-lesson-part
            theme=${ifDefined(theme)}
            .headingLevel=${sub}
            .for=${timeline ? TIMELINE_ID : null}
            .printAnswers=${this.printAnswers}
          ></edu-quiz>`,
        ),
      );
    }
    this.partsCount = parts.length;
    return html`<div lang=${ifDefined(lesson.lang)}>
      ${
        showTitle
          ? html`<header part="header">
              ${lesson.title ? heading(top, 'title', lesson.title, 'lesson-title') : nothing}
              ${lesson.summary ? html`<p part="summary">${lesson.summary}</p>` : nothing}
            </header>`
          : nothing
      }
      ${parts.slice(0, this.partsShown)} ${this.drawing ? html`<div part="status"></div>` : nothing}
    </div>`;
  }

  private section(
    name: LessonPart,
    level: number,
    title: string,
    t: Strings,
    content: TemplateResult,
    part = '',
  ): TemplateResult {
    const id = `${name}-heading`;
    return html`<section part=${`section ${part}`.trim()} aria-labelledby=${id}>
      ${heading(level, 'section-heading', html`<span lang=${t.lang}>${title}</span>`, id)} ${content}
    </section>`;
  }
}
