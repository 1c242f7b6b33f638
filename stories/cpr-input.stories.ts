import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { controlsFor } from './support/controls.js';
import { renderElement } from './support/element.js';
import '../src/define/bt-cpr-input.js';

interface Args {
  label: string;
  hint: string;
  toggleLabel: string;
  error: string;
  required: boolean;
  disabled: boolean;
  value: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/bt-cpr-input',
  component: 'bt-cpr-input',
  args: { label: '', hint: '', toggleLabel: '', error: '', required: true, disabled: false, value: '' },
  argTypes: {
    ...controlsFor('bt-cpr-input'),
    label: { control: 'text', description: 'empty = "CPR-nummer" / "CPR number"' },
    hint: { control: 'text' },
    toggleLabel: { control: 'text', description: '`toggle-label`' },
    error: { control: 'text', description: 'an error message from the parent form' },
    value: { control: 'text', description: 'the `value` property (never an attribute)' },
    lang: { control: 'inline-radio', options: ['da', 'en'] },
  },
  render: (args) => html`<div style="max-width: 32rem">${renderElement('bt-cpr-input', args)}</div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing typed yet. */
export const Empty: Story = {};

/** Typed: masked, with "Vis CPR-nummer" to check it. */
export const Typed: Story = { args: { value: '010190-1234' } };

/** The other person's CPR number, as the contact form asks for it. */
export const SomeoneElse: Story = {
  args: { label: 'Personens CPR-nummer', hint: '10 cifre, fx 010190-1234.', toggleLabel: 'Vis personens CPR-nummer' },
};

/** An error from the form around it. */
export const WithError: Story = {
  args: {
    value: '320190-1234',
    error: 'De første 6 cifre i CPR-nummeret skal være en rigtig fødselsdato (ddmmåå), fx 010190-1234',
  },
};

/** Disabled, e.g. by a disabled fieldset around it. */
export const Disabled: Story = { args: { value: '010190-1234', disabled: true } };

/** In English. */
export const English: Story = { args: { lang: 'en' } };
