import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { copenhagenDate, formatDateTimeRange, formatLongDate, formatTime, formatTimeWithPrefix } from '../../core/time.js';
import type { Appointment } from '../../core/types.js';
import { feeText } from '../../i18n/fee.js';

/** "kl. 10.15–10.30" on one day; the full range when an appointment crosses midnight. */
function timeText(appointment: Appointment, t: TFunction, lang: string): string {
  const { start, end } = appointment;
  return copenhagenDate(start) === copenhagenDate(end)
    ? t('receipt:timeRange', { start: formatTimeWithPrefix(start, lang), end: formatTime(end, lang) })
    : formatDateTimeRange(start, end, lang);
}

/** The facts of the booking as a description list: errand, person, date, time, place, price. */
export function renderDetails(appointment: Appointment, t: TFunction, lang: string): TemplateResult {
  const { service, location } = appointment;
  return html`
    <dl class="details" part="details">
      <div>
        <dt>${t('receipt:service')}</dt>
        <dd class="service">${service.name}</dd>
      </div>
      ${
        appointment.citizenName
          ? html`<div>
              <dt>${t('receipt:bookedFor')}</dt>
              <dd class="citizen">${appointment.citizenName}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${t('receipt:date')}</dt>
        <dd class="date">${formatLongDate(copenhagenDate(appointment.start), lang)}</dd>
      </div>
      <div>
        <dt>${t('receipt:time')}</dt>
        <dd class="time">
          ${timeText(appointment, t, lang)}
          <span class="duration">(${t('common:minutes', { count: service.durationMinutes })})</span>
        </dd>
      </div>
      <div class="place">
        <dt>${t('receipt:place')}</dt>
        <dd>
          <span class="location-name">${location.name}</span>
          <span class="street">${location.address.street}</span>
          <span class="city">${location.address.postalCode} ${location.address.city}</span>
        </dd>
      </div>
      ${
        location.accessibilityNote
          ? html`<div>
              <dt>${t('receipt:accessibility')}</dt>
              <dd class="accessibility">${location.accessibilityNote}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${t('receipt:price')}</dt>
        <dd class="fee">${feeText(service.fee, t, lang)}</dd>
      </div>
    </dl>
  `;
}
