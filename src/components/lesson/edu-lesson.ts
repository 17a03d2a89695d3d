import '../timeline/edu-timeline.js';
import '../stat-grid/edu-stat-grid.js';
import '../glossary/edu-glossary.js';
import '../quiz/edu-quiz.js';
import { EduLesson } from './lesson.js';

export { EduLesson };

if (!customElements.get('edu-lesson')) customElements.define('edu-lesson', EduLesson);

declare global {
  interface HTMLElementTagNameMap {
    'edu-lesson': EduLesson;
  }
}
