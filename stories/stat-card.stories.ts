import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

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
}

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
  },
  argTypes: {
    format: { control: 'select', options: [undefined, 'number', 'percent'] },
    qualifier: { control: 'select', options: [undefined, 'over', 'under', 'about', 'at-least', 'at-most'] },
    change: { control: 'boolean' },
  },
  render: (a) =>
    html`<div style="max-width: 20rem">
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
      ></edu-stat-card>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A count: 1,524 deaths in 2023. */
export const Count: Story = {};

/** A share given as a bound: "over 90%". */
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

/** A change, shown with its sign: "+60%". */
export const Change: Story = {
  args: {
    value: '60',
    format: 'percent',
    change: true,
    label: 'increase in TTP attacks',
    period: 'in two years',
    context: undefined,
    source: 'Asif Ali Durrani, May 2024',
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

/** French number format: 1 524. */
export const French: Story = { args: { lang: 'fr' } };

/** Arabic digits with `lang="ar"`. */
export const Arabic: Story = { args: { lang: 'ar' } };

/** A value written with a comma: the card says what to write instead. */
export const Invalid: Story = { args: { value: '1,524' } };
