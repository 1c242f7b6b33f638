import { css } from 'lit';

/**
 * A labelled field as the contact form and the CPR input draw it: label, hint, error text and
 * GOV.UK's bar beside a field in error (visible without colour, also in forced colours).
 */
export const fieldStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    min-width: 0;
    margin: 0;
  }

  label {
    font-weight: 600;
  }

  .hint {
    margin: 0;
    color: var(--_muted);
  }

  .error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }

  .invalid > .input,
  .invalid > .with-toggle > .input,
  .input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 3px;
  }

  /* A disabled field looks it: dashed border, alternate background, muted text. */
  .input:disabled {
    border-style: dashed;
    background: var(--_surface-alt);
    color: var(--_muted);
    cursor: not-allowed;
  }

  .invalid {
    padding-inline-start: 0.875rem;
    border-inline-start: 4px solid var(--_danger);
  }

  @media (forced-colors: active) {
    .input {
      border-color: CanvasText;
    }
    .invalid > .input,
    .invalid > .with-toggle > .input,
    .input[aria-invalid='true'] {
      border-width: 4px;
      border-style: double;
    }
    .invalid {
      border-inline-start-color: CanvasText;
    }
    .error {
      color: CanvasText;
    }
  }
`;
