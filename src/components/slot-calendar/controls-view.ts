import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { formatDayLabel } from '../../core/month-grid.js';
import { FIRST_AVAILABLE_MONTHS, type SearchState } from '../../controllers/availability.js';
import { errorMessage } from '../../controllers/booking-error.js';

export interface TriggerProps {
  /** The chosen day, if any, named on the button. */
  date: string | undefined;
  open: boolean;
  /** Id of the popover the button opens. */
  controls: string;
  lang: string;
  t: TFunction;
  onToggle: () => void;
}

/** The compact variant's date button, which opens the month in a popover. */
export function renderTrigger(props: TriggerProps): TemplateResult {
  const { t, date } = props;
  return html`<button
    type="button"
    class="trigger button secondary"
    part="trigger"
    aria-haspopup="dialog"
    aria-expanded=${props.open ? 'true' : 'false'}
    aria-controls=${props.controls}
    @click=${props.onToggle}
  >
    <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" class="icon">
      <path
        fill="currentColor"
        d="M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2H7zm-2 8h14v10H5V10z"
      />
    </svg>
    ${
      date
        ? html`<span
            ><span class="visually-hidden">${t('calendar:chosenDate')} </span>${formatDayLabel(date, props.lang)}<span
              class="visually-hidden"
              >, ${t('calendar:changeDate')}</span
            ></span
          >`
        : html`<span>${t('calendar:chooseDate')}</span>`
    }
  </button>`;
}

export interface PopoverProps {
  id: string;
  open: boolean;
  t: TFunction;
  /** The month grid. */
  content: unknown;
  /** The Close button: closes like Escape (focus back to the date button). */
  onClose: () => void;
}

/** The compact variant's non-modal dialog around the month (placed and shown by the PopoverController). */
export function renderPopover(props: PopoverProps): TemplateResult {
  const { t } = props;
  return html`<div
    class="popover"
    part="popover"
    popover="manual"
    role="dialog"
    aria-modal="false"
    aria-label=${t('calendar:dialogLabel')}
    id=${props.id}
    ?hidden=${!props.open}
  >
    ${props.content}
    <div class="popover-footer">
      <button type="button" class="button link" @click=${props.onClose}>${t('common:close')}</button>
    </div>
  </div>`;
}

/** "First available time" and what its last search found nothing of, or failed with. */
export function renderFirstAvailable(
  search: SearchState,
  t: TFunction,
  onSearch: () => void,
  phone: string | undefined,
): TemplateResult {
  const searching = search.status === 'searching';
  return html`<div class="first-available-row">
    <button
      type="button"
      class="button secondary first-available"
      part="first-available"
      aria-disabled=${searching ? 'true' : 'false'}
      @click=${onSearch}
    >
      ${searching ? html`<span class="spinner" aria-hidden="true"></span>${t('calendar:searching')}` : t('calendar:firstAvailable')}
    </button>
    ${
      search.status === 'none'
        ? html`<p class="message" part="message">${t('calendar:noneWithin', { count: FIRST_AVAILABLE_MONTHS })}</p>`
        : nothing
    }
    ${
      search.status === 'error'
        ? html`<div class="alert message" part="message">
            <p>${errorMessage(search.error, t, { phone })}</p>
            <button type="button" class="button secondary" @click=${onSearch}>${t('common:retry')}</button>
          </div>`
        : nothing
    }
  </div>`;
}
