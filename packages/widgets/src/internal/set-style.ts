import { type ElementPart, noChange } from 'lit';
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`). Lit's `styleMap`
 * writes a `style` attribute on first render, which a strict Content-Security-Policy
 * (`style-src 'self'`, no `'unsafe-inline'`) refuses; CSSOM changes are allowed.
 *
 * @example html`<div ${setStyle({ 'block-size': '40px' })}></div>`
 */
class SetStyle extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('setStyle() goes on an element, not in an attribute.');
  }

  render(_props: Record<string, string>) {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return noChange;
  }
}

export const setStyle = directive(SetStyle);
