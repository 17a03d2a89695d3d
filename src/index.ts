/**
 * edu-timeline: classes, types and the lesson functions, with no side effects.
 * To register the elements, import `edu-timeline/define.js` (or one `components/<name>/edu-<name>.js`).
 */
export { EduTimeline, type TimelineLayout } from './components/timeline/timeline.js';
export { EduEvent } from './components/event/event.js';
export { EduEra } from './components/era/era.js';
export { EduQuestion } from './components/question/question.js';
export { EduStatCard, type StatVisual } from './components/stat-card/stat-card.js';
export { EduStatGrid } from './components/stat-grid/stat-grid.js';
export { EduQuiz, type QuizMode } from './components/quiz/quiz.js';
export { EduGlossary } from './components/glossary/glossary.js';
export { EduLesson } from './components/lesson/lesson.js';
export { EduLoadEvent, type EduLoadDetail } from './events/edu-load.js';
export { EduErrorEvent, type EduErrorDetail } from './events/edu-error.js';
export { EduSelectEvent, type EduSelectDetail } from './events/edu-select.js';
export { EduQuizCompleteEvent, type EduQuizCompleteDetail } from './events/edu-quiz-complete.js';
export { parseLesson, parseLessonAsync, slugify, type ParseOptions } from './lesson/parse.js';
export { formatProblem } from './lesson/problems.js';
export { safeUrl } from './lesson/url.js';
export {
  parsePartialDate,
  compareDates,
  toDatetimeAttribute,
  type PartialDate,
  type DatePrecision,
} from './dates/partial-date.js';
export { formatPartialDate, formatDateRange } from './dates/format.js';
export { formatStatValue } from './i18n/number.js';
export type { LessonFormat, FormatOption } from './lesson/import/detect.js';
export type * from './lesson/types.js';
