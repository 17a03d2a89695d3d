/** Small lessons for stories, besides the default lesson served at data/pakistan-small-arms-2024.json. */
import type { LessonInput } from '../src/lesson/types.js';

export const DEFAULT_LESSON_URL = 'data/pakistan-small-arms-2024.json';

/** Dates of every precision, BCE included, with an era and a range. */
export const ancientLesson: LessonInput = {
  title: 'From Persepolis to Rome',
  lang: 'en',
  events: [
    { id: 'persepolis', date: '-0517', displayDate: 'c. 518 BC', title: 'Work begins on Persepolis', tags: ['persia'] },
    { id: 'marathon', date: '-0489-09', title: 'Battle of Marathon', tags: ['greece'] },
    { id: 'ides', date: '-0043-03-15', title: 'Julius Caesar is killed in Rome', tags: ['rome'] },
    { id: 'augustus', date: '-0026', endDate: '0014', title: 'Augustus rules Rome', tags: ['rome'] },
    { id: 'vesuvius', date: '0079-10', title: 'Vesuvius buries Pompeii', tags: ['rome'] },
  ],
  eras: [{ id: 'republic', title: 'Roman Republic (late)', start: '-0133', end: '-0027' }],
};

/** A lesson with mistakes of several kinds: the valid events still show, and each mistake is listed. */
export const lessonWithMistakes: unknown = {
  title: 'A lesson with mistakes',
  events: [
    { date: '2022-11', title: 'The TTP ends its ceasefire', descripton: 'A typo in a field name' },
    { date: '2022-11-31', title: 'A day that does not exist' },
    { date: '2024-03', title: '<img src=x onerror="alert(1)"> is shown as text' },
    { title: 'No date' },
  ],
  stats: [{ value: '1,524', label: 'deaths' }],
};
