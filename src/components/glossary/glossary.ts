import { FrameController } from '../../controllers/frame-controller.js';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LessonController } from '../../controllers/lesson-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { termSlug } from '../../lesson/glossary-match.js';
import type { GlossaryEntry, Lesson } from '../../lesson/types.js';
import { statusStyles, tokens } from '../../styles/shared.styles.js';
import { heading } from '../../templates/heading.js';
import { styles } from './glossary.styles.js';

/**
 * A lesson's glossary: its words and abbreviations in alphabetical order (as the lesson's language sorts them), each
 * with what it stands for and what it means, as a description list. Each entry has the id `term-<term>`
 * (`term-ttp`, `term-un`), lower case, with any run of other characters as one `-`.
 *
 * The lesson comes from, first found wins: the `data` property, an inline `<script type="application/json">` child,
 * a `<dl>` child written in the page (each `<dt>` a term, an `<abbr title>` in it its expansion, the `<dd>` after it
 * its definition), or the `src` attribute, as for `<edu-timeline>`. The same terms are explained where they are used: in the
 * timeline's descriptions and on the stat cards, the first use of each is a button that shows its meaning.
 *
 * @tag edu-glossary
 * @summary A lesson's glossary: its terms in alphabetical order, with what they stand for and what they mean.
 *
 * @slot - The lesson, when it is written in the page: a `<script type="application/json">` (or `type="text/csv"`) holding a lesson file, or a `<dl>` of terms (`<dt>`, with an `<abbr title="…">` for an expansion) and definitions (`<dd>`). It is read as data, never shown as it is; before the script runs (or without it) a `<dl>` shows as plain HTML.
 *
 * @fires {EduLoadEvent} edu-load - The lesson was read and rendered. `detail`: `{ lesson, problems }`.
 * @fires {EduErrorEvent} edu-error - Some or all of the lesson could not be shown (also when it has no glossary). `detail`: `{ problems, fatal }`.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart heading - The glossary's heading (when `heading` is set).
 * @csspart list - The description list of terms (`<dl>`).
 * @csspart term - A term (`<dt>`, the term itself in a `<dfn>`).
 * @csspart expansion - What an abbreviation stands for (`<dd>`).
 * @csspart definition - What a term means (`<dd>`).
 * @csspart error - The panel listing problems in the lesson data (`role="alert"`).
 * @csspart error-title - The panel's summary line, which folds and unfolds the list.
 * @csspart error-count - The number of problems, in that line.
 * @csspart error-place - Where one problem is, in words: "Glossary entry 2 ('UN')".
 * @csspart error-fix - How to fix one problem.
 * @csspart status - The loading message.
 *
 * @cssprop [--edu-color-text=#1b1f29] - Text colour.
 * @cssprop [--edu-color-muted=#4a5262] - Expansions.
 * @cssprop [--edu-color-surface=#ffffff] - Background in the dark theme.
 * @cssprop [--edu-color-border=#c9cfda] - The rules between entries.
 * @cssprop [--edu-color-error=#a11a1d] - Border and title of the problems panel.
 * @cssprop [--edu-color-error-surface=#fdf1f1] - Background of the problems panel.
 * @cssprop [--edu-font-family=system-ui] - Font family.
 * @cssprop [--edu-space=1rem] - Base spacing.
 */
export class EduGlossary extends LitElement {
  static override properties = {
    theme: { reflect: true },
    src: { reflect: true },
    data: { attribute: false },
    timeout: { type: Number },
    format: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
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
   * spreadsheet saved as CSV, with our columns). Unset: told from the content.
   */
  format: 'json' | 'timelinejs' | 'csv' | 'auto' | null;

  /** A heading above the terms, e.g. "Glossary". None when empty. */
  heading: string | null;

  /** Level (1–6) of that heading. */
  headingLevel: number;

  /** `light`, `dark`, or unset to follow the reader's system setting. */
  theme: 'light' | 'dark' | null;

  constructor() {
    super();
    this.theme = null;
    this.src = null;
    this.data = undefined;
    this.timeout = 15;
    this.format = null;
    this.heading = null;
    this.headingLevel = 2;
  }

  private readonly lessonData: LessonController = new LessonController(
    this,
    {
      has: (lesson) => lesson.glossary.length > 0,
      message: (t) => ({ message: t.noGlossary, fix: t.noGlossaryFix }),
    },
    () => this.localize.t,
  );

  /** Inside a learning platform's frame, the frame is told the page's height as it changes. */
  private readonly frame = new FrameController(this);

  private readonly localize = new LocalizeController(this, () => this.lessonData.lesson?.lang);

  /** The checked lesson being shown, or `null` while loading or when nothing could be shown. */
  get lesson(): Lesson | null {
    return this.lessonData.lesson;
  }

  /** A part of a lesson draws first in a task of its own (see `LessonController.schedule`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.lessonData.schedule(() => super.scheduleUpdate());
  }

  protected override render(): TemplateResult {
    const lesson = this.lessonData.lesson;
    return html`<div part="base" aria-busy=${this.lessonData.loading ? 'true' : 'false'}>
      ${this.lessonData.renderStatus(this.localize.t)}
      ${lesson && this.heading ? heading(this.headingLevel, 'heading', this.heading) : nothing}
      ${lesson ? this.renderList(lesson) : nothing}
    </div>`;
  }

  private renderList(lesson: Lesson): TemplateResult {
    const ids = new Set<string>();
    return html`<dl part="list" lang=${ifDefined(lesson.lang)}>
      ${sorted(lesson.glossary, this.localize.lang).map((entry) => {
        // Two terms written alike ("UN", "U.N.") still get ids of their own.
        let id = `term-${termSlug(entry.term)}`;
        for (let n = 2; ids.has(id); n++) id = `term-${termSlug(entry.term)}-${n}`;
        ids.add(id);
        return html`<div id=${id}>
          <dt part="term"><dfn>${entry.term}</dfn></dt>
          ${entry.expansion ? html`<dd part="expansion">${entry.expansion}</dd>` : nothing}
          ${entry.definition || !entry.expansion ? html`<dd part="definition">${entry.definition}</dd>` : nothing}
        </div>`;
      })}
    </dl>`;
  }
}

/** The entries in the alphabetical order of `lang` (the page's or the lesson's); English order for a tag it lacks. */
function sorted(glossary: readonly GlossaryEntry[], lang: string): GlossaryEntry[] {
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(lang, { numeric: true });
  } catch {
    collator = new Intl.Collator('en', { numeric: true });
  }
  return [...glossary].sort((a, b) => collator.compare(a.term, b.term));
}
