import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { until } from 'lit/directives/until.js';
import type { BookingAdapter } from '../src/core/adapter.js';
import { BookingError } from '../src/core/errors.js';
import type { Appointment, Session } from '../src/core/types.js';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import '../src/define/bt-appointment-manager.js';
// "Skift ærinde" books the new errand in an embedded <bt-booking>.
import '../src/define/bt-booking.js';

/** A fake MitID, clearly not the real one: signs in at once, as one demonstration person. */
function demoAuth() {
  const person: Session = { id: 'demo-person-karen', name: 'Karen Jensen (demonstration)' };
  let session: Session | null = person;
  return {
    getSession: async () => session,
    login: async () => void (session = person),
    logout: async () => void (session = null),
  };
}

interface Setup {
  adapter: BookingAdapter;
  appointment?: Appointment;
}

/**
 * A MemoryAdapter with one booking made up front; with sign-in, it is booked signed in, so it
 * is among the demonstration person's own ("Mine aftaler"), who is then signed out unless `signedIn`.
 */
async function setup(
  options: { signedIn?: boolean; auth?: boolean; failCancel?: boolean; failMove?: boolean } = {},
): Promise<Setup> {
  const auth = options.auth ? demoAuth() : undefined;
  const adapter = new MemoryAdapter({ latencyMs: 300, occupancy: 0.2, ...(auth ? { auth } : {}) });
  const locationId = 'centrum';
  const { slots } = await adapter.getAvailability({ serviceId: 'pas-voksen', locationId, from: isoDay(7), to: isoDay(30) });
  const appointment = await adapter.book({
    slotId: slots[0]!.id,
    serviceId: 'pas-voksen',
    locationId,
    citizen: { name: 'Karen Jensen', cpr: '0101901234', email: 'karen@example.dk' },
  });
  if (auth && !options.signedIn) await auth.logout();
  if (options.failCancel) adapter.failNext(new BookingError('validation', 'Too late to cancel'), 'cancel');
  if (options.failMove) adapter.failNext('unavailable', 'reschedule');
  return { adapter, appointment };
}

function isoDay(daysAhead: number): string {
  return new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
}

interface Args {
  lang: 'da' | 'en';
  link: boolean;
  signedIn: boolean;
  auth: boolean;
  failCancel: boolean;
  failMove: boolean;
  wrongToken: boolean;
  configured: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/bt-appointment-manager',
  component: 'bt-appointment-manager',
  args: {
    lang: 'da',
    link: true,
    signedIn: false,
    auth: false,
    failCancel: false,
    failMove: false,
    wrongToken: false,
    configured: true,
  },
  argTypes: { lang: { control: 'inline-radio', options: ['da', 'en'] } },
  parameters: { actions: { handles: ['bt-rescheduled', 'bt-cancelled'] } },
  render: (args) => {
    if (!args.configured) return html`<bt-appointment-manager lang=${args.lang}></bt-appointment-manager>`;
    const ready = setup(args).then(
      ({ adapter, appointment }) =>
        html`<bt-appointment-manager
          lang=${args.lang}
          booking-url="./"
          reference=${ifDefined(args.link ? appointment?.reference : undefined)}
          token=${ifDefined(args.link ? (args.wrongToken ? 'wrong' : appointment?.token) : undefined)}
          .adapter=${adapter}
        ></bt-appointment-manager>`,
    );
    return html`${until(ready, html`<p>…</p>`)}`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Opened from the confirmation's link: the appointment with "Ændr tidspunkt", "Aflys", "Skift ærinde". Press them for the move, the dialog and the change of errand. */
export const FromLink: Story = {};

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** The lookup form (no link, no session). */
export const Lookup: Story = { args: { link: false } };

/** A wrong token: the same "could not find" as an unknown reference. */
export const NotFound: Story = { args: { wrongToken: true } };

/** Signed in (a demonstration sign-in, not MitID): "Mine aftaler". */
export const SignedIn: Story = { args: { link: false, auth: true, signedIn: true } };

/** A backend with sign-in, nobody signed in: the lookup offers "Log ind med MitID". */
export const SignInOffered: Story = { args: { link: false, auth: true } };

/** "Flyt min tid" fails once (503): the original stays, said, with a retry. */
export const MoveFails: Story = { args: { failMove: true } };

/** "Ja, aflys tiden" is refused (a passed deadline): said plainly, with the office's phone. */
export const CancelRefused: Story = { args: { failCancel: true } };

/** Neither `api` nor `adapter`. */
export const NotConfigured: Story = { args: { configured: false } };
