import { html, nothing, type TemplateResult } from 'lit';
import { isManageable } from '../../core/manage-flow.js';
import type { Appointment } from '../../core/types.js';
import { errorMessage } from '../../controllers/booking-error.js';
import { unbroken } from '../../core/phone.js';
import { heading } from '../../templates/heading.js';
import {
  alertNotice,
  appointmentDate,
  appointmentTime,
  clockTimes,
  errorNotice,
  isPast,
  phoneToRing,
  viewHeading,
  type ManagerView,
} from './manager-view.js';

/** One appointment: what, where and when, what to bring, its status, and what the citizen can do. */
export function renderAppointment(view: ManagerView): TemplateResult {
  const { state, t } = view;
  const appointment = state.appointment;
  if (!appointment) return html``;
  const cancelled = appointment.status === 'cancelled';
  return html`
    ${viewHeading(view, t(cancelled ? 'manager:appointment.headingCancelled' : 'manager:appointment.heading'))}
    ${cancelled ? renderCancelled(view) : nothing} ${renderNotice(view, appointment)} ${renderFacts(view, appointment)}
    ${cancelled ? nothing : renderDocuments(view, appointment)} ${renderActions(view, appointment)} ${renderBack(view)}
  `;
}

/** The facts as a description list; the status in words (never by colour alone). */
export function renderFacts(view: ManagerView, appointment: Appointment): TemplateResult {
  const { t, lang } = view;
  const { service, location } = appointment;
  const status =
    appointment.status === 'cancelled'
      ? t('manager:appointment.cancelled')
      : isPast(appointment, view.clock)
        ? t('manager:appointment.past')
        : t('manager:appointment.booked');
  return html`<dl class="facts" part="details">
    <div>
      <dt>${t('manager:appointment.reference')}</dt>
      <dd class="reference">${appointment.reference}</dd>
    </div>
    <div>
      <dt>${t('manager:appointment.status')}</dt>
      <dd class="status status-${appointment.status}">${status}</dd>
    </div>
    <div>
      <dt>${t('manager:appointment.service')}</dt>
      <dd>${service.name}</dd>
    </div>
    <div>
      <dt>${t('manager:appointment.date')}</dt>
      <dd>${appointmentDate(appointment, lang)}</dd>
    </div>
    <div>
      <dt>${t('manager:appointment.time')}</dt>
      <dd>${clockTimes(appointment, lang)}</dd>
    </div>
    <div>
      <dt>${t('manager:appointment.place')}</dt>
      <dd>
        <span class="line">${location.name}</span>
        <span class="line">${location.address.street}</span>
        <span class="line">${location.address.postalCode} ${location.address.city}</span>
        ${location.phone ? html`<span class="line"><a href="tel:${location.phone.replace(/\s+/g, '')}">${unbroken(location.phone)}</a></span>` : nothing}
      </dd>
    </div>
  </dl>`;
}

function renderDocuments(view: ManagerView, appointment: Appointment): TemplateResult {
  const { t } = view;
  const documents = appointment.service.documentsToBring;
  return html`<section class="documents" part="documents" aria-labelledby="documents-heading">
    ${heading(view.level + 1, t('manager:appointment.documents'), { id: 'documents-heading', className: 'subheading' })}
    ${
      documents.length
        ? html`<ul>
            ${documents.map((document) => html`<li>${document}</li>`)}
          </ul>`
        : html`<p>${t('manager:appointment.documentsNone')}</p>`
    }
  </section>`;
}

function renderNotice(view: ManagerView, appointment: Appointment): TemplateResult | typeof nothing {
  const { state, t, lang } = view;
  const notice = state.notice;
  if (notice?.kind === 'move-failed') {
    // The original is intact: say so, with the time, then why, then the retry.
    return alertNotice(
      html`${t('manager:appointment.moveFailed', { time: appointmentTime(appointment, lang) })}
      ${errorMessage(notice.error, t, { phone: phoneToRing(view) })}`,
      {
        label: t('manager:appointment.moveRetry'),
        onClick: () => view.send({ type: 'retry' }),
      },
    );
  }
  if (notice?.kind === 'cancel-refused') {
    const { location } = appointment;
    return alertNotice(
      location.phone
        ? t('manager:appointment.cancelRefused', { location: location.name, phone: location.phone })
        : t('manager:appointment.cancelRefusedNoPhone', { location: location.name }),
    );
  }
  return errorNotice(view);
}

function renderCancelled(view: ManagerView): TemplateResult {
  const { t } = view;
  return html`<div class="cancelled-note" part="cancelled">
    <p>${t('manager:appointment.cancelledNote')}</p>
    ${view.bookingUrl ? html`<a class="button" part="book-new" href=${view.bookingUrl}>${t('manager:appointment.bookNew')}</a>` : nothing}
  </div>`;
}

/** "Ændr tidspunkt", "Aflys", "Skift ærinde": only for a booked appointment that has not yet passed. */
export function renderActions(view: ManagerView, appointment: Appointment): TemplateResult | typeof nothing {
  const { state, t } = view;
  if (!isManageable(state) || isPast(appointment, view.clock)) return nothing;
  const busy = Boolean(state.busy);
  return html`<div class="actions" part="actions" role="group" aria-label=${t('manager:appointment.actions')}>
    <button
      type="button"
      class="button"
      part="move-button"
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => view.send({ type: 'start-move' })}
    >
      ${t('manager:appointment.move')}
    </button>
    <button
      type="button"
      class="button secondary"
      part="cancel-button"
      data-ask-cancel
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => view.send({ type: 'ask-cancel' })}
    >
      ${t('manager:appointment.cancel')}
    </button>
    ${
      state.view === 'appointment'
        ? html`<button
            type="button"
            class="button link"
            part="change-errand-button"
            @click=${() => view.send({ type: 'change-errand' })}
          >
            ${t('manager:appointment.changeErrand')}
          </button>`
        : nothing
    }
  </div>`;
}

/** Back to "Mine aftaler" when signed in, else to the lookup form for another booking. */
export function renderBack(view: ManagerView): TemplateResult {
  const { state, t } = view;
  return html`<p class="back">
    <button type="button" class="button link" part="back-button" @click=${() => view.send({ type: 'back' })}>
      ${t(state.session ? 'manager:appointment.back' : 'manager:appointment.findAnother')}
    </button>
  </p>`;
}
