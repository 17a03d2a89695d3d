/**
 * URL allow-listing for links and media from lesson data.
 *
 * Lit escapes text, but an `href` or `src` binding carries whatever string it is given, `javascript:` included, so
 * every URL from data passes through here first. The URL parser strips the tabs, newlines and control characters
 * that are used to disguise a scheme (`java\tscript:`), so checking the parsed protocol is sound where a regular
 * expression on the raw string is not.
 */

export const LINK_SCHEMES = ['http:', 'https:', 'mailto:'] as const;
export const MEDIA_SCHEMES = ['http:', 'https:'] as const;

/**
 * The URL, made absolute against the page, when its scheme is allowed; otherwise `undefined`.
 * A relative URL (one that does not parse alone) is accepted when it resolves to an allowed scheme, or stays on a
 * page opened from disk (`file:`), so a teacher's `images/map.png` next to the page works both online and from a
 * folder; but not when it holds `<`, `>` or `"`, which no address a teacher types does.
 */
export function safeUrl(value: string, schemes: readonly string[], base = document.baseURI): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  // An address never holds < > or ": what does is markup pasted into the field (an embed code, a whole <img> tag),
  // which would otherwise pass as a relative path on the page's own site.
  if (/[<>"]/.test(text) && !isAbsolute(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return undefined;
  }
  if (schemes.includes(url.protocol)) return url.href;
  if (!isAbsolute(text) && url.protocol === 'file:' && new URL(base).protocol === 'file:') return url.href;
  return undefined;
}

/** Whether the text is a URL on its own (has a scheme). `URL.canParse` would do, but Safari only has it since 17. */
function isAbsolute(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
