import { css } from 'lit';

export const contactFormStyles = css`
  :host {
    --_input-width: var(--bt-contact-form-input-max-width, 32rem);
    --_field-gap: var(--bt-contact-form-field-gap, 1.5rem);
  }

  form {
    display: flex;
    flex-direction: column;
    gap: var(--_field-gap);
    max-width: 100%;
  }

  /* The summary, fields and fieldsets stack; inputs fill narrow screens, cap on wide ones. */
  fieldset {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-size: 1.125rem;
    font-weight: 700;
  }

  .relation legend {
    font-size: 1rem;
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

  textarea.input {
    min-height: 6rem;
    resize: vertical;
  }

  .input[readonly] {
    border-style: dashed;
    background: var(--_surface-alt);
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

  .summary-title {
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
    .summary {
      border-color: CanvasText;
    }
    .summary a,
    .privacy a {
      color: LinkText;
    }
    .count.over {
      color: CanvasText;
    }
    .from-mitid {
      border: 1px solid CanvasText;
    }
  }
`;
