/**
 * The booking's panels after the errand: the calendar, sign-in, details, summary and receipt
 * steps, the hold and the "what you chose" line. A module of its own, fetched by
 * `booking-panels.ts` once the first render is on screen (or when the citizen moves on), so
 * what a citizen downloads before choosing an errand does not carry them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDateTimeRange } from '../../core/time.js';
import { formatCountdown } from '../../controllers/hold-countdown.js';
import { renderSummaryList } from './booking-summary.js';
import { CALENDAR_PARTS, FORM_PARTS, RECEIPT_PARTS } from './booking-parts.js';
import {
  manageLink,
  renderNotice,
  renderReceiptUnavailable,
  renderUnavailable,
  retryableBookingError,
  type BookingView,
  type LaterPanels,
} from './booking-panels.js';

/** What was chosen so far, in one line, so a citizen landing on a step knows where they are. */
function renderContext(view: BookingView): TemplateResult | typeof nothing {
  const { state, t } = view;
  const { service, location, slot, step } = state;
  if (!service || !location || step === 'service' || step === 'summary') return nothing;
  const lines = [t('booking:chosen.service', { service: service.name, location: location.name })];
  if (slot && step !== 'time')
    lines.push(t('booking:chosen.time', { time: formatDateTimeRange(slot.start, slot.end, view.lang) }));
  return html`<p class="context" part="context">${lines.join(' ')}</p>`;
}

function renderHold(view: BookingView): TemplateResult | typeof nothing {
  const { state, t } = view;
  if (state.step === 'service' || state.step === 'time') return nothing;
  if (state.holdLapsed) {
    const holding = state.busy?.kind === 'hold';
    return html`<div class="hold lapsed" part="hold">
      <p>${t('booking:hold.expired')}</p>
      <button
        type="button"
        class="button secondary"
        aria-disabled=${state.busy ? 'true' : 'false'}
        @click=${() => view.send({ type: 'rehold' })}
      >
        ${holding ? t('booking:hold.holding') : t('booking:hold.rehold')}
      </button>
    </div>`;
  }
  const seconds = view.holdSecondsLeft;
  if (!state.hold || seconds === undefined) return nothing;
  return html`<p class="hold" part="hold">
    <span class="clock" aria-hidden="true"></span>
    <span aria-hidden="true">${t('booking:hold.countdown', { time: formatCountdown(seconds) })}</span>
    <span class="visually-hidden"
      >${t('booking:hold.countdownLabel', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })}</span
    >
  </p>`;
}

function renderTimeStep(view: BookingView): TemplateResult {
  const { state, t } = view;
  const notice = state.notice;
  const taken =
    notice?.kind === 'slot-taken' ? t(notice.afterExpiry ? 'booking:slotTakenAfterExpiry' : 'booking:slotTaken') : undefined;
  return html`
    ${taken ? html`<div class="notice alert" part="notice" role="alert"><p>${taken}</p></div>` : nothing} ${renderNotice(view)}
    ${state.busy?.kind === 'hold' ? html`<p class="status" role="status">${t('booking:hold.holding')}</p>` : nothing}
    ${view.missing('bt-slot-calendar') ? renderUnavailable(view) : renderCalendar(view)}
  `;
}

function renderCalendar(view: BookingView): TemplateResult {
  const { state } = view;
  return html`
    <bt-slot-calendar
      lang=${view.lang}
      .adapter=${view.adapter}
      .clock=${view.clock}
      .timeout=${view.timeout}
      phone=${ifDefined(view.phone)}
      service=${ifDefined(state.service?.id)}
      location=${ifDefined(state.location?.id)}
      selected-date=${ifDefined(state.calendarDate)}
      selected-slot-id=${ifDefined(state.slot?.id)}
      .ownSlot=${state.slot}
      heading-level=${view.level + 1}
      exportparts=${CALENDAR_PARTS}
      @bt-slot-select=${view.onSlotSelect}
    ></bt-slot-calendar>
  `;
}

function renderSignInStep(view: BookingView): TemplateResult {
  const { state, t } = view;
  const busy = state.busy?.kind === 'signin';
  return html`
    ${renderNotice(view)}
    <p>${t('booking:signIn.intro', { service: state.service?.name ?? '' })}</p>
    <button
      type="button"
      class="button"
      part="signin-button"
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => view.send({ type: 'sign-in' })}
    >
      ${busy ? t('booking:signIn.busy') : t('booking:signIn.button')}
    </button>
  `;
}

function renderDetailsStep(view: BookingView): TemplateResult {
  const { state } = view;
  return html`
    ${renderNotice(view)} ${view.missing('bt-contact-form') ? renderUnavailable(view) : nothing}
    <bt-contact-form
      lang=${view.lang}
      ?require-cpr=${Boolean(state.service?.requiresCpr)}
      privacy-url=${ifDefined(view.privacyUrl)}
      .smsOffered=${view.smsOffered}
      .value=${state.contact}
      .session=${state.session}
      .errors=${state.fieldErrors ?? {}}
      heading-level=${view.level + 1}
      exportparts=${FORM_PARTS}
      @bt-contact-change=${view.onContactChange}
      @bt-contact-submit=${view.onContactSubmit}
    ></bt-contact-form>
  `;
}

function renderSummaryStep(view: BookingView): TemplateResult {
  const { state, t } = view;
  const { service, location, slot, details } = state;
  if (!service || !location || !slot || !details) return html``;
  const booking = state.busy?.kind === 'book' || (state.busy?.kind === 'hold' && state.busy.purpose === 'confirm');
  const retryable = retryableBookingError(state);
  return html`
    <p>${t('booking:summary.intro')}</p>
    ${renderSummaryList({
      t,
      lang: view.lang,
      service,
      location,
      slot,
      details,
      session: state.session,
      onChange: (step) => view.send({ type: 'change', step }),
    })}
    ${renderNotice(view)}
    <div class="actions">
      <button
        type="button"
        class="button"
        part=${retryable ? 'confirm retry' : 'confirm'}
        aria-disabled=${booking ? 'true' : 'false'}
        aria-describedby=${ifDefined(booking ? 'booking-status' : undefined)}
        @click=${() => view.confirm()}
      >
        ${booking ? t('booking:summary.booking') : retryable ? t('booking:summary.retry') : t('booking:summary.confirm')}
      </button>
      ${booking ? html`<span id="booking-status" class="muted">${t('booking:summary.bookingStatus')}</span>` : nothing}
    </div>
  `;
}

/** The receipt, with the manage link filled in, and "Bestil en tid mere". */
function renderReceipt(view: BookingView, restart: () => void): TemplateResult {
  const { state, t } = view;
  const appointment = state.appointment;
  return html`
    ${view.missing('bt-receipt') ? renderReceiptUnavailable(view) : nothing}
    <bt-receipt
      lang=${view.lang}
      .appointment=${appointment}
      .clock=${view.clock}
      heading-level=${view.level}
      manage-url=${ifDefined(appointment ? manageLink(view.manageUrl, appointment, view.lang) : undefined)}
      exportparts=${RECEIPT_PARTS}
    ></bt-receipt>
    <div class="actions">
      <button type="button" class="button secondary" part="restart" @click=${restart}>${t('booking:receipt.another')}</button>
    </div>
  `;
}

/** What `booking-panels.ts` renders once this module is loaded. */
export const laterPanels: LaterPanels = {
  context: renderContext,
  hold: renderHold,
  steps: {
    time: renderTimeStep,
    signin: renderSignInStep,
    details: renderDetailsStep,
    summary: renderSummaryStep,
  },
  receipt: renderReceipt,
};
