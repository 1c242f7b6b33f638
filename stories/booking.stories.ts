import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BookingAdapter } from '../src/core/adapter.js';
import type { Session } from '../src/core/types.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import '../src/define/bt-booking.js';

interface Args {
  lang?: string;
  variant: 'inline' | 'popup';
  service: string;
  location: string;
  buttonLabel: string;
  manageUrl: string;
  /** Built per story; absent = the configuration error. */
  adapter?: () => BookingAdapter;
}

/** A fake MitID that signs in at once (no redirect). */
function fakeAuth(signedIn = false) {
  const person: Session = { name: 'Karen Jensen', cpr: '0101901234' };
  let session: Session | null = signedIn ? person : null;
  return {
    getSession: async () => session,
    login: async () => {
      session = person;
    },
    logout: async () => {
      session = null;
    },
  };
}

const memory =
  (options: MemoryAdapterOptions = {}) =>
  () =>
    new MemoryAdapter({ latencyMs: 300, ...options });

const meta: Meta<Args> = {
  title: 'Elements/bt-booking',
  component: 'bt-booking',
  args: {
    variant: 'inline',
    service: '',
    location: '',
    buttonLabel: '',
    manageUrl: 'https://kommune.example/min-tid#reference={reference}&token={token}',
    adapter: memory(),
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    variant: { control: 'inline-radio', options: ['inline', 'popup'] },
    service: { control: 'text', description: 'Errand id to preselect, e.g. `pas-voksen`' },
    location: { control: 'text', description: 'Office id to preselect, e.g. `centrum`' },
    buttonLabel: { control: 'text', description: '`button-label` (popup)' },
    manageUrl: { control: 'text', description: '`manage-url` template' },
    adapter: { table: { disable: true } },
  },
  parameters: { actions: { handles: ['bt-step-change', 'bt-booked'] } },
  render: (args) => html`
    <bt-booking
      lang=${ifDefined(args.lang)}
      variant=${args.variant}
      service=${ifDefined(args.service || undefined)}
      location=${ifDefined(args.location || undefined)}
      button-label=${ifDefined(args.buttonLabel || undefined)}
      manage-url=${ifDefined(args.manageUrl || undefined)}
      .adapter=${args.adapter?.()}
    ></bt-booking>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The whole flow over the in-memory backend, with holds. */
export const Inline: Story = {};

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** Errand and place preselected by the page: starts on the calendar. */
export const Preselected: Story = { args: { service: 'pas-voksen', location: 'centrum' } };

/** A button that opens the flow in a modal dialog. */
export const Popup: Story = { args: { variant: 'popup' } };

/** Popup with the webmaster's own button text. */
export const PopupCustomLabel: Story = { args: { variant: 'popup', buttonLabel: 'Bestil tid til pas', service: 'pas-voksen' } };

/** A backend without holds: no countdown. */
export const WithoutHolds: Story = { args: { adapter: memory({ holds: false }) } };

/** Short holds (45 s): see the countdown, its announcements and the "no longer reserved" recovery. */
export const ShortHold: Story = { args: { adapter: memory({ holdSeconds: 45 }), service: 'pas-voksen', location: 'centrum' } };

/** "Navneændring" needs MitID: a sign-in step before the details. */
export const SignIn: Story = { args: { adapter: memory({ auth: fakeAuth() }), service: 'navneaendring', location: 'centrum' } };

/** Already signed in: the sign-in step is skipped, name and CPR come from MitID. */
export const SignedIn: Story = {
  args: { adapter: memory({ auth: fakeAuth(true) }), service: 'navneaendring', location: 'centrum' },
};

/** An errand that needs MitID on a backend without sign-in: explained, no booking. */
export const SignInUnavailable: Story = { args: { service: 'navneaendring', location: 'centrum' } };

/** The first booking attempt fails ("unavailable"): the summary offers a retry with the same key. */
export const BookingFailsOnce: Story = {
  args: {
    adapter: () => {
      const adapter = new MemoryAdapter({ latencyMs: 300 });
      adapter.failNext('unavailable', 'book');
      return adapter;
    },
  },
};

/** Neither `api` nor `adapter`: a clear configuration error instead of an empty box. */
export const NotConfigured: Story = { args: { adapter: undefined } };
