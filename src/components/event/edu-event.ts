import { EduEvent } from './event.js';

export { EduEvent };

// No registry on a server that renders the page (this entry does not import Lit, whose Node build makes one).
if (globalThis.customElements && !customElements.get('edu-event')) customElements.define('edu-event', EduEvent);

declare global {
  interface HTMLElementTagNameMap {
    'edu-event': EduEvent;
  }
}
