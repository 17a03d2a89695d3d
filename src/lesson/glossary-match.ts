/**
 * Finds the lesson's glossary terms in a text: pure string work, no DOM. The renderer (templates/glossary-term.ts)
 * turns what it finds into controls.
 *
 * Rules: whole words only, in any script (a term is never found inside a longer word: "UN" is not in "UNSC",
 * "unmanned" or "FUN"); a term with a capital letter (an abbreviation) is matched as written, an all-lowercase term
 * in any case; a plural "s" right after the term belongs to the match ("UAVs"); where terms start at the same
 * place the longest wins ("UN Security Council" before "UN"); spaces inside a term match any run of spaces.
 */
import type { GlossaryEntry } from './types.js';

/** One use of a term: `text.slice(start, end)` is the whole word as written, plural "s" included. */
export interface TermMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
}

/** A glossary made ready for searching (see {@link termMatcher}). */
export interface TermMatcher {
  readonly pattern: RegExp;
  /** Entries by their term as written, and all-lowercase terms also by that (the case-insensitive ones). */
  readonly byTerm: ReadonlyMap<string, GlossaryEntry>;
}

/** Letters, marks, digits and `_`: a term next to one of these is inside a longer word. */
const WORD = String.raw`[\p{L}\p{M}\p{N}_]`;

const matchers = new WeakMap<object, TermMatcher | null>();

/**
 * The matcher of a glossary, built once per glossary (cached by identity), or `null` when it has no usable term.
 * Entries come from a checked lesson or from a page (a card's `glossary` property): anything that is not an object
 * with a non-empty `term` is skipped, never thrown on.
 */
export function termMatcher(glossary: readonly GlossaryEntry[] | null | undefined): TermMatcher | null {
  if (!Array.isArray(glossary)) return null;
  const cached = matchers.get(glossary);
  if (cached !== undefined) return cached;
  const byTerm = new Map<string, GlossaryEntry>();
  const sources = new Map<string, number>();
  for (const entry of glossary as readonly GlossaryEntry[]) {
    const term = typeof entry?.term === 'string' ? entry.term.trim().replace(/\s+/gu, ' ') : '';
    if (!term) continue;
    const caseless = term === term.toLowerCase();
    const key = caseless ? term.toLowerCase() : term;
    if (byTerm.has(key)) continue;
    byTerm.set(key, entry);
    sources.set(termPattern(term, caseless), term.length);
  }
  // Longest first: JavaScript takes the first alternative that matches at a place, so longer terms must come first.
  const alternatives = [...sources].sort((a, b) => b[1] - a[1]).map(([source]) => source);
  const matcher = alternatives.length
    ? { pattern: new RegExp(`(?<!${WORD})(${alternatives.join('|')})(s?)(?!${WORD})`, 'gu'), byTerm }
    : null;
  matchers.set(glossary, matcher);
  return matcher;
}

/** A term as a regular expression: special characters escaped, any case for caseless terms, any spaces for spaces. */
function termPattern(term: string, caseless: boolean): string {
  let source = '';
  for (const ch of term) {
    if (/\s/u.test(ch)) {
      if (!source.endsWith(String.raw`\s+`)) source += String.raw`\s+`;
      continue;
    }
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (caseless && lower !== upper && [...lower].length === 1 && [...upper].length === 1) {
      source += `[${lower}${upper}]`;
    } else {
      source += /[\p{L}\p{M}\p{N}]/u.test(ch) ? ch : `\\u{${ch.codePointAt(0)!.toString(16)}}`;
    }
  }
  return source;
}

/**
 * The uses of glossary terms in `text`, in order, skipping every entry already in `seen` and adding those found to
 * it: with one `seen` for all the texts of an event (or a stat), only the first use of each term is returned.
 */
export function findTerms(
  text: string,
  matcher: TermMatcher | null,
  seen: Set<GlossaryEntry> = new Set(),
): TermMatch[] {
  if (!matcher || !text) return [];
  const found: TermMatch[] = [];
  for (const m of text.matchAll(matcher.pattern)) {
    const word = m[1].replace(/\s+/gu, ' ');
    const entry = matcher.byTerm.get(word) ?? matcher.byTerm.get(word.toLowerCase());
    if (!entry || seen.has(entry)) continue;
    seen.add(entry);
    found.push({ start: m.index, end: m.index + m[0].length, entry });
  }
  return found;
}

/** A term as the end of an id (`term-<slug>`): lowercase letters and digits of any script, joined by `-`. */
export function termSlug(term: string): string {
  return (
    term
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'term'
  );
}
