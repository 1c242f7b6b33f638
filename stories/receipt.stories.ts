import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Appointment } from '../src/core/types.js';
import '../src/define/bt-receipt.js';

const passport: Appointment = {
  reference: 'BT-7K3Q9M',
  status: 'booked',
  service: {
    id: 'pas',
    name: 'Pas',
    category: 'pas',
    description: 'Nyt pas eller fornyelse af pas.',
    durationMinutes: 15,
    fee: 627,
    documentsToBring: ['Dit gamle pas', 'Billedlegitimation, fx kørekort', 'Pasfoto, hvis du har et'],
    requiresLogin: false,
  },
  location: {
    id: 'norrebro',
    name: 'Borgerservice Nørrebro',
    address: { street: 'Nørrebrogade 208', postalCode: '2200', city: 'København N' },
    openingHours: [],
    phone: '33 66 33 66',
    accessibilityNote: 'Niveaufri adgang fra Nørrebrogade. Handicaptoilet i stueetagen.',
  },
  start: '2026-12-01T10:15:00+01:00',
  end: '2026-12-01T10:30:00+01:00',
  citizenName: 'Anna Jensen',
};

interface Args {
  appointment: Appointment;
  manageUrl?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/bt-receipt',
  component: 'bt-receipt',
  args: {
    appointment: passport,
    manageUrl: 'https://kommune.example/tidsbestilling/aendre?token=demo',
  },
  argTypes: {
    manageUrl: { control: 'text', description: '`manage-url`: where to change or cancel (http/https)' },
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    appointment: { control: 'object', description: 'The booked `Appointment` (property)' },
  },
  parameters: { actions: { handles: ['bt-receipt-download', 'bt-receipt-print'] } },
  render: (args) => html`
    <bt-receipt lang=${ifDefined(args.lang)} manage-url=${ifDefined(args.manageUrl || undefined)} .appointment=${args.appointment}></bt-receipt>
  `,
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
    appointment: {
      ...passport,
      reference: 'BT-FREE01',
      service: { ...passport.service, id: 'flytning', name: 'Flytning', category: 'flytning', fee: undefined, documentsToBring: [] },
      location: { ...passport.location, phone: undefined, accessibilityNote: undefined },
      citizenName: undefined,
    },
  },
};

/** A summer appointment: the time is Copenhagen summer time whatever the viewer's zone. */
export const Summer: Story = {
  args: { appointment: { ...passport, start: '2026-07-14T11:00:00Z', end: '2026-07-14T11:15:00Z' } },
};

/** Long texts from the backend wrap at 320 px; nothing is ever rendered as HTML. */
export const LongTexts: Story = {
  args: {
    appointment: {
      ...passport,
      reference: 'KBH-2026-12-01-000042',
      service: {
        ...passport.service,
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
export const Cancelled: Story = { args: { appointment: { ...passport, status: 'cancelled' } } };

/** A narrow phone screen. */
export const Narrow: Story = {
  render: (args) => html`<div style="width: 288px">
    <bt-receipt lang=${ifDefined(args.lang)} manage-url=${ifDefined(args.manageUrl || undefined)} .appointment=${args.appointment}></bt-receipt>
  </div>`,
};

/** Themed through the documented custom properties. */
export const Themed: Story = {
  render: (args) => html`<bt-receipt
    style="--bt-color-primary: #6a1b9a; --bt-color-success: #00695c; --bt-color-success-soft: #e0f2f1; --bt-radius: 0; --bt-receipt-qr-size: 8rem"
    lang=${ifDefined(args.lang)}
    manage-url=${ifDefined(args.manageUrl || undefined)}
    .appointment=${args.appointment}
  ></bt-receipt>`,
};
