import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEFAULT_LESSON_URL } from './lessons.js';

const meta: Meta = {
  title: 'Lessons/Pakistan and small arms (2024)',
  component: 'edu-lesson',
  parameters: { layout: 'padded' },
};
export default meta;

/** The default lesson as one element: title, key figures, timeline, glossary, sources and quiz, from one file. */
export const WholeLesson: StoryObj = {
  render: () =>
    html`<main style="max-width: 60rem">
      <edu-lesson src=${DEFAULT_LESSON_URL} heading-level="1"></edu-lesson>
    </main>`,
};

/**
 * A whole lesson written as plain HTML in the page, with no lesson file (the teacher's guide's example): a heading
 * and a paragraph for the title and summary, `<edu-event>`s, an `<edu-stat-card>`, a `<dl>` glossary and an
 * `<edu-question>`, with `source` attributes for the sources and the element's `id` as the lesson's.
 */
export const WrittenInHtml: StoryObj = {
  render: () =>
    html`<main style="max-width: 60rem">
      <edu-lesson id="ttp-ceasefire-html" heading-level="1">
        <h2>The end of the TTP ceasefire</h2>
        <p>In November 2022 the TTP ended its ceasefire. Since then, attacks in Pakistan have increased.</p>
        <edu-event date="2021">
          <h3>The Afghan Taliban take over Kabul</h3>
        </edu-event>
        <edu-event date="2022-11" id="ceasefire-ends" source="Pakistan calls on UN to launch ‘concerted campaign’">
          <h3>The TTP ends its ceasefire with the government</h3>
          <p>Since then, Pakistan has seen an increase in terrorist activities, especially in KP and Balochistan.</p>
        </edu-event>
        <edu-event date="2024-03" source="Pakistan calls on UN to launch ‘concerted campaign’">
          <h3>Pakistan asks the UN Security Council to act</h3>
        </edu-event>
        <edu-stat-card
          value="1524"
          label="violence-related deaths"
          period="2023"
          context="the highest in six years"
          source="CRSS annual security report 2023"
        ></edu-stat-card>
        <dl>
          <dt><abbr title="Tehreek-i-Taliban Pakistan">TTP</abbr></dt>
          <dd>A banned militant group in Pakistan.</dd>
        </dl>
        <edu-question answer="November 2022" event="ceasefire-ends">
          <p>When did the TTP end its ceasefire with the government?</p>
          <ol>
            <li>November 2021</li>
            <li>November 2022</li>
            <li>March 2024</li>
          </ol>
          <details>
            <summary>Answer</summary>
            <p>The TTP ended its ceasefire in November 2022.</p>
          </details>
        </edu-question>
      </edu-lesson>
    </main>`,
};

/** `hide="quiz glossary"`: the lesson without its quiz and glossary. */
export const WithoutQuizAndGlossary: StoryObj = {
  render: () =>
    html`<main style="max-width: 60rem">
      <edu-lesson src=${DEFAULT_LESSON_URL} heading-level="1" hide="quiz glossary"></edu-lesson>
    </main>`,
};

/**
 * `hide="quiz glosary"`, with a typo: the quiz is hidden, the glossary stays, and the problems panel says which word
 * named no part and what to write instead.
 */
export const HideWithATypo: StoryObj = {
  render: () =>
    html`<main style="max-width: 60rem">
      <edu-lesson src=${DEFAULT_LESSON_URL} heading-level="1" hide="quiz glosary"></edu-lesson>
    </main>`,
};

/**
 * The elements' own words in Urdu, right to left (`lang="ur" dir="rtl"` on the element): headings, buttons, dates and
 * numbers in Urdu; the lesson's text stays in English, as written.
 */
export const UrduRightToLeft: StoryObj = {
  render: () =>
    html`<main style="max-width: 60rem" dir="rtl">
      <edu-lesson lang="ur" src=${DEFAULT_LESSON_URL} heading-level="1" layout="vertical"></edu-lesson>
    </main>`,
};

/** The dark theme, passed on to every part. */
export const Dark: StoryObj = {
  render: () =>
    html`<main style="max-width: 60rem">
      <edu-lesson theme="dark" src=${DEFAULT_LESSON_URL} heading-level="1"></edu-lesson>
    </main>`,
};

/** The elements side by side, each loading the same file: the page provides the headings. */
export const ElementsSideBySide: StoryObj = {
  render: () =>
    html`<main style="max-width: 60rem">
      <h1>Pakistan, the TTP and small arms at the UN</h1>
      <h2>Key figures</h2>
      <edu-stat-grid src=${DEFAULT_LESSON_URL} for="side-timeline"></edu-stat-grid>
      <h2>Timeline</h2>
      <edu-timeline id="side-timeline" src=${DEFAULT_LESSON_URL} hide-title heading-level="3"></edu-timeline>
      <h2>Glossary</h2>
      <edu-glossary src=${DEFAULT_LESSON_URL} heading-level="3"></edu-glossary>
      <h2>Quiz</h2>
      <edu-quiz src=${DEFAULT_LESSON_URL} for="side-timeline" heading-level="3"></edu-quiz>
    </main>`,
};
