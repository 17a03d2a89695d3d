import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A heading at a level the page chooses (1–6), so an element fits under whatever heading the page already has.
 * Six literal templates rather than lit/static-html: smaller, and every template stays plain HTML. `dir="auto"` for a
 * heading of lesson text: it is then laid out in its text's direction, not the page's.
 */
export function heading(level: number, part: string, content: unknown, id?: string, dir?: 'auto'): TemplateResult {
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${ifDefined(id)} dir=${ifDefined(dir)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)} dir=${ifDefined(dir)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)} dir=${ifDefined(dir)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)} dir=${ifDefined(dir)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)} dir=${ifDefined(dir)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${ifDefined(id)} dir=${ifDefined(dir)}>${content}</h6>`;
  }
}

/** A heading level from an attribute: whole, between 1 and 6; 2 when it is not a number. */
export function clampLevel(level: unknown): number {
  const n = Math.round(Number(level));
  return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
}
