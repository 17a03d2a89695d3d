import { html, nothing, type TemplateResult } from 'lit';
import { parseMarkdown, type Block, type Inline } from '../lesson/markdown.js';

/*
 * The one renderer of rich text from lesson data. It builds Lit templates from the allow-listed tree of
 * parseMarkdown, so every string from the data ends up in a text node or an already-checked href: nothing is read
 * as HTML, and the element set is fixed here (p, ul, ol, li, em, strong, br, a).
 */

/**
 * A description in the Markdown subset as paragraphs and lists. Links open in a new tab, with
 * `rel="noopener noreferrer"`, and say so to screen readers with `opensInNewTab` (visually hidden; the element must
 * have the shared `.visually-hidden` style). Parses on every call: callers that re-render often wrap it in Lit's
 * `guard` on the text.
 */
export function renderRichText(text: string, opensInNewTab: string): TemplateResult {
  return html`${parseMarkdown(text).map((block) => renderBlock(block, opensInNewTab))}`;
}

function renderBlock(block: Block, newTab: string): TemplateResult {
  if (block.kind === 'paragraph') return html`<p>${renderInlines(block.children, newTab)}</p>`;
  const items = block.items.map((item) => html`<li>${renderInlines(item, newTab)}</li>`);
  if (block.ordered) {
    const start = block.start !== undefined && block.start !== 1 ? block.start : nothing;
    return html`<ol start=${start}>
      ${items}
    </ol>`;
  }
  return html`<ul>
    ${items}
  </ul>`;
}

function renderInlines(inlines: Inline[], newTab: string): unknown[] {
  return inlines.map((inline) => renderInline(inline, newTab));
}

function renderInline(inline: Inline, newTab: string): unknown {
  switch (inline.kind) {
    case 'text':
      return inline.text;
    case 'br':
      return html`<br />`;
    case 'em':
      return html`<em>${renderInlines(inline.children, newTab)}</em>`;
    case 'strong':
      return html`<strong>${renderInlines(inline.children, newTab)}</strong>`;
    case 'link':
      return html`<a href=${inline.href} target="_blank" rel="noopener noreferrer"
        >${renderInlines(inline.children, newTab)}<span class="visually-hidden"> ${newTab}</span></a
      >`;
  }
}
