import { html, nothing, type TemplateResult } from 'lit';
import { parseMarkdown, type Block, type Inline } from '../lesson/markdown.js';
import { withTerms, type Terms } from './glossary-term.js';

/*
 * The one renderer of rich text from lesson data. It builds Lit templates from the allow-listed tree of
 * parseMarkdown, so every string from the data ends up in a text node or an already-checked href: nothing is read
 * as HTML, and the element set is fixed here (p, ul, ol, li, em, strong, br, a, and the glossary's term buttons).
 */

/**
 * A description in the Markdown subset as paragraphs and lists. Links open in a new tab, with
 * `rel="noopener noreferrer"`, and say so to screen readers with `opensInNewTab` (visually hidden; the element must
 * have the shared `.visually-hidden` style). With `terms` (see glossaryTerms), the first use of each glossary term
 * outside link text becomes a term button (the element must have glossaryTermStyles and render termHint). Parses on
 * every call: callers that re-render often wrap it in Lit's `guard` on the text and the glossary.
 */
export function renderRichText(text: string, opensInNewTab: string, terms?: Terms): TemplateResult {
  return html`${parseMarkdown(text).map((block) => renderBlock(block, opensInNewTab, terms))}`;
}

function renderBlock(block: Block, newTab: string, terms: Terms | undefined): TemplateResult {
  if (block.kind === 'paragraph') return html`<p>${renderInlines(block.children, newTab, terms)}</p>`;
  const items = block.items.map((item) => html`<li>${renderInlines(item, newTab, terms)}</li>`);
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

function renderInlines(inlines: Inline[], newTab: string, terms: Terms | undefined): unknown[] {
  return inlines.map((inline) => renderInline(inline, newTab, terms));
}

function renderInline(inline: Inline, newTab: string, terms: Terms | undefined): unknown {
  switch (inline.kind) {
    case 'text':
      return withTerms(inline.text, terms);
    case 'br':
      return html`<br />`;
    case 'em':
      return html`<em>${renderInlines(inline.children, newTab, terms)}</em>`;
    case 'strong':
      return html`<strong>${renderInlines(inline.children, newTab, terms)}</strong>`;
    case 'link':
      // No term buttons in link text: a button inside a link is neither valid nor usable.
      return html`<a href=${inline.href} target="_blank" rel="noopener noreferrer"
        >${renderInlines(inline.children, newTab, undefined)}<span class="visually-hidden"> ${newTab}</span></a
      >`;
  }
}
