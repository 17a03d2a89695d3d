import { EduQuestion } from './question.js';

export { EduQuestion };

// No registry on a server that renders the page (this entry does not import Lit, whose Node build makes one).
if (globalThis.customElements && !customElements.get('edu-question'))
  customElements.define('edu-question', EduQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'edu-question': EduQuestion;
  }
}
