import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEFAULT_LESSON_URL } from './lessons.js';

const meta: Meta = {
  title: 'Lessons/Pakistan and small arms (2024)',
  parameters: { layout: 'padded' },
};
export default meta;

/** The default lesson as a page: the key figures, then the timeline, from one file. */
export const WholeLesson: StoryObj = {
  render: () =>
    html`<main style="max-width: 60rem">
      <h1>Pakistan, the TTP and small arms at the UN</h1>
      <h2>Key figures</h2>
      <edu-stat-grid src=${DEFAULT_LESSON_URL}></edu-stat-grid>
      <h2>Timeline</h2>
      <edu-timeline src=${DEFAULT_LESSON_URL} hide-title heading-level="3"></edu-timeline>
    </main>`,
};
