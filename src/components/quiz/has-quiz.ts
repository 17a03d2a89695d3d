import { samePeriod } from '../../dates/partial-date.js';
import type { Lesson, TimelineEvent } from '../../lesson/types.js';

/**
 * Whether a lesson gives `<edu-quiz>` anything to ask: questions, or events at two or more different times to put
 * in order. Its own module, so `<edu-lesson>` can ask without importing the quiz itself.
 */
export function hasQuiz(lesson: Lesson): boolean {
  return lesson.questions.length > 0 || hasDifferentTimes(lesson.events);
}

/** Whether the events are at two or more different times (at their precision): an order task needs that. */
export function hasDifferentTimes(events: readonly TimelineEvent[]): boolean {
  return events.some((e) => !samePeriod(e.date, events[0].date));
}
