import { FrameController } from '../../controllers/frame-controller.js';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LessonController } from '../../controllers/lesson-controller.js';
import type { Strings } from '../../i18n/strings.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import type { Lesson, Stat } from '../../lesson/types.js';
import { statusStyles, tokens } from '../../styles/shared.styles.js';
import { heading } from '../../templates/heading.js';
import { styles } from './stat-grid.styles.js';

/** Every part a card exposes, passed on so that `edu-stat-grid::part(value)` styles the cards inside. */
const CARD_PARTS =
  'card, value, label, change, visual, sparkline, period, context, region, source, citation, timeline-link, glossary-term, glossary-note';

/**
 * Every statistic of a lesson as a grid of `<edu-stat-card>`s, as many columns as its own width allows.
 *
 * The lesson comes from, first found wins: the `data` property, an inline `<script type="application/json">` child,
 * `<edu-stat-card>` children, or the `src` attribute, as for `<edu-timeline>`.
 *
 * @tag edu-stat-grid
 * @summary A lesson's key figures as a responsive grid of statistic cards.
 *
 * @slot - The lesson, when it is written in the page: `<edu-stat-card>` children with attributes (`value`, `label`, …), or a `<script type="application/json">` (or `type="text/csv"`) holding a lesson file. These are read as data: the grid draws its own cards.
 *
 * @fires {EduLoadEvent} edu-load - The lesson was read and rendered. `detail`: `{ lesson, problems }`.
 * @fires {EduErrorEvent} edu-error - Some or all of the lesson could not be shown. `detail`: `{ problems, fatal }`.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart heading - The grid's heading (when `heading` is set).
 * @csspart grid - The list of cards.
 * @csspart card - One card (exported from each `<edu-stat-card>`, with its `value`, `label`, `change`, `visual`, `sparkline`, `period`, `context`, `region`, `source` and `timeline-link` parts).
 * @csspart change - A card's arrow and word for a rise or a fall.
 * @csspart visual - A card's bar or ring for a share of a whole.
 * @csspart sparkline - A card's line chart of its series.
 * @csspart timeline-link - A card's "See on the timeline" button.
 * @csspart value - A card's figure.
 * @csspart label - What a card's figure counts.
 * @csspart period - The time a figure covers.
 * @csspart context - What makes a figure notable.
 * @csspart region - Where a figure applies.
 * @csspart source - A card's source line.
 * @csspart glossary-term - The first use of a glossary term in a card's label or context: a button that shows what it means.
 * @csspart glossary-note - The popover with a glossary term's expansion and definition.
 * @csspart citation - A card's numbered link to a source (with `hide-sources`).
 * @csspart error - The panel listing problems in the lesson data (`role="alert"`).
 * @csspart error-title - The panel's summary line, which folds and unfolds the list.
 * @csspart error-count - The number of problems, in that line.
 * @csspart error-place - Where one problem is, in words: "Event 3 ('TTP ends its ceasefire')".
 * @csspart error-fix - How to fix one problem.
 * @csspart status - The loading message.
 * @csspart empty - The line saying that no figure matches `filter` and `region`.
 *
 * @cssprop [--edu-color-text=#1b1f29] - Text colour.
 * @cssprop [--edu-color-muted=#4a5262] - Secondary text.
 * @cssprop [--edu-color-surface=#ffffff] - Card background.
 * @cssprop [--edu-color-border=#c9cfda] - Card border.
 * @cssprop [--edu-color-accent=#0b5cad] - The figures' colour and links.
 * @cssprop [--edu-color-error=#a11a1d] - Border and title of the problems panel.
 * @cssprop [--edu-color-error-surface=#fdf1f1] - Background of the problems panel.
 * @cssprop [--edu-font-family=system-ui] - Font family.
 * @cssprop [--edu-radius=0.5rem] - Corner radius.
 * @cssprop [--edu-space=1rem] - Base spacing and the gap between cards.
 * @cssprop [--edu-stat-min-width=14rem] - The narrowest a card may be before the grid drops a column.
 */
export class EduStatGrid extends LitElement {
  static override properties = {
    theme: { reflect: true },
    src: { reflect: true },
    data: { attribute: false },
    timeout: { type: Number },
    format: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    filter: {},
    region: {},
    for: {},
    visual: {},
    static: { type: Boolean, reflect: true },
    hideSources: { type: Boolean, attribute: 'hide-sources' },
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
   * spreadsheet saved as CSV, with our columns or the TimelineJS template's). Unset: told from the content.
   */
  format: 'json' | 'timelinejs' | 'csv' | 'auto' | null;

  /** A heading above the cards, e.g. "Key figures". None when empty. */
  heading: string | null;

  /** Level (1–6) of that heading. */
  headingLevel: number;

  /** Tags, separated by commas or spaces: only figures with one of them are shown (`filter="violence"`). */
  filter: string | null;

  /** Only figures about this region are shown (`region="Pakistan"`), compared without regard to case. */
  region: string | null;

  /** The id of an `<edu-timeline>`: cards whose stat names `events` offer "See on the timeline" (see `<edu-stat-card>`). */
  for: string | null;

  /** How the cards draw a share of a whole: `bar` (default), `ring` or `none`. */
  visual: 'bar' | 'ring' | 'none' | null;

  /** No count-up animation in the cards: the figures show at once. */
  static: boolean;

  /** `light`, `dark`, or unset to follow the reader's system setting. */
  theme: 'light' | 'dark' | null;

  /**
   * The cards cite their sources as numbered links, `[2]`, to the list the page shows (items with the id
   * `source-<id>`, as `<edu-lesson>` renders them), instead of naming them.
   */
  hideSources: boolean;

  constructor() {
    super();
    this.theme = null;
    this.src = null;
    this.data = undefined;
    this.timeout = 15;
    this.format = null;
    this.heading = null;
    this.headingLevel = 2;
    this.filter = null;
    this.region = null;
    this.for = null;
    this.hideSources = false;
    this.visual = null;
    this.static = false;
  }

  private readonly lessonData: LessonController = new LessonController(
    this,
    {
      has: (lesson) => lesson.stats.length > 0,
      message: (t) => ({ message: t.noStats, fix: t.noStatsFix }),
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
    const t = this.localize.t;
    return html`<div part="base" aria-busy=${this.lessonData.loading ? 'true' : 'false'}>
      ${this.lessonData.renderStatus(t)} ${lesson ? this.renderGrid(lesson, t) : nothing}
    </div>`;
  }

  /** The figures the `filter` and `region` attributes let through. */
  private shownStats(lesson: Lesson): Stat[] {
    const tags = (this.filter ?? '').split(/[\s,]+/).filter(Boolean);
    const region = this.region?.trim().toLowerCase();
    return lesson.stats.filter(
      (stat) =>
        (!tags.length || stat.tags.some((tag) => tags.includes(tag))) &&
        (!region || stat.region?.toLowerCase() === region),
    );
  }

  private renderGrid(lesson: Lesson, t: Strings): TemplateResult {
    const shown = this.shownStats(lesson);
    if (!shown.length) {
      return html`${this.heading ? heading(this.headingLevel, 'heading', this.heading, 'heading') : nothing}
        <p part="empty" role="status">${t.noStatsShown}</p>`;
    }
    return html`${this.heading ? heading(this.headingLevel, 'heading', this.heading, 'heading') : nothing}
      <ul
        part="grid"
        aria-label=${ifDefined(this.heading ? undefined : t.statsLabel)}
        aria-labelledby=${ifDefined(this.heading ? 'heading' : undefined)}
      >
        ${shown.map(
          (stat) =>
            html`<li>
              <edu-stat-card
                lang=${this.localize.lang}
                .textLang=${lesson.lang ?? null}
                exportparts=${CARD_PARTS}
                theme=${ifDefined(this.theme ?? undefined)}
                .for=${this.for}
                .visual=${this.visual}
                .static=${this.static}
                .stat=${stat}
                .sources=${lesson.sources}
                .glossary=${lesson.glossary}
                .cite=${this.hideSources}
              ></edu-stat-card>
            </li>`,
        )}
      </ul>`;
  }
}
