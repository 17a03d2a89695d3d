import { EduQuestion } from './question.js';

export { EduQuestion };

if (!customElements.get('edu-question')) customElements.define('edu-question', EduQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'edu-question': EduQuestion;
  }
}
