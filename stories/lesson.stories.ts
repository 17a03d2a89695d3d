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
