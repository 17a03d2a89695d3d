import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEFAULT_LESSON_URL, urduStats } from './lessons.js';

interface Args {
  src?: string;
  heading?: string;
  headingLevel: number;
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/edu-stat-grid',
  component: 'edu-stat-grid',
  args: { src: DEFAULT_LESSON_URL, headingLevel: 2, width: '100%' },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, name: 'heading-level' },
    width: {
      control: 'select',
      options: ['100%', '90rem', '48rem', '30rem', '18rem'],
      description: 'Width of the container (story only)',
    },
  },
  render: (a) =>
    html`<div style="max-width: ${a.width}">
      <edu-stat-grid
        src=${ifDefined(a.src)}
        heading=${ifDefined(a.heading)}
        heading-level=${a.headingLevel}
      ></edu-stat-grid>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every figure of the default lesson. */
export const DefaultLesson: Story = {};

/** With a heading of its own. */
export const WithHeading: Story = { args: { heading: 'Key figures for 2023' } };

/** In a narrow column: one card per row, chosen by the grid's own width. */
export const Narrow: Story = { args: { width: '18rem' } };

/** On a very wide page: still at most four columns; the cards of a row are the same height. */
export const Wide: Story = { args: { width: '90rem', heading: 'Key figures for 2023' } };

/** Two columns, as in a half-width column of a page. */
export const TwoColumns: Story = { args: { width: '30rem' } };

/** The dark theme (`theme="dark"`), bars and change arrow included. */
export const Dark: Story = {
  render: () =>
    html`<div style="background: #14171f; padding: 1rem">
      <edu-stat-grid theme="dark" static heading="Key figures for 2023" src=${DEFAULT_LESSON_URL}></edu-stat-grid>
    </div>`,
};

/** An Urdu lesson on a right-to-left page: Urdu digits, bars filling from the right, the change arrow mirrored. */
export const RightToLeftUrdu: Story = {
  render: () =>
    html`<div dir="rtl">
      <edu-stat-grid static .data=${urduStats}></edu-stat-grid>
    </div>`,
};

/** Only the figures tagged or about a region (`filter`, `region`); here, nothing matches, and the grid says so. */
export const FilteredToNothing: Story = {
  render: () =>
    html`<edu-stat-grid region="Sindh" heading="Figures for Sindh" src=${DEFAULT_LESSON_URL}></edu-stat-grid>`,
};

/** With `for`: each figure links to its event in the timeline below ("See on the timeline"). */
export const LinkedToTimeline: Story = {
  render: () =>
    html`<edu-stat-grid static for="story-timeline" src=${DEFAULT_LESSON_URL}></edu-stat-grid>
      <edu-timeline id="story-timeline" layout="vertical" hide-title src=${DEFAULT_LESSON_URL}></edu-timeline>`,
};

/** A lesson without stats: the grid says so. */
export const NoStats: Story = {
  args: { src: undefined },
  render: () => html`<edu-stat-grid .data=${{ events: [{ date: '2021', title: 'Only an event' }] }}></edu-stat-grid>`,
};

/** Cards written as HTML in the page: `<edu-stat-card>` children, read by the grid into one lesson. */
export const WrittenInHtml: Story = {
  render: () =>
    html`<edu-stat-grid heading="Key figures for 2023">
      <edu-stat-card
        value="1524"
        label="violence-related deaths"
        period="2023"
        context="the highest in six years"
      ></edu-stat-card>
      <edu-stat-card
        value="90"
        format="percent"
        qualifier="over"
        label="of deaths were in KP and Balochistan"
      ></edu-stat-card>
      <edu-stat-card
        value="60"
        format="percent"
        change
        label="rise in TTP attacks"
        period="in two years"
      ></edu-stat-card>
    </edu-stat-grid>`,
};
