import { css } from 'lit';

export const styles = css`
  :host {
    --_day-size: var(--bt-slot-calendar-day-size, 2.75rem);
    --_max-width: var(--bt-slot-calendar-max-width, 28rem);
  }

  .base {
    container-type: inline-size;
  }

  .layout {
    display: grid;
    gap: var(--_gap);
    align-items: start;
  }

  /* Side by side when there is room: days left, the chosen day's times right. */
  @container (min-width: 44rem) {
    .picked .layout {
      grid-template-columns: minmax(18rem, var(--_max-width)) minmax(0, 1fr);
    }
  }

  .days {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    max-width: var(--_max-width);
    min-width: 0;
  }

  p {
    margin: 0;
  }

  /* Month navigation */
  .nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem;
  }

  /* Real <hN> elements at the host page's level: their look is ours, not the browser's. */
  .month-heading,
  .times-heading,
  .group-heading {
    margin: 0;
    font-size: inherit;
    line-height: inherit;
  }

  .month-heading {
    flex: 1;
    text-align: center;
    font-size: 1.125rem;
    font-weight: 700;
    text-transform: capitalize;
  }

  .nav-button {
    display: inline-grid;
    place-items: center;
    width: 44px;
    height: 44px;
    flex: none;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
  }

  .nav-button[aria-disabled='true'] {
    color: var(--_muted);
    border-color: var(--_surface-alt);
    cursor: not-allowed;
  }

  /* The month table: seven equal columns that fit 320 px. */
  .grid {
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 2px;
    margin-inline: -2px;
    width: calc(100% + 4px);
  }

  th {
    padding: 0.125rem 0;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_muted);
    text-align: center;
    text-transform: capitalize;
  }

  td {
    position: relative;
    padding: 0;
    height: var(--_day-size);
  }

  .day {
    display: flex;
    align-items: flex-start;
    justify-content: center;
    width: 100%;
    min-height: var(--_day-size);
    padding: 0.3rem 0 0.9rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    font-weight: 600;
    line-height: 1.15;
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }

  /* The number of free times, under the day number (see renderDay). */
  .count {
    position: absolute;
    inset-inline: 0;
    bottom: 0.3rem;
    font-size: 0.75rem;
    line-height: 1;
    font-weight: 700;
    text-align: center;
    color: var(--_primary);
    pointer-events: none;
    font-variant-numeric: tabular-nums;
  }

  .count.skeleton {
    inset-inline: 0;
    width: 1.25em;
    height: 0.6rem;
    margin-inline: auto;
  }

  .day.available {
    border-color: var(--_primary);
    background: var(--_primary-soft);
    color: var(--_text);
  }

  /* Hover rings the day; only the chosen day is filled (a stranger took one for the other). */
  .day.available:hover {
    background: var(--_surface);
    box-shadow: inset 0 0 0 2px var(--_primary);
  }

  .count.selected {
    color: var(--_on-primary);
  }

  .day.closed {
    background: var(--_surface-alt);
    color: var(--_muted);
    font-weight: 400;
    text-decoration: line-through;
  }

  .day.past,
  .day.full,
  .day.none,
  .day.loading,
  .day.unknown {
    color: var(--_muted);
    font-weight: 400;
  }

  /* Open, but others were quicker: a dashed outline sets it apart from a past day (plain) and a closed one (struck through). */
  .day.full {
    border: 1px dashed var(--_muted);
  }

  .day[aria-disabled='true'] {
    cursor: default;
  }

  .day.today {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
  }

  .day.selected,
  .day.selected:hover {
    border: 2px solid var(--_text);
    background: var(--_primary);
    color: var(--_on-primary);
  }

  /* The citizen's current time (when moving it): a ringed dot in the day's corner, and in the legend. */
  .current-mark {
    display: inline-block;
    width: 0.625rem;
    height: 0.625rem;
    border: 2px solid var(--_surface);
    border-radius: 50%;
    background: var(--_text);
    box-sizing: content-box;
    pointer-events: none;
  }

  td .current-mark {
    position: absolute;
    top: 0.125rem;
    inset-inline-end: 0.125rem;
  }

  .legend .current-mark {
    align-self: center;
    margin-inline-end: 0.25rem;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }

  .swatch {
    display: inline-block;
    width: 1rem;
    height: 1rem;
    border-radius: 3px;
    border: 1px solid var(--_primary);
    background: var(--_primary-soft);
  }

  /* A small available day with a number at its foot, as the grid draws one. */
  .swatch.available {
    display: inline-grid;
    place-items: end center;
    width: 1.5rem;
    height: 1.5rem;
  }

  .count-sample {
    padding-bottom: 1px;
    font-size: 0.625rem;
    font-weight: 700;
    line-height: 1;
    color: var(--_primary);
  }

  .swatch.full {
    border: 1px dashed var(--_muted);
    background: none;
  }

  .swatch.closed {
    border-color: var(--_border);
    background: var(--_surface-alt);
  }

  /* An open date without free times, drawn as the grid draws one: its number alone. */
  .swatch.none {
    display: inline-grid;
    place-items: center;
    border-color: transparent;
    background: none;
    font-size: 0.75rem;
    line-height: 1;
  }

  /* Messages and the first-available row */
  .first-available-row {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }

  .message {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }

  .message.empty {
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary-soft);
  }

  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: bt-spin 0.8s linear infinite;
    }
  }

  @keyframes bt-spin {
    to {
      transform: rotate(360deg);
    }
  }

  /* Compact: a date button and a floating panel */
  .trigger {
    justify-content: flex-start;
    width: 100%;
    max-width: var(--_max-width);
    text-align: start;
  }

  .trigger .icon {
    flex: none;
  }

  .popover {
    position: fixed;
    inset: auto;
    top: 0;
    left: 0;
    margin: 0;
    z-index: 1000;
    width: min(22rem, calc(100vw - 16px));
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
    overflow: visible;
  }

  .popover[hidden] {
    display: none;
  }

  .popover .month {
    display: grid;
    gap: 0.5rem;
  }

  .popover-footer {
    display: flex;
    justify-content: flex-end;
  }

  .month {
    display: grid;
    gap: 0.5rem;
  }

  /* A day's times */
  .times {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }

  .times-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }

  .times-heading {
    font-size: 1.125rem;
    font-weight: 700;
  }

  .times-heading::first-letter {
    text-transform: uppercase;
  }

  .times-count {
    color: var(--_muted);
  }

  .notice {
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary-soft);
  }

  .notice[hidden] {
    display: none;
  }

  .group {
    display: grid;
    gap: 0.375rem;
  }

  .group-heading {
    font-weight: 600;
  }

  .time-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(5rem, 1fr));
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .time {
    width: 100%;
    min-height: 44px;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    cursor: pointer;
  }

  .time:hover {
    background: var(--_primary-soft);
  }

  .time.selected,
  .time.selected:hover {
    background: var(--_primary);
    color: var(--_on-primary);
    box-shadow: inset 0 0 0 2px var(--_on-primary);
  }

  /* Spans the row: it says more than a clock time, and must not look like one to press. */
  .current-item {
    grid-column: 1 / -1;
  }

  .time-current {
    display: flex;
    align-items: center;
    min-height: 44px;
    padding: 0.25rem 0.75rem;
    border: 2px dashed var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  /* Windows High Contrast and friends: shape, not colour, tells the states apart. */
  @media (forced-colors: active) {
    .day,
    .nav-button,
    .time {
      border-color: Canvas;
    }
    .day.available {
      border: 2px solid ButtonText;
    }
    .day.closed,
    .day.past,
    .day.full,
    .day.none,
    .day.loading,
    .day.unknown,
    .nav-button[aria-disabled='true'] {
      color: GrayText;
    }
    /* Apart from the past days' plain grey, and from the available days' solid frame. */
    .day.full {
      border: 1px dashed GrayText;
    }
    .day.selected,
    .day.selected:hover,
    .time.selected,
    .time.selected:hover {
      forced-color-adjust: none;
      border: 2px solid HighlightText;
      background: Highlight;
      color: HighlightText;
    }
    .count.selected {
      forced-color-adjust: none;
      color: HighlightText;
    }
    .count {
      color: CanvasText;
    }
    .time {
      border: 2px solid ButtonText;
    }
    .swatch {
      border: 2px solid ButtonText;
    }
    .current-mark {
      forced-color-adjust: none;
      border-color: Canvas;
      background: CanvasText;
    }
    .time-current {
      border: 2px dashed CanvasText;
    }
    .swatch.closed {
      border: 1px solid GrayText;
    }
    .swatch.full {
      border: 1px dashed GrayText;
    }
    .count-sample {
      color: CanvasText;
    }
    .nav-button {
      border-color: ButtonText;
    }
    .nav-button[aria-disabled='true'] {
      border-color: GrayText;
    }
    .popover {
      border: 2px solid CanvasText;
    }
    /* Focus is a ring outside the button, the chosen day a filled one: each visible without the other. */
    .day:focus-visible,
    .time:focus-visible {
      outline: 3px solid CanvasText;
      outline-offset: 2px;
    }
  }
`;
