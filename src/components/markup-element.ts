/**
 * The base class of the elements that only hold markup for another element to read (`<edu-event>`, `<edu-era>`,
 * `<edu-question>`): the page's `HTMLElement`, or where there is none a stand-in, so that importing them where the
 * page is rendered on a server (Next.js, Nuxt, Astro) does not throw. Lit's elements get the same from Lit's own
 * Node build, which also provides the `customElements` that registers them there.
 */
export const MarkupElement: typeof HTMLElement = globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);
