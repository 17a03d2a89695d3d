import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EduTimeline } from '../src/components/timeline/timeline.js';
import type { LessonInput } from '../src/lesson/types.js';
import { DEFAULT_LESSON_URL } from './lessons.js';

interface Args {
  src?: string;
  heading?: string;
  'heading-level': number;
  theme: 'light' | 'dark' | 'unset';
}

const meta: Meta<Args> = {
  title: 'Elements/edu-glossary',
  component: 'edu-glossary',
  args: { src: DEFAULT_LESSON_URL, heading: 'Glossary', 'heading-level': 2, theme: 'unset' },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'unset'] },
  },
  render: (a) =>
    html`<div style="max-width: 40rem">
      <edu-glossary
        src=${ifDefined(a.src)}
        heading=${ifDefined(a.heading)}
        heading-level=${a['heading-level']}
        theme=${ifDefined(a.theme === 'unset' ? undefined : a.theme)}
      ></edu-glossary>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The default lesson's ten terms, in alphabetical order, each with what it stands for and what it means. */
export const DefaultLesson: Story = {};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (a) =>
    html`<div style="background: #14171f; padding: 1rem; max-width: 40rem">
      <edu-glossary src=${ifDefined(a.src)} heading=${ifDefined(a.heading)} theme="dark"></edu-glossary>
    </div>`,
};

/** A lesson with no glossary: the element says what to add. */
export const NoGlossary: Story = {
  render: () =>
    html`<edu-glossary
      .data=${{ events: [{ date: '2021', title: 'An event' }] } satisfies LessonInput}
    ></edu-glossary>`,
};

const urduGlossary: LessonInput = {
  lang: 'ur',
  events: [
    {
      id: 'ttp-ceasefire-ends',
      date: '2022-11',
      title: 'ٹی ٹی پی نے جنگ بندی ختم کر دی',
      description: 'کالعدم ٹی ٹی پی نے حکومت کے ساتھ جنگ بندی ختم کر دی۔',
    },
  ],
  glossary: [
    {
      term: 'ٹی ٹی پی',
      expansion: 'تحریکِ طالبان پاکستان',
      definition: 'پاکستان میں ایک کالعدم عسکریت پسند گروہ۔',
    },
    { term: 'اقوامِ متحدہ', definition: 'ملکوں کی ایک بین الاقوامی تنظیم جو امن اور سلامتی کے لیے مل کر کام کرتی ہے۔' },
    { term: 'خیبر پختونخوا', definition: 'پاکستان کا ایک صوبہ۔' },
  ],
};

/** An Urdu glossary on a right-to-left page, sorted in Urdu alphabetical order. */
export const RightToLeftUrdu: Story = {
  render: () =>
    html`<div dir="rtl">
      <edu-glossary heading="اصطلاحات" .data=${urduGlossary}></edu-glossary>
    </div>`,
};

/**
 * Terms in text: in the timeline's descriptions the first use of each glossary term is a button (dotted underline)
 * that shows what it means. Here the first one is open.
 */
export const TermOpenInTimeline: Story = {
  loaders: [async () => ({ lesson: (await (await fetch(DEFAULT_LESSON_URL)).json()) as LessonInput })],
  render: (_a, { loaded }) => html`<edu-timeline layout="vertical" hide-title .data=${loaded.lesson}></edu-timeline>`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('edu-timeline');
    const timeline = canvasElement.querySelector<EduTimeline>('edu-timeline')!;
    await timeline.updateComplete;
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part~="glossary-term"]')?.click();
  },
};

/**
 * A glossary written as HTML in the page (a `<dl>` child), no lesson file: each `<dt>` a term, the `title` of its
 * `<abbr>` what it stands for, the `<dd>` its definition.
 */
export const WrittenInHtml: Story = {
  args: { src: undefined },
  render: (a) =>
    html`<div style="max-width: 40rem">
      <edu-glossary heading=${ifDefined(a.heading)} heading-level=${a['heading-level']}>
        <dl>
          <dt><abbr title="Tehreek-i-Taliban Pakistan">TTP</abbr></dt>
          <dd>
            A banned militant group in Pakistan. Pakistan says it uses safe havens in Afghanistan to launch attacks
            across the border.
          </dd>
          <dt><abbr title="United Nations Security Council">UNSC</abbr></dt>
          <dd>The part of the United Nations responsible for keeping international peace and security.</dd>
        </dl>
      </edu-glossary>
    </div>`,
};
