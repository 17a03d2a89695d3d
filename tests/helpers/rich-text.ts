/** Shared by the rich-text tests: a parsed Markdown tree as a short HTML-like string, as the reader would see it. */
import type { Block, Inline } from '../../src/lesson/markdown.js';

/** Inlines as a short HTML-like string: `See <a https://…>the <em>source</em></a>.` */
export function shape(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => {
      switch (i.kind) {
        case 'text':
          return i.text;
        case 'br':
          return '<br>';
        case 'link':
          return `<a ${i.href}>${shape(i.children)}</a>`;
        default:
          return `<${i.kind}>${shape(i.children)}</${i.kind}>`;
      }
    })
    .join('');
}

/** Blocks as short strings: `p(…)`, `ul(…|…)`, `ol3(…)` for a list from 3. */
export function blockShapes(blocks: readonly Block[]): string[] {
  return blocks.map((b) =>
    b.kind === 'paragraph'
      ? `p(${shape(b.children)})`
      : `${b.ordered ? `ol${b.start}` : 'ul'}(${b.items.map((item) => shape(item)).join('|')})`,
  );
}
