import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { sampleBackend } from './support/backends.js';
import { storyClock, storyNow } from './support/clock.js';
import '../src/define/bt-booking.js';
import '../src/define/bt-receipt.js';
// The receipt's test appointment, so the banner and details show the success colours.
import { appointment } from '../test/components/receipt/fixtures.js';

/**
 * A theme is what a municipality's stylesheet sets: the documented `--bt-*` tokens (each one a
 * control here, on the wrapper, as on any ancestor of the elements) and `::part()` rules for
 * what tokens do not reach. Every story is checked with axe, colour contrast included.
 */
interface Args {
  /** The page behind the widget (not a token): dark themes need a dark page. */
  pageBackground: string;
  /** `::part()` rules, as a page's stylesheet would have them. */
  parts: string;
  [token: `--bt-${string}`]: string;
}

const meta: Meta<Args> = {
  title: 'Themes',
  tags: ['!autodocs'],
  args: { pageBackground: '#ffffff', parts: '' },
  argTypes: {
    pageBackground: { control: 'color', description: 'The page behind the widget (not a token)' },
    parts: { control: 'text', description: '`::part()` rules from the page, e.g. `bt-booking::part(heading) { … }`' },
  },
  render: ({ pageBackground, parts, ...tokens }) => {
    // A <style> element of its own: Lit does not bind inside <style>.
    const stylesheet = document.createElement('style');
    stylesheet.textContent = parts;
    return html`
      ${stylesheet}
      <div style=${styleMap({ ...tokens, background: pageBackground, padding: '1rem', display: 'grid', gap: '2rem' })}>
        <bt-booking
          service="pas-voksen"
          location="centrum"
          .clock=${storyClock}
          .adapter=${sampleBackend({ now: storyNow, latencyMs: 0 })}
        ></bt-booking>
        <bt-receipt .appointment=${appointment} manage-url="https://kommune.example/min-tid"></bt-receipt>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** No tokens set: the defaults every element ships with. */
export const Default: Story = {};

/** Dark: light text on dark surfaces; the soft tints become deep ones. */
export const Dark: Story = {
  args: {
    pageBackground: '#121417',
    '--bt-color-primary': '#8cc4ff',
    '--bt-color-on-primary': '#0b1b2e',
    '--bt-color-primary-soft': '#1b2f45',
    '--bt-color-text': '#f1f3f5',
    '--bt-color-muted': '#b4bcc6',
    '--bt-color-surface': '#1c1f24',
    '--bt-color-surface-alt': '#262a31',
    '--bt-color-border': '#7d8793',
    '--bt-color-danger': '#ffb4ab',
    '--bt-color-danger-soft': '#3b1d1b',
    '--bt-color-success': '#8fd4a0',
    '--bt-color-success-soft': '#15301d',
    '--bt-focus-color': '#ffd966',
  },
};

/**
 * High contrast: black and white with a yellow accent, thicker focus. (Windows' forced-colors
 * mode needs no theme: the elements switch to system colours by themselves.)
 */
export const HighContrast: Story = {
  args: {
    pageBackground: '#000000',
    '--bt-color-primary': '#ffe14d',
    '--bt-color-on-primary': '#000000',
    '--bt-color-primary-soft': '#000000',
    '--bt-color-text': '#ffffff',
    '--bt-color-muted': '#ffffff',
    '--bt-color-surface': '#000000',
    '--bt-color-surface-alt': '#000000',
    '--bt-color-border': '#ffffff',
    '--bt-color-danger': '#ff9e9e',
    '--bt-color-danger-soft': '#000000',
    '--bt-color-success': '#9dffb0',
    '--bt-color-success-soft': '#000000',
    '--bt-focus-color': '#00e5ff',
    '--bt-radius': '0',
  },
};

/**
 * A municipality's own colours and type (a made-up "Grønby Kommune"): its green, square
 * corners, a serif for every heading (`--bt-heading-font-family`), and today's date marked in
 * the calendar through the part `<bt-booking>` re-exports from it.
 */
export const Municipality: Story = {
  args: {
    '--bt-color-primary': '#00594f',
    '--bt-color-on-primary': '#ffffff',
    '--bt-color-primary-soft': '#e3f1ee',
    '--bt-color-surface-alt': '#f3f6f5',
    '--bt-color-success': '#00594f',
    '--bt-color-success-soft': '#e3f1ee',
    '--bt-focus-color': '#b3541e',
    '--bt-radius': '0',
    '--bt-font-family': '"Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    '--bt-heading-font-family': 'Georgia, "Times New Roman", serif',
    parts: [
      'bt-booking::part(calendar-today) { text-decoration: underline 2px; text-underline-offset: 3px; }',
      'bt-receipt::part(banner) { border-inline-start: 0.5rem solid #00594f; }',
    ].join('\n'),
  },
};
