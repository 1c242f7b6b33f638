import { css } from 'lit';

export const contactFormStyles = css`
  :host {
    --_input-width: var(--bt-input-max-width, 32rem);
    --_field-gap: var(--bt-field-gap, 1.5rem);
  }

  form {
    display: flex;
    flex-direction: column;
    gap: var(--_field-gap);
    max-width: 100%;
  }

  /* The summary, fields and fieldsets stack; inputs fill narrow screens, cap on wide ones. */
  .field,
  fieldset {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    min-width: 0;
    margin: 0;
  }

  fieldset {
    padding: 0;
    border: 0;
    gap: 1rem;
  }

  legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-size: 1.125rem;
    font-weight: 700;
  }

  .nested legend,
  .relation legend {
    font-size: 1rem;
  }

  label,
  .label {
    font-weight: 600;
  }

  .hint {
    margin: 0;
    color: var(--_muted);
  }

  .from-mitid {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    width: fit-content;
    padding: 0 0.5rem;
    border-radius: var(--_radius);
    background: var(--_primary-soft);
    color: var(--_text);
    font-size: 0.875rem;
  }

  .error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }

  textarea.input {
    min-height: 6rem;
    resize: vertical;
  }

  .input[readonly] {
    border-style: dashed;
    background: var(--_surface-alt);
  }

  /* CPR numbers: masked like a password without being one (no password manager prompt). */
  .input.masked {
    -webkit-text-security: disc;
  }

  .input.cpr {
    max-width: 14rem;
    letter-spacing: 0.05em;
  }

  .invalid > .input,
  .invalid .with-toggle > .input,
  .input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 3px;
  }

  /* GOV.UK's bar beside a field in error: visible without colour, also in forced colours. */
  .invalid {
    padding-inline-start: 0.875rem;
    border-inline-start: 4px solid var(--_danger);
  }

  .with-toggle {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: stretch;
  }

  .with-toggle > .input {
    flex: 1 1 10rem;
  }

  .toggle {
    flex: 0 1 auto;
    max-width: 100%;
    padding-inline: 0.875rem;
    text-align: center;
  }

  .choice {
    display: grid;
    grid-template-columns: 2rem 1fr;
    align-items: start;
    column-gap: 0.5rem;
  }

  .choice > input {
    width: 1.5rem;
    height: 1.5rem;
    /* The label row is 44px high and clickable: together they are the touch target. */
    margin: 0.625rem 0 0.625rem 0.125rem;
    accent-color: var(--_primary);
  }

  .choice > label {
    display: flex;
    align-items: center;
    min-height: 44px;
    padding-block: 0.5rem;
    font-weight: 400;
    cursor: pointer;
  }

  .choice > .hint {
    grid-column: 2;
    margin-top: -0.5rem;
  }

  .conditional {
    margin-inline-start: 1.25rem;
    padding-inline-start: 1.5rem;
    border-inline-start: 4px solid var(--_border);
  }

  .conditional.invalid {
    border-inline-start-color: var(--_danger);
  }

  .count {
    margin: 0;
    color: var(--_muted);
  }

  .count.over {
    color: var(--_danger);
    font-weight: 600;
  }

  .summary {
    padding: 1rem 1.25rem;
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .summary h2 {
    margin: 0 0 0.75rem;
    font-size: 1.25rem;
  }

  .summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  .summary a {
    color: var(--_danger);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .privacy {
    margin: 0;
    color: var(--_muted);
  }

  .privacy a {
    color: var(--_primary);
  }

  .actions {
    display: flex;
  }

  .submit {
    min-width: 10rem;
  }

  @media (max-width: 30rem) {
    .submit {
      width: 100%;
    }
    .conditional {
      margin-inline-start: 0.75rem;
      padding-inline-start: 1rem;
    }
  }

  @media (forced-colors: active) {
    .input {
      border-color: CanvasText;
    }
    .invalid > .input,
    .invalid .with-toggle > .input,
    .input[aria-invalid='true'] {
      border-width: 4px;
      border-style: double;
    }
    .invalid {
      border-inline-start-color: CanvasText;
    }
    .summary {
      border-color: CanvasText;
    }
    .summary a,
    .privacy a {
      color: LinkText;
    }
    .error,
    .count.over {
      color: CanvasText;
    }
    .from-mitid {
      border: 1px solid CanvasText;
    }
  }
`;
