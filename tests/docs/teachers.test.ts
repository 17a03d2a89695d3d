/**
 * docs/teachers.md stays true: every lesson its snippets hold inside the page (JSON, a spreadsheet, plain HTML) is
 * read as the guide says, with no problem at all. A teacher copies these first; a snippet with a mistake in it would
 * greet them with a red box.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { EduLesson } from '../../src/components/lesson/lesson.js';
import type { LessonProblem } from '../../src/lesson/types.js';

/** The ```html blocks of the guide. */
async function htmlBlocks(): Promise<string[]> {
  const markdown = await (await fetch('/docs/teachers.md')).text();
  return [...markdown.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** Puts a snippet in the page as a teacher's page would hold it, and waits for each lesson it holds to load. */
async function place(snippet: string): Promise<{ lessons: EduLesson[]; problems: LessonProblem[]; box: HTMLElement }> {
  const box = document.createElement('div');
  const problems: LessonProblem[] = [];
  let settled = 0;
  const count = (): void => {
    settled++;
  };
  box.addEventListener('edu-load', (e) => {
    problems.push(...e.detail.problems);
    count();
  });
  box.addEventListener('edu-error', (e) => {
    if (e.detail.fatal) count();
    problems.push(...e.detail.problems.filter((p) => !problems.includes(p)));
  });
  // The program's own <script> line is the test page's import above; a parsed <script> never runs anyway.
  box.innerHTML = snippet;
  document.body.append(box);
  const lessons = [...box.querySelectorAll('edu-lesson')];
  await waitUntil(() => settled === lessons.length, 'every lesson of the snippet loaded', { timeout: 5000 });
  return { lessons, problems, box };
}

/** Whether a snippet has an `<edu-lesson>` with its lesson inside the page (no `src`). */
const holdsLesson = (snippet: string): boolean => /<edu-lesson(?![^>]*\ssrc=)[^>]*>/.test(snippet);

describe('docs/teachers.md', () => {
  let blocks: string[];
  before(async () => {
    blocks = await htmlBlocks();
  });

  it('has snippets with lessons inside the page: JSON, a spreadsheet and plain HTML', () => {
    const inside = blocks.filter(holdsLesson);
    expect(
      inside.map((b) => (/type="application\/json"/.test(b) ? 'json' : /type="text\/csv"/.test(b) ? 'csv' : 'html')),
    ).to.have.members(['json', 'csv', 'html']);
  });

  it('every lesson written inside a snippet loads with no problem, as the guide describes it', async () => {
    const inside = blocks.filter(holdsLesson);
    const seen: string[] = [];
    for (const snippet of inside) {
      const { lessons, problems, box } = await place(snippet);
      try {
        expect(
          problems.map((p) => `${p.path}: ${p.message}`),
          snippet.slice(0, 80),
        ).to.deep.equal([]);
        for (const el of lessons) seen.push(el.lesson?.title ?? '(no title)');
        if (/<edu-question/.test(snippet)) {
          // The plain-HTML lesson has every part the guide lists.
          const lesson = lessons[0].lesson!;
          expect(lesson.title).to.equal('The end of the TTP ceasefire');
          expect([
            lesson.events.length,
            lesson.stats.length,
            lesson.glossary.length,
            lesson.questions.length,
            lesson.sources.length,
          ]).to.deep.equal([2, 1, 1, 1, 2]);
          expect(lesson.questions[0].event).to.equal('ceasefire-ends');
          expect(lesson.id, 'the quiz keeps answers under it').to.equal('ttp-ceasefire');
        }
      } finally {
        box.remove();
      }
    }
    expect(seen).to.have.members([
      'The end of the TTP ceasefire',
      'The end of the TTP ceasefire',
      'The end of the TTP ceasefire',
    ]);
  });
});
