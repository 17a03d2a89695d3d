import { useEffect, useState, type ChangeEvent } from 'react';
import {
  formatPartialDate,
  type EduErrorEvent,
  type EduLoadEvent,
  type EduQuizCompleteDetail,
  type EduSelectEvent,
  type TimelineEvent,
} from 'edu-timeline';
// The default lesson, emitted by Vite as a file of its own and fetched like any lesson from a server.
import defaultLessonUrl from '../../../data/pakistan-small-arms-2024.json?url';

/** What the lesson check found, as the elements report it in `edu-error`. */
interface Problems {
  count: number;
  fatal: boolean;
}

export function App() {
  // Whatever the file holds: the elements check it and say what is wrong, so it needs no type of its own here.
  const [lesson, setLesson] = useState<unknown>();
  const [loadError, setLoadError] = useState<string | null>(null);
  const [title, setTitle] = useState<string>('A lesson');
  const [problems, setProblems] = useState<Problems | null>(null);
  const [selected, setSelected] = useState<TimelineEvent | null>(null);
  const [score, setScore] = useState<EduQuizCompleteDetail | null>(null);

  useEffect(() => {
    // React's documented way to fetch in an effect: a late answer is ignored once the effect is cleaned up.
    let ignore = false;
    fetch(defaultLessonUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then(
        (data) => {
          if (!ignore) setLesson(data);
        },
        (error: unknown) => {
          if (!ignore) setLoadError(`The lesson could not be loaded: ${String(error)}`);
        },
      );
    return () => {
      ignore = true;
    };
  }, []);

  /** Another lesson file, picked by the reader: a new `data` value for every element. */
  async function openFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const next: unknown = JSON.parse(await file.text());
      setProblems(null);
      setSelected(null);
      setScore(null);
      setLoadError(null);
      setLesson(next);
    } catch {
      setLoadError(`${file.name} is not a JSON lesson file.`);
    }
  }

  const onLoad = (event: EduLoadEvent) => {
    setTitle(event.detail.lesson.title ?? 'A lesson');
    if (event.detail.problems.length === 0) setProblems(null);
  };
  const onError = (event: EduErrorEvent) => {
    setProblems({ count: event.detail.problems.length, fatal: event.detail.fatal });
  };
  const onSelect = (event: EduSelectEvent) => setSelected(event.detail.event);

  return (
    <main>
      <header>
        <h1>{title}</h1>
        <label>
          Open another lesson file <input type="file" accept=".json,application/json" onChange={openFile} />
        </label>
      </header>

      {loadError && <p role="alert">{loadError}</p>}
      {problems && (
        <p role="status" className="problems">
          {problems.fatal ? 'This lesson cannot be shown' : 'Parts of this lesson could not be used'}: {problems.count}{' '}
          {problems.count === 1 ? 'problem is' : 'problems are'} listed below.
        </p>
      )}

      {lesson === undefined ? (
        !loadError && <p>Loading the lesson…</p>
      ) : (
        <>
          <edu-stat-grid data={lesson} heading="Key figures" headingLevel={2} for="timeline" onedu-error={onError} />

          <edu-timeline
            id="timeline"
            data={lesson}
            hideTitle
            headingLevel={2}
            onedu-load={onLoad}
            onedu-error={onError}
            onedu-select={onSelect}
          />

          <section aria-labelledby="selected-heading" className="selected">
            <h2 id="selected-heading">Selected event</h2>
            {selected ? (
              <p>
                <strong>{selected.title}</strong> ({formatPartialDate(selected.date, 'en')})
              </p>
            ) : (
              <p>Choose an event on the timeline.</p>
            )}
          </section>

          <edu-quiz
            data={lesson}
            heading="Check what you know"
            headingLevel={2}
            for="timeline"
            onedu-quiz-complete={(event) => setScore(event.detail)}
          />
          {score && (
            <p role="status">
              {score.part === 'order' ? 'Order' : 'Questions'}: {score.score} of {score.total} right.
            </p>
          )}
        </>
      )}
    </main>
  );
}
