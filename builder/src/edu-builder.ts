import { EduBuilder } from './builder.js';

export { EduBuilder };

if (!customElements.get('edu-builder')) customElements.define('edu-builder', EduBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'edu-builder': EduBuilder;
  }
}
