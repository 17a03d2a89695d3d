import { css, html, nothing, type TemplateResult } from 'lit';
import { formatPartialDate } from '../dates/format.js';
import { toDatetimeAttribute, type PartialDate } from '../dates/partial-date.js';
import type { Source } from '../lesson/types.js';

/**
 * A lesson's sources as a numbered list, the targets of the `[n]` citations: each item has the id `source-<id>` and
 * can take focus, so a citation moves the reader to it. Addresses are shown in full, so a printed page still says
 * where each fact comes from.
 */
export function renderSourceList(sources: readonly Source[], locale: string): TemplateResult {
  return html`<ol>
    ${sources.map(
      (s) =>
        html`<li part="source" id=${`source-${s.id}`} tabindex="-1">
          ${s.publisher ? `${s.publisher}, ` : nothing}<cite>${s.title}</cite>${
            s.date ? html`, ${renderDate(s.date, locale)}` : nothing
          }${s.url ? html`. <a href=${s.url} rel="noopener noreferrer">${s.url}</a>` : nothing}
        </li>`,
    )}
  </ol>`;
}

/** The styles of {@link renderSourceList}: add them to every element that renders it. */
export const sourceListStyles = css`
  [part~='sources'] ol {
    margin: 0;
    padding-inline-start: 1.75rem;
  }
  [part~='source'] {
    margin-block-end: 0.25rem;
    overflow-wrap: anywhere;
  }
  [part~='source']:focus {
    outline: var(--_focus);
    outline-offset: 2px;
  }
`;

function renderDate(date: PartialDate, locale: string): TemplateResult {
  const datetime = toDatetimeAttribute(date);
  const text = formatPartialDate(date, locale);
  // HTML has no machine-readable form for BCE years: those dates stay plain text.
  return datetime
    ? html`<time part="date" datetime=${datetime}>${text}</time>`
    : html`<span part="date">${text}</span>`;
}

/**
 * The list item of the source `id` that a citation inside `from` points at: looked for in `from`'s own tree, then in
 * each tree around it up to the page, so a timeline inside `<edu-lesson>` finds the lesson's list.
 */
export function findSourceItem(from: Node, id: string): HTMLElement | null {
  return findById(from, `source-${id}`);
}

/** The element with `id` in `from`'s tree, else in each enclosing tree (crossing shadow roots) up to the document. */
export function findById(from: Node, id: string): HTMLElement | null {
  let root: Node = from.getRootNode();
  for (;;) {
    const found = (root as Document | ShadowRoot).getElementById?.(id);
    if (found) return found;
    if (!(root instanceof ShadowRoot)) return null;
    root = root.host.getRootNode();
  }
}
