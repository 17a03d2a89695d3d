import { EduEvent } from './event.js';

export { EduEvent };

if (!customElements.get('edu-event')) customElements.define('edu-event', EduEvent);

declare global {
  interface HTMLElementTagNameMap {
    'edu-event': EduEvent;
  }
}
