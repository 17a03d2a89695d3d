import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StatInput } from '../src/lesson/types.js';
import { cssProps } from '../src/templates/css-props.js';

interface Args {
  value?: string;
  label?: string;
  format?: string;
  qualifier?: string;
  unit?: string;
  change: boolean;
  period?: string;
  context?: string;
  region?: string;
  source?: string;
  lang?: string;
  static: boolean;
  visual?: string;
  theme?: string;
  /** Direction of the page around the card (story only). */
  dir?: string;
  /** A whole stat, as a lesson file gives it: the only way to give a `series`. Wins over the attributes. */
  stat?: StatInput;
}

/*
 * A made-up series about a made-up school, for the sparkline stories. The article behind the default lesson gives no
 * yearly figures, and invented numbers must never be put next to its real subject.
 */
const SERIES = [
  { period: '2019', value: 595 },
  { period: '2020', value: 365 },
  { period: '2021', value: 506 },
  { period: '2022', value: 970 },
  { period: '2023', value: 1200 },
  { period: '2024', value: 1524 },
];

const meta: Meta<Args> = {
  title: 'Elements/edu-stat-card',
  component: 'edu-stat-card',
  args: {
    value: '1524',
    label: 'violence-related deaths',
    period: '2023',
    context: 'the highest in six years',
    region: 'Pakistan',
    source: 'Centre for Research and Security Studies (CRSS), annual security report 2023',
    change: false,
    static: false,
  },
  argTypes: {
    format: { control: 'select', options: [undefined, 'number', 'percent', 'compact', 'currency'] },
    qualifier: { control: 'select', options: [undefined, 'over', 'under', 'about', 'at-least', 'at-most'] },
    change: { control: 'boolean' },
    static: { control: 'boolean' },
    visual: { control: 'select', options: [undefined, 'bar', 'ring', 'none'] },
    theme: { control: 'select', options: [undefined, 'light', 'dark'] },
    dir: { control: 'select', options: [undefined, 'ltr', 'rtl'] },
  },
  render: (a) =>
    html`<div dir=${ifDefined(a.dir)} ${cssProps({ 'max-width': '20rem' })}>
      <edu-stat-card
        value=${ifDefined(a.value)}
        label=${ifDefined(a.label)}
        format=${ifDefined(a.format)}
        qualifier=${ifDefined(a.qualifier)}
        unit=${ifDefined(a.unit)}
        ?change=${a.change}
        period=${ifDefined(a.period)}
        context=${ifDefined(a.context)}
        region=${ifDefined(a.region)}
        source=${ifDefined(a.source)}
        lang=${ifDefined(a.lang)}
        ?static=${a.static}
        visual=${ifDefined(a.visual)}
        theme=${ifDefined(a.theme)}
        .stat=${a.stat}
      ></edu-stat-card>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A count: 1,524 deaths in 2023. It counts up from 0 the first time it scrolls into view. */
export const Count: Story = {};

/** The same card with `static`: the figure at once, no count-up (as with reduced motion). */
export const Static: Story = { args: { static: true } };

/** A share given as a bound, "over 90%", with a bar of the part against the whole. */
export const PercentOver: Story = {
  args: {
    value: '90',
    format: 'percent',
    qualifier: 'over',
    label: 'of all violence-related deaths were in KP and Balochistan',
    context: undefined,
    region: undefined,
  },
};

/** A share drawn as a ring (`visual="ring"`). */
export const ShareRing: Story = {
  args: {
    value: '84',
    format: 'percent',
    label: 'of attacks, including terror incidents and security-force operations, were in KP and Balochistan',
    context: undefined,
    region: undefined,
    visual: 'ring',
  },
};

/** A share with no chart (`visual="none"`). */
export const NoChart: Story = { args: { ...PercentOver.args, visual: 'none' } };

/** A change, shown with its sign, an arrow and a word: "+60%", "▲ Rise". */
export const Change: Story = {
  args: {
    value: '60',
    format: 'percent',
    change: true,
    label: 'increase in TTP attacks',
    period: 'in two years',
    context: 'TTP attacks have risen significantly since the Afghan Taliban took over Kabul in 2021',
    source: 'Asif Ali Durrani, May 2024',
  },
};

/** A fall: "-3.5%", "▼ Fall". */
export const Fall: Story = {
  args: {
    value: '-3.5',
    format: 'percent',
    change: true,
    label: 'change in library visits (example data)',
    period: 'in one year',
    context: undefined,
    region: undefined,
    source: undefined,
  },
};

/** A stat with a `series` (given through the `stat` property): a sparkline, its last point marked. */
export const Sparkline: Story = {
  args: {
    stat: {
      value: 1524,
      label: 'books borrowed from the school library (example data)',
      period: '2024',
      context: 'the most in six years',
      series: SERIES,
    },
    source: undefined,
  },
};

/** Every chart on the dark theme: a ring and a sparkline. */
export const Dark: Story = {
  args: {
    theme: 'dark',
    visual: 'ring',
    stat: {
      value: 90,
      format: 'percent',
      qualifier: 'over',
      label: 'of pupils read at least one library book (example data)',
      period: '2024',
      series: [
        { period: '2022', value: 80 },
        { period: '2023', value: 86 },
        { period: '2024', value: 90 },
      ],
    },
  },
};

/** Urdu, right to left: Urdu digits, the bar filling from the right. */
export const UrduShare: Story = {
  args: {
    dir: 'rtl',
    lang: 'ur',
    value: '90',
    format: 'percent',
    // The source says "over 90 percent". The qualifier's word is still English: UI languages come with issue #6.
    qualifier: 'over',
    label: 'تشدد سے متعلق تمام اموات خیبر پختونخوا اور بلوچستان میں ہوئیں',
    period: '2023',
    context: undefined,
    region: 'پاکستان',
    source: undefined,
  },
};

/** Urdu, right to left: the sparkline runs from the right, as time does in the text. */
export const UrduSparkline: Story = {
  args: {
    dir: 'rtl',
    lang: 'ur',
    source: undefined,
    stat: {
      value: 1524,
      label: 'اسکول لائبریری سے لی گئی کتابیں (مثالی اعداد)',
      period: '2024',
      series: SERIES,
    },
  },
};

/** A unit Intl knows: kilometres, in the reader's language. */
export const Unit: Story = {
  args: {
    value: '2640',
    unit: 'kilometer',
    label: 'length of the border',
    period: undefined,
    context: undefined,
    source: undefined,
  },
};

/** `format="compact"`: a large figure written short, in the reader's language ("1.5M"). Example data. */
export const Compact: Story = {
  args: {
    value: '1524000',
    format: 'compact',
    label: 'visits to the school website (example data)',
    period: '2024',
    context: undefined,
    region: undefined,
    source: undefined,
  },
};

/** `format: "currency"` with a `currency` code, and a range (`max`), given through the `stat` property. */
export const CurrencyRange: Story = {
  args: {
    source: undefined,
    stat: {
      value: 1400,
      max: 1600,
      format: 'currency',
      currency: 'PKR',
      label: 'cost of a school trip per pupil (example data)',
      period: '2024',
    },
  },
};

/** French number format: 1 524. */
export const French: Story = { args: { lang: 'fr' } };

/** Arabic digits with `lang="ar"`. */
export const Arabic: Story = { args: { lang: 'ar' } };

/** A value written with a comma: the card says what to write instead. */
export const Invalid: Story = { args: { value: '1,524' } };
