import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import { SAMPLE_LOCATIONS } from '../src/adapters/memory/sample-data.js';
import type { BookingAdapter } from '../src/core/adapter.js';
import { BookingError } from '../src/core/errors.js';
import { controlsFor } from './support/controls.js';
import { renderElement } from './support/element.js';
import '../src/define/bt-service-picker.js';
import type { BtServicePicker } from '../src/define/bt-service-picker.js';

type Scenario = 'loaded' | 'loading' | 'error' | 'empty' | 'one-location' | 'no-times' | 'no-adapter';

/** Controls by property name; `adapter` by the name of a state's backend. */
type Args = Record<string, unknown> & { adapter?: Scenario };

/** A backend for each state, built fresh per render so stories never share bookings. */
function adapterFor(scenario: Scenario): BookingAdapter | undefined {
  switch (scenario) {
    case 'no-adapter':
      return undefined;
    case 'loading': {
      const adapter = new MemoryAdapter();
      const never = () => new Promise<never>(() => {});
      adapter.getLocations = never;
      adapter.getServices = never;
      return adapter;
    }
    case 'error': {
      // Fails until Retry has been pressed once, so the story shows the recovery too.
      const adapter = new MemoryAdapter();
      const getLocations = adapter.getLocations.bind(adapter);
      let failures = 1;
      adapter.getLocations = async (options) => {
        if (failures-- > 0) throw new BookingError('unavailable', 'story: backend down');
        return getLocations(options);
      };
      return adapter;
    }
    case 'empty':
      return new MemoryAdapter({ locations: [SAMPLE_LOCATIONS[0]!], services: [] });
    case 'one-location':
      return new MemoryAdapter({ locations: [SAMPLE_LOCATIONS[0]!] });
    case 'no-times': {
      const adapter = new MemoryAdapter();
      const getAvailability = adapter.getAvailability.bind(adapter);
      adapter.getAvailability = async (query, options) =>
        query.locationId === 'centrum' ? { slots: [], closedDays: [] } : getAvailability(query, options);
      return adapter;
    }
    default:
      return new MemoryAdapter({ latencyMs: 300 });
  }
}

/** The `adapter` control: each state's backend by name, built per render. */
const SCENARIOS = Object.fromEntries(
  (['loaded', 'loading', 'error', 'empty', 'one-location', 'no-times', 'no-adapter'] as const).map((name) => [
    name,
    () => adapterFor(name),
  ]),
);

const meta: Meta<Args> = {
  title: 'Elements/bt-service-picker',
  component: 'bt-service-picker',
  args: { adapter: 'loaded' },
  argTypes: {
    ...controlsFor('bt-service-picker'),
    adapter: {
      control: 'select',
      options: Object.keys(SCENARIOS),
      mapping: SCENARIOS,
      description: 'The backend (`adapter` property): one for each state of the picker',
    },
    service: { control: 'text', description: '`service`: id of a service to preselect, e.g. pas-fornyelse' },
    location: { control: 'text', description: '`location`: id of a location to preselect, e.g. centrum' },
  },
  render: (args) => html`<div style="max-width: 48rem">${renderElement('bt-service-picker', args)}</div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The sample municipality: two offices, eight errands, a search field (more than six). */
export const Loaded: Story = {};

/** Waiting for the backend: a skeleton with the list's footprint, so nothing jumps. */
export const Loading: Story = { args: { adapter: 'loading' }, tags: ['never-settles'] };

/** The backend is down: a translated message and "Prøv igen" (this one recovers on Retry). */
export const LoadError: Story = { name: 'Error', args: { adapter: 'error' } };

/** Nothing can be booked. */
export const Empty: Story = { args: { adapter: 'empty' } };

/** One office: it is chosen by itself and the place question is left out. */
export const OneLocation: Story = { args: { adapter: 'one-location' } };

/** Preselected by attributes, as a webmaster would link to a specific errand. */
export const Preselected: Story = { args: { service: 'pas-fornyelse', location: 'nord' } };

/** Centrum has no free times in the next 14 days: the picker suggests Nord. */
export const NoTimesSoon: Story = {
  args: { adapter: 'no-times', service: 'pas-fornyelse', location: 'centrum' },
};

/** The search field, filtered: "koerekort" finds "Kørekort" (æ/ø/å fold to ae/oe/aa). */
export const Filter: Story = {
  args: { adapter: 'one-location' },
  play: async ({ canvasElement }) => {
    const picker = canvasElement.querySelector<BtServicePicker>('bt-service-picker')!;
    const input = await waitFor(
      () => {
        const search = picker.shadowRoot?.querySelector<HTMLInputElement>('[part~="filter-input"]');
        if (!search) throw new Error('no search field yet');
        return search;
      },
      { timeout: 10_000 },
    );
    input.value = 'koerekort';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  },
};

/** English texts: "Please bring", "DKK 727", "Continue". */
export const English: Story = { args: { lang: 'en' } };

/** The webmaster forgot the adapter: a clear configuration message. */
export const NoAdapter: Story = { args: { adapter: 'no-adapter' } };

/** The element's own tokens (`--bt-service-picker-*`) next to the shared `--bt-color-*` ones. */
export const Themed: Story = {
  args: {
    service: 'pas-fornyelse',
    location: 'centrum',
    '--bt-color-primary': '#1d5e3a',
    '--bt-color-primary-soft': '#e8f3ec',
    '--bt-service-picker-option-gap': '0.25rem',
    '--bt-service-picker-radio-size': '1.25rem',
    '--bt-service-picker-selected-background': '#f2f8f4',
    '--bt-service-picker-badge-background': '#fff4d6',
  },
};
