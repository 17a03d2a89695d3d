import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ancientLesson, DEFAULT_LESSON_URL, lessonWithMistakes } from './lessons.js';

interface Args {
  src?: string;
  selected?: string;
  headingLevel: number;
  hideTitle: boolean;
  lang?: string;
  data?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/edu-timeline',
  component: 'edu-timeline',
  args: { src: DEFAULT_LESSON_URL, headingLevel: 2, hideTitle: false },
  argTypes: {
    src: { control: 'text', description: 'URL of a lesson file' },
    selected: { control: 'text', description: 'Id of the selected event' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, name: 'heading-level' },
    hideTitle: { control: 'boolean', name: 'hide-title' },
    lang: { control: 'text' },
    data: { control: 'object' },
  },
  render: (args) =>
    html`<edu-timeline
      src=${ifDefined(args.src)}
      selected=${ifDefined(args.selected)}
      heading-level=${args.headingLevel}
      ?hide-title=${args.hideTitle}
      lang=${ifDefined(args.lang)}
      .data=${args.data}
    ></edu-timeline>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The default lesson, loaded from its file with `src`. */
export const DefaultLesson: Story = {};

/** An event selected from the page (`selected="unsc-appeal"`): no `edu-select` is fired for it. */
export const Selected: Story = { args: { selected: 'unsc-appeal' } };

/** Dates before year 1 (shown with the era: "501 BC"), every precision, a range and an era. */
export const AncientDates: Story = { args: { src: undefined, data: ancientLesson } };

/** The same events with dates in French. */
export const French: Story = { args: { src: undefined, data: ancientLesson, lang: 'fr' } };

/** Data inline in the page: works even from a page opened as a file. */
export const InlineJson: Story = {
  args: { src: undefined },
  render: () =>
    html`<edu-timeline>
      <script type="application/json">
        {
          "title": "Inline lesson",
          "events": [
            { "date": "2022-11", "title": "The TTP ends its ceasefire with the government" },
            { "date": "2024-03", "title": "Pakistan asks the UN Security Council to act" }
          ]
        }
      </script>
    </edu-timeline>`,
};

/** Mistakes in the data: the valid events show, every problem is listed with its fix, markup stays text. */
export const WithMistakes: Story = { args: { src: undefined, data: lessonWithMistakes } };

/** A `src` that answers 404: the element says so inside itself. */
export const MissingFile: Story = {
  args: { src: 'data/no-such-lesson.json' },
  parameters: { storyCheck: { allowHttpErrors: ['data/no-such-lesson.json'] } },
};

/** Theming with custom properties on an ancestor. */
export const Themed: Story = {
  render: (args) =>
    html`<div
      style="--edu-color-accent:#6b2e7a; --edu-color-subtle:#f6effa; --edu-font-family: Georgia, serif; --edu-radius: 0"
    >
      <edu-timeline src=${ifDefined(args.src)}></edu-timeline>
    </div>`,
};
