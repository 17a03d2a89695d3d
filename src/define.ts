/** Registers every element. The entry of the one-file bundle (dist/edu-timeline.bundle.js). */
import './components/timeline/edu-timeline.js';
import './components/event/edu-event.js';
import './components/era/edu-era.js';
import './components/question/edu-question.js';
import './components/stat-card/edu-stat-card.js';
import './components/stat-grid/edu-stat-grid.js';
import './components/quiz/edu-quiz.js';
import './components/glossary/edu-glossary.js';
import './components/lesson/edu-lesson.js';
