/**
 * Questions and a glossary written as HTML in the page: `<edu-question>` children of `<edu-quiz>` (and
 * `<edu-lesson>`), a `<dl>` child of `<edu-glossary>`, read into the same lesson model as a file and checked like
 * one, with problems that speak of the markup.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EduGlossary } from '../../src/components/glossary/glossary.js';
import type { EduLesson } from '../../src/components/lesson/lesson.js';
import type { EduQuiz } from '../../src/components/quiz/quiz.js';
import {
  alertOf,
  catchPageErrors,
  EventLog,
  expectWcag22TargetSize,
  part,
  parts,
  settle,
  shownProblems,
  text,
  writtenInPage,
} from '../helpers/lesson.js';

const QUESTIONS = `
  <edu-question answer="November 2022" id="ceasefire">
    <h3>When did the TTP end its ceasefire with the government?</h3>
    <ol>
      <li>August 2021</li>
      <li>November   2022</li>
      <li>March 2024</li>
    </ol>
    <p>In <strong>November 2022</strong>; attacks have risen since.</p>
  </edu-question>
  <edu-question answer="90 percent">
    <p>What share of the deaths of 2023 were in KP and Balochistan?</p>
    <ul><li>Half</li><li>90 percent</li></ul>
  </edu-question>`;

describe('<edu-question>: questions written as HTML', () => {
  it('reads the prompt, the choices in order, the answer and the explanation, and the quiz asks them', async () => {
    const log = new EventLog();
    const quiz = await writtenInPage<EduQuiz>('edu-quiz', QUESTIONS, { mode: 'choice' });
    await log.waitFor('edu-load');
    const questions = (quiz.lesson as { questions: unknown[] }).questions;
    expect(questions).to.deep.equal([
      {
        id: 'ceasefire',
        prompt: 'When did the TTP end its ceasefire with the government?',
        choices: ['August 2021', 'November 2022', 'March 2024'],
        answer: 1,
        explanation: 'In **November 2022**; attacks have risen since.',
        event: undefined,
        stat: undefined,
      },
      {
        id: 'what-share-of-the-deaths-of-2023-were-in-kp-and',
        prompt: 'What share of the deaths of 2023 were in KP and Balochistan?',
        choices: ['Half', '90 percent'],
        answer: 1,
        explanation: undefined,
        event: undefined,
        stat: undefined,
      },
    ]);
    expect(parts(quiz, 'prompt').map((p) => text(p))).to.deep.equal([
      'When did the TTP end its ceasefire with the government?',
      'What share of the deaths of 2023 were in KP and Balochistan?',
    ]);
    expect(alertOf(quiz)).to.equal(null);
    expect(log.count('edu-error')).to.equal(0);

    // A pupil answers the first by keyboard and checks: the explanation from the markup, with its emphasis.
    const radio = quiz.shadowRoot!.querySelector<HTMLInputElement>('[part~="option"] input')!;
    radio.focus();
    await sendKeys({ press: 'ArrowDown' });
    const check = [...quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="button"]')].find(
      (b) => text(b) === 'Check answers',
    )!;
    check.click();
    await quiz.updateComplete;
    const explanation = part(quiz, 'explanation')!;
    expect(text(explanation)).to.equal('In November 2022; attacks have risen since.');
    expect(explanation.querySelector('strong')?.textContent).to.equal('November 2022');
    await expect(quiz).to.be.accessible();
    await expectWcag22TargetSize(quiz);
  });

  it('names a bad question by its place and says how to fix it in the words of the markup', async () => {
    const page = catchPageErrors();
    const log = new EventLog();
    const quiz = await writtenInPage<EduQuiz>(
      'edu-quiz',
      `${QUESTIONS}
      <edu-question answer="Kabul"><p>Where?</p><ol><li>Kabul</li></ol></edu-question>
      <edu-question><p>Who spoke?</p><ol><li>Akram</li><li>Durrani</li></ol></edu-question>
      <edu-question answer="Akram"><p>Who spoke at the conference?</p><ol><li>Akram.</li><li>Durrani</li></ol></edu-question>
      <edu-question answer="2024"><p>When was the appeal? 2023 or 2024.</p></edu-question>`,
      { mode: 'choice' },
    );
    await log.waitFor('edu-error');
    await settle();
    expect(parts(quiz, 'question').length, 'the two good questions are still asked').to.equal(2);
    const fixOf = (path: string) => shownProblems(quiz).find((p) => p.path === path)?.line ?? '';
    expect(shownProblems(quiz).find((p) => p.path === 'questions[2]')?.place).to.equal("<edu-question> 3 ('Where?')");
    expect(fixOf('questions[2].choices')).to.contain(
      'give the <edu-question> one list (<ol>) with an <li> for each answer, 2 to 8 of them',
    );
    expect(fixOf('questions[3].answer')).to.contain('"answer" is missing');
    expect(fixOf('questions[3].answer')).to.contain('set answer="…" on the <edu-question>');
    expect(fixOf('questions[4].answer')).to.contain('the answer "Akram" is not one of the choices');
    expect(fixOf('questions[4].answer')).to.contain('written exactly as one of its <li>');
    // No list at all: the whole text is the question, and it has no answers to choose from.
    expect(fixOf('questions[5].choices')).to.contain('but it has 0');
    expect(log.count('edu-error')).to.equal(1);
    expect(page.errors).to.deep.equal([]);
    await expect(quiz).to.be.accessible();
  });

  it('says what of an explanation’s markup could not be shown', async () => {
    const quiz = await writtenInPage<EduQuiz>(
      'edu-quiz',
      `<edu-question answer="B"><p>A or B?</p><ol><li>A</li><li>B</li></ol>
        <p>Because.</p><iframe src="about:blank" title="x"></iframe></edu-question>`,
      { mode: 'choice' },
    );
    await settle();
    const problem = shownProblems(quiz).find((p) => p.path === 'questions[0].explanation');
    expect(problem?.place).to.equal("<edu-question> 1 ('A or B?')");
    expect(problem?.line).to.contain('inside it cannot be shown and were left out');
    expect((quiz.lesson as { questions: { explanation: string }[] }).questions[0].explanation).to.equal('Because.');
  });

  it('an explanation folded in <details> (for a page without the script) is read without its summary', async () => {
    const quiz = await writtenInPage<EduQuiz>(
      'edu-quiz',
      `<edu-question answer="B"><p>A or B?</p><ol><li>A</li><li>B</li></ol>
        <details><summary>Answer</summary><p>B, <em>because</em>.</p></details></edu-question>`,
      { mode: 'choice' },
    );
    expect((quiz.lesson as { questions: { explanation: string }[] }).questions[0].explanation).to.equal(
      'B, *because*.',
    );
    expect(alertOf(quiz)).to.equal(null);
  });

  it('a paragraph is the summary only right after the heading: a lone "Loading…" line is not the lesson’s', async () => {
    const loading = await writtenInPage<EduQuiz>('edu-quiz', `<p>Loading the quiz…</p>${QUESTIONS}`, {
      mode: 'choice',
    });
    expect([loading.lesson?.title, loading.lesson?.summary]).to.deep.equal([undefined, undefined]);
    const titled = await writtenInPage<EduQuiz>(
      'edu-quiz',
      `<p>Loading the quiz…</p><h2>The TTP</h2><p>What you learnt.</p>${QUESTIONS}`,
      { mode: 'choice' },
    );
    expect([titled.lesson?.title, titled.lesson?.summary]).to.deep.equal(['The TTP', 'What you learnt.']);
  });

  it('takes the element’s id as the lesson’s only when it is one a lesson may have', async () => {
    const kept = await writtenInPage<EduQuiz>('edu-quiz', QUESTIONS, { mode: 'choice', id: 'quiz_1' });
    const ignored = await writtenInPage<EduQuiz>('edu-quiz', QUESTIONS, { mode: 'choice', id: '2nd-quiz' });
    expect([kept.lesson?.id, ignored.lesson?.id]).to.deep.equal(['quiz_1', undefined]);
    expect(alertOf(ignored)).to.equal(null);
  });

  it('reads the questions again when the page edits one', async () => {
    const quiz = await writtenInPage<EduQuiz>('edu-quiz', QUESTIONS, { mode: 'choice' });
    quiz.querySelectorAll('edu-question')[1].querySelector('p')!.textContent =
      'What share of the deaths were in KP and Balochistan?';
    await waitUntil(
      () => text(parts(quiz, 'prompt')[1]) === 'What share of the deaths were in KP and Balochistan?',
      'the edited prompt',
    );
  });
});

describe('<dl> child: a glossary written as HTML', () => {
  const GLOSSARY = `
    <dl>
      <dt><abbr title="Tehreek-i-Taliban Pakistan">TTP</abbr></dt>
      <dd>A banned militant group   that fights the government of Pakistan.</dd>
      <div><dt>UAV</dt><dt>drone</dt><dd>An aircraft without a pilot on board.</dd><dd>Flown from the ground.</dd></div>
      <dt>&lt;img src=x onerror=alert(1)&gt;</dt><dd>Text, never markup.</dd>
    </dl>`;

  it('reads each <dt> as a term, an <abbr title> as its expansion, and the <dd>s after it as its definition', async () => {
    const glossary = await writtenInPage<EduGlossary>('edu-glossary', GLOSSARY);
    expect((glossary.lesson as { glossary: unknown[] }).glossary).to.deep.equal([
      {
        term: 'TTP',
        expansion: 'Tehreek-i-Taliban Pakistan',
        definition: 'A banned militant group that fights the government of Pakistan.',
      },
      { term: 'UAV', expansion: undefined, definition: 'An aircraft without a pilot on board. Flown from the ground.' },
      {
        term: 'drone',
        expansion: undefined,
        definition: 'An aircraft without a pilot on board. Flown from the ground.',
      },
      { term: '<img src=x onerror=alert(1)>', expansion: undefined, definition: 'Text, never markup.' },
    ]);
    const terms = parts(glossary, 'term').map((t) => text(t));
    expect(terms).to.include.members(['TTP', 'UAV', 'drone', '<img src=x onerror=alert(1)>']);
    expect(glossary.shadowRoot!.querySelector('img')).to.equal(null);
    expect(alertOf(glossary)).to.equal(null);
    await expect(glossary).to.be.accessible();
  });

  it('names an empty term by its place, in the words of the markup', async () => {
    const glossary = await writtenInPage<EduGlossary>(
      'edu-glossary',
      '<dl><dt>TTP</dt><dd>A group.</dd><dt> </dt><dd>?</dd></dl>',
    );
    await settle();
    const problem = shownProblems(glossary).find((p) => p.path === 'glossary[1].term');
    expect(problem?.place).to.equal('<dt> 2');
    expect(problem?.line).to.contain('write the term in the <dt>');
  });

  it('in a whole lesson written as HTML: title, sources, terms explained in the timeline, questions linked to their event', async () => {
    const lesson = await writtenInPage<EduLesson>(
      'edu-lesson',
      `<h2>The end of the TTP ceasefire</h2>
      <p>A short lesson on the TTP.</p>
      <edu-event date="2022-11" id="ceasefire-ends" source="News article, June 2024"><h3>The TTP ends its ceasefire</h3><p>Attacks by the TTP rise.</p></edu-event>
      <edu-event date="2024-06" source="News article, June 2024"><h3>Pakistan at the UN conference</h3></edu-event>
      ${GLOSSARY}
      <edu-question answer="November 2022" event="ceasefire-ends"><p>When did the TTP end its ceasefire?</p>
        <ol><li>August 2021</li><li>November 2022</li></ol></edu-question>`,
      { id: 'ttp-lesson' },
    );
    await waitUntil(() => lesson.shadowRoot!.querySelector('edu-quiz')?.lesson, 'the quiz drawn');
    await settle();
    const l = lesson.lesson!;
    expect([l.events.length, l.glossary.length, l.questions.length]).to.deep.equal([2, 4, 1]);
    expect([l.id, l.title, l.summary]).to.deep.equal([
      'ttp-lesson',
      'The end of the TTP ceasefire',
      'A short lesson on the TTP.',
    ]);
    expect(part(lesson, 'title')?.textContent?.trim()).to.equal('The end of the TTP ceasefire');
    expect(l.sources.map((s) => s.title)).to.deep.equal(['News article, June 2024']);
    expect(l.events.map((e) => e.sources)).to.deep.equal([['s1'], ['s1']]);
    expect(parts(lesson, 'source').map((li) => text(li))).to.deep.equal(['News article, June 2024']);
    expect(l.questions[0].event).to.equal('ceasefire-ends');
    expect(alertOf(lesson)).to.equal(null);
    const glossaryEl = lesson.shadowRoot!.querySelector('edu-glossary')!;
    await waitUntil(() => parts(glossaryEl, 'term').length === 4, 'the glossary part lists the terms');
    // The timeline explains the term where its description uses it.
    const timeline = lesson.shadowRoot!.querySelector('edu-timeline')!;
    await waitUntil(() => timeline.lesson, 'the timeline drawn');
    timeline.selected = 'ceasefire-ends';
    await waitUntil(() => parts(timeline, 'glossary-term').length > 0, 'the description shown');
    expect(parts(timeline, 'glossary-term').map((b) => text(b))).to.deep.equal(['TTP']);
  });
});
