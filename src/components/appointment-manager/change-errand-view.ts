import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { BookingAdapter } from '../../core/adapter.js';
import type { AppointmentEventDetail } from '../../core/appointment-event.js';
import type { Appointment } from '../../core/types.js';
import { errorMessage } from '../../controllers/booking-error.js';
import { renderBack } from './appointment-view.js';
import { alertNotice, appointmentTime, viewHeading, type ManagerView } from './manager-view.js';

export interface ChangeErrandView extends ManagerView {
  adapter: BookingAdapter;
  onBooked(event: CustomEvent<AppointmentEventDetail>): void;
}

/**
 * "Skift ærinde": the new errand is booked right here, in an embedded `<bt-booking>` that starts
 * at the same office, and only its `bt-booked` lets the flow cancel the old appointment. The
 * booking stays in the same place in the template throughout, so its receipt stays on screen
 * under the result: the old one cancelled, or — if that failed — both facts and a retry.
 */
export function renderChangeErrand(view: ChangeErrandView): TemplateResult {
  const { state, t, lang } = view;
  const appointment = state.appointment;
  if (!appointment) return html``;
  const old = `${appointment.service.name}, ${appointmentTime(appointment, lang)}`;
  const cancelled = appointment.status === 'cancelled';
  return html`
    ${viewHeading(view, cancelled ? t('manager:changeErrand.oldCancelled', { appointment: old }) : t('manager:changeErrand.heading'))}
    ${state.newBooking ? renderResult(view, appointment, old) : renderSteps(view, old)}
    <bt-booking
      part="new-booking"
      lang=${lang}
      .adapter=${view.adapter}
      .clock=${view.clock}
      .timeout=${view.timeout}
      phone=${ifDefined(view.phone)}
      privacy-url=${ifDefined(view.privacyUrl)}
      manage-url=${ifDefined(view.manageUrl)}
      .smsOffered=${view.smsOffered}
      location=${appointment.location.id}
      heading-level=${view.level + 1}
      @bt-booked=${view.onBooked}
    ></bt-booking>
    ${
      state.newBooking
        ? state.busy
          ? nothing
          : renderBack(view)
        : html`<div class="actions">
            <button type="button" class="button secondary" part="keep-button" @click=${() => view.send({ type: 'keep-time' })}>
              ${t('manager:changeErrand.keep')}
            </button>
          </div>`
    }
  `;
}

/** Before the new booking: the two steps, and that the old time is kept until the new one is booked. */
function renderSteps(view: ChangeErrandView, old: string): TemplateResult {
  const { t } = view;
  return html`
    <p>${t('manager:changeErrand.intro')}</p>
    <ol class="change-steps" part="change-steps">
      <li>${t('manager:changeErrand.stepBook')}</li>
      <li>${t('manager:changeErrand.stepCancel', { appointment: old })}</li>
    </ol>
  `;
}

/** After the new booking: the old one being cancelled, or why it was not (never both kept silently). */
function renderResult(view: ChangeErrandView, appointment: Appointment, old: string): TemplateResult | typeof nothing {
  const { state, t } = view;
  if (state.busy?.kind === 'cancel') return html`<p class="status" role="status">${t('manager:changeErrand.cancelling')}</p>`;
  const notice = state.notice;
  if (notice?.kind !== 'error') return nothing;
  const { location } = appointment;
  const help = location.phone
    ? t('manager:changeErrand.cancelFailed', { appointment: old, location: location.name, phone: location.phone })
    : t('manager:changeErrand.cancelFailedNoPhone', { appointment: old, location: location.name });
  // The office's number is in the help already; without one, the municipality's follows the reason.
  const phone = location.phone ? undefined : view.phone;
  return alertNotice(html`${help} ${errorMessage(notice.error, t, { phone })}`, {
    label: t('common:retry'),
    onClick: () => view.send({ type: 'retry' }),
  });
}
