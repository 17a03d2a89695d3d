import { FrameController } from '../../controllers/frame-controller.js';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { LessonController } from '../../controllers/lesson-controller.js';
import { SizeController } from '../../controllers/size-controller.js';
import { formatDateRange } from '../../dates/format.js';
import { periodsOverlap, toUTCDate, toUTCEndDate } from '../../dates/partial-date.js';
import { axisTicks } from '../../dates/ticks.js';
import { EduSelectEvent } from '../../events/edu-select.js';
import type { Strings } from '../../i18n/strings.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import type { Era, Lesson, TimelineEvent } from '../../lesson/types.js';
import { statusStyles, tokens } from '../../styles/shared.styles.js';
import { cssProps } from '../../templates/css-props.js';
import { glossaryTermStyles, TERM_SELECTOR, termHint } from '../../templates/glossary-term.js';
import { isPrinting } from '../../scheduling/turns.js';
import { clampLevel, heading } from '../../templates/heading.js';
import { findSourceItem, renderSourceList, sourceListStyles } from '../../templates/sources.js';
import {
  LABEL_MAX,
  labelWidth,
  ROW_HEIGHT,
  spanOf,
  stack,
  visibleIndexes,
  type Span,
  type Stack,
} from './axis-layout.js';
import { renderDate, renderEventBody } from './event-parts.js';
import { axisStyles, bidiStyles, styles } from './timeline.styles.js';

/** Below this width (px) `layout="auto"` shows the vertical list. */
const AUTO_BREAKPOINT = 600;
const YEAR_MS = 365.2425 * 86_400_000;
const HOUR_MS = 3_600_000;
/** The vertical list renders this many events at a time, and more as the reader scrolls near its end. */
const LIST_PAGE = 200;
const TICKS_HEIGHT = 44;
const CLUSTER_STRIP = 34;
const BAND_LABEL = 18;

type Layout = 'horizontal' | 'vertical';

interface View {
  start: number;
  end: number;
}

/** An era placed in a lane beside the list, so that overlapping eras sit side by side. */
interface PlacedEra {
  era: Era;
  lane: number;
  /** Indexes (into the shown events) of the first and last event inside the era, or -1 when none is. */
  first: number;
  last: number;
}

/**
 * An era lane's colour. Positions and colours are set through the CSS object model (see cssProps), never as a `style`
 * attribute, so that pages whose Content Security Policy forbids inline styles (`style-src 'self'`) show them too.
 */
function laneColor(lane: number): ReturnType<typeof cssProps> {
  return cssProps({ '--_lane-color': `var(--_era-${lane % 4})` });
}

/**
 * An interactive timeline of a lesson's events.
 *
 * Two layouts, one element: a horizontal time axis (events placed in proportion to their dates, eras as bands,
 * ranges as bars, overlapping labels stacked in rows, zoom and pan, the selected event's details in a panel) and a
 * vertical list (every event with its description, eras as labelled spans). `layout="auto"` picks by the element's
 * own width. Dates show at the precision the data gives ("November 2022", never "1 November 2022").
 *
 * Keyboard: Tab reaches the current event; arrow keys move between events (mirrored in right-to-left pages), Home
 * and End jump to the first and last, Enter or Space selects, Escape closes the details, `+` and `-` zoom, `0` shows
 * everything. Every drag has a button: previous, next, zoom in, zoom out, show all.
 *
 * The lesson comes from, first found wins: the `data` property, an inline `<script type="application/json">` child,
 * `<edu-event>` and `<edu-era>` children (both work on a page opened from disk), or the `src` attribute: a lesson
 * file, a TimelineJS3 JSON file or a spreadsheet saved as CSV. Printing always gives the full vertical list.
 *
 * @tag edu-timeline
 * @summary A lesson's events on a zoomable time axis or as a list, with eras, tag filters, deep links and sources.
 *
 * @slot - The lesson, when it is written in the page: `<edu-event>` and `<edu-era>` children (see each), or a `<script type="application/json">` (or `type="text/csv"`) holding a lesson file. These are read as data, never rendered as they are; before the script runs (or without it) the `<edu-event>`s show as plain HTML.
 *
 * @fires {EduLoadEvent} edu-load - The lesson was read and rendered. `detail`: `{ lesson, problems }`.
 * @fires {EduErrorEvent} edu-error - Some or all of the lesson could not be shown. `detail`: `{ problems, fatal }`, each problem `{ severity, path, message, fix }`.
 * @fires {EduSelectEvent} edu-select - The user selected an event (click, Enter, Space, or the previous/next buttons). `detail`: `{ id, event }`. Not fired when the page sets `selected` or calls a method.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart heading - The lesson title.
 * @csspart toolbar - The row of controls above a horizontal timeline.
 * @csspart button - Each control button (previous, next, zoom in, zoom out, show all, close).
 * @csspart filters - The group of tag filter buttons.
 * @csspart chip - One tag filter button (`aria-pressed` tells whether it is on).
 * @csspart count - The "n of m events shown" line (a polite live region).
 * @csspart axis - The horizontal time axis (the area that pans and zooms).
 * @csspart tick - One date label on the axis.
 * @csspart band - An era drawn as a band across the axis.
 * @csspart cluster - A "+N" button standing for events that do not fit at this zoom; it zooms in.
 * @csspart detail - The panel with the selected event's details (horizontal layout).
 * @csspart eras - The list of periods (eras) above the vertical list.
 * @csspart era - One period in that list.
 * @csspart list - The ordered list of events.
 * @csspart event - One event (a list item); also has the part `selected` when it is the selected event.
 * @csspart selected - The selected event.
 * @csspart era-label - The "period begins" label on the first event of an era (vertical layout).
 * @csspart marker - The dot on the line for each event.
 * @csspart date - An event's date.
 * @csspart title - An event's title (a heading in the vertical list).
 * @csspart select - The button that selects an event.
 * @csspart description - An event's description.
 * @csspart media - An event's image with its credit.
 * @csspart tags - The list of an event's tags.
 * @csspart tag - One tag.
 * @csspart citations - An event's numbered source references.
 * @csspart citation - One source reference.
 * @csspart glossary-term - The first use of a glossary term in a description: a button that shows what it means.
 * @csspart glossary-note - The popover with a glossary term's expansion and definition.
 * @csspart sources - The numbered list of sources after the events.
 * @csspart sources-heading - The heading of that list.
 * @csspart source - One source in that list.
 * @csspart error - The panel listing problems in the lesson data (`role="alert"`).
 * @csspart error-title - The panel's summary line, which folds and unfolds the list.
 * @csspart error-count - The number of problems, in that line.
 * @csspart error-place - Where one problem is, in words: "Event 3 ('TTP ends its ceasefire')".
 * @csspart error-fix - How to fix one problem.
 * @csspart status - The loading message.
 *
 * @cssprop [--edu-color-text=#1b1f29] - Text colour.
 * @cssprop [--edu-color-muted=#4a5262] - Secondary text (dates, tags, sources).
 * @cssprop [--edu-color-surface=#ffffff] - Background of cards, labels and panels.
 * @cssprop [--edu-color-subtle=#f3f5f9] - Background of tags, the axis and the selected event.
 * @cssprop [--edu-color-border=#c9cfda] - Lines and borders.
 * @cssprop [--edu-color-accent=#0b5cad] - Links, markers, the time line and the focus ring.
 * @cssprop [--edu-color-error=#a11a1d] - Border and title of the problems panel.
 * @cssprop [--edu-color-error-surface=#fdf1f1] - Background of the problems panel.
 * @cssprop [--edu-era-color-1=#0b5cad] - First era colour.
 * @cssprop [--edu-era-color-2=#8a4b08] - Second era colour.
 * @cssprop [--edu-era-color-3=#2f7a3b] - Third era colour.
 * @cssprop [--edu-era-color-4=#7a3b8a] - Fourth era colour.
 * @cssprop [--edu-font-family=system-ui] - Font family.
 * @cssprop [--edu-radius=0.5rem] - Corner radius.
 * @cssprop [--edu-space=1rem] - Base spacing.
 * @cssprop [--edu-focus-ring=3px solid accent] - Focus outline.
 */
export class EduTimeline extends LitElement {
  static override properties = {
    src: { reflect: true },
    data: { attribute: false },
    timeout: { type: Number },
    format: {},
    selected: { reflect: true },
    layout: { reflect: true },
    filter: { reflect: true },
    startAt: { attribute: 'start-at' },
    hashSync: { type: Boolean, attribute: 'hash-sync' },
    theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hideTitle: { type: Boolean, reflect: true, attribute: 'hide-title' },
    hideSources: { type: Boolean, reflect: true, attribute: 'hide-sources' },
    focusedId: { state: true },
    view: { state: true },
    printing: { state: true },
    listLimit: { state: true },
  };

  static override styles = [tokens, statusStyles, styles, sourceListStyles, axisStyles, bidiStyles, glossaryTermStyles];

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

  /** The id of the selected event; follows the user's selection. Setting it selects without firing `edu-select`. */
  selected: string | null;

  /** `auto` (default: horizontal when the element is at least 600 px wide), `horizontal` or `vertical`. */
  layout: 'auto' | 'horizontal' | 'vertical';

  /** Comma-separated tags: only events with at least one of them are shown. Empty: all events. */
  filter: string;

  /** Where the timeline opens: `first` (default), `last`, or an event id. */
  startAt: string;

  /** Keep the URL hash (`#event-id`) and the selection in step, both ways. Without it the page URL is never touched. */
  hashSync: boolean;

  /** `light`, `dark`, or unset to follow the reader's system setting. */
  theme: 'light' | 'dark' | null;

  /** Level (1–6) of the lesson title heading; event titles are one level below. */
  headingLevel: number;

  /** Hides the lesson title (when the page already shows it). */
  hideTitle: boolean;

  /**
   * Leaves out the list of sources (when the page lists them, as `<edu-lesson>` does). The `[n]` citations then move
   * focus to the page's element with the id `source-<id>`.
   */
  hideSources: boolean;

  private focusedId: string | null;
  private view: View | null;
  private printing: boolean;
  private listLimit: number;

  constructor() {
    super();
    this.src = null;
    this.data = undefined;
    this.timeout = 15;
    this.format = null;
    this.selected = null;
    this.layout = 'auto';
    this.filter = '';
    this.startAt = 'first';
    this.hashSync = false;
    this.theme = null;
    this.headingLevel = 2;
    this.hideTitle = false;
    this.hideSources = false;
    this.focusedId = null;
    this.view = null;
    this.printing = false;
    this.listLimit = LIST_PAGE;
  }

  private readonly lessonData: LessonController = new LessonController(
    this,
    {
      has: (lesson) => lesson.events.length > 0,
      message: (t) => ({ message: t.noEvents, fix: t.noEventsFix }),
    },
    () => this.strings,
  );

  /** Inside a learning platform's frame, the frame is told the page's height as it changes. */
  private readonly frame = new FrameController(this);

  private readonly localize = new LocalizeController(this, () => this.lessonData.lesson?.lang);

  private readonly size = new SizeController(this);

  /* ---------- derived data, cached by identity ---------- */
  private spans: Span[] = [];
  private spansOf: Lesson | null = null;
  private longest = 0;
  private indexById = new Map<string, number>();
  /** Indexes (into lesson.events) of the events the filter lets through, and their spans. */
  private shown: number[] = [];
  private shownSpans: Span[] = [];
  /** Position in `shown` of each shown event index. */
  private shownPos = new Map<number, number>();
  private shownRange: View = { start: 0, end: YEAR_MS };
  private shownKey = '';
  private stackCache?: { key: string; stack: Stack };
  private placed = false;
  private pendingFocus = false;
  private pendingReveal: string | null = null;
  /** Scroll the element into view after the next render (a deep link opened the page on one of its events). */
  private pendingScroll = false;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private drag?: { x: number; view: View; moved: boolean; pinch?: { distance: number; view: View } };
  private printQuery?: MediaQueryList;
  private moreObserver?: IntersectionObserver;
  private observedMore: Element | null = null;

  /** The checked lesson being shown, or `null` while loading or when nothing could be shown. */
  get lesson(): Lesson | null {
    return this.lessonData.lesson;
  }

  /** The layout in use now: `horizontal` or `vertical` (resolving `auto` by the element's width). */
  get currentLayout(): Layout {
    if (this.printing) return 'vertical';
    if (this.layout === 'horizontal' || this.layout === 'vertical') return this.layout;
    return this.size.width >= AUTO_BREAKPOINT ? 'horizontal' : 'vertical';
  }

  /** Selects the next shown event and brings it into view (as the "next" button does, without `edu-select`). */
  next(): void {
    this.step(1, false);
  }

  /** Selects the previous shown event and brings it into view. */
  previous(): void {
    this.step(-1, false);
  }

  /**
   * Selects the event with this id, brings it into view and moves the keyboard focus to it, as a "see on the
   * timeline" control elsewhere on the page needs (`<edu-stat-card for="…">` uses it). A tag filter that hides the
   * event is cleared. No `edu-select`: the page asked, not the reader of the timeline. Returns whether the event is
   * in the lesson.
   */
  show(id: string): boolean {
    if (!this.eventById(id)) return false;
    if (!this.isShown(id)) this.filter = '';
    // After the update that clears the filter, so the event is among those shown when it is selected.
    void this.updateComplete.then(() => {
      this.select(id, false);
      this.pendingFocus = true;
      // `?.`, here and below: a test DOM such as jsdom (an app's unit tests) has no scrollIntoView.
      this.scrollIntoView?.({ block: 'nearest' });
    });
    return true;
  }

  /** Zooms the time axis in around its centre. */
  zoomIn(): void {
    this.zoom(0.5);
  }

  /** Zooms the time axis out around its centre. */
  zoomOut(): void {
    this.zoom(2);
  }

  /** Shows every event on the time axis. */
  fit(): void {
    this.view = this.fullView();
  }

  private get strings(): Strings {
    return this.localize.t;
  }

  private get locale(): string {
    return this.localize.lang;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    // No matchMedia or IntersectionObserver in a test DOM such as jsdom (an app's unit tests): the timeline then
    // follows only beforeprint, and shows its "more" button without loading more on its own.
    this.printQuery = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    // A page opened in print mode (a print preview, a PDF renderer) prints the list from the start; so does a timeline
    // first drawn after the page's `beforeprint` (a lesson's later part, drawn at once for the paper).
    this.printing = !!this.printQuery?.matches || isPrinting();
    this.printQuery?.addEventListener('change', this.onPrintChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.moreObserver =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver(
            (entries) => {
              if (entries.some((e) => e.isIntersecting)) this.listLimit += LIST_PAGE;
            },
            { rootMargin: '800px' },
          );
    this.observedMore = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.printQuery?.removeEventListener('change', this.onPrintChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.moreObserver?.disconnect();
    this.moreObserver = undefined;
  }

  // Not willUpdate: Lit runs controllers' hostUpdate (where LessonController parses `data` and inline JSON) after
  // willUpdate, so the lesson is derived here, before the render that shows it.
  protected override update(changed: PropertyValues<this>): void {
    this.derive(changed);
    super.update(changed);
  }

  private derive(changed: PropertyValues<this>): void {
    const lesson = this.lessonData.lesson;
    if (!lesson) return;
    if (lesson !== this.spansOf) {
      this.spansOf = lesson;
      this.spans = lesson.events.map(spanOf);
      this.indexById = new Map(lesson.events.map((ev, i) => [ev.id, i]));
      this.longest = this.spans.reduce((m, s) => Math.max(m, s.end - s.start), 0);
      this.placed = false;
      this.view = null;
      this.shownKey = '';
      this.listLimit = LIST_PAGE;
    }
    const key = `${this.filter}|${lesson.events.length}`;
    if (key !== this.shownKey || changed.has('filter')) {
      this.shownKey = key;
      const tags = this.activeTags();
      this.shown = [];
      lesson.events.forEach((ev, i) => {
        if (tags.size === 0 || ev.tags.some((tag) => tags.has(tag))) this.shown.push(i);
      });
      this.shownSpans = this.shown.map((i) => this.spans[i]);
      this.shownPos = new Map(this.shown.map((index, pos) => [index, pos]));
      this.shownRange = rangeOf(this.shownSpans.length ? this.shownSpans : this.spans);
    }
    if (!this.placed) {
      this.placed = true;
      this.placeStart(lesson);
    }
    if (changed.has('selected') && this.selected && this.hasUpdated) {
      this.listLimit = Math.max(this.listLimit, this.shownIndexOf(this.selected) + 1);
      this.reveal(this.selected);
    }
    if (!this.view && this.size.width > 0) this.view = this.fullView();
    if (this.view && this.pendingReveal) {
      this.reveal(this.pendingReveal);
      this.pendingReveal = null;
    }
  }

  protected override firstUpdated(): void {
    // One listener for every click inside: events, clusters and citations (delegation keeps 10,000 events cheap).
    this.renderRoot.addEventListener('click', this.onClick as EventListener);
  }

  protected override updated(): void {
    if (this.pendingScroll && this.lessonData.lesson) {
      this.pendingScroll = false;
      // The browser cannot scroll to an id inside a shadow root: bring the timeline (and its details) into view.
      const target = this.renderRoot.querySelector('[part~="detail"]') ?? this;
      target.scrollIntoView?.({ block: 'start' });
    }
    const more = this.renderRoot.querySelector('[data-action="more"]');
    if (more !== this.observedMore) {
      this.moreObserver?.disconnect();
      if (more) this.moreObserver?.observe(more);
      this.observedMore = more;
    }
    if (!this.pendingFocus) return;
    this.pendingFocus = false;
    // Found by comparing, not by a selector holding the id: no escaping to get right (an id may come from the address),
    // and no need for CSS.escape, which a test DOM such as jsdom lacks.
    const button = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="select"][data-id]')].find(
      (el) => el.dataset.id === this.focusedId,
    );
    button?.focus({ preventScroll: this.currentLayout === 'horizontal' });
    if (this.currentLayout === 'vertical') button?.scrollIntoView?.({ block: 'nearest' });
  }

  /** A part of a lesson draws first in a task of its own (see `LessonController.schedule`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.lessonData.schedule(() => super.scheduleUpdate());
  }

  protected override render(): TemplateResult {
    const t = this.strings;
    const lesson = this.lessonData.lesson;
    return html`<div part="base" aria-busy=${this.lessonData.loading ? 'true' : 'false'} @keydown=${this.onKeydown}>
      ${this.lessonData.renderStatus(t)} ${lesson ? this.renderLesson(lesson, t) : nothing}
    </div>`;
  }

  private renderLesson(lesson: Lesson, t: Strings): TemplateResult {
    const showTitle = !this.hideTitle && lesson.title;
    const top = clampLevel(this.headingLevel);
    const level = showTitle ? Math.min(top + 1, 6) : top;
    const horizontal = this.currentLayout === 'horizontal';
    return html`<div lang=${ifDefined(lesson.lang)} class=${horizontal ? 'horizontal' : 'vertical'}>
      ${showTitle ? heading(top, 'heading', lesson.title) : nothing} ${this.renderFilters(lesson, t)}
      ${horizontal ? this.renderHorizontal(lesson, level, t) : this.renderVertical(lesson, level, t)}
      ${this.renderSources(lesson, level, t)} ${lesson.glossary.length ? termHint(t) : nothing}
    </div>`;
  }

  /* ---------- filters ---------- */

  private activeTags(): Set<string> {
    return new Set(
      this.filter
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    );
  }

  private renderFilters(lesson: Lesson, t: Strings): TemplateResult | typeof nothing {
    const all = [...new Set(lesson.events.flatMap((ev) => ev.tags))].sort((a, b) => a.localeCompare(b));
    if (all.length === 0) return nothing;
    const active = this.activeTags();
    const total = lesson.events.length;
    return html`<div part="filters" role="group" aria-label=${t.filterLabel}>
        <button
          part="chip"
          type="button"
          lang=${t.lang}
          aria-pressed=${active.size === 0 ? 'true' : 'false'}
          data-tag=""
        >
          ${t.allTags}
        </button>
        ${all.map(
          (tag) =>
            html`<button part="chip" type="button" aria-pressed=${active.has(tag) ? 'true' : 'false'} data-tag=${tag}>
              ${tag}
            </button>`,
        )}
      </div>
      <p part="count" role="status" lang=${t.lang}>${active.size ? t.shown(this.shown.length, total) : ''}</p>`;
  }

  private toggleTag(tag: string): void {
    const active = this.activeTags();
    if (tag === '') active.clear();
    else if (active.has(tag)) active.delete(tag);
    else active.add(tag);
    this.filter = [...active].join(',');
  }

  /* ---------- vertical layout ---------- */

  private renderVertical(lesson: Lesson, level: number, t: Strings): TemplateResult {
    const locale = this.locale;
    // Printing shows everything; on screen the list grows as the reader nears its end (10,000 items at once would
    // freeze the page for seconds).
    // The event holding the tab stop is always rendered, however far down the list it is.
    const wanted = Math.max(this.listLimit, this.shownIndexOf(this.rovingId()) + 1);
    const limit = this.printing ? this.shown.length : Math.min(wanted, this.shown.length);
    const events = this.shown.slice(0, limit).map((i) => lesson.events[i]);
    const eras = placeEras(lesson.eras, events);
    const lanes = eras.reduce((n, e) => Math.max(n, e.lane + 1), 0);
    const focusId = this.rovingId();
    return html`${
        eras.length
          ? html`<ul part="eras" aria-label=${t.periods}>
              ${eras.map(
                (p) =>
                  html`<li part="era" ${laneColor(p.lane)}>
                    <span class="swatch" aria-hidden="true"></span>
                    <span>${p.era.title}</span>
                    <span class="range">${formatDateRange(p.era.start, p.era.end, locale)}</span>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${events.length === 0 ? html`<p part="status">${t.noneShown}</p>` : nothing}
      <ol part="list" aria-label=${t.eventsLabel} ${cssProps({ '--_lanes': String(lanes) })}>
        ${repeat(
          events,
          (ev) => ev.id,
          (ev, i) => this.renderListItem(ev, i, eras, lanes, level, focusId, lesson, locale, t),
        )}
      </ol>
      ${
        limit < this.shown.length
          ? html`<p class="more">
              <button part="button" type="button" data-action="more" lang=${t.lang}>
                ${t.showMore(limit, this.shown.length)}
              </button>
            </p>`
          : nothing
      }`;
  }

  private renderListItem(
    ev: TimelineEvent,
    index: number,
    eras: PlacedEra[],
    lanes: number,
    level: number,
    focusId: string | null,
    lesson: Lesson,
    locale: string,
    t: Strings,
  ): TemplateResult {
    const selected = ev.id === this.selected;
    const starting = eras.filter((p) => p.first === index);
    const rails = Array.from({ length: lanes }, (_, lane) => {
      const p = eras.find((e) => e.lane === lane && e.first <= index && index <= e.last);
      if (!p) return html`<span class="rail"></span>`;
      const cls = `rail on${p.first === index ? ' start' : ''}${p.last === index ? ' end' : ''}`;
      return html`<span class=${cls} ${laneColor(lane)}></span>`;
    });
    return html`<li
      part=${selected ? 'event selected' : 'event'}
      data-id=${ev.id}
      aria-setsize=${this.shown.length}
      aria-posinset=${index + 1}
    >
      <div class="rails" aria-hidden="true">${rails}</div>
      <div class="marker" part="marker" aria-hidden="true"></div>
      <div class="body">
        ${starting.map(
          (p) =>
            // The period's name is the lesson's text inside a sentence in the reader's language: <bdi> keeps an
            // English name whole on an Urdu line ("ended" used to land after the dates), and the reverse.
            html`<p part="era-label" ${laneColor(p.lane)}>
              <span lang=${t.lang}>${t.periodStarts}:</span> <bdi>${p.era.title}</bdi>
              <span lang=${t.lang}>(${formatDateRange(p.era.start, p.era.end, locale)})</span>
            </p>`,
        )}
        ${heading(level, 'title', this.renderSelectButton(ev, focusId, selected, ev.title), undefined, 'auto')}
        ${renderDate(ev.date, ev.endDate, ev.displayDate, locale)} ${renderEventBody(ev, lesson, t)}
      </div>
    </li>`;
  }

  private renderSelectButton(
    ev: TimelineEvent,
    focusId: string | null,
    selected: boolean,
    content: unknown,
  ): TemplateResult {
    return html`<button
      type="button"
      part="select"
      data-id=${ev.id}
      tabindex=${ev.id === focusId ? '0' : '-1'}
      aria-current=${selected ? 'true' : 'false'}
    >
      ${content}
    </button>`;
  }

  /* ---------- horizontal layout ---------- */

  private renderHorizontal(lesson: Lesson, level: number, t: Strings): TemplateResult {
    const width = this.size.width;
    const view = this.view;
    const selectedEvent = this.eventById(this.selected);
    const position = this.shownIndexOf(this.selected);
    const atStart = position === 0;
    const atEnd = position === this.shown.length - 1;
    const rtl = this.isRtl();
    const toolbar = html`<div part="toolbar" lang=${t.lang}>
      ${toolButton('previous', t.previous, rtl ? '→' : '←', atStart)}
      ${toolButton('next', t.next, rtl ? '←' : '→', atEnd)}
      <span class="spacer"></span>
      ${toolButton('zoom-out', t.zoomOut, '−')} ${toolButton('zoom-in', t.zoomIn, '+')}
      <button part="button" type="button" data-action="fit">${t.fitAll}</button>
    </div>`;
    if (!view || width === 0) {
      // Not laid out yet (inside a closed <details>, an inactive tab): the ResizeObserver renders again on show.
      return html`${toolbar}
        <div part="axis" class="axis" ${cssProps({ height: `${ROW_HEIGHT * 2 + 40}px` })}></div>`;
    }
    const msPerPx = (view.end - view.start) / width;
    const st = this.currentStack(msPerPx);
    const margin = LABEL_MAX * msPerPx;
    const shownSpans = this.shownSpans;
    const visible = visibleIndexes(shownSpans, view.start - margin, view.end + margin, this.longest);
    const x = (time: number) => (time - view.start) / msPerPx;
    // Events hidden in a cluster are not drawn, except the one that holds focus (arrow keys reveal it first).
    const roving = this.rovingId();
    const drawn = visible.filter((vi) => st.rows[vi] >= 0 || lesson.events[this.shown[vi]].id === roving);
    const drawnIds = drawn.map((vi) => lesson.events[this.shown[vi]].id);
    // After a drag the focused event may be off screen: the first event in view then takes the tab stop, so Tab
    // always lands on something visible.
    const focusId = roving && drawnIds.includes(roving) ? roving : (drawnIds[0] ?? roving);
    const lanes = eraLanes(lesson.eras);
    const laneCount = lanes.reduce((n, l) => Math.max(n, l + 1), 0);
    // Rows of labels, then a strip for the "+N" clusters and one for the era names, then the tick labels.
    const clustered = st.clusters.length > 0;
    const below = (clustered ? CLUSTER_STRIP : 0) + laneCount * BAND_LABEL;
    const height = st.rowCount * ROW_HEIGHT + below + TICKS_HEIGHT;
    const locale = this.locale;
    return html`${toolbar}
      <div
        part="axis"
        class="axis"
        role="group"
        aria-roledescription=${t.timelineLabel}
        aria-label=${`${t.timelineLabel}: ${lesson.title ?? ''}`}
        aria-describedby="axis-help"
        ${cssProps({ height: `${height}px`, '--_below': `${below}px`, '--_band-labels': `${laneCount * BAND_LABEL}px` })}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @wheel=${this.onWheel}
      >
        <p id="axis-help" class="visually-hidden" lang=${t.lang}>${t.axisHelp}</p>
        <div class="bands" aria-hidden="true">
          ${lesson.eras.map((era, i) => {
            const lane = lanes[i];
            const from = x(toUTCDate(era.start).getTime());
            const to = x(toUTCEndDate(era.end).getTime());
            if (to < 0 || from > width) return nothing;
            return html`<div
              part="band"
              class="band"
              ${cssProps({ 'inset-inline-start': `${Math.max(from, 0)}px`, width: `${Math.min(to, width) - Math.max(from, 0)}px`, '--_lane-color': `var(--_era-${lane % 4})`, '--_lane': String(lane) })}
            >
              <span>${era.title}</span>
            </div>`;
          })}
        </div>
        <ol part="list" class="track" aria-label=${t.eventsLabel}>
          ${repeat(
            drawn,
            (vi) => lesson.events[this.shown[vi]].id,
            (vi) => {
              const ev = lesson.events[this.shown[vi]];
              const span = shownSpans[vi];
              const left = x(span.start);
              const row = Math.max(0, st.rows[vi]);
              const bar = Math.max(0, x(span.end) - left);
              const selected = ev.id === this.selected;
              return html`<li
                part=${selected ? 'event selected' : 'event'}
                class=${ev.endDate ? 'item range' : 'item'}
                data-id=${ev.id}
                aria-setsize=${this.shown.length}
                aria-posinset=${vi + 1}
                ${cssProps({ 'inset-inline-start': `${left}px`, top: `${row * ROW_HEIGHT}px`, '--_bar': `${bar}px`, '--_label': `${labelWidth(ev.title)}px` })}
              >
                <span class="bar" aria-hidden="true"></span>
                ${this.renderSelectButton(
                  ev,
                  focusId,
                  selected,
                  html`${renderDate(ev.date, ev.endDate, ev.displayDate, locale)}<span part="title" class="label"
                      >${ev.title}</span
                    >`,
                )}
              </li>`;
            },
          )}
        </ol>
        <div class="clusters">
          ${st.clusters
            .filter((c) => c.time >= view.start - margin && c.time <= view.end)
            .map(
              (c) =>
                html`<button
                  part="cluster"
                  type="button"
                  data-time=${c.time}
                  ${cssProps({ 'inset-inline-start': `${x(c.time)}px` })}
                  aria-label=${t.more(c.count)}
                >
                  +${c.count}
                </button>`,
            )}
        </div>
        <div class="ticks" aria-hidden="true">
          ${axisTicks(view.start, view.end, width, locale).map(
            (tick) =>
              html`<span
                part="tick"
                class=${tick.major ? 'tick major' : 'tick'}
                ${cssProps({ 'inset-inline-start': `${x(tick.time)}px` })}
                >${tick.label}</span
              >`,
          )}
        </div>
      </div>
      ${this.shown.length === 0 ? html`<p part="status">${t.noneShown}</p>` : nothing}
      ${selectedEvent ? this.renderDetail(selectedEvent, lesson, level, t) : nothing}`;
  }

  private renderDetail(ev: TimelineEvent, lesson: Lesson, level: number, t: Strings): TemplateResult {
    return html`<section part="detail" class="detail" aria-labelledby="detail-title">
      <button part="button" class="close" type="button" data-action="close" aria-label=${t.closeDetails} lang=${t.lang}>
        <span aria-hidden="true">×</span>
      </button>
      ${renderDate(ev.date, ev.endDate, ev.displayDate, this.locale)}
      ${heading(level, 'title', ev.title, 'detail-title', 'auto')} ${renderEventBody(ev, lesson, t)}
    </section>`;
  }

  private currentStack(msPerPx: number): Stack {
    const key = `${this.shownKey}|${msPerPx.toPrecision(6)}`;
    if (this.stackCache?.key !== key) {
      const lesson = this.lessonData.lesson!;
      const stackResult = stack(
        this.shownSpans,
        this.shown.map((i) => lesson.events[i].title),
        msPerPx,
      );
      this.stackCache = { key, stack: stackResult };
    }
    return this.stackCache.stack;
  }

  /* ---------- sources ---------- */

  private renderSources(lesson: Lesson, level: number, t: Strings): TemplateResult | typeof nothing {
    if (!lesson.sources.length || this.hideSources) return nothing;
    // Not a landmark (no accessible name): two timelines on a page would otherwise make two "Sources" regions.
    return html`<section part="sources">
      ${heading(level, 'sources-heading', html`<span lang=${t.lang}>${t.sources}</span>`)}
      ${renderSourceList(lesson.sources, this.locale)}
    </section>`;
  }

  /* ---------- view: zoom, pan, reveal ---------- */

  private dataRange(): View {
    return this.shownRange;
  }

  /** Every shown event, with room for the last label. */
  private fullView(): View {
    const { start, end } = this.dataRange();
    const span = Math.max(end - start, HOUR_MS * 24);
    const width = Math.max(this.size.width, 1);
    // Leave room for the last event's label to the right of its date.
    const pad = Math.min(span, (span * LABEL_MAX) / Math.max(width - LABEL_MAX, width / 2));
    return { start: start - span * 0.02, end: end + pad };
  }

  private limits(): { min: number; max: number } {
    const { start, end } = this.dataRange();
    const span = Math.max(end - start, HOUR_MS * 24);
    return { min: Math.max(HOUR_MS, span / 20_000), max: span * 3 };
  }

  /** Zooms by `factor` (below 1: in) keeping the time under `anchor` (0–1 across the axis) in place. */
  private zoom(factor: number, anchor = 0.5): void {
    const view = this.view;
    if (!view) return;
    const { min, max } = this.limits();
    const span = view.end - view.start;
    const next = Math.min(max, Math.max(min, span * factor));
    const at = view.start + span * anchor;
    this.view = { start: at - next * anchor, end: at + next * (1 - anchor) };
  }

  private pan(byMs: number): void {
    const view = this.view;
    if (!view) return;
    const range = this.dataRange();
    const span = view.end - view.start;
    // Keep some of the data in sight: never pan past the first or last event by more than most of a screen.
    const start = Math.min(range.end - span * 0.1, Math.max(range.start - span * 0.9, view.start + byMs));
    this.view = { start, end: start + span };
  }

  /** Brings an event into view: pans to it, and zooms in while it is hidden in a cluster. */
  private reveal(id: string): void {
    const lesson = this.lessonData.lesson;
    const index = this.indexById.get(id) ?? -1;
    if (!lesson || index < 0 || !this.view || this.size.width === 0) return;
    const span = this.spans[index];
    const shownIndex = this.shownPos.get(index) ?? -1;
    for (let i = 0; i < 24; i++) {
      const view: View = this.view;
      const width = view.end - view.start;
      const margin = (width * LABEL_MAX) / this.size.width;
      if (span.start < view.start || span.start > view.end - margin) {
        const start = span.start - width / 3;
        this.view = { start, end: start + width };
      }
      if (shownIndex < 0) return;
      const msPerPx = width / this.size.width;
      if (this.currentStack(msPerPx).rows[shownIndex] >= 0) return;
      const before = width;
      this.zoom(0.5, 1 / 3);
      if (this.view.end - this.view.start === before) return;
    }
  }

  private placeStart(lesson: Lesson): void {
    let id: string | undefined;
    if (this.hashSync) id = this.hashId(lesson);
    if (id) {
      this.selected = id;
      this.pendingScroll = true;
    } else if (this.startAt === 'last') {
      id = lesson.events[this.shown[this.shown.length - 1] ?? 0]?.id;
    } else if (this.startAt && this.startAt !== 'first') {
      id = this.eventById(this.startAt)?.id;
    }
    this.focusedId = id ?? lesson.events[this.shown[0] ?? 0]?.id ?? null;
    // The view only exists once the element has a width (not yet inside a closed <details>): revealed then.
    this.pendingReveal = id ?? null;
  }

  /* ---------- selection and focus ---------- */

  private eventById(id: string | null | undefined): TimelineEvent | undefined {
    const index = id ? this.indexById.get(id) : undefined;
    return index === undefined ? undefined : this.lessonData.lesson?.events[index];
  }

  /** Position of an event among the shown ones, or -1. */
  private shownIndexOf(id: string | null | undefined): number {
    const index = id ? this.indexById.get(id) : undefined;
    return index === undefined ? -1 : (this.shownPos.get(index) ?? -1);
  }

  private isShown(id: string | null): id is string {
    return this.shownIndexOf(id) >= 0;
  }

  /** The event that holds the roving tabindex: the focused one if still shown, else the selected, else the first. */
  private rovingId(): string | null {
    const lesson = this.lessonData.lesson;
    if (!lesson) return null;
    if (this.isShown(this.focusedId)) return this.focusedId;
    if (this.isShown(this.selected)) return this.selected;
    return lesson.events[this.shown[0] ?? -1]?.id ?? null;
  }

  private select(id: string | null, fire: boolean): void {
    const lesson = this.lessonData.lesson;
    if (!lesson) return;
    if (id === null) {
      this.selected = null;
      this.writeHash(null);
      return;
    }
    const ev = this.eventById(id);
    if (!ev) return;
    this.selected = ev.id;
    this.focusedId = ev.id;
    this.listLimit = Math.max(this.listLimit, this.shownIndexOf(ev.id) + 1);
    this.reveal(ev.id);
    this.writeHash(ev.id);
    if (fire) this.dispatchEvent(new EduSelectEvent({ id: ev.id, event: ev }));
  }

  private step(delta: number, fire: boolean): void {
    const lesson = this.lessonData.lesson;
    if (!lesson || this.shown.length === 0) return;
    const current = this.shownIndexOf(this.selected);
    // With nothing selected yet, the first press selects the event that holds the tab stop (the first, or start-at).
    if (current === -1) return this.select(this.rovingId(), fire);
    const next = Math.min(this.shown.length - 1, Math.max(0, current + delta));
    // At either end there is nothing to move to: no new selection, no event.
    if (next === current) return;
    this.select(lesson.events[this.shown[next]].id, fire);
  }

  private moveFocus(to: number): void {
    const lesson = this.lessonData.lesson;
    if (!lesson || this.shown.length === 0) return;
    const index = Math.min(this.shown.length - 1, Math.max(0, to));
    this.listLimit = Math.max(this.listLimit, index + 1);
    this.focusedId = lesson.events[this.shown[index]].id;
    this.reveal(this.focusedId);
    this.pendingFocus = true;
  }

  private isRtl(): boolean {
    return this.localize.rtl;
  }

  /* ---------- hash sync ---------- */

  private hashId(lesson: Lesson): string | undefined {
    const id = decodeURIComponent(location.hash.slice(1));
    return lesson.events.some((ev) => ev.id === id) ? id : undefined;
  }

  private writeHash(id: string | null): void {
    if (!this.hashSync) return;
    const url = new URL(location.href);
    url.hash = id ? `#${id}` : '';
    // replaceState: following a lesson through 30 events must not fill the Back button with 30 entries.
    history.replaceState(history.state, '', url.hash ? url.href : url.href.replace(/#$/, ''));
  }

  private onHashChange = (): void => {
    const lesson = this.lessonData.lesson;
    if (!this.hashSync || !lesson) return;
    const id = this.hashId(lesson);
    if (id && id !== this.selected) {
      this.select(id, true);
      this.pendingScroll = true;
    }
  };

  /* ---------- print ---------- */

  private onPrintChange = (e: MediaQueryListEvent): void => {
    this.printing = e.matches;
  };

  private onBeforePrint = (): void => {
    this.printing = true;
  };

  private onAfterPrint = (): void => {
    this.printing = this.printQuery?.matches ?? false;
  };

  /* ---------- input ---------- */

  private onClick = (e: MouseEvent): void => {
    const path = e.composedPath();
    const target = path.find((n): n is HTMLElement => n instanceof HTMLElement && n.getRootNode() === this.renderRoot);
    if (!target) return;
    const citation = target.closest<HTMLElement>('[data-source]');
    if (citation) {
      // Move focus to the source inside the shadow root instead of changing the page's URL hash.
      e.preventDefault();
      // Its own list, or, with hide-sources, the list the page or <edu-lesson> shows.
      const id = citation.dataset.source ?? '';
      const source = findSourceItem(citation, id);
      source?.focus();
      source?.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    // A click on a link inside an event follows the link; one on a glossary term opens its popover.
    if (target.closest(`a, ${TERM_SELECTOR}`)) return;
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action) {
      this.runAction(action);
      return;
    }
    const chip = target.closest<HTMLElement>('[part~="chip"]');
    if (chip) {
      this.toggleTag(chip.dataset.tag ?? '');
      return;
    }
    const cluster = target.closest<HTMLElement>('[part~="cluster"]');
    if (cluster && this.view) {
      const time = Number(cluster.dataset.time);
      const anchor = (time - this.view.start) / (this.view.end - this.view.start);
      this.zoom(0.25, Math.min(1, Math.max(0, anchor)));
      return;
    }
    // A drag that panned the axis is not a click on the event it started on.
    if (this.drag?.moved) return;
    const item = target.closest<HTMLElement>('[data-id]');
    if (item?.dataset.id) this.select(item.dataset.id, true);
  };

  private runAction(action: string): void {
    switch (action) {
      case 'previous':
        return this.step(-1, true);
      case 'next':
        return this.step(1, true);
      case 'zoom-in':
        return this.zoom(0.5);
      case 'zoom-out':
        return this.zoom(2);
      case 'fit':
        return this.fit();
      case 'close':
        return this.closeDetail();
      case 'more':
        this.listLimit += LIST_PAGE;
        return;
    }
  }

  private closeDetail(): void {
    const id = this.selected;
    this.select(null, false);
    if (id) {
      this.focusedId = id;
      this.pendingFocus = true;
    }
  }

  private onKeydown = (e: KeyboardEvent): void => {
    const lesson = this.lessonData.lesson;
    const button = (e.target as HTMLElement).closest?.('[part~="select"]');
    if (!lesson) return;
    const horizontal = this.currentLayout === 'horizontal';
    const current = Math.max(0, this.shownIndexOf(this.rovingId()));
    const lastIndex = this.shown.length - 1;
    // Later in time is to the right, or to the left in a right-to-left page.
    const forward = this.isRtl() ? 'ArrowLeft' : 'ArrowRight';
    const back = this.isRtl() ? 'ArrowRight' : 'ArrowLeft';
    let handled = true;
    switch (e.key) {
      case forward:
      case 'ArrowDown':
        if (button) this.moveFocus(current + 1);
        else handled = false;
        break;
      case back:
      case 'ArrowUp':
        if (button) this.moveFocus(current - 1);
        else handled = false;
        break;
      case 'Home':
        if (button) this.moveFocus(0);
        else handled = false;
        break;
      case 'End':
        if (button) this.moveFocus(lastIndex);
        else handled = false;
        break;
      case 'Escape':
        // An open glossary popover is closed by the browser on this Escape; the details close on the next one.
        if (this.selected && !this.renderRoot.querySelector(':popover-open')) this.closeDetail();
        else handled = false;
        break;
      case '+':
      case '=':
        if (horizontal) this.zoomAroundFocus(0.5);
        else handled = false;
        break;
      case '-':
      case '_':
        if (horizontal) this.zoomAroundFocus(2);
        else handled = false;
        break;
      case '0':
        if (horizontal) this.fit();
        else handled = false;
        break;
      case 'PageDown':
      case 'PageUp':
        if (horizontal && this.view)
          this.pan(((e.key === 'PageDown' ? 1 : -1) * (this.view.end - this.view.start)) / 2);
        else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  private zoomAroundFocus(factor: number): void {
    const id = this.rovingId();
    const index = id ? (this.indexById.get(id) ?? -1) : -1;
    if (!this.view || index < 0) return this.zoom(factor);
    const anchor = (this.spans[index].start - this.view.start) / (this.view.end - this.view.start);
    this.zoom(factor, Math.min(1, Math.max(0, anchor)));
    if (id) this.reveal(id);
    this.pendingFocus = true;
  }

  private axisFraction(clientX: number): number {
    const axis = this.renderRoot.querySelector<HTMLElement>('[part~="axis"]');
    if (!axis) return 0.5;
    const rect = axis.getBoundingClientRect();
    const fraction = (clientX - rect.left) / rect.width;
    return this.isRtl() ? 1 - fraction : fraction;
  }

  private onWheel = (e: WheelEvent): void => {
    if (!this.view) return;
    const span = this.view.end - this.view.start;
    if (e.ctrlKey || e.metaKey) {
      // Ctrl/⌘ + wheel, and trackpad pinch (which Chromium and Safari report as ctrl + wheel): zoom at the pointer.
      e.preventDefault();
      this.zoom(Math.exp(e.deltaY * 0.0025), this.axisFraction(e.clientX));
      return;
    }
    // Horizontal wheel (trackpads) or Shift + wheel pans; a plain vertical wheel keeps scrolling the page.
    const delta = e.deltaX !== 0 ? e.deltaX : e.shiftKey ? e.deltaY : 0;
    if (delta === 0) return;
    e.preventDefault();
    const px = e.deltaMode === 1 ? delta * 16 : delta;
    this.pan(((this.isRtl() ? -px : px) * span) / this.size.width);
  };

  private onPointerDown = (e: PointerEvent): void => {
    if (!this.view || e.button !== 0) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pointers.size === 1) {
      this.drag = { x: e.clientX, view: this.view, moved: false };
    } else if (this.pointers.size === 2 && this.drag) {
      this.drag.pinch = { distance: this.pointerDistance(), view: this.view };
    }
  };

  private onPointerMove = (e: PointerEvent): void => {
    if (!this.drag || !this.pointers.has(e.pointerId)) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const { pinch } = this.drag;
    if (pinch && this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()];
      const span = pinch.view.end - pinch.view.start;
      const anchor = this.axisFraction((a.x + b.x) / 2);
      const { min, max } = this.limits();
      const next = Math.min(max, Math.max(min, (span * pinch.distance) / Math.max(1, this.pointerDistance())));
      const at = pinch.view.start + span * anchor;
      this.view = { start: at - next * anchor, end: at + next * (1 - anchor) };
      this.drag.moved = true;
      return;
    }
    const dx = e.clientX - this.drag.x;
    if (!this.drag.moved && Math.abs(dx) < 5) return;
    // Captured only once it is a drag: captured at pointerdown, the click of a plain press would go to the axis,
    // not to the event button pressed.
    if (!this.drag.moved) (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    this.drag.moved = true;
    const span = this.drag.view.end - this.drag.view.start;
    const byMs = ((this.isRtl() ? dx : -dx) * span) / this.size.width;
    this.view = this.drag.view;
    this.pan(byMs);
  };

  private onPointerUp = (e: PointerEvent): void => {
    this.pointers.delete(e.pointerId);
    if (this.pointers.size === 0 && this.drag) {
      // Cleared after the click that follows this pointerup, so a drag never also selects.
      const drag = this.drag;
      setTimeout(() => {
        if (this.drag === drag) this.drag = undefined;
      });
    }
  };

  private pointerDistance(): number {
    const [a, b] = [...this.pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 1;
  }
}

/** A toolbar button with a symbol for eyes and a name for everyone else. */
function toolButton(action: string, label: string, glyph: string, disabled?: boolean): TemplateResult {
  return html`<button
    part="button"
    type="button"
    data-action=${action}
    aria-label=${label}
    aria-disabled=${ifDefined(disabled === undefined ? undefined : disabled ? 'true' : 'false')}
  >
    <span aria-hidden="true">${glyph}</span>
  </button>`;
}

/** A lane for each era (eras come sorted by start): the first lane whose last era is over before this one begins. */
function eraLanes(eras: readonly Era[]): number[] {
  const laneEnds: number[] = [];
  return eras.map((era) => {
    const start = toUTCDate(era.start).getTime();
    let lane = laneEnds.findIndex((end) => end <= start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = toUTCEndDate(era.end).getTime();
    return lane;
  });
}

/** The time from the first start to the last end. */
function rangeOf(spans: readonly Span[]): View {
  if (spans.length === 0) return { start: 0, end: YEAR_MS };
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}

/** Places each era in the first lane that is free at its start, and finds the shown events it covers. */
function placeEras(eras: readonly Era[], events: readonly TimelineEvent[]): PlacedEra[] {
  const lanes = eraLanes(eras);
  return eras.map((era, e) => {
    const lane = lanes[e];
    let first = -1;
    let last = -1;
    events.forEach((ev, i) => {
      if (periodsOverlap(ev.date, ev.endDate, era.start, era.end)) {
        if (first === -1) first = i;
        last = i;
      }
    });
    return { era, lane, first, last };
  });
}

/** What `layout` takes: `auto` picks horizontal or vertical by the element's width. */
export type TimelineLayout = EduTimeline['layout'];
