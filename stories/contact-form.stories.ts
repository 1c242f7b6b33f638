import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { Session } from '../src/core/types.js';
import { controlsFor } from './support/controls.js';
import { renderElement } from './support/element.js';
import '../src/define/bt-contact-form.js';
import '../src/define/bt-cpr-input.js';
import type { BtContactForm, ContactDetails } from '../src/define/bt-contact-form.js';

interface Args {
  requireCpr: boolean;
  smsOffered: boolean;
  privacyUrl: string;
  submitLabel: string;
  headingLevel: number;
  lang?: string;
  value?: ContactDetails;
  session?: Session;
  errors?: Record<string, string>;
}

const meta: Meta<Args> = {
  title: 'Elements/bt-contact-form',
  component: 'bt-contact-form',
  args: {
    requireCpr: false,
    smsOffered: true,
    privacyUrl: 'https://kommune.example/privatliv',
    submitLabel: '',
    headingLevel: 2,
  },
  argTypes: {
    ...controlsFor('bt-contact-form'),
    requireCpr: { control: 'boolean', description: '`require-cpr`: ask for the CPR number' },
    smsOffered: { control: 'boolean', description: '`sms-offered`: offer an SMS reminder' },
    privacyUrl: { control: 'text', description: '`privacy-url`' },
    submitLabel: { control: 'text', description: '`submit-label`; empty = "Fortsæt"/"Continue"' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: '`heading-level` of the error summary' },
    lang: { control: 'inline-radio', options: ['da', 'en'] },
  },
  render: (args) => html`<div style="max-width: 40rem">${renderElement('bt-contact-form', args)}</div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing typed yet. */
export const Empty: Story = {};

/** Signed in with MitID: name and CPR number are read-only; e-mail and phone are a starting point. */
export const PrefilledFromSession: Story = {
  args: {
    requireCpr: true,
    session: { name: 'Anna Jensen', cpr: '0101901234', email: 'anna@eksempel.dk', phone: '+4512345678' },
  },
};

/** Prefilled by `value`, e.g. when the citizen comes back to this step. */
export const PrefilledFromValue: Story = {
  args: {
    value: {
      citizen: { name: 'Anna Jensen', email: 'anna@eksempel.dk', phone: '12345678', smsReminder: true },
      needs: { stepFreeAccess: true },
    },
  },
};

/** Submitted empty: the error summary at the top, focused, with a link to each field. */
export const ErrorsShown: Story = {
  args: { requireCpr: true },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<BtContactForm>('bt-contact-form')!;
    await form.updateComplete;
    form.value = { citizen: { name: '', cpr: '3201901234', email: 'anna@', phone: '1234' } };
    await form.showErrors();
  },
};

/** Inside a popup titled by an h3: the summary's heading is an h4. */
export const InPopup: Story = {
  args: { headingLevel: 4 },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<BtContactForm>('bt-contact-form')!;
    await form.updateComplete;
    await form.showErrors();
  },
};

/** Themed through its tokens and parts. */
export const Themed: Story = {
  render: () => html`
    <style>
      .themed bt-contact-form {
        --bt-contact-form-input-max-width: 24rem;
        --bt-contact-form-field-gap: 2rem;
        --bt-cpr-input-max-width: 12rem;
      }
      .themed bt-contact-form::part(label) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
      .themed bt-contact-form::part(error) {
        font-style: italic;
      }
    </style>
    <div class="themed" style="max-width: 40rem">
      <bt-contact-form require-cpr></bt-contact-form>
    </div>
  `,
};

/** Server-side validation errors from a BookingError's `fields`. */
export const ServerErrors: Story = {
  args: {
    requireCpr: true,
    value: { citizen: { name: 'Anna Jensen', cpr: '0101901234', phone: '12345678' } },
    errors: { 'citizen.cpr': 'invalid', 'citizen.phone': 'unknown-reason' },
  },
};

/** The errand needs the CPR number: masked once typed, with a "Vis CPR-nummer" toggle. */
export const CprRequired: Story = {
  args: { requireCpr: true, value: { citizen: { name: 'Anna Jensen', cpr: '010190-1234' } } },
};

/** Booking for one's child: relation, their name and (with `require-cpr`) their CPR number. */
export const BookingForSomeoneElse: Story = {
  args: {
    requireCpr: true,
    value: {
      citizen: { name: 'Anna Jensen', email: 'anna@eksempel.dk' },
      onBehalfOf: { relation: 'child', name: 'Ida Jensen' },
      needs: { interpreter: '' },
    },
  },
};

/** No SMS reminders offered: "Telefonnummer", no opt-in. */
export const NoSms: Story = {
  args: { smsOffered: false },
};

/** In English. */
export const English: Story = {
  args: { lang: 'en', requireCpr: true },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<BtContactForm>('bt-contact-form')!;
    await form.updateComplete;
    await form.showErrors();
  },
};
