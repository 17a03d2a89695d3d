import { TimelineLinkController } from '../../controllers/timeline-link-controller.js';
import { findSourceItem } from '../../templates/sources.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { EduErrorEvent } from '../../events/edu-error.js';
import { CountUpController, countsUp } from '../../controllers/count-up-controller.js';
import { statFormatter } from '../../i18n/number.js';
import { wordsToLoad, type Strings } from '../../i18n/strings.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { statInput } from '../../lesson/stat-input.js';
import { parseStat } from '../../lesson/parse.js';
import { clip, ProblemList, sourceUrlAlone } from '../../lesson/problems.js';
import { LINK_SCHEMES, safeUrl } from '../../lesson/url.js';
import { glossaryTermStyles, glossaryTerms, termHint, withTerms } from '../../templates/glossary-term.js';
import { problemsTitle, renderProblems } from '../../templates/problems.js';
import { changeIndicator, shareVisual, sparkline } from '../../templates/stat-visuals.js';
import type { GlossaryEntry, Source, Stat, StatInput } from '../../lesson/types.js';
import { statusStyles, tokens } from '../../styles/shared.styles.js';
import { drawsInItsOwnTask, nextTurn } from '../../scheduling/turns.js';
import { styles } from './stat-card.styles.js';

/**
 * One figure from a lesson, formatted for the reader's language: "1,524 violence-related deaths, 2023".
 *
 * Use it alone with attributes (`value`, `label`, `format`, …) or give it a whole stat through the `stat` property
 * (as `<edu-stat-grid>` does). The value and the label are read as one sentence by screen readers.
 *
 * The first time the card is mostly in view, its figure counts up from 0 (about a second), unless the reader prefers
 * reduced motion or the card has `static`. Only the eye sees the count: screen readers, copying, printing and a page
 * without the animation always get the final figure. A share of a whole (a percentage that is not a change) gets a
 * bar or a ring, a rise or a fall an arrow and a word, and a stat with a `series` a sparkline.
 *
 * @tag edu-stat-card
 * @summary One statistic: the figure in the reader's number format, what it counts, when, why it matters, and its source.
 *
 * @fires {EduErrorEvent} edu-error - The figure could not be shown (a missing label, a value that is not a number…). `detail`: `{ problems, fatal }`.
 *
 * @csspart card - The card.
 * @csspart value - The formatted figure.
 * @csspart label - What the figure counts.
 * @csspart period - The time it covers.
 * @csspart change - The arrow and word ("Rise", "Fall") of a figure that is a change.
 * @csspart visual - The bar or ring drawing a share of a whole (`role="img"`, with the share in words).
 * @csspart sparkline - The small line chart of the stat's `series` (`role="img"`, with first, last and highest in words).
 * @csspart context - What makes it notable ("the highest in six years"), marked by a rule at its start.
 * @csspart region - Where it applies.
 * @csspart source - The source line.
 * @csspart citation - A numbered link, `[2]`, to a source in the page's list (with `cite`).
 * @csspart timeline-link - A "See on the timeline" button (with `for` and a stat that names `events`).
 * @csspart glossary-term - The first use of a `glossary` term in the label or context: a button that shows what it means.
 * @csspart glossary-note - The popover with a glossary term's expansion and definition.
 * @csspart error - The panel listing problems (`role="alert"`).
 * @csspart error-title - The panel's summary line, which folds and unfolds the list.
 * @csspart error-count - The number of problems, in that line.
 * @csspart error-place - Where one problem is, in words: "Event 3 ('TTP ends its ceasefire')".
 * @csspart error-fix - How to fix one problem.
 *
 * @cssprop [--edu-color-text=#1b1f29] - Text colour.
 * @cssprop [--edu-color-muted=#4a5262] - Secondary text.
 * @cssprop [--edu-color-surface=#ffffff] - Card background.
 * @cssprop [--edu-color-border=#c9cfda] - Card border.
 * @cssprop [--edu-color-accent=#0b5cad] - The figure's colour and links.
 * @cssprop [--edu-color-error=#a11a1d] - Border and title of the problems panel.
 * @cssprop [--edu-color-error-surface=#fdf1f1] - Background of the problems panel.
 * @cssprop [--edu-font-family=system-ui] - Font family.
 * @cssprop [--edu-radius=0.5rem] - Corner radius.
 * @cssprop [--edu-space=1rem] - Base spacing.
 * @cssprop [--edu-stat-value-size=2.25rem] - Font size of the figure.
 */
export class EduStatCard extends LitElement {
  static override properties = {
    theme: { reflect: true },
    value: {},
    label: {},
    format: {},
    qualifier: {},
    unit: {},
    change: { type: Boolean },
    static: { type: Boolean, reflect: true },
    visual: {},
    for: {},
    period: {},
    context: {},
    region: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    stat: { attribute: false },
    sources: { attribute: false },
    glossary: { attribute: false },
    cite: { type: Boolean },
    textLang: { attribute: false },
  };

  static override styles = [tokens, statusStyles, styles, glossaryTermStyles];

  /** The figure, as a plain number (`1524`, `90`, `-3.5`). */
  value: string | null;

  /** What the figure counts: "violence-related deaths". */
  label: string | null;

  /** `number` (default) or `percent` (the value is in percentage points: `90` shows as 90%). */
  format: 'json' | 'timelinejs' | 'csv' | 'auto' | null;

  /** `over`, `under`, `about`, `at-least` or `at-most`, for a figure given as a bound or an estimate. */
  qualifier: string | null;

  /** A unit: an Intl unit such as `kilometer`, or any word shown after the number. */
  unit: string | null;

  /** The value is a rise or a fall: shown with its sign (+60%). */
  change: boolean;

  /** Show the figure at once, without counting up to it when the card scrolls into view. */
  static: boolean;

  /**
   * How a share of a whole (a percentage from 0 to 100 that is not a change) is drawn: `bar` (default, also for any
   * other value), `ring`, or `none` for no chart at all (no bar, ring or sparkline).
   */
  visual: 'bar' | 'ring' | 'none' | null;

  /**
   * The id of an `<edu-timeline>` on the page. When the stat names `events`, the card offers "See on the timeline",
   * which selects that event there and moves the focus to it (through the timeline's public `show()` method).
   */
  for: string | null;

  /** The time the figure covers: "2023". */
  period: string | null;

  /** What makes the figure notable: "the highest in six years". */
  context: string | null;

  /** Where it applies: "Pakistan". */
  region: string | null;

  /** Where the figure comes from, as text: "CRSS annual security report 2023". */
  source: string | null;

  /** The address of that source (http or https only): the source line becomes a link. Reported without `source`. */
  sourceUrl: string | null;

  /** A whole stat object (as in a lesson file's `stats`); wins over the attributes. */
  stat: StatInput | Stat | undefined;

  /** The sources the stat's `sources` ids refer to (set by `<edu-stat-grid>`). */
  sources: readonly Source[];

  /**
   * The lesson's glossary (set by `<edu-stat-grid>`): the first use of each term in the label and the context is a
   * button that shows what it means. Without it they are plain text.
   */
  glossary: readonly GlossaryEntry[];

  /**
   * Cite the stat's sources as numbered links, `[2]`, to a list shown elsewhere on the page (items with the id
   * `source-<id>`, numbered in the order of `sources`), instead of naming them. `<edu-lesson>` sets it.
   */
  cite: boolean;

  /**
   * The language of the stat's own text (label, period, context, region) when it differs from the card's `lang`,
   * which sets the card's words, numbers and digits: `<edu-stat-grid>` passes the lesson's `lang`.
   */
  textLang: string | null;

  /** `light`, `dark`, or unset to follow the reader's system setting. */
  theme: 'light' | 'dark' | null;

  constructor() {
    super();
    this.theme = null;
    this.value = null;
    this.label = null;
    this.format = null;
    this.qualifier = null;
    this.unit = null;
    this.change = false;
    this.static = false;
    this.visual = null;
    this.for = null;
    this.period = null;
    this.context = null;
    this.region = null;
    this.source = null;
    this.sourceUrl = null;
    this.stat = undefined;
    this.sources = [];
    this.glossary = [];
    this.cite = false;
    this.textLang = null;
  }

  private checked: Checked = { problems: new ProblemList(), empty: true };
  private reported = '';
  private readonly localize = new LocalizeController(this);

  private readonly links = new TimelineLinkController(this, () => this.for);

  private readonly countUp = new CountUpController(this, () => {
    const stat = this.checked.stat;
    return stat && countsUp(stat) ? stat.value : undefined;
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.size || !this.hasUpdated) this.checked = this.check();
    if (this.static) this.countUp.finish();
  }

  /**
   * A card written in the page inside `<edu-stat-grid>` is data for the grid, which reads its attributes and draws
   * its own cards: it is never shown, and the grid reports its problems, so the card says nothing itself.
   */
  private get isGridData(): boolean {
    return this.parentElement?.localName === 'edu-stat-grid';
  }

  protected override updated(): void {
    if (this.isGridData) return;
    // Report each distinct set of problems once, not on every render; an empty card (no figure given yet, as when a
    // framework sets `stat` a moment later) says so but does not fire.
    const key = JSON.stringify(this.checked.problems.items);
    if (key === this.reported) return;
    this.reported = key;
    if (this.checked.problems.hasErrors && !this.checked.empty) {
      this.dispatchEvent(new EduErrorEvent({ problems: this.checked.problems.items, fatal: !this.checked.stat }));
    }
  }

  private check(): Checked {
    const problems = new ProblemList();
    let input: Record<string, unknown>;
    if (this.stat !== undefined && this.stat !== null) {
      if (typeof this.stat !== 'object' || Array.isArray(this.stat)) {
        problems.error('stat', 'the stat property must be an object', 'set it to { "value": 1524, "label": "…" }');
        return { problems, empty: false };
      }
      input = { ...(this.stat as object) };
      // Ids and source ids belong to a lesson; alone, the card only shows the sources it was given.
      delete input.id;
    } else {
      input = statInput((field) => this[field], this.change);
    }
    if (Object.keys(input).length === 0) {
      const t = this.localize.t;
      problems.error('', t.noStat, t.noStatFix);
      return { problems, empty: true };
    }
    if (this.sourceUrl && !this.source) {
      problems.warn('source-url', ...sourceUrlAlone(this.sourceUrl));
    } else if (this.sourceUrl && !safeUrl(this.sourceUrl, LINK_SCHEMES)) {
      problems.warn(
        'source-url',
        `"${clip(this.sourceUrl)}" is not an http(s) address, so the source is not a link`,
        'use an address that starts with https://',
      );
    }
    return { stat: parseStat(input, '', problems), problems, empty: false };
  }

  /**
   * Placed in the page on its own, a card draws first in a task of its own (see `drawsInItsOwnTask`). In a grid it
   * draws with the others: every row is as tall as the tallest card, so a card drawn later could push down the rows
   * above it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Its words first ("over", "See on the timeline"), when its language's have not loaded yet: never English first.
    const draw = (): void | Promise<unknown> =>
      drawsInItsOwnTask(this) ? nextTurn().then(() => super.scheduleUpdate()) : super.scheduleUpdate();
    const words = wordsToLoad(this);
    return words ? words.then(draw) : draw();
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.isGridData) return nothing;
    const t = this.localize.t;
    const { stat, problems } = this.checked;
    return html`<div part="card">
      ${renderProblems(problems.items, problemsTitle(problems.items, t, stat ? null : t.figureFatalTitle), t, !stat)}
      ${stat ? this.renderStat(stat, t) : nothing}
    </div>`;
  }

  /** The last stat's formatters: a count-up renders the card every frame, and Intl formatters are slow to make. */
  private formatters: { stat: Stat; t: Strings; lang: string; format: Format; pointFormat: Format } | null = null;

  private formattersFor(stat: Stat, t: Strings): { format: Format; pointFormat: Format } {
    const lang = this.localize.lang;
    const cached = this.formatters;
    if (cached && cached.stat === stat && cached.t === t && cached.lang === lang) return cached;
    const format = statFormatter(stat, lang, t);
    // A point of a series is one plain figure: not "over …", not a range.
    const pointFormat = statFormatter({ ...stat, max: undefined, qualifier: undefined }, lang, t);
    this.formatters = { stat, t, lang, format, pointFormat };
    return this.formatters;
  }

  private renderStat(stat: Stat, t: Strings): TemplateResult {
    const { format, pointFormat } = this.formattersFor(stat, t);
    const value = format(stat.value);
    const shown = this.countUp.value ?? stat.value;
    const visual = this.visual === 'ring' || this.visual === 'none' ? this.visual : 'bar';
    // A percentage that is a share of a whole: not a change, not a range, within 0–100.
    const share =
      stat.format === 'percent' && !stat.change && stat.max === undefined && stat.value >= 0 && stat.value <= 100;
    // Label and context are read as one text: a term is a button only where it is first used.
    const terms = glossaryTerms(this.glossary, 'stat');
    // The stat's own words are in the lesson's language; only when it differs from the card's is it said.
    const textLang = this.textLang && this.textLang !== this.localize.lang ? this.textLang : undefined;
    const cited = this.sources.filter((s) => stat.sources.includes(s.id));
    const source = cited.length
      ? this.cite
        ? cited.map((s) => {
            const n = this.sources.indexOf(s) + 1;
            return html`<a
              part="citation"
              href=${`#source-${s.id}`}
              aria-label=${t.sourceRef(n, s.title)}
              @click=${(e: Event) => this.goToSource(e, s.id)}
              >[${n}]</a
            >`;
          })
        : cited.map((s, i) => html`${i ? '; ' : ''}${s.publisher ? `${s.publisher}, ` : ''}${this.link(s)}`)
      : this.source && this.link({ id: '', title: this.source, url: this.sourceUrl ?? undefined });
    // While counting, the steps are drawn by CSS (`content: attr(data-count)`) in an aria-hidden span laid over the
    // figure, which stays in the text, transparent: screen readers, copying and the element's text only ever have the
    // final figure, read once with the label, and the card keeps the width of the final figure as the digits grow.
    const count = this.countUp.counting
      ? html`<span class="count" aria-hidden="true" data-count=${format(shown)}></span>`
      : nothing;
    return html`<p class="figure">
        <span part="value">${count}<span class="final">${value}</span></span>
        <span part="label" lang=${ifDefined(textLang)}>${withTerms(stat.label, terms)}</span>
      </p>
      ${stat.change ? changeIndicator(stat.value, t) : nothing}
      ${share && visual !== 'none' ? shareVisual(visual, shown, value, t) : nothing}
      ${visual === 'none' ? nothing : sparkline(stat.series, pointFormat, t)}
      ${stat.period ? html`<p part="period" lang=${ifDefined(textLang)}>${stat.period}</p>` : nothing}
      ${
        stat.context
          ? html`<p part="context" lang=${ifDefined(textLang)} dir="auto">${withTerms(stat.context, terms)}</p>`
          : nothing
      }
      ${stat.region ? html`<p part="region" lang=${ifDefined(textLang)}>${stat.region}</p>` : nothing}
      ${source ? html`<p part="source">${t.source}: ${source}</p>` : nothing} ${this.renderTimelineLinks(stat, t)}
      ${terms ? termHint(t) : nothing}`;
  }

  private renderTimelineLinks(stat: Stat, t: Strings): TemplateResult | typeof nothing {
    if (!this.links.present || !stat.events.length) return nothing;
    const titled = stat.events.length > 1;
    return html`<p class="timeline-links">
      ${stat.events.map((id) => {
        const title = this.links.title(id) ?? id;
        return html`<button type="button" part="timeline-link" @click=${() => this.links.show(id)}>
          ${titled ? t.seeOnTimelineEvent(title) : t.seeOnTimeline}
        </button>`;
      })}
    </p>`;
  }

  /** Moves focus to the cited source in the page's list, without touching the page's URL. */
  private goToSource(e: Event, id: string): void {
    const item = findSourceItem(this, id);
    if (!item) return;
    e.preventDefault();
    item.focus();
    item.scrollIntoView?.({ block: 'nearest' }); // none in a test DOM such as jsdom
  }

  /** `sources` is a public property: its URLs are checked here as a lesson file's are, never bound as given. */
  private link(source: Source): unknown {
    const url = source.url === undefined ? undefined : safeUrl(String(source.url), LINK_SCHEMES);
    return url ? html`<a href=${url} rel="noopener noreferrer">${source.title}</a>` : source.title;
  }
}

/** Writes a number as the card shows it. */
type Format = (value: number) => string;

interface Checked {
  stat?: Stat;
  problems: ProblemList;
  /** Nothing was given at all. */
  empty: boolean;
}

/** What `visual` takes: how a share of a whole is drawn, or `none` for no chart (unset: `bar`). */
export type StatVisual = NonNullable<EduStatCard['visual']>;
