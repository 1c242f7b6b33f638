import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import type { BookingAdapter } from '../src/core/adapter.js';
import { BookingError } from '../src/core/errors.js';
import { storyClock, storyNow } from './support/clock.js';
import { controlsFor } from './support/controls.js';
import { renderElement } from './support/element.js';
import '../src/define/bt-slot-calendar.js';
import type { BtSlotCalendar } from '../src/define/bt-slot-calendar.js';

type Scenario = 'loaded' | 'loading' | 'empty' | 'error' | 'none-within-six-months' | 'no-adapter';

/** Controls by property name; `adapter` by the name of a state's backend. */
type Args = Record<string, unknown> & { adapter?: Scenario };

/** A backend for each state, built fresh per render so stories never share bookings. */
function adapterFor(scenario: Scenario): BookingAdapter | undefined {
  const adapter = new MemoryAdapter({ now: storyNow, latencyMs: 250 });
  const getAvailability = adapter.getAvailability.bind(adapter);
  switch (scenario) {
    case 'no-adapter':
      return undefined;
    case 'loading':
      adapter.getAvailability = () => new Promise<never>(() => {});
      return adapter;
    case 'empty':
      // Booked out until the new year: December has nothing, January has times.
      adapter.getAvailability = async (query, options) => {
        const availability = await getAvailability(query, options);
        return { ...availability, slots: availability.slots.filter((slot) => slot.start >= '2027-01') };
      };
      return adapter;
    case 'error': {
      // Fails until "Prøv igen" has been pressed once, so the story shows the recovery too.
      let failures = 1;
      adapter.getAvailability = async (query, options) => {
        if (failures-- > 0) throw new BookingError('unavailable', 'story: backend down');
        return getAvailability(query, options);
      };
      return adapter;
    }
    case 'none-within-six-months':
      adapter.getAvailability = async (query, options) => ({ ...(await getAvailability(query, options)), slots: [] });
      return adapter;
    default:
      return adapter;
  }
}

async function calendarIn(canvas: HTMLElement): Promise<BtSlotCalendar> {
  const calendar = canvas.querySelector<BtSlotCalendar>('bt-slot-calendar')!;
  await calendar.updateComplete;
  return calendar;
}

/** The `adapter` control: each state's backend by name, built per render. */
const SCENARIOS = Object.fromEntries(
  (['loaded', 'loading', 'empty', 'error', 'none-within-six-months', 'no-adapter'] as const).map((name) => [
    name,
    () => adapterFor(name),
  ]),
);

const meta: Meta<Args> = {
  title: 'Elements/bt-slot-calendar',
  component: 'bt-slot-calendar',
  args: { adapter: 'loaded', month: '2026-12', service: 'pas-voksen', location: 'centrum' },
  argTypes: {
    ...controlsFor('bt-slot-calendar'),
    adapter: {
      control: 'select',
      options: Object.keys(SCENARIOS),
      mapping: SCENARIOS,
      description: 'The backend (`adapter` property): one for each state of the calendar',
    },
    variant: { control: 'inline-radio', options: ['month', 'compact'] },
    firstDayOfWeek: {
      control: { type: 'number', min: 1, max: 7 },
      description: '1 = Monday … 7 = Sunday\n\nAttribute: `first-day-of-week`',
    },
  },
  // A fixed clock (a property a page may set too), so the stories look the same every day.
  render: (args) =>
    html`<div style="max-width: 60rem">${renderElement('bt-slot-calendar', { ...args, clock: storyClock })}</div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** December at Borgerservice Centrum: free times counted per day, weekends and Christmas closed. */
export const Loaded: Story = {};

/** Waiting for the backend: the same grid, counts as skeletons, nothing jumps when they arrive. */
export const Loading: Story = { args: { adapter: 'loading' }, tags: ['never-settles'] };

/** A month without free times: says so and offers the next month. */
export const Empty: Story = { args: { adapter: 'empty' } };

/** The backend is down: a translated message and "Prøv igen" (this one recovers on Retry). */
export const LoadError: Story = { name: 'Error', args: { adapter: 'error' } };

/** A day is chosen: its times by part of day, each named with date and time for screen readers. */
export const DayPicked: Story = { args: { selectedDate: '2026-12-10' } };

/** Back from "slot taken": the same day again, with a notice above the times. */
export const RestoredWithNotice: Story = {
  args: { selectedDate: '2026-12-10', notice: 'Tiden blev lige taget af en anden. Vælg en anden tid.' },
};

/**
 * Moving an appointment (as `<bt-appointment-manager>` shows it): the citizen's current time,
 * booked by them and so not offered, is marked on its day and listed as "din nuværende tid", not to be chosen.
 */
export const MovingAppointment: Story = {
  args: { selectedDate: '2026-12-10', currentStart: '2026-12-10T10:00:00+01:00', currentEnd: '2026-12-10T10:15:00+01:00' },
};

/** `variant="compact"`: a date button opening the grid in a Floating UI popover. */
export const Compact: Story = { args: { variant: 'compact' } };

/** Compact, opened. */
export const CompactOpen: Story = {
  args: { variant: 'compact' },
  play: async ({ canvasElement }) => {
    const calendar = await calendarIn(canvasElement);
    calendar.shadowRoot!.querySelector<HTMLButtonElement>('[part~="trigger"]')!.click();
  },
};

/** English texts and names ("Tuesday 1 December 2026, 12 available times"). */
export const English: Story = { args: { lang: 'en' } };

/** Sunday as the first day of the week. */
export const SundayFirst: Story = { args: { firstDayOfWeek: 7 } };

/** "Første ledige tid" found nothing in six months: said plainly, on screen and aloud. */
export const FirstAvailableNone: Story = {
  args: { adapter: 'none-within-six-months' },
  play: async ({ canvasElement }) => {
    const calendar = await calendarIn(canvasElement);
    calendar.shadowRoot!.querySelector<HTMLButtonElement>('[part~="first-available"]')!.click();
  },
};

/** "Første ledige tid" on the sample data: jumps to the day and focuses the time. */
export const FirstAvailableFound: Story = {
  play: async ({ canvasElement }) => {
    const calendar = await calendarIn(canvasElement);
    calendar.shadowRoot!.querySelector<HTMLButtonElement>('[part~="first-available"]')!.click();
  },
};

/** The webmaster forgot the adapter: a clear configuration message. */
export const NoAdapter: Story = { args: { adapter: 'no-adapter' } };
