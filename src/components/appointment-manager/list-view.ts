import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Clock } from '../../core/clock.js';
import type { Appointment } from '../../core/types.js';
import { heading } from '../../templates/heading.js';
import { appointmentTime, errorNotice, isPast, viewHeading, type ManagerView } from './manager-view.js';

/** How far back "Tidligere aftaler" reaches. */
const RECENT_PAST_DAYS = 90;

/** Upcoming appointments soonest first; the recent past newest first. */
export function groupAppointments(
  appointments: readonly Appointment[],
  clock: Clock,
): { upcoming: Appointment[]; past: Appointment[] } {
  const since = clock.now().getTime() - RECENT_PAST_DAYS * 86_400_000;
  const byStart = [...appointments].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return {
    upcoming: byStart.filter((appointment) => !isPast(appointment, clock)),
    past: byStart.filter((appointment) => isPast(appointment, clock) && Date.parse(appointment.end) >= since).reverse(),
  };
}

/** "Mine aftaler": the signed-in citizen's appointments, each a way into its details and actions. */
export function renderList(view: ManagerView): TemplateResult {
  const { state, t } = view;
  const { upcoming, past } = groupAppointments(state.appointments ?? [], view.clock);
  return html`
    ${viewHeading(view, t('manager:list.heading'))}
    ${state.session ? html`<p class="session" part="session">${t('manager:list.signedInAs', { name: state.session.name })}</p>` : nothing}
    ${errorNotice(view)}
    ${
      state.appointments
        ? html`<section class="group" aria-labelledby="upcoming-heading">
              ${heading(view.level + 1, t('manager:list.upcoming'), { id: 'upcoming-heading', className: 'subheading' })}
              ${upcoming.length ? renderItems(view, upcoming) : html`<p class="muted">${t('manager:list.none')}</p>`}
            </section>
            ${
              past.length
                ? html`<section class="group" aria-labelledby="past-heading">
                    ${heading(view.level + 1, t('manager:list.past'), { id: 'past-heading', className: 'subheading' })}
                    ${renderItems(view, past)}
                  </section>`
                : nothing
            }`
        : nothing
    }
  `;
}

function renderItems(view: ManagerView, appointments: Appointment[]): TemplateResult {
  const { t, lang } = view;
  return html`<ul class="appointments" part="appointments">
    ${repeat(
      appointments,
      (appointment) => appointment.reference,
      (appointment) => {
        const time = appointmentTime(appointment, lang);
        const status = appointment.status === 'cancelled' ? t('manager:appointment.cancelled') : undefined;
        return html`<li class="appointment-item ${appointment.status}" part="appointment-item">
          <p class="strong">${appointment.service.name}</p>
          <p>${time}</p>
          <p class="muted">
            ${appointment.location.name}${status ? html` · <span class="status-cancelled">${status}</span>` : nothing}
          </p>
          <button
            type="button"
            class="button secondary"
            part="open-button"
            aria-label=${t('manager:list.openLabel', { service: appointment.service.name, time })}
            @click=${() => view.send({ type: 'open', reference: appointment.reference })}
          >
            ${t('manager:list.open')}
          </button>
        </li>`;
      },
    )}
  </ul>`;
}
