import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ancientLesson,
  DEFAULT_LESSON_URL,
  eraLesson,
  generatedLesson,
  lessonWithMistakes,
  richTextLesson,
  spreadsheetLesson,
  timelineJsFile,
  urduLesson,
} from './lessons.js';

/*
 * The generated lessons of 1,000 and 10,000 events are passed in `render`, not as args: an args object that large
 * would be sent to the Controls panel and shown there as JSON.
 *
 * Args are named after the element's attributes (`start-at`, `hash-sync`…), so each control and the attribute row
 * that Storybook reads from custom-elements.json are one and the same.
 */
interface Args {
  src?: string;
  data?: unknown;
  selected?: string;
  layout: 'auto' | 'horizontal' | 'vertical';
  filter?: string;
  'start-at'?: string;
  'hash-sync': boolean;
  theme: 'light' | 'dark' | 'unset';
  'heading-level': number;
  'hide-title': boolean;
  lang?: string;
}

const timeline = (a: Args) =>
  html`<edu-timeline
    src=${ifDefined(a.src)}
    .data=${a.data}
    selected=${ifDefined(a.selected || undefined)}
    layout=${a.layout}
    filter=${ifDefined(a.filter || undefined)}
    start-at=${ifDefined(a['start-at'] || undefined)}
    ?hash-sync=${a['hash-sync']}
    theme=${ifDefined(a.theme === 'unset' ? undefined : a.theme)}
    heading-level=${a['heading-level']}
    ?hide-title=${a['hide-title']}
    lang=${ifDefined(a.lang || undefined)}
  ></edu-timeline>`;

const meta: Meta<Args> = {
  title: 'Elements/edu-timeline',
  component: 'edu-timeline',
  args: {
    src: DEFAULT_LESSON_URL,
    layout: 'auto',
    'hash-sync': false,
    theme: 'unset',
    'heading-level': 2,
    'hide-title': false,
  },
  argTypes: {
    src: { control: 'text', description: 'URL of a lesson file' },
    data: { control: 'object', description: 'A lesson object; wins over inline JSON and `src`' },
    selected: { control: 'text', description: 'Id of the selected event (opens its details)' },
    layout: {
      control: 'select',
      options: ['auto', 'horizontal', 'vertical'],
      description: '`auto`: horizontal when the element is at least 600 px wide, else vertical',
    },
    filter: { control: 'text', description: 'Comma-separated tags: only events with one of them show' },
    'start-at': { control: 'text', description: 'Where the timeline opens: `first`, `last` or an event id' },
    'hash-sync': {
      control: 'boolean',
      description: 'Keep the URL hash (`#event-id`) and the selection in step. Off in stories: it rewrites the URL.',
    },
    theme: {
      control: 'select',
      options: ['light', 'dark', 'unset'],
      description: '`unset` follows the reader’s system setting (prefers-color-scheme)',
    },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'hide-title': { control: 'boolean' },
    lang: { control: 'text' },
  },
  render: timeline,
};
export default meta;

type Story = StoryObj<Args>;

/** The default lesson, loaded from its file with `src`, on the time axis: drag or use the buttons to pan and zoom. */
export const Horizontal: Story = { args: { layout: 'horizontal' } };

/** The same lesson as a vertical list: every event with its description, eras as labelled spans. */
export const Vertical: Story = { args: { layout: 'vertical' } };

/**
 * `layout="auto"` picks by the element's own width, not the viewport's: in a 320 px sidebar it shows the list (see
 * AutoInColumn for the same element in a 1000 px column).
 */
export const AutoInSidebar: Story = {
  render: (a) => html`<div style="width: 320px; padding: 0.75rem; border: 1px dashed #6b7280">${timeline(a)}</div>`,
};

/** `layout="auto"` in a 1000 px column: the time axis. */
export const AutoInColumn: Story = {
  render: (a) =>
    html`<div style="width: 1000px; max-width: 100%; padding: 0.75rem; border: 1px dashed #6b7280">
      ${timeline(a)}
    </div>`,
};

/** Overlapping eras (bands on the axis) and events with an `endDate` (bars), from a generated lesson. */
export const EraAndRanges: Story = { args: { src: undefined, data: eraLesson, layout: 'horizontal' } };

/** The same eras and ranges as a list: overlapping eras get lanes side by side. */
export const EraAndRangesVertical: Story = { args: { src: undefined, data: eraLesson, layout: 'vertical' } };

/** 1,000 generated events (seeded, the same every run): labels stack in rows, the rest gather in "+N" clusters. */
export const ManyEvents: Story = {
  args: { src: undefined, layout: 'horizontal' },
  render: (a) => timeline({ ...a, data: generatedLesson(1000) }),
};

/**
 * 10,000 generated events: only the events in view are rendered. Left out of the autodocs page, which would render
 * it next to every other story.
 */
export const TenThousand: Story = {
  tags: ['!autodocs'],
  args: { src: undefined, layout: 'horizontal' },
  render: (a) => timeline({ ...a, data: generatedLesson(10_000) }),
};

/** `filter="ttp"`: only the events tagged "ttp"; the "n of m events shown" line says how many. */
export const Filtered: Story = { args: { filter: 'ttp', layout: 'horizontal' } };

/** `theme="dark"` on a dark page, so the contrast checked is the contrast a reader gets. */
export const Dark: Story = {
  args: { theme: 'dark', layout: 'horizontal', selected: 'unsc-appeal' },
  render: (a) =>
    html`<div style="padding: 1.5rem; background: #0f1115; color: #e7eaf0; color-scheme: dark">${timeline(a)}</div>`,
};

/** The vertical list in the dark theme. */
export const DarkVertical: Story = {
  args: { theme: 'dark', layout: 'vertical' },
  render: Dark.render,
};

/**
 * A right-to-left page (`dir="rtl" lang="ur"`) with an Urdu lesson: later is to the left on the axis, and the arrow
 * keys follow.
 */
export const RTL: Story = {
  args: { src: undefined, data: urduLesson, layout: 'horizontal' },
  render: (a) => html`<div dir="rtl" lang="ur">${timeline(a)}</div>`,
};

/** The Urdu lesson as a right-to-left list. */
export const RTLVertical: Story = {
  args: { src: undefined, data: urduLesson, layout: 'vertical' },
  render: RTL.render,
};

/** `start-at="last"`: the timeline opens on the last event (here among 1,000, so it zooms in to show it). */
export const StartAtLast: Story = {
  args: { src: undefined, layout: 'horizontal', 'start-at': 'last' },
  render: (a) => timeline({ ...a, data: generatedLesson(1000) }),
};

/** An event selected from the page (`selected="unsc-appeal"`): its details open below the axis. No `edu-select`. */
export const Selected: Story = { args: { selected: 'unsc-appeal', layout: 'horizontal' } };

/** Dates before year 1 (shown with the era: "501 BC"), every precision, a range and an era, on the axis. */
export const AncientDates: Story = { args: { src: undefined, data: ancientLesson, layout: 'horizontal' } };

/** The same events as a list, with dates in French. */
export const French: Story = { args: { src: undefined, data: ancientLesson, lang: 'fr', layout: 'vertical' } };

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

/** A timeline written as HTML in the page: `<edu-event>` children, no lesson file. */
export const WrittenInHtml: Story = {
  args: { src: undefined, layout: 'vertical' },
  render: () =>
    html`<edu-timeline layout="vertical">
      <edu-event date="2022-11" tags="ttp violence">
        <h3>The TTP ends its ceasefire with the government</h3>
        <p>Since then, Pakistan has seen an <em>increase</em> in terrorist activities.</p>
      </edu-event>
      <edu-event date="2024-06" display-date="June 2024, during the conference" tags="un">
        <h3>Pakistan calls for a “concerted campaign”</h3>
        <p>At the <a href="https://disarmament.unoda.org/">Fourth Review Conference</a>:</p>
        <ul>
          <li>collect weapons from terrorist groups</li>
          <li>stop their supply</li>
        </ul>
      </edu-event>
    </edu-timeline>`,
};

/** A lesson kept in a spreadsheet and saved as CSV, inline in the page (`src="lesson.csv"` works the same). */
export const FromSpreadsheet: Story = {
  args: { src: undefined, layout: 'vertical' },
  // Built as the page's HTML would hold it: a Lit template cannot put a binding inside <script>.
  render: () => {
    const el = document.createElement('edu-timeline');
    el.setAttribute('layout', 'vertical');
    const script = document.createElement('script');
    script.type = 'text/csv';
    script.textContent = spreadsheetLesson;
    el.append(script);
    return el;
  },
};

/** A TimelineJS3 file given as it is: converted, with what could not be carried over listed. */
export const FromTimelineJs: Story = { args: { src: undefined, data: timelineJsFile, layout: 'horizontal' } };

/** Descriptions in the Markdown subset: emphasis, a line break, a list, links (a disallowed one stays text). */
export const RichText: Story = { args: { src: undefined, data: richTextLesson, layout: 'vertical' } };

/** Mistakes in the data: the valid events show, every problem is listed with its fix, markup stays text. */
export const WithMistakes: Story = { args: { src: undefined, data: lessonWithMistakes, layout: 'vertical' } };

/** A `src` that answers 404: the element says so inside itself. */
export const MissingFile: Story = {
  args: { src: 'data/no-such-lesson.json' },
  parameters: { storyCheck: { allowHttpErrors: ['data/no-such-lesson.json'] } },
};

/** Theming with custom properties on an ancestor. */
export const Themed: Story = {
  args: { layout: 'horizontal', selected: 'concerted-campaign' },
  render: (a) =>
    html`<div
      style="--edu-color-accent:#6b2e7a; --edu-color-subtle:#f6effa; --edu-font-family: Georgia, serif; --edu-radius: 0"
    >
      ${timeline(a)}
    </div>`,
};
