import { css } from 'lit';

export const servicePickerStyles = css`
  :host {
    --_option-gap: var(--bt-service-picker-option-gap, 0.5rem);
    --_radio-size: var(--bt-service-picker-radio-size, 1.5rem);
    max-width: 48rem;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 1.5);
  }

  /* Focus moves here after Retry, so it stays in the widget; the content itself announces. */
  .base:focus {
    outline: none;
    box-shadow: none;
  }

  p {
    margin: 0;
  }

  fieldset {
    min-width: 0; /* a fieldset otherwise refuses to shrink below its content: 320 px overflow */
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
  }

  .group-legend {
    margin-bottom: 0.75rem;
    font-size: 1.25rem;
    font-weight: 700;
    line-height: 1.3;
  }

  .group.invalid {
    padding-left: 0.75rem;
    border-left: 4px solid var(--_danger);
  }

  .field-error {
    margin-bottom: 0.75rem;
    color: var(--_danger);
    font-weight: 700;
  }

  .category + .category {
    margin-top: 1.25rem;
  }

  .category-legend {
    margin-bottom: 0.5rem;
    font-size: 1.0625rem;
    font-weight: 700;
  }

  .options {
    display: flex;
    flex-direction: column;
    gap: var(--_option-gap);
  }

  /* One option: the radio, its label, then details that are not part of the name. */
  .option {
    position: relative;
    display: grid;
    grid-template-columns: var(--_radio-size) minmax(0, 1fr);
    column-gap: 0.75rem;
    row-gap: 0.25rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }

  .option.unavailable {
    border-style: dashed;
    color: var(--_muted);
  }

  .option.unavailable label {
    cursor: not-allowed;
  }

  .unavailable-reason {
    color: var(--_text);
  }

  .option.selected {
    border-color: var(--_primary);
    background: var(--bt-service-picker-selected-background, var(--_primary-soft));
    box-shadow: inset 0 0 0 1px var(--_primary);
  }

  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .option input[type='radio'] {
    position: relative;
    z-index: 1;
    grid-column: 1;
    grid-row: 1;
    width: var(--_radio-size);
    height: var(--_radio-size);
    margin: 0;
    accent-color: var(--_primary);
    cursor: pointer;
  }

  .option-label {
    grid-column: 2;
    grid-row: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75rem;
    cursor: pointer;
  }

  /* The whole card chooses the option (a bigger touch target); buttons inside stay on top. */
  .option-label::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  .option-name {
    font-weight: 700;
  }

  /*
   * A comma for the radio's accessible name only ("Pas – fornyelse, 15 minutter, 727 kr."):
   * the usual absolutely positioned .visually-hidden span makes Chrome pad it with spaces
   * (" , "), a zero font size does not. A reader that drops it loses only a pause.
   */
  .pause {
    font-size: 0;
  }

  .option-meta {
    color: var(--_muted);
  }

  .dot {
    padding-inline: 0.25rem;
  }

  .option-details {
    grid-column: 2;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.375rem;
    font-size: 0.9375rem;
  }

  .description,
  .hours,
  .access {
    color: var(--_muted);
  }

  .option-details > p:first-child {
    color: var(--_text);
  }

  .hours-label {
    font-weight: 600;
  }

  .hours-line {
    display: block;
  }

  .nowrap {
    white-space: nowrap;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }

  .badge {
    display: inline-block;
    padding: 0.0625rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--bt-service-picker-badge-background, var(--_surface-alt));
    font-size: 0.875rem;
    font-weight: 600;
  }

  .disclosure {
    position: relative;
    text-align: start;
    z-index: 1;
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 44px;
    margin-block: -0.25rem;
    padding: 0.25rem 0.25rem 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .chevron {
    flex: none;
  }

  .disclosure[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }

  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s ease-out;
    }
  }

  .documents {
    position: relative;
    z-index: 1;
    margin: 0;
    padding-left: 1.25rem;
  }

  .documents[hidden] {
    display: none;
  }

  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-bottom: 1rem;
  }

  .filter-label {
    font-weight: 700;
  }

  .hint {
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  .filter .input {
    max-width: 24rem;
  }

  .filter-empty,
  .error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75rem;
  }

  .filter-empty {
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--_border);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }

  .notices:empty {
    display: none;
  }

  .notice,
  .suggestion {
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary-soft);
  }

  .suggestion {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75rem;
  }

  .continue {
    align-self: flex-start;
    min-width: 10rem;
  }

  .empty {
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  /* Loading placeholder: the same footprint as the list, so nothing jumps when it arrives. */
  .skeleton-list {
    display: flex;
    flex-direction: column;
    gap: var(--_option-gap);
  }

  .skeleton-legend {
    width: min(22rem, 80%);
    height: 1.75rem;
    margin-bottom: 0.25rem;
  }

  .skeleton-heading {
    width: 6rem;
    height: 1.375rem;
  }

  .skeleton-option {
    height: 6.25rem;
  }

  .skeleton-button {
    width: 10rem;
    height: 44px;
    margin-top: calc(var(--_gap) * 1.5 - var(--_option-gap));
  }

  @media (forced-colors: active) {
    .option {
      border-color: CanvasText;
    }
    /* The native radio keeps its system colours; the card adds a thick Highlight frame. */
    .option.selected {
      border-color: Highlight;
      box-shadow: none;
      outline: 2px solid Highlight;
      outline-offset: -1px;
    }
    .option:has(input:focus-visible) {
      outline-color: Highlight;
    }
    .badge,
    .filter input {
      border-color: CanvasText;
    }
    .disclosure {
      color: LinkText;
    }
    .group.invalid,
    .notice,
    .suggestion,
    .filter-empty {
      border-left-color: CanvasText;
    }
    .skeleton {
      border: 1px solid GrayText;
    }
  }
`;
