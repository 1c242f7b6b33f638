import { css } from 'lit';

export const receiptStyles = css`
  :host {
    --_qr-size: var(--bt-receipt-qr-size, 10rem);
    --_reference-font: var(
      --bt-receipt-reference-font,
      ui-monospace,
      'SFMono-Regular',
      'Cascadia Mono',
      'DejaVu Sans Mono',
      Menlo,
      Consolas,
      monospace
    );
    max-width: var(--bt-receipt-max-width, 48rem);
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 1.5);
  }

  .heading,
  .section-heading,
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }

  .heading {
    font-size: 1.5rem;
    line-height: 1.25;
  }

  .section-heading {
    font-size: 1.125rem;
    line-height: 1.3;
    margin-block-end: 0.5rem;
  }

  /* The heading takes focus only so a screen reader announces it; it is not a control. */
  .heading:focus {
    outline: none;
    box-shadow: none;
  }

  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }

  .banner {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 1rem 1.25rem;
    border-inline-start: 6px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_success-soft);
  }

  .banner.cancelled {
    border-inline-start-color: var(--_muted);
    background: var(--_surface-alt);
  }

  .check {
    flex: none;
    width: 2rem;
    height: 2rem;
    fill: var(--_success);
    stroke: var(--_success-soft);
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .check path {
    fill: none;
  }

  .intro {
    margin-block-start: 0.25rem;
  }

  .reference {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 1rem 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .reference-label,
  dt,
  .hint,
  .duration {
    color: var(--_muted);
  }

  .reference-label {
    font-size: 0.875rem;
    font-weight: 600;
  }

  .reference-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }

  .reference-value {
    font-family: var(--_reference-font);
    font-size: clamp(1.5rem, 8vw, 2.25rem);
    font-weight: 700;
    letter-spacing: 0.06em;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }

  .copy {
    min-height: 44px;
    padding-block: 0.25rem;
  }

  .copy-status:empty {
    display: none;
  }

  /* Label beside value where there is room, above it where there is not: flex-wrap, not a
     container query, so the element keeps its intrinsic width inside a host page's flex row. */
  .details > div {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 1rem;
    padding-block: 0.625rem;
    border-block-end: 1px solid var(--_border);
  }

  .details > div:first-child {
    border-block-start: 1px solid var(--_border);
  }

  dt {
    flex: 0 0 10rem;
    font-size: 0.875rem;
    font-weight: 600;
  }

  dd {
    flex: 1 1 16rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  /* No nowrap on the phone number: it is the backend's text, and one that is not a number at all
     (or a very long one) would push the receipt wider than a phone. */

  .service,
  .date,
  .time,
  .location-name {
    font-weight: 600;
  }

  .place dd > span {
    display: block;
  }

  .duration {
    font-weight: 400;
    white-space: nowrap;
  }

  .hint {
    font-size: 0.875rem;
    margin-block-end: 0.5rem;
  }

  .checklist {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0;
    list-style: none;
  }

  .checklist li {
    display: flex;
    align-items: flex-start;
    gap: 0.625rem;
  }

  .checklist input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
    cursor: pointer;
  }

  .checklist label {
    min-height: 1.5rem;
    padding-block: 0.125rem;
    line-height: 1.3;
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  .arrival-body {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 1rem 1.5rem;
  }

  .arrival-body p {
    flex: 1 1 14rem;
  }

  /* Black on white in every colour scheme: scanners need the contrast the standard assumes. */
  .qr {
    flex: none;
    display: block;
    width: var(--_qr-size);
    max-width: 100%;
    height: auto;
    aspect-ratio: 1;
    background: #ffffff;
    forced-color-adjust: none;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }

  .actions .button {
    flex: 1 1 12rem;
  }

  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  @media (forced-colors: active) {
    .banner,
    .reference {
      border: 2px solid CanvasText;
    }
    .check {
      fill: CanvasText;
      stroke: Canvas;
    }
    .qr {
      outline: 2px solid CanvasText;
    }
  }

  @media print {
    :host {
      max-width: none;
      color: #000000;
      font-size: 11pt;
    }
    .actions,
    .copy,
    .copy-status,
    .hint {
      display: none !important;
    }
    .banner,
    .reference {
      background: none;
      border: 1px solid #000000;
    }
    .check {
      fill: #000000;
      stroke: #ffffff;
    }
    .banner,
    .reference,
    .details > div,
    section {
      break-inside: avoid;
    }
    a {
      color: #000000;
    }
    .qr {
      width: 4cm;
    }
  }
`;
