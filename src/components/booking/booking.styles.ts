import { css } from 'lit';

export const bookingStyles = css`
  :host {
    max-width: var(--bt-booking-max-width, 56rem);
  }

  :host([variant='popup']) {
    display: inline-block;
  }

  .base {
    container-type: inline-size;
    display: grid;
    gap: var(--_gap);
  }

  .panel {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }

  .panel > .button {
    justify-self: start;
  }

  /* ---- step indicator ---- */

  /* One row whose labels wrap inside their own column: a wrapping row would start its second
     line with a step's connector line, reading as a stray dash. */
  .steps ol {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: auto;
    justify-content: start;
    gap: 0.25rem 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: none;
  }

  .steps li {
    display: flex;
    align-items: center;
    min-height: 44px;
    color: var(--_muted);
  }

  .steps li + li::before {
    content: '';
    flex: none;
    width: 1rem;
    height: 2px;
    margin-inline-end: 0.5rem;
    background: var(--_border);
  }

  .step-button,
  .step-static {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    padding: 0 0.25rem;
  }

  .step-button {
    text-align: start;
    border: 0;
    background: none;
    color: var(--_primary);
    cursor: pointer;
    border-radius: var(--_radius);
  }

  .step-button .step-label {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .step-number {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.75rem;
    height: 1.75rem;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-size: 0.875rem;
    font-weight: 700;
    text-decoration: none;
  }

  .steps li.current {
    color: var(--_text);
    font-weight: 700;
  }

  .steps li.current .step-number {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .steps li.done .step-number {
    border-color: var(--_success);
    color: var(--_success);
  }

  .steps-compact {
    display: none;
    font-weight: 700;
  }

  /* Narrow: numbered circles only (completed ones still buttons), and one line naming the step. */
  @container (max-width: 48rem) {
    .steps {
      display: grid;
      gap: 0.25rem;
    }
    .steps-compact {
      display: block;
      order: -1;
    }
    .steps .step-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .steps ol {
      gap: 0.25rem;
    }
    .steps li + li::before {
      width: 0.5rem;
      margin-inline-end: 0.25rem;
    }
    .step-button,
    .step-static {
      min-width: 44px;
      justify-content: center;
    }
  }

  /* ---- session, context, hold ---- */

  .session {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .context {
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .hold {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary-soft);
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  p.hold {
    flex-wrap: nowrap;
  }

  .hold.lapsed {
    border-color: var(--_danger);
    background: var(--_danger-soft);
    font-weight: 400;
  }

  .hold.lapsed p {
    flex: 1 1 20rem;
  }

  .clock {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    border: 2px solid currentColor;
    border-radius: 50%;
    background:
      linear-gradient(currentColor, currentColor) 50% 25% / 2px 35% no-repeat,
      linear-gradient(currentColor, currentColor) 62% 50% / 30% 2px no-repeat;
  }

  .notice {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }

  .notice:focus {
    outline: none;
  }

  .notice:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .status,
  .starting {
    color: var(--_muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }

  .config-error {
    display: grid;
    gap: 0.5rem;
  }

  /* ---- summary ---- */

  .summary-list {
    margin: 0;
    border-top: 1px solid var(--_border);
  }

  .summary-row {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr auto;
    gap: 0.25rem 1rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--_border);
  }

  .summary-row dt {
    font-weight: 700;
  }

  .summary-row dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .summary-action {
    text-align: end;
  }

  .summary-action .button.link {
    min-height: 44px;
    padding-block: 0;
  }

  .badge {
    display: inline-block;
    margin-inline-start: 0.25rem;
    padding: 0 0.4rem;
    border-radius: var(--_radius);
    background: var(--_primary-soft);
    font-size: 0.875rem;
  }

  @container (max-width: 32rem) {
    .summary-row {
      grid-template-columns: 1fr auto;
    }
    .summary-row dt {
      grid-column: 1;
    }
    .summary-value {
      grid-column: 1;
      grid-row: 2;
    }
    .summary-action {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: center;
    }
  }

  /* ---- popup ---- */

  dialog {
    width: min(var(--bt-booking-dialog-width, 48rem), calc(100vw - 1rem));
    max-width: none;
    max-height: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow: auto;
    overscroll-behavior: contain;
  }

  dialog::backdrop {
    background: var(--bt-booking-backdrop, rgb(0 0 0 / 0.5));
  }

  .dialog-header {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gap);
    padding: 0.5rem var(--_gap);
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }

  .dialog-title {
    min-width: 0;
    margin: 0;
    font-size: 1.25rem;
  }

  /* Inside the popup the step's heading sits a level below the dialog's title, and looks it. */
  .dialog-body .heading {
    font-size: 1.125rem;
  }

  /* The title gives way on a narrow phone; the close button keeps its word whole ("Luk", not "L/u/k"). */
  .dialog-header .close {
    flex-shrink: 0;
    white-space: nowrap;
  }

  .dialog-body,
  .close-confirm {
    padding: var(--_gap);
  }

  .close-confirm {
    display: grid;
    gap: var(--_gap);
  }

  [hidden] {
    display: none !important;
  }

  @media (forced-colors: active) {
    .steps li.current .step-number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .hold,
    .context,
    .session,
    .badge {
      border: 1px solid CanvasText;
    }
    dialog {
      border: 2px solid CanvasText;
    }
  }
`;
