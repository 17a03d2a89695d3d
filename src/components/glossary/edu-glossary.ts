import { EduGlossary } from './glossary.js';

export { EduGlossary };

if (!customElements.get('edu-glossary')) customElements.define('edu-glossary', EduGlossary);

declare global {
  interface HTMLElementTagNameMap {
    'edu-glossary': EduGlossary;
  }
}
