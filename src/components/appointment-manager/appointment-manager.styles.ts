import { css } from 'lit';

export const managerStyles = css`
  :host {
    max-width: var(--bt-appointment-manager-max-width, 48rem);
  }

  /* The office's phone and the page's links in the theme's colour, as on the receipt. */
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }

  .base,
  .panel,
  .lookup,
  .signin,
  .group,
  .documents,
  .cancelled-note,
  .confirm-move {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }

  .base {
    container-type: inline-size;
  }

  .subheading {
    margin: 0;
    font-size: 1.125rem;
  }

  .notice:focus {
    outline: none;
  }

  .notice:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .notice {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  label {
    font-weight: 600;
  }

  .hint {
    color: var(--_muted);
  }

  .error {
    color: var(--_danger);
    font-weight: 600;
  }

  .invalid .input {
    border-color: var(--_danger);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }

  .button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
  }

  .facts {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .facts > div {
    display: grid;
    grid-template-columns: minmax(7rem, 1fr) 3fr;
    gap: 0.5rem;
  }

  @container (max-width: 30rem) {
    .facts > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }

  dt {
    color: var(--_muted);
  }

  dd {
    margin: 0;
  }

  .line {
    display: block;
  }

  .reference {
    font-family: var(--bt-appointment-manager-reference-font, ui-monospace, monospace);
    font-weight: 700;
  }

  .status-cancelled {
    color: var(--_danger);
    font-weight: 700;
  }

  .appointments {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .appointment-item {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .appointment-item .button {
    margin-top: 0.5rem;
  }

  .current,
  .session {
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .confirm-move {
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary-soft);
  }

  .status {
    color: var(--_muted);
  }

  .change-steps {
    margin: 0;
    padding-inline-start: 1.5rem;
  }

  dialog {
    width: min(var(--bt-appointment-manager-dialog-width, 32rem), calc(100vw - 1rem));
    max-width: none;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  dialog::backdrop {
    background: var(--bt-appointment-manager-backdrop, rgb(0 0 0 / 0.5));
  }

  .dialog-body {
    display: grid;
    gap: var(--_gap);
    padding: var(--_gap);
  }

  @media (forced-colors: active) {
    dialog,
    .facts,
    .appointment-item {
      border: 2px solid CanvasText;
    }

    .confirm-move,
    .current {
      border: 1px solid CanvasText;
    }
  }
`;
