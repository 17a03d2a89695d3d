import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EduQuiz } from '../src/components/quiz/quiz.js';
import type { LessonInput } from '../src/lesson/types.js';
import { DEFAULT_LESSON_URL, urduLesson } from './lessons.js';

/*
 * Args are named after the element's attributes, so each control and the attribute row Storybook reads from
 * custom-elements.json are one and the same.
 *
 * The quiz keeps progress in localStorage by lesson id: what you answer in one story is there again when you come
 * back to it. "Reset progress" clears it. The story that checks answers by itself uses a lesson id of its own.
 */
interface Args {
  src?: string;
  heading?: string;
  'heading-level': number;
  mode: 'all' | 'order' | 'choice';
  'order-count': number;
  theme: 'light' | 'dark' | 'unset';
}

const quiz = (a: Args) =>
  html`<edu-quiz
    src=${ifDefined(a.src)}
    heading=${ifDefined(a.heading)}
    heading-level=${a['heading-level']}
    mode=${a.mode}
    order-count=${a['order-count']}
    theme=${ifDefined(a.theme === 'unset' ? undefined : a.theme)}
  ></edu-quiz>`;

const meta: Meta<Args> = {
  title: 'Elements/edu-quiz',
  component: 'edu-quiz',
  args: {
    src: DEFAULT_LESSON_URL,
    heading: 'Check what you know',
    'heading-level': 2,
    mode: 'all',
    'order-count': 5,
    theme: 'unset',
  },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    mode: { control: 'inline-radio', options: ['all', 'order', 'choice'] },
    'order-count': { control: { type: 'number', min: 3, max: 8 } },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'unset'] },
  },
  render: (a) => quiz(a),
};
export default meta;

type Story = StoryObj<Args>;

/** Both tasks on the default lesson: five events to put in order, then its eight questions. */
export const DefaultLesson: Story = {};

/** Only the ordering task (`mode="order"`), with every event of the lesson, ties included. */
export const OrderOnly: Story = { args: { mode: 'order', 'order-count': 8, heading: undefined } };

/** Only the multiple-choice questions (`mode="choice"`). */
export const ChoiceOnly: Story = { args: { mode: 'choice', heading: undefined } };

/** The dark theme (`theme="dark"`). */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (a) => html`<div style="background: #14171f; padding: 1rem">${quiz(a)}</div>`,
};

const CHECKED_ID = 'story-quiz-after-checking';

/**
 * After checking both tasks: each event and answer marked right or wrong (an icon and a word), the scores, the right
 * order with dates and the time between events, the explanations, and "See on the timeline" buttons (`for`).
 */
export const AfterChecking: Story = {
  loaders: [
    async () => {
      // A fresh start on every visit: this story answers by itself.
      try {
        localStorage.removeItem(`edu-timeline:quiz:${CHECKED_ID}`);
      } catch {
        // Storage may be blocked; the story still works.
      }
      const response = await fetch(DEFAULT_LESSON_URL);
      return { lesson: { ...((await response.json()) as LessonInput), id: CHECKED_ID } };
    },
  ],
  render: (_a, { loaded }) =>
    html`<edu-quiz heading="Check what you know" for="story-quiz-timeline" .data=${loaded.lesson}></edu-quiz>
      <edu-timeline id="story-quiz-timeline" layout="vertical" hide-title .data=${loaded.lesson}></edu-timeline>`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('edu-quiz');
    const quiz = canvasElement.querySelector<EduQuiz>('edu-quiz')!;
    await quiz.updateComplete;
    const root = quiz.shadowRoot!;
    const click = async (el: HTMLElement | null | undefined): Promise<void> => {
      el?.click();
      await quiz.updateComplete;
    };
    const byText = (name: string) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) ?? null;
    const fieldsets = [...root.querySelectorAll('fieldset')];
    for (const [q, choice] of [
      [0, 1],
      [1, 0],
      [2, 1],
      [4, 2],
    ]) {
      await click(fieldsets[q]?.querySelectorAll('input')[choice]);
    }
    await click(byText('Check answers'));
    await click(byText('Check order'));
  },
};

/** With `for`: after checking, each event and question links to its event in the timeline below. */
export const LinkedToTimeline: Story = {
  render: () =>
    html`<edu-quiz mode="order" for="story-timeline" src=${DEFAULT_LESSON_URL}></edu-quiz>
      <edu-timeline id="story-timeline" layout="vertical" hide-title src=${DEFAULT_LESSON_URL}></edu-timeline>`,
};

/**
 * The default lesson's events and one of its questions in Urdu (a translation of the same facts), on a
 * right-to-left page: the handles at the right, the buttons at the left, dates and durations in Urdu.
 */
const urduQuiz: LessonInput = {
  ...urduLesson,
  id: 'story-urdu-quiz',
  questions: [
    {
      id: 'ceasefire',
      prompt: 'ٹی ٹی پی نے حکومت کے ساتھ جنگ بندی کب ختم کی؟',
      choices: ['نومبر 2021', 'نومبر 2022', 'مارچ 2024', 'جون 2024'],
      answer: 'نومبر 2022',
      explanation:
        'ٹی ٹی پی نے نومبر 2022 میں جنگ بندی ختم کی۔ اس کے بعد خیبر پختونخوا اور بلوچستان میں دہشت گردی بڑھ گئی۔',
      event: 'ttp-ceasefire-ends',
    },
    {
      id: 'attacks',
      prompt: 'دو برس میں ٹی ٹی پی کے حملوں میں کتنا اضافہ ہوا؟',
      choices: ['20 فیصد', '60 فیصد', '90 فیصد'],
      answer: '60 فیصد',
      event: 'durrani-ttp-attacks',
    },
  ],
};

/** An Urdu lesson on a right-to-left page (`dir="rtl"`): the layout mirrors; dragging and the buttons work alike. */
export const RightToLeftUrdu: Story = {
  render: () =>
    html`<div dir="rtl" lang="ur">
      <edu-quiz .data=${urduQuiz}></edu-quiz>
    </div>`,
};

/** Questions with mistakes (an answer that is not a choice, a single choice): listed by place, the rest still asked. */
export const WithMistakes: Story = {
  render: () =>
    html`<edu-quiz
      .data=${{
        title: 'A quiz with mistakes',
        events: [
          { date: '2021', title: 'The Afghan Taliban take over Kabul' },
          { date: '2022-11', title: 'The TTP ends its ceasefire' },
          { date: '2024-03', title: 'Pakistan appeals to the UN Security Council' },
        ],
        questions: [
          { prompt: 'When did the TTP end its ceasefire?', choices: ['2021', '2022'], answer: '2022' },
          {
            prompt: 'Which council did Pakistan appeal to?',
            choices: ['Security', 'Trusteeship'],
            answer: 'Human Rights',
          },
          { prompt: 'A question with one choice?', choices: ['Only this'], answer: 'Only this' },
        ],
      }}
    ></edu-quiz>`,
};

/**
 * Questions written as HTML in the page (`<edu-question>` children), no lesson file: the first paragraph is the
 * question, the list its answers, `answer` the right one, and the rest the explanation (in a `<details>`, folded on a
 * page where the script does not run).
 */
export const WrittenInHtml: Story = {
  args: { src: undefined, mode: 'choice' },
  render: (a) =>
    html`<edu-quiz mode="choice" heading=${ifDefined(a.heading)} heading-level=${a['heading-level']}>
      <edu-question answer="November 2022">
        <p>When did the TTP end its ceasefire with Pakistan’s government?</p>
        <ol>
          <li>November 2021</li>
          <li>November 2022</li>
          <li>March 2024</li>
          <li>June 2024</li>
        </ol>
        <details>
          <summary>Answer</summary>
          <p>
            The TTP ended its ceasefire in <strong>November 2022</strong>. Since then, Pakistan has seen an increase in
            terrorist activities, especially in KP and Balochistan.
          </p>
        </details>
      </edu-question>
      <edu-question
        answer="From the illegal arms market or from organisations that want to destabilise a region or country"
      >
        <p>According to Munir Akram, where do terrorists and criminals get their weapons?</p>
        <ol>
          <li>They manufacture them themselves</li>
          <li>From the illegal arms market or from organisations that want to destabilise a region or country</li>
          <li>Only from government stores captured in battle</li>
        </ol>
        <details>
          <summary>Answer</summary>
          <p>
            “Terrorists and criminals do not manufacture these weapons. They obtain them from the illegal arms market or
            from organizations that want to destabilize a particular region or country,” Akram said.
          </p>
        </details>
      </edu-question>
    </edu-quiz>`,
};
