import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LessonController } from '../../controllers/lesson-controller.js';
import { formatDateRange } from '../../dates/format.js';
import { periodsOverlap, toDatetimeAttribute, type PartialDate } from '../../dates/partial-date.js';
import { EduSelectEvent } from '../../events/edu-select.js';
import { closestLang, strings, type Strings } from '../../i18n/strings.js';
import type { Era, Lesson, TimelineEvent } from '../../lesson/types.js';
import { statusStyles, tokens } from '../../styles/shared.styles.js';
import { clampLevel, heading } from '../../templates/heading.js';
import { styles } from './timeline.styles.js';

/** An era placed in a lane beside the list, so that overlapping eras sit side by side. */
interface PlacedEra {
  era: Era;
  lane: number;
  /** Indexes of the first and last event inside the era, or -1 when no event falls in it. */
  first: number;
  last: number;
}

/**
 * A timeline of a lesson's events, in time order, as an accessible ordered list.
 *
 * Each event shows its date at the precision the data gives ("November 2022", never "1 November 2022"), its title,
 * description, media, tags and numbered references to the lesson's sources, listed after the events. Eras are
 * drawn as labelled spans beside the events they cover.
 *
 * The lesson comes from, first found wins: the `data` property, an inline `<script type="application/json">` child
 * (works on a page opened from disk), or the `src` attribute.
 *
 * @tag edu-timeline
 * @summary A lesson's events in time order, with dates at their real precision, eras and cited sources.
 *
 * @slot - An optional `<script type="application/json">` holding the lesson. Nothing else is rendered from the light DOM.
 *
 * @fires {EduLoadEvent} edu-load - The lesson was read and rendered. `detail`: `{ lesson, problems }`.
 * @fires {EduErrorEvent} edu-error - Some or all of the lesson could not be shown. `detail`: `{ problems, fatal }`, each problem `{ severity, path, message, fix }`.
 * @fires {EduSelectEvent} edu-select - The user selected an event (click, Enter or Space). `detail`: `{ id, event }`. Not fired when the page sets `selected`.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart heading - The lesson title.
 * @csspart eras - The list of periods (eras) above the events.
 * @csspart era - One period in that list.
 * @csspart list - The ordered list of events.
 * @csspart event - One event (a list item); also has the part `selected` when it is the selected event.
 * @csspart selected - The selected event.
 * @csspart era-label - The "period begins" label on the first event of an era.
 * @csspart marker - The dot on the line for each event.
 * @csspart date - An event's date.
 * @csspart title - An event's title (a heading).
 * @csspart select - The button in the title that selects the event.
 * @csspart description - An event's description.
 * @csspart media - An event's image with its credit.
 * @csspart tags - The list of an event's tags.
 * @csspart tag - One tag.
 * @csspart citations - An event's numbered source references.
 * @csspart citation - One source reference.
 * @csspart sources - The numbered list of sources after the events.
 * @csspart sources-heading - The heading of that list.
 * @csspart source - One source in that list.
 * @csspart error - The panel listing problems in the lesson data (`role="alert"`).
 * @csspart error-title - The first line of that panel.
 * @csspart error-fix - How to fix one problem.
 * @csspart status - The loading message.
 *
 * @cssprop [--edu-color-text=#1b1f29] - Text colour.
 * @cssprop [--edu-color-muted=#4a5262] - Secondary text (dates, tags, sources).
 * @cssprop [--edu-color-surface=#ffffff] - Background of cards and panels.
 * @cssprop [--edu-color-subtle=#f3f5f9] - Background of tags and the selected event.
 * @cssprop [--edu-color-border=#c9cfda] - Lines and borders.
 * @cssprop [--edu-color-accent=#0b5cad] - Links, markers, the time line and the focus ring.
 * @cssprop [--edu-color-error=#a11a1d] - Border and title of the problems panel.
 * @cssprop [--edu-color-error-surface=#fdf1f1] - Background of the problems panel.
 * @cssprop [--edu-era-colors] - Not a single value: set `--edu-era-color-1` … `--edu-era-color-4` for the era spans.
 * @cssprop [--edu-era-color-1=#0b5cad] - First era span colour.
 * @cssprop [--edu-era-color-2=#8a4b08] - Second era span colour.
 * @cssprop [--edu-era-color-3=#2f7a3b] - Third era span colour.
 * @cssprop [--edu-era-color-4=#7a3b8a] - Fourth era span colour.
 * @cssprop [--edu-font-family=system-ui] - Font family.
 * @cssprop [--edu-radius=0.5rem] - Corner radius.
 * @cssprop [--edu-space=1rem] - Base spacing.
 * @cssprop [--edu-focus-ring=3px solid accent] - Focus outline.
 */
export class EduTimeline extends LitElement {
  static override properties = {
    src: { reflect: true },
    data: { attribute: false },
    selected: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hideTitle: { type: Boolean, reflect: true, attribute: 'hide-title' },
  };

  static override styles = [tokens, statusStyles, styles];

  /** URL of a lesson file (JSON). Ignored when `data` is set or the element holds inline JSON. */
  src: string | null;

  /** A lesson object, checked like a file. Wins over inline JSON and `src`. */
  data: unknown;

  /** The id of the selected event; follows the user's selection. Setting it selects without firing `edu-select`. */
  selected: string | null;

  /** Level (1–6) of the lesson title heading; event titles are one level below. */
  headingLevel: number;

  /** Hides the lesson title (when the page already shows it). */
  hideTitle: boolean;

  constructor() {
    super();
    this.src = null;
    this.data = undefined;
    this.selected = null;
    this.headingLevel = 2;
    this.hideTitle = false;
  }

  private readonly lessonData: LessonController = new LessonController(
    this,
    {
      has: (lesson) => lesson.events.length > 0,
      message: (t) => ({ message: t.noEvents, fix: t.noEventsFix }),
    },
    () => this.strings,
  );

  private get strings(): Strings {
    return strings(this.locale);
  }

  private get locale(): string {
    return closestLang(this, this.lessonData.lesson?.lang);
  }

  /** The checked lesson being shown, or `null` while loading or when nothing could be shown. */
  get lesson(): Lesson | null {
    return this.lessonData.lesson;
  }

  protected override render(): TemplateResult {
    const t = this.strings;
    const lesson = this.lessonData.lesson;
    return html`<div part="base" aria-busy=${this.lessonData.loading ? 'true' : 'false'}>
      ${this.lessonData.renderStatus(t)} ${lesson ? this.renderLesson(lesson, t) : nothing}
    </div>`;
  }

  private renderLesson(lesson: Lesson, t: Strings): TemplateResult {
    const locale = this.locale;
    const showTitle = !this.hideTitle && lesson.title;
    const top = clampLevel(this.headingLevel);
    const level = showTitle ? Math.min(top + 1, 6) : top;
    const sourceNumbers = new Map(lesson.sources.map((s, i) => [s.id, i + 1]));
    const eras = placeEras(lesson);
    const lanes = eras.reduce((n, e) => Math.max(n, e.lane + 1), 0);
    return html`<div lang=${ifDefined(lesson.lang)}>
      ${showTitle ? heading(top, 'heading', lesson.title) : nothing}
      ${
        eras.length
          ? html`<ul part="eras" aria-label=${t.periods}>
              ${eras.map(
                (p) =>
                  html`<li part="era" style="--_lane-color: var(--_era-${p.lane % 4})">
                    <span class="swatch" aria-hidden="true"></span>
                    <span>${p.era.title}</span>
                    <span class="range">${formatDateRange(p.era.start, p.era.end, locale)}</span>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <ol part="list" aria-label=${t.eventsLabel} style="--_lanes: ${lanes}">
        ${lesson.events.map((ev, i) => this.renderEvent(ev, i, eras, lanes, level, sourceNumbers, locale, t))}
      </ol>
      ${
        lesson.sources.length
          ? html`<section part="sources" aria-label=${t.sources}>
              ${heading(level, 'sources-heading', t.sources)}
              <ol>
                ${lesson.sources.map(
                  (s) =>
                    html`<li part="source" id=${`source-${s.id}`} tabindex="-1">
                      ${s.publisher ? html`${s.publisher}, ` : nothing}<cite>${s.title}</cite>${
                        s.date ? html`, ${this.renderDate(s.date, undefined, undefined, locale)}` : nothing
                      }${s.url ? html`. <a href=${s.url} rel="noopener noreferrer">${s.url}</a>` : nothing}
                    </li>`,
                )}
              </ol>
            </section>`
          : nothing
      }
    </div>`;
  }

  private renderEvent(
    ev: TimelineEvent,
    index: number,
    eras: PlacedEra[],
    lanes: number,
    level: number,
    sourceNumbers: Map<string, number>,
    locale: string,
    t: Strings,
  ): TemplateResult {
    const selected = ev.id === this.selected;
    const starting = eras.filter((p) => p.first === index);
    const rails = Array.from({ length: lanes }, (_, lane) => {
      const p = eras.find((e) => e.lane === lane && e.first <= index && index <= e.last);
      if (!p) return html`<span class="rail"></span>`;
      const cls = `rail on${p.first === index ? ' start' : ''}${p.last === index ? ' end' : ''}`;
      return html`<span class=${cls} style="--_lane-color: var(--_era-${lane % 4})"></span>`;
    });
    return html`<li part=${selected ? 'event selected' : 'event'} data-id=${ev.id}>
      <div class="rails" aria-hidden="true">${rails}</div>
      <div class="marker" part="marker" aria-hidden="true"></div>
      <div class="body">
        ${starting.map(
          (p) =>
            html`<p part="era-label" style="--_lane-color: var(--_era-${p.lane % 4})">
              ${t.periodStarts}: ${p.era.title} (${formatDateRange(p.era.start, p.era.end, locale)})
            </p>`,
        )}
        ${heading(
          level,
          'title',
          html`<button type="button" part="select" aria-current=${selected ? 'true' : 'false'}>${ev.title}</button>`,
        )}
        ${this.renderDate(ev.date, ev.endDate, ev.displayDate, locale)}
        ${
          ev.description
            ? html`<div part="description">${ev.description.split(/\n\s*\n/).map((para) => html`<p>${para}</p>`)}</div>`
            : nothing
        }
        ${
          ev.media
            ? html`<figure part="media">
                <img src=${ev.media.url} alt=${ev.media.alt} loading="lazy" decoding="async" />
                ${ev.media.credit ? html`<figcaption>${t.credit}: ${ev.media.credit}</figcaption>` : nothing}
              </figure>`
            : nothing
        }
        ${
          ev.tags.length
            ? html`<ul part="tags" aria-label=${t.tags}>
                ${ev.tags.map((tag) => html`<li part="tag">${tag}</li>`)}
              </ul>`
            : nothing
        }
        ${ev.sources.length ? this.renderCitations(ev.sources, sourceNumbers, t) : nothing}
      </div>
    </li>`;
  }

  private renderCitations(ids: string[], numbers: Map<string, number>, t: Strings): TemplateResult {
    const titles = new Map(this.lessonData.lesson?.sources.map((s) => [s.id, s.title]));
    return html`<p part="citations">
      <span class="visually-hidden">${t.sources}:</span>
      ${ids.map((id) => {
        const n = numbers.get(id) ?? 0;
        return html`<a
          part="citation"
          href=${`#source-${id}`}
          data-source=${id}
          aria-label=${t.sourceRef(n, titles.get(id) ?? id)}
          @click=${this.onCitationClick}
          >[${n}]</a
        >`;
      })}
    </p>`;
  }

  private renderDate(
    date: PartialDate,
    end: PartialDate | undefined,
    display: string | undefined,
    locale: string,
  ): TemplateResult {
    const text = display ?? formatDateRange(date, end, locale);
    const datetime = toDatetimeAttribute(date);
    // HTML has no machine-readable form for BCE years: those dates stay plain text.
    return datetime
      ? html`<time part="date" datetime=${datetime}>${text}</time>`
      : html`<span part="date">${text}</span>`;
  }

  protected override firstUpdated(): void {
    // One listener for every event, on the shadow root: a click anywhere on an event selects it (a pointer
    // convenience; the keyboard path is the button in its title, which is clicked by Enter and Space).
    this.renderRoot.addEventListener('click', this.onClick as EventListener);
  }

  private onClick = (e: MouseEvent): void => {
    const path = e.composedPath();
    // A click on a link inside the event follows the link.
    if (path.some((n) => n instanceof HTMLAnchorElement)) return;
    const li = path.find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset.id !== undefined);
    const id = li?.dataset.id;
    const ev = this.lessonData.lesson?.events.find((x) => x.id === id);
    if (!ev) return;
    this.selected = ev.id;
    this.dispatchEvent(new EduSelectEvent({ id: ev.id, event: ev }));
  };

  private onCitationClick = (e: MouseEvent): void => {
    // Move focus to the source inside the shadow root instead of changing the page's URL hash.
    e.preventDefault();
    const id = (e.currentTarget as HTMLElement).dataset.source;
    const target = this.renderRoot.querySelector<HTMLElement>(`#source-${CSS.escape(id ?? '')}`);
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  };
}

/** Places each era in the first lane that is free at its start, and finds the events it covers. */
function placeEras(lesson: Lesson): PlacedEra[] {
  const laneEnds: PartialDate[] = [];
  return lesson.eras.map((era) => {
    let lane = laneEnds.findIndex((end) => !periodsOverlap(end, undefined, era.start, era.end));
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = era.end;
    let first = -1;
    let last = -1;
    lesson.events.forEach((ev, i) => {
      if (periodsOverlap(ev.date, ev.endDate, era.start, era.end)) {
        if (first === -1) first = i;
        last = i;
      }
    });
    return { era, lane, first, last };
  });
}
