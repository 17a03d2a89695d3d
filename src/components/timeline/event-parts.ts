import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { formatDateRange } from '../../dates/format.js';
import { toDatetimeAttribute, type PartialDate } from '../../dates/partial-date.js';
import type { Strings } from '../../i18n/strings.js';
import type { Lesson, TimelineEvent } from '../../lesson/types.js';
import { glossaryTerms } from '../../templates/glossary-term.js';
import { renderRichText } from '../../templates/rich-text.js';

/*
 * The pieces of one event that both layouts show: the vertical list shows them in each item, the horizontal axis in
 * its detail panel. Nothing from the lesson is read as HTML: descriptions go through the rich-text renderer.
 */

export function renderDate(
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

/**
 * Description (the Markdown subset, see lesson/markdown.ts, with the first use of each glossary term as a button),
 * media, tags and numbered citations. The description is guarded: a selection re-renders every event in the list,
 * and neither its text nor the glossary has changed.
 */
export function renderEventBody(ev: TimelineEvent, lesson: Lesson, t: Strings): TemplateResult {
  const { description } = ev;
  return html`${
    description
      ? html`<div part="description" dir="auto">
          ${guard([description, t.opensInNewTab, lesson.glossary, ev.id], () =>
            renderRichText(description, t.opensInNewTab, glossaryTerms(lesson.glossary, ev.id)),
          )}
        </div>`
      : nothing
  }
  ${
    ev.media
      ? html`<figure part="media">
          <img src=${ev.media.url} alt=${ev.media.alt} loading="lazy" decoding="async" />
          ${
            ev.media.caption || ev.media.credit
              ? html`<figcaption>
                  ${ev.media.caption ?? nothing}${ev.media.caption && ev.media.credit ? ' ' : nothing}${
                    ev.media.credit ? html`<small>${t.credit}: ${ev.media.credit}</small>` : nothing
                  }
                </figcaption>`
              : nothing
          }
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
  ${ev.sources.length ? renderCitations(ev.sources, lesson, t) : nothing}`;
}

function renderCitations(ids: string[], lesson: Lesson, t: Strings): TemplateResult {
  return html`<p part="citations">
    <span class="visually-hidden">${t.sources}:</span>
    ${ids.map((id) => {
      const n = lesson.sources.findIndex((s) => s.id === id) + 1;
      const title = lesson.sources[n - 1]?.title ?? id;
      return html`<a part="citation" href=${`#source-${id}`} data-source=${id} aria-label=${t.sourceRef(n, title)}
        >[${n}]</a
      >`;
    })}
  </p>`;
}
