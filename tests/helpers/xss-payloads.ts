/**
 * Cross-site scripting payloads for the security tests (issue #4, point 6). Each one, if it ever ran, would call
 * `__xss(<its number>)`: the tests put every payload into every text and URL field of every format and assert that
 * the spy was never called and that no active markup (script, event-handler attribute, unsafe URL) reached the DOM.
 *
 * `XSS()` in a template is replaced by `__xss(n)`; payloads that must hide the call (entities, base64) carry their
 * own encoded form and are still numbered by their position.
 */
export interface Payload {
  /** What the payload tries. */
  kind:
    | 'tag'
    | 'handler'
    | 'url'
    | 'svg-mathml'
    | 'quoting'
    | 'entity'
    | 'markdown'
    | 'lit-marker'
    | 'template'
    | 'spreadsheet';
  template: string;
}

const P = (kind: Payload['kind'], template: string): Payload => ({ kind, template });

// "X" + "SS()" keeps the marker out of the list's own source, should anything ever grep for it.
const CALL = 'XSS()';

export const PAYLOADS: readonly Payload[] = [
  // Script and other active tags.
  P('tag', `<script>${CALL}</script>`),
  P('tag', `<SCRIPT SRC=data:text/javascript,${CALL}></SCRIPT>`),
  P('tag', `<scr<script>ipt>${CALL}</scr</script>ipt>`),
  P('tag', `</textarea></title></style><script>${CALL}</script>`),
  P('tag', `<iframe srcdoc="<script>parent.${CALL}</script>"></iframe>`),
  P('tag', `<iframe src="javascript:parent.${CALL}"></iframe>`),
  P('tag', `<object data="javascript:${CALL}"></object>`),
  P('tag', `<embed src="javascript:${CALL}">`),
  P('tag', `<meta http-equiv="refresh" content="0;url=javascript:${CALL}">`),
  P('tag', `<base href="javascript:${CALL}//">`),
  P('tag', `<link rel="stylesheet" href="javascript:${CALL}">`),
  P('tag', `<style>@import 'javascript:${CALL}';</style>`),
  P('tag', `<noscript><p title="</noscript><img src=x onerror=${CALL}>"></noscript>`),
  P('tag', `<template><script>${CALL}</script></template>`),
  // Event-handler attributes.
  P('handler', `<img src=x onerror=${CALL}>`),
  P('handler', `<IMG SRC=x OnErRoR=${CALL}>`),
  P('handler', `<img src=x onerror="${CALL}">`),
  P('handler', `<body onload=${CALL}>`),
  P('handler', `<input autofocus onfocus=${CALL}>`),
  P('handler', `<details open ontoggle=${CALL}>`),
  P('handler', `<video><source onerror=${CALL}></video>`),
  P('handler', `<audio src=x onerror=${CALL}>`),
  P('handler', `<div onpointerover=${CALL} style="position:fixed;inset:0">x</div>`),
  P('handler', `<marquee onstart=${CALL}>x</marquee>`),
  P('handler', `<form><button formaction=javascript:${CALL}>x</button></form>`),
  P('handler', `<img src=x onerror=window['__x'+'ss'](0)>`),
  // URLs with a dangerous scheme (for the URL fields, and as hrefs in text).
  P('url', `javascript:${CALL}`),
  P('url', `JaVaScRiPt:${CALL}`),
  P('url', ` javascript:${CALL}`),
  P('url', `java\tscript:${CALL}`),
  P('url', `java\nscript:${CALL}`),
  P('url', `\u0001javascript:${CALL}`),
  P('url', `javascript://%0a${CALL}`),
  P('url', `data:text/html,<script>${CALL}</script>`),
  P('url', `data:text/html;base64,PHNjcmlwdD5fX3hzcygpPC9zY3JpcHQ+`),
  P('url', `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${CALL}"/>`),
  P('url', `vbscript:msgbox(1)//${CALL}`),
  P('url', `<a href="javascript:${CALL}">click</a>`),
  P('url', `<a href="jav&#x09;ascript:${CALL}">click</a>`),
  // SVG and MathML vectors.
  P('svg-mathml', `<svg onload=${CALL}>`),
  P('svg-mathml', `<svg><script>${CALL}</script></svg>`),
  P('svg-mathml', `<svg><a xlink:href="javascript:${CALL}"><text x="20" y="20">x</text></a></svg>`),
  P('svg-mathml', `<svg><animate onbegin=${CALL} attributeName=x dur=1s>`),
  P('svg-mathml', `<math><mtext><table><mglyph><style><img src=x onerror=${CALL}>`),
  P('svg-mathml', `<math href="javascript:${CALL}">x</math>`),
  // Broken quoting: escaping out of an attribute or a string.
  P('quoting', `"><img src=x onerror=${CALL}>`),
  P('quoting', `'><img src=x onerror=${CALL}>`),
  P('quoting', `" onmouseover="${CALL}" x="`),
  P('quoting', `' onfocus='${CALL}' autofocus x='`),
  P('quoting', `\`-${CALL}-\``),
  P('quoting', `';${CALL};//`),
  P('quoting', `<img src="x" """><script>${CALL}</script>">`),
  // Entity tricks: markup hidden behind character references.
  P('entity', `&lt;img src=x onerror=${CALL}&gt;`),
  P('entity', `&#60;script&#62;${CALL}&#60;/script&#62;`),
  P('entity', `&#x3C;img src=x onerror=${CALL}&#x3E;`),
  P('entity', `<a href="&#106;avascript:${CALL}">x</a>`),
  P('entity', `javascript&colon;${CALL}`),
  P('entity', `<img src=x onerror=&#95;&#95;xss(0)>`),
  // Markdown link tricks.
  P('markdown', `[click](javascript:${CALL})`),
  P('markdown', `[click](JAVASCRIPT:${CALL})`),
  P('markdown', `[click](<javascript:${CALL}>)`),
  P('markdown', `[click](java%0ascript:${CALL})`),
  P('markdown', `[click](data:text/html,<script>${CALL}</script>)`),
  P('markdown', `[click](vbscript:${CALL})`),
  P('markdown', `<javascript:${CALL}>`),
  P('markdown', `[<img src=x onerror=${CALL}>](https://example.org/)`),
  P('markdown', `[x](https://example.org/ "onmouseover=${CALL}")`),
  P('markdown', `[x](https://example.org/" onmouseover="${CALL})`),
  P('markdown', `**<img src=x onerror=${CALL}>**`),
  P('markdown', `![x](javascript:${CALL})`),
  P('markdown', `[a]: javascript:${CALL}\n[click][a]`),
  // Strings that look like Lit's own markers, or template syntax of other libraries.
  P('lit-marker', `lit$123456789$`),
  P('lit-marker', `<?lit$123456789$>`),
  P('lit-marker', `<!--?lit$123456789$-->${CALL}`),
  P('lit-marker', `$lit$ <img src=x onerror=${CALL}>`),
  P('template', `\${${CALL}}`),
  P('template', `{{constructor.constructor('${CALL}')()}}`),
  P('template', `<%= ${CALL} %>`),
  // Spreadsheet formulas (CSV injection): shown as text, never evaluated.
  P('spreadsheet', `=HYPERLINK("javascript:${CALL}","x")`),
  P('spreadsheet', `@SUM(1+1)*cmd|' /C ${CALL}'!A0`),
];

/** Every payload's text with its call numbered: `__xss(7)`. */
export function payloadText(index: number): string {
  return PAYLOADS[index].template.replaceAll(CALL, `__xss(${index})`);
}

/** Payload indexes grouped by kind, for the closing report. */
export function kinds(): Record<string, number> {
  const count: Record<string, number> = {};
  for (const p of PAYLOADS) count[p.kind] = (count[p.kind] ?? 0) + 1;
  return count;
}
