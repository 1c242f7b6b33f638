import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import { waitFor } from 'storybook/test';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { BookingAdapter } from '../src/core/adapter.js';
import { BookingError } from '../src/core/errors.js';
import type { BackendName } from './support/backends.js';
import { controlsFor } from './support/controls.js';
import { renderElement } from './support/element.js';
import '../src/define/bt-appointment-manager.js';
// "Skift ærinde" books the new errand in an embedded <bt-booking>.
import '../src/define/bt-booking.js';

/** The story's own scenario switches, beside the element's controls. */
interface Scenario {
  /** Opened from the confirmation's link (`reference` and `token` of a booking made first). */
  link?: boolean;
  wrongToken?: boolean;
  failCancel?: boolean;
  failMove?: boolean;
}

type Args = Record<string, unknown> & Scenario & { adapter?: BackendName | (() => BookingAdapter | undefined) };

const SCENARIO_KEYS = ['link', 'wrongToken', 'failCancel', 'failMove'] as const;

/** A date `daysAhead` from today, as YYYY-MM-DD: the booking made first is always in the future. */
function isoDay(daysAhead: number): string {
  return new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The backend chosen in the `adapter` control, with one booking made up front when it is the
 * in-memory one (made signed in when its demonstration person is, so it is among "Mine
 * aftaler"), and the failures the scenario asks for scheduled on it.
 */
async function backendWithBooking(args: Args) {
  const adapter = typeof args.adapter === 'function' ? args.adapter() : undefined;
  if (!(adapter instanceof MemoryAdapter)) return { adapter, reference: 'BT-7K3Q9M', token: 'demo-token' };
  const query = { serviceId: 'pas-voksen', locationId: 'centrum', from: isoDay(7), to: isoDay(30) };
  const { slots } = await adapter.getAvailability(query);
  const citizen = { name: 'Karen Jensen', cpr: '0101901234', email: 'karen@example.dk' };
  const { reference, token } = await adapter.book({
    slotId: slots[0]!.id,
    serviceId: query.serviceId,
    locationId: query.locationId,
    citizen,
  });
  if (args.failCancel) adapter.failNext(new BookingError('validation', 'Too late to cancel'), 'cancel');
  if (args.failMove) adapter.failNext('unavailable', 'reschedule');
  return { adapter, reference, token };
}

async function render(args: Args): Promise<HTMLElement> {
  const { adapter, reference, token } = await backendWithBooking(args);
  const elementArgs: Record<string, unknown> = { ...args, adapter: () => adapter };
  for (const key of SCENARIO_KEYS) delete elementArgs[key];
  if (args.link) Object.assign(elementArgs, { reference, token: args.wrongToken ? 'wrong' : token });
  return renderElement('bt-appointment-manager', elementArgs);
}

/** In a play function: the manager's part `name` once it is on screen. */
function partIn(canvas: HTMLElement, name: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const part = canvas.querySelector('bt-appointment-manager')?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
      if (!part) throw new Error(`no part ${name} yet`);
      return part;
      // The backend answers after 300 ms; a loaded machine may take much longer.
    },
    { timeout: 10_000 },
  );
}

const meta: Meta<Args> = {
  title: 'Elements/bt-appointment-manager',
  component: 'bt-appointment-manager',
  args: { adapter: 'sample', link: true, wrongToken: false, failCancel: false, failMove: false, bookingUrl: './' },
  argTypes: {
    ...controlsFor('bt-appointment-manager'),
    link: { control: 'boolean', description: 'Story: open a booking made first by its link (`reference` + `token`)' },
    wrongToken: { control: 'boolean', description: 'Story: the link carries a wrong token' },
    failCancel: { control: 'boolean', description: 'Story: the backend refuses the cancellation once (deadline passed)' },
    failMove: { control: 'boolean', description: 'Story: the backend fails the move once (503)' },
  },
  render: (args) => html`${until(render(args), html`<p>…</p>`)}`,
};
export default meta;

type Story = StoryObj<Args>;

/** Opened from the confirmation's link: the appointment with "Ændr tidspunkt", "Aflys", "Skift ærinde". */
export const FromLink: Story = {};

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** The lookup form (no link, no session). */
export const Lookup: Story = { args: { link: false } };

/** A wrong token: the same "could not find" as an unknown reference. */
export const NotFound: Story = { args: { wrongToken: true } };

/** Signed in (a demonstration sign-in, not MitID): "Mine aftaler". */
export const SignedIn: Story = { args: { link: false, adapter: 'signed-in' } };

/** A backend with sign-in, nobody signed in: the lookup offers "Log ind med MitID". */
export const SignInOffered: Story = { args: { link: false, adapter: 'sign-in' } };

/** "Ændr tidspunkt" pressed: the calendar with the current time marked, to choose the new one. */
export const Move: Story = {
  play: async ({ canvasElement }) => (await partIn(canvasElement, 'move-button')).click(),
};

/** "Flyt min tid" fails once (503): the original stays, said, with a retry. Choose a time and confirm. */
export const MoveFails: Story = {
  args: { failMove: true },
  play: async ({ canvasElement }) => (await partIn(canvasElement, 'move-button')).click(),
};

/** "Aflys" pressed: the dialog that asks before cancelling. */
export const Cancel: Story = {
  play: async ({ canvasElement }) => (await partIn(canvasElement, 'cancel-button')).click(),
};

/** Cancelled: the note, and "Book en ny tid" (`booking-url`). */
export const Cancelled: Story = {
  play: async ({ canvasElement }) => {
    (await partIn(canvasElement, 'cancel-button')).click();
    (await partIn(canvasElement, 'confirm-cancel-button')).click();
    await partIn(canvasElement, 'cancelled');
  },
};

/** "Ja, aflys tiden" is refused (a passed deadline): said plainly, with the office's phone. */
export const CancelRefused: Story = {
  args: { failCancel: true },
  play: async ({ canvasElement }) => {
    (await partIn(canvasElement, 'cancel-button')).click();
    (await partIn(canvasElement, 'confirm-cancel-button')).click();
  },
};

/** The backend is down: the appointment cannot be fetched; said, with "Prøv igen". */
export const BackendDown: Story = { args: { adapter: 'down' } };

/** A backend that never answers, with `timeout="1500"`: it gives up after 1.5 s and says so. */
export const BackendTooSlow: Story = { args: { adapter: 'never-answers', timeout: 1500 } };

/** Neither `api` nor `adapter`. */
export const NotConfigured: Story = { args: { adapter: 'none' } };
