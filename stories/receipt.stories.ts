import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Appointment } from '../src/core/types.js';
import { controlsFor } from './support/controls.js';
import { renderElement } from './support/element.js';
import '../src/define/bt-receipt.js';
// The appointments the receipt's tests use, so what designers see is what is tested.
import { appointment, freeErrand } from '../test/components/receipt/fixtures.js';

interface Args {
  appointment: Appointment;
  manageUrl?: string;
  lang?: string;
  headingLevel?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/bt-receipt',
  component: 'bt-receipt',
  args: {
    appointment: appointment,
    manageUrl: 'https://kommune.example/tidsbestilling/aendre?token=demo',
  },
  argTypes: {
    ...controlsFor('bt-receipt'),
    manageUrl: { control: 'text', description: '`manage-url`: where to change or cancel (http/https)' },
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    headingLevel: {
      control: { type: 'number', min: 1, max: 6 },
      description: "`heading-level`: the receipt heading's level; sections are one lower",
    },
    appointment: { control: 'object', description: 'The booked `Appointment` (property)' },
  },
  render: (args) => renderElement('bt-receipt', args),
};
export default meta;

type Story = StoryObj<Args>;

/** Just booked: everything the citizen needs, with a link to change or cancel. */
export const Booked: Story = {};

/** The same receipt in English. */
export const English: Story = { args: { lang: 'en' } };

/** No manage link (e.g. no token): the receipt points to the office's phone number instead. */
export const PhoneInsteadOfLink: Story = { args: { manageUrl: '' } };

/** A free errand with nothing to bring, at an office without a phone number or a note. */
export const FreeNothingToBring: Story = {
  args: {
    manageUrl: '',
    appointment: freeErrand,
  },
};

/** A fee with øre: "727,50 kr." in Danish, "DKK 727.50" in English. */
export const FeeWithOre: Story = {
  args: { appointment: { ...appointment, service: { ...appointment.service, fee: 727.5 } } },
};

/** Inside a dialog titled by an h2: the receipt's heading is an h3 and its sections h4. */
export const InDialog: Story = { args: { headingLevel: 3 } };

/** A summer appointment: the time is Copenhagen summer time whatever the viewer's zone. */
export const Summer: Story = {
  args: { appointment: { ...appointment, start: '2026-07-14T11:00:00Z', end: '2026-07-14T11:15:00Z' } },
};

/** Long texts from the backend wrap at 320 px; nothing is ever rendered as HTML. */
export const LongTexts: Story = {
  args: {
    appointment: {
      ...appointment,
      reference: 'KBH-2026-12-01-000042',
      service: {
        ...appointment.service,
        name: 'Kørekort – fornyelse, ombytning af udenlandsk kørekort eller duplikat <b>(ikke fed)</b>',
        documentsToBring: [
          'Lægeerklæring, hvis du er over 75 år eller har en sygdom, der kan påvirke din køreevne',
          'Dit nuværende kørekort',
        ],
      },
    },
  },
};

/** A cancelled appointment: no calendar, QR code or checklist. */
export const Cancelled: Story = { args: { appointment: { ...appointment, status: 'cancelled' } } };

/** A narrow phone screen. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="width: 288px">
      <bt-receipt
        lang=${ifDefined(args.lang)}
        manage-url=${ifDefined(args.manageUrl || undefined)}
        .appointment=${args.appointment}
      ></bt-receipt>
    </div>`,
};

/** Themed through the documented custom properties. */
export const Themed: Story = {
  render: (args) =>
    html`<bt-receipt
      style="--bt-color-primary: #6a1b9a; --bt-color-success: #00695c; --bt-color-success-soft: #e0f2f1; --bt-radius: 0; --bt-receipt-qr-size: 8rem"
      lang=${ifDefined(args.lang)}
      manage-url=${ifDefined(args.manageUrl || undefined)}
      .appointment=${args.appointment}
    ></bt-receipt>`,
};
