import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { Clock } from '../../core/clock.js';
import type { ManageEvent, ManageState } from '../../core/manage-flow.js';
import { copenhagenDate, formatDateTimeRange, formatTime, formatTimeWithPrefix, formatLongDate } from '../../core/time.js';
import type { Appointment } from '../../core/types.js';
import { errorMessage } from '../../controllers/booking-error.js';
import { heading } from '../../templates/heading.js';

/** What the render modules read and call: the element hands this to them. */
export interface ManagerView {
  state: ManageState;
  t: TFunction;
  lang: string;
  /** Level of the view's top heading. */
  level: number;
  clock: Clock;
  /** The deadline (ms) of every backend call, handed to the embedded elements; unset, their default. */
  timeout: number | undefined;
  /** The municipality's phone number (the element's `phone`), for when the office has none. */
  phone: string | undefined;
  /** The privacy notice and SMS offer of the new errand's booking (the element's `privacy-url`, `sms-offered`). */
  privacyUrl: string | undefined;
  smsOffered: boolean;
  /** The new errand's manage link template: this page, when it reads its links (`from-url`). */
  manageUrl: string | undefined;
  /** Where "Bestil en ny tid" goes: an http(s) URL, already checked. */
  bookingUrl: string | undefined;
  send(event: ManageEvent): void;
}

/** The id of every view's heading, which focus goes to when the citizen arrives at a view. */
export const HEADING_ID = 'manage-heading';

export function viewHeading(view: ManagerView, text: string): TemplateResult {
  return heading(view.level, text, { id: HEADING_ID, className: 'heading', part: 'heading', focusTarget: true });
}

/** "tirsdag 1. december 2026 kl. 10.15–10.30", in Copenhagen time. */
export function appointmentTime(appointment: Pick<Appointment, 'start' | 'end'>, lang: string): string {
  return formatDateTimeRange(appointment.start, appointment.end, lang);
}

/** "kl. 10.15–10.30" on one day; the full range when an appointment crosses midnight. */
export function clockTimes(appointment: Pick<Appointment, 'start' | 'end'>, lang: string): string {
  const { start, end } = appointment;
  return copenhagenDate(start) === copenhagenDate(end)
    ? `${formatTimeWithPrefix(start, lang)}–${formatTime(end, lang)}`
    : formatDateTimeRange(start, end, lang);
}

export function appointmentDate(appointment: Pick<Appointment, 'start'>, lang: string): string {
  return formatLongDate(copenhagenDate(appointment.start), lang);
}

/** Whether the appointment is over, by the element's clock. */
export function isPast(appointment: Appointment, clock: Clock): boolean {
  return Date.parse(appointment.end) <= clock.now().getTime();
}

/** A message on a view: focusable (focus goes there after a failure), read at once. */
export function alertNotice(content: TemplateResult | string, action?: { label: string; onClick: () => void }): TemplateResult {
  return html`<div class="notice alert" part="notice" role="alert" tabindex="-1">
    <p>${content}</p>
    ${
      action
        ? html`<button type="button" class="button secondary" part="retry" @click=${action.onClick}>${action.label}</button>`
        : nothing
    }
  </div>`;
}

/** The number to ring when the backend fails: the appointment's office's, else the municipality's. */
export function phoneToRing(view: ManagerView): string | undefined {
  return view.state.appointment?.location.phone ?? view.phone;
}

/** A failure with the citizen-facing text of its error, and "Prøv igen" when the flow can repeat it. */
export function errorNotice(view: ManagerView): TemplateResult | typeof nothing {
  const notice = view.state.notice;
  if (notice?.kind !== 'error') return nothing;
  const retry = notice.retry ? { label: view.t('common:retry'), onClick: () => view.send({ type: 'retry' }) } : undefined;
  return alertNotice(errorMessage(notice.error, view.t, { phone: phoneToRing(view) }), retry);
}
