import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MemoryAdapter } from '../src/adapters/memory/memory-adapter.js';
import { SAMPLE_LOCATIONS } from '../src/adapters/memory/sample-data.js';
import type { BookingAdapter } from '../src/core/adapter.js';
import { BookingError } from '../src/core/errors.js';
import '../src/define/bt-service-picker.js';
import type { BtServicePicker } from '../src/define/bt-service-picker.js';

type Scenario = 'loaded' | 'loading' | 'error' | 'empty' | 'one-location' | 'no-times' | 'no-adapter';

interface Args {
  scenario: Scenario;
  lang?: string;
  service?: string;
  location?: string;
  /** Inline CSS on the wrapper: where a page sets the `--bt-*` tokens. */
  style?: string;
}

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

const meta: Meta<Args> = {
  title: 'Elements/bt-service-picker',
  component: 'bt-service-picker',
  args: { scenario: 'loaded' },
  argTypes: {
    scenario: {
      control: 'select',
      options: ['loaded', 'loading', 'error', 'empty', 'one-location', 'no-times', 'no-adapter'],
      description: 'Which backend the story wires up (not an attribute)',
    },
    lang: { control: 'inline-radio', options: ['da', 'en'] },
    service: { control: 'text', description: '`service`: id of a service to preselect, e.g. pas-fornyelse' },
    location: { control: 'text', description: '`location`: id of a location to preselect, e.g. centrum' },
    style: { control: 'text', description: 'CSS custom properties on a wrapper (not an attribute)' },
  },
  parameters: { actions: { handles: ['bt-service-select', 'change'] } },
  render: (args) => html`
    <div style="max-width: 48rem; ${args.style ?? ''}">
      <bt-service-picker
        lang=${ifDefined(args.lang)}
        service=${ifDefined(args.service || undefined)}
        location=${ifDefined(args.location || undefined)}
        .adapter=${adapterFor(args.scenario)}
      ></bt-service-picker>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The sample municipality: two offices, eight errands, a search field (more than six). */
export const Loaded: Story = {};

/** Waiting for the backend: a skeleton with the list's footprint, so nothing jumps. */
export const Loading: Story = { args: { scenario: 'loading' } };

/** The backend is down: a translated message and "Prøv igen" (this one recovers on Retry). */
export const LoadError: Story = { name: 'Error', args: { scenario: 'error' } };

/** Nothing can be booked. */
export const Empty: Story = { args: { scenario: 'empty' } };

/** One office: it is chosen by itself and the place question is left out. */
export const OneLocation: Story = { args: { scenario: 'one-location' } };

/** Preselected by attributes, as a webmaster would link to a specific errand. */
export const Preselected: Story = { args: { service: 'pas-fornyelse', location: 'nord' } };

/** Centrum has no free times in the next 14 days: the picker suggests Nord. */
export const NoTimesSoon: Story = {
  args: { scenario: 'no-times', service: 'pas-fornyelse', location: 'centrum' },
};

/** The search field, filtered: "koerekort" finds "Kørekort" (æ/ø/å fold to ae/oe/aa). */
export const Filter: Story = {
  args: { scenario: 'one-location' },
  play: async ({ canvasElement }) => {
    const picker = canvasElement.querySelector<BtServicePicker>('bt-service-picker')!;
    let input: HTMLInputElement | null | undefined;
    for (let tries = 0; tries < 50 && !input; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      input = picker.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]');
    }
    if (!input) return;
    input.value = 'koerekort';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  },
};

/** English texts: "What to bring", "DKK 727", "Continue". */
export const English: Story = { args: { lang: 'en' } };

/** The webmaster forgot the adapter: a clear configuration message. */
export const NoAdapter: Story = { args: { scenario: 'no-adapter' } };

/** The element's own tokens (`--bt-service-picker-*`) next to the shared `--bt-color-*` ones. */
export const Themed: Story = {
  args: {
    service: 'pas-fornyelse',
    location: 'centrum',
    style: [
      '--bt-color-primary: #1d5e3a',
      '--bt-color-primary-soft: #e8f3ec',
      '--bt-service-picker-option-gap: 0.25rem',
      '--bt-service-picker-radio-size: 1.25rem',
      '--bt-service-picker-selected-background: #f2f8f4',
      '--bt-service-picker-badge-background: #fff4d6',
    ].join('; '),
  },
};
