import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline styles through the CSS object model (`style.setProperty`), never as a `style` attribute:
 * `<div ${cssProps({ top: '4px', '--_lane': '2' })}>`.
 *
 * Pages with a strict Content Security Policy (`style-src 'self'`, no `'unsafe-inline'`) refuse every `style`
 * attribute, and Lit's own `styleMap` writes one on its first render. The object model is not subject to that rule,
 * so positions and colours computed at run time still apply there.
 */
class CssProps extends Directive {
  private names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() goes on an element: <div ${cssProps({…})}>');
  }

  render(_props: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.names) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.names = new Set(Object.keys(props));
    return noChange;
  }
}

export const cssProps = directive(CssProps);
