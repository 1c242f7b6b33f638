import type { Meta, StoryObj } from '@storybook/web-components';
import type { BackendName } from './support/backends.js';
import { controlsFor } from './support/controls.js';
import { MOCK_API, mockApiLoader } from './support/mock-api.js';
import '../src/define/bt-booking.js';

/** Controls by property name (the docs table names each one's attribute); `adapter` by backend name. */
type Args = Record<string, unknown> & { adapter?: BackendName };

const meta: Meta<Args> = {
  title: 'Elements/bt-booking',
  component: 'bt-booking',
  args: {
    adapter: 'sample',
    variant: 'inline',
    manageUrl: 'https://kommune.example/min-tid#reference={reference}&token={token}',
  },
  argTypes: {
    ...controlsFor('bt-booking'),
    variant: { control: 'inline-radio', options: ['inline', 'popup'] },
    service: { control: 'text', description: 'Errand id to preselect, e.g. `pas-voksen`\n\nAttribute: `service`' },
    location: { control: 'text', description: 'Office id to preselect, e.g. `centrum`\n\nAttribute: `location`' },
  },
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
export const WithoutHolds: Story = { args: { adapter: 'without-holds' } };

/** Short holds (45 s): see the countdown, its announcements and the "no longer reserved" recovery. */
export const ShortHold: Story = { args: { adapter: 'short-holds', service: 'pas-voksen', location: 'centrum' } };

/** "Navneændring" needs MitID: a sign-in step before the details. */
export const SignIn: Story = { args: { adapter: 'sign-in', service: 'navneaendring', location: 'centrum' } };

/** Already signed in: the sign-in step is skipped, name and CPR come from MitID. */
export const SignedIn: Story = { args: { adapter: 'signed-in', service: 'navneaendring', location: 'centrum' } };

/** An errand that needs MitID on a backend without sign-in: explained, no booking. */
export const SignInUnavailable: Story = { args: { service: 'navneaendring', location: 'centrum' } };

/** The first booking attempt fails ("unavailable"): the summary offers a retry with the same key. */
export const BookingFailsOnce: Story = { args: { adapter: 'booking-fails-once' } };

/** The backend is down (every call 503): said plainly, with "Prøv igen". */
export const BackendDown: Story = { args: { adapter: 'down' } };

/**
 * A backend that never answers, with `timeout="1500"`: the widget gives up after 1.5 s and
 * says so, instead of spinning for ever (the default deadline is 20 s).
 */
export const BackendTooSlow: Story = { args: { adapter: 'never-answers', timeout: 1500 } };

/**
 * As a webmaster embeds it: `api` set, no `adapter`, so the element makes its own RestAdapter;
 * the REST contract answers from msw in the page. Try another `api` to see a wrong address said.
 */
export const OverRest: Story = { args: { adapter: 'none', api: MOCK_API }, loaders: [mockApiLoader] };

/** Neither `api` nor `adapter`: a clear configuration error instead of an empty box. */
export const NotConfigured: Story = { args: { adapter: 'none' } };
