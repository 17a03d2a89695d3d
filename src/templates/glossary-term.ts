import { css, html, nothing, render, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import { findTerms, termMatcher, termSlug, type TermMatcher } from '../lesson/glossary-match.js';
import type { GlossaryEntry } from '../lesson/types.js';

/*
 * Glossary terms in text: the first use of each term in an event's description or a stat's label and context
 * becomes a disclosure button (WAI-ARIA APG "Disclosure": `aria-expanded`, `aria-controls`) whose content is a
 * popover right after it. Not a dialog: it takes no focus and holds nothing to operate, so the focus stays on the
 * term. `popovertarget` gives the browser's own behaviour: Enter, Space and a click toggle it, Escape and a click
 * elsewhere close it, the button is its anchor. The popover is empty while closed, so the text reads (and copies)
 * exactly as written.
 */

/** What the renderers need to mark terms in one text (an event's description, or a stat's label and context). */
export interface Terms {
  readonly matcher: TermMatcher;
  /** Makes the popovers' ids unique within the shadow root (an event id; one per text). */
  readonly key: string;
  /** Entries already marked in this text: only the first use of each becomes a control. */
  readonly seen: Set<GlossaryEntry>;
}

/** The id of the hidden description every term button points at: one per shadow root, from {@link termHint}. */
const HINT_ID = 'glossary-hint';

/** Clicks on these are the glossary's own: an element with click handlers of its own leaves them alone. */
export const TERM_SELECTOR = '[part~="glossary-term"], [part~="glossary-note"]';

/** A fresh context for one text (or several texts read as one), or `undefined` when the glossary has no term. */
export function glossaryTerms(glossary: readonly GlossaryEntry[] | null | undefined, key: string): Terms | undefined {
  const matcher = termMatcher(glossary);
  return matcher ? { matcher, key: termSlug(key), seen: new Set() } : undefined;
}

/** The most punctuation marks kept on the line of a term, on each side ("(“" before, "”)." after). */
const GLUE = 3;
/** Marks that are neither letters, digits nor spaces, at the end (before a term) or start (after one) of a text. */
const PUNCTUATION_BEFORE = /[^\s\p{L}\p{N}\p{M}]*$/u;
const PUNCTUATION_AFTER = /^[^\s\p{L}\p{N}\p{M}]*/u;

/** `text` with the first use of each glossary term not yet in `terms.seen` as a control; `text` itself if none. */
export function withTerms(text: string, terms: Terms | undefined): unknown {
  if (!terms) return text;
  const before = terms.seen.size;
  const found = findTerms(text, terms.matcher, terms.seen);
  if (!found.length) return text;
  const out: unknown[] = [];
  let at = 0;
  found.forEach(({ start, end, entry }, i) => {
    const control = term(text.slice(start, end), entry, `gt-${terms.key}-${before + i}`);
    // The button is an inline block (for its 24 px target), and a line may break on either side of an inline block,
    // even before a full stop: "(" or "." would start or end a line alone. Punctuation touching the term is kept
    // with it, on one line.
    const open = PUNCTUATION_BEFORE.exec(text.slice(Math.max(at, start - GLUE), start))![0];
    const next = found[i + 1]?.start ?? text.length;
    const close = PUNCTUATION_AFTER.exec(text.slice(end, Math.min(end + GLUE, next)))![0];
    out.push(
      text.slice(at, start - open.length),
      open || close ? html`<span class="glued">${open}${control}${close}</span>` : control,
    );
    at = end + close.length;
  });
  out.push(text.slice(at));
  return out;
}

/**
 * The hidden "glossary term" every term button is described by (screen readers: "TTP, button, collapsed, glossary
 * term…"), so the button's name stays the term as written. Render it once in each shadow root that shows terms.
 */
export function termHint(t: Strings): TemplateResult {
  return html`<span id=${HINT_ID} lang=${t.lang} hidden>${t.glossaryHint}</span>`;
}

function term(word: string, entry: GlossaryEntry, id: string): TemplateResult {
  // No white space inside the button or between the two: the text reads exactly as written.
  // prettier-ignore
  return html`<button type="button" part="glossary-term" popovertarget=${id} aria-controls=${id} aria-expanded="false" aria-describedby=${HINT_ID}>${word}</button><span id=${id} part="glossary-note" popover="auto" @beforetoggle=${(e: ToggleEvent) => toggle(e, entry)} @toggle=${empty}></span>`;
}

function toggle(e: ToggleEvent, entry: GlossaryEntry): void {
  const note = e.currentTarget as HTMLElement;
  const open = e.newState === 'open';
  note.previousElementSibling?.setAttribute('aria-expanded', String(open));
  if (open) render(noteContent(entry), note);
}

/** Empties a closed popover (after it has closed, so it never shrinks while still shown). */
function empty(e: ToggleEvent): void {
  const note = e.currentTarget as HTMLElement;
  if (!note.matches(':popover-open')) render(nothing, note);
}

/** The expansion (or the term) and the definition. A page's `glossary` may hold anything: only strings are shown. */
function noteContent(entry: GlossaryEntry): TemplateResult {
  const say = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
  const definition = say(entry.definition);
  return html`<strong>${say(entry.expansion) ?? say(entry.term)}</strong>${
      definition ? html` <span>${definition}</span>` : nothing
    }`;
}

/** Styles of terms in text and their popovers: add to the `styles` of every element that renders terms. */
export const glossaryTermStyles = css`
  [part~='glossary-term'] {
    display: inline-block;
    /* A target of at least 24 × 24 px (WCAG 2.5.8), even for a two-letter term. */
    min-inline-size: 24px;
    min-block-size: 24px;
    margin: 0;
    padding: 0 1px;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    text-decoration: underline dotted 1.5px;
    text-underline-offset: 0.2em;
    cursor: help;
  }
  [part~='glossary-term']:hover,
  [part~='glossary-term'][aria-expanded='true'] {
    color: var(--_accent);
    text-decoration-style: solid;
  }
  .glued {
    white-space: nowrap;
  }
  [part~='glossary-note'] {
    white-space: normal;
    /* Wide enough to read: with less room beside the term it flips to the other side rather than squeezing. */
    min-inline-size: min(16rem, calc(100vw - 1rem));
    max-inline-size: min(22rem, calc(100vw - 1rem));
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.2);
    font: 400 0.9375rem/1.45 var(--_font);
    text-align: start;
    /* Its own direction, as the lesson's text has (an Urdu note on an English page reads right to left). */
    unicode-bidi: plaintext;
  }
  [part~='glossary-note'] > * {
    display: block;
  }
  [part~='glossary-note'] > span {
    margin-block-start: 0.25rem;
  }
  /* Below the term, from its start; flipped above or to the other side when it would leave the viewport. Without
     anchor positioning it stays where browsers put popovers: the middle of the viewport. */
  @supports (position-area: bottom) {
    [part~='glossary-note'] {
      inset: auto;
      margin: 0.25rem 0;
      position-area: bottom span-right;
      position-try-fallbacks:
        flip-block,
        flip-inline,
        flip-block flip-inline;
    }
    [part~='glossary-note']:dir(rtl) {
      position-area: bottom span-left;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='glossary-note']:popover-open {
      transition: opacity 0.15s;
      @starting-style {
        opacity: 0;
      }
    }
  }
  @media print {
    [part~='glossary-term'] {
      min-inline-size: 0;
      min-block-size: 0;
      padding: 0;
      text-decoration: none;
    }
    [part~='glossary-note'] {
      display: none;
    }
  }
`;
