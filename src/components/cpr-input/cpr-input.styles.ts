import { css } from 'lit';

export const cprInputStyles = css`
  .with-toggle {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: stretch;
  }

  .input {
    flex: 1 1 10rem;
    max-width: var(--bt-cpr-input-max-width, 14rem);
    letter-spacing: 0.05em;
  }

  /* Masked like a password without being one (no password manager prompt). */
  .input.masked {
    -webkit-text-security: disc;
  }

  .toggle {
    flex: 0 1 auto;
    max-width: 100%;
    padding-inline: 0.875rem;
    text-align: center;
  }
`;
