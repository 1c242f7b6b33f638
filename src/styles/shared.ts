import { css } from 'lit';

/**
 * Design tokens and base rules every borgertid element shares. Tokens are `--bt-*` custom
 * properties with defaults, so a host page themes all elements at once from any ancestor.
 * Defaults meet WCAG 2.1 AA contrast on white.
 */
export const hostStyles = css`
  :host {
    --_primary: var(--bt-color-primary, #0b5cab);
    --_on-primary: var(--bt-color-on-primary, #ffffff);
    --_primary-soft: var(--bt-color-primary-soft, #e6f0fa);
    --_text: var(--bt-color-text, #1a1a1a);
    --_muted: var(--bt-color-muted, #555b63);
    --_surface: var(--bt-color-surface, #ffffff);
    --_surface-alt: var(--bt-color-surface-alt, #f4f5f7);
    --_border: var(--bt-color-border, #8a9099);
    --_danger: var(--bt-color-danger, #b3261e);
    --_danger-soft: var(--bt-color-danger-soft, #fdecea);
    --_success: var(--bt-color-success, #1e6b34);
    --_success-soft: var(--bt-color-success-soft, #e7f4ea);
    --_focus: var(--bt-focus-color, #1a1a1a);
    --_radius: var(--bt-radius, 6px);
    --_gap: var(--bt-space, 1rem);
    --_font: var(--bt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--bt-font-size, 1rem);
    line-height: 1.5;
    /* Errand names, addresses and references come from the backend and may hold one word of
       thousands of characters: break it anywhere rather than push the page wider than the screen. */
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none;
  }

  /* Headings, and the legends that head a group of fields or choices, in the heading font when
     one is set (a municipality's serif, say); otherwise the body's. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  legend {
    font-family: var(--bt-heading-font-family, var(--_font));
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* A focus ring visible on any background: a dark outline with a light halo. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_surface);
  }

  /* Where focus is moved to (a step's heading, a notice): the ring stands off the text and
     takes the theme's corners, so it does not read as an error box around it. */
  [tabindex='-1']:focus-visible {
    outline-offset: 4px;
    border-radius: var(--_radius);
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  button {
    font: inherit;
    color: inherit;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }

  .button.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }

  .button.link {
    border-color: transparent;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    padding-inline: 0.25rem;
  }

  .button[aria-disabled='true'],
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  /* Text fields: 44 px touch targets, and 16 px or more so iOS Safari does not zoom in. */
  .input {
    width: 100%;
    max-width: var(--_input-width, 32rem);
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: max(1rem, 16px);
    line-height: 1.5;
  }

  .alert {
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-soft);
  }

  .skeleton {
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: bt-pulse 1.5s ease-in-out infinite;
    }
  }

  @keyframes bt-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button[aria-disabled='true'],
    .button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .alert {
      border: 2px solid CanvasText;
    }
  }
`;

/**
 * The text rhythm of the two flows (booking and manager): paragraphs without margins, muted
 * and strong text, and the step heading that focus is moved to (no ring for the programmatic
 * focus, a ring when the keyboard lands there).
 */
export const flowTextStyles = css`
  p {
    margin: 0;
  }

  .muted {
    color: var(--_muted);
  }

  .strong {
    font-weight: 700;
  }

  .heading {
    margin: 0;
    font-size: 1.5rem;
    line-height: 1.25;
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
    border-radius: var(--_radius);
  }
`;
