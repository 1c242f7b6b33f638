import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BookingAdapter } from '../../core/adapter.js';
import { moveCalendarDate } from '../../core/manage-flow.js';
// The same `calendar-<part>` names as <bt-booking> exports, from its one list.
import { CALENDAR_PARTS } from '../booking/booking-parts.js';
import { alertNotice, appointmentTime, errorNotice, viewHeading, type ManagerView } from './manager-view.js';

export interface MoveView extends ManagerView {
  adapter: BookingAdapter;
  onSlotSelect(event: CustomEvent): void;
}

/**
 * "Vælg en ny tid": the current time stays named above the calendar (the citizen keeps it
 * until a new one is confirmed), the calendar opens on its day, and a chosen time is held
 * (when the backend can) while "Flyt min tid" is pressed.
 */
export function renderMove(view: MoveView): TemplateResult {
  const { state, t, lang } = view;
  const appointment = state.appointment;
  if (!appointment) return html``;
  const slot = state.slot;
  const holding = state.busy?.kind === 'hold';
  const moving = state.busy?.kind === 'reschedule';
  return html`
    ${viewHeading(view, t('manager:move.heading'))}
    <p class="current" part="current-time">
      <span class="strong">${appointment.service.name}, ${appointment.location.name}.</span>
      ${t('manager:move.current', { time: appointmentTime(appointment, lang) })}
    </p>
    ${state.notice?.kind === 'slot-taken' ? alertNotice(t('manager:move.slotTaken')) : nothing} ${errorNotice(view)}
    <bt-slot-calendar
      lang=${lang}
      .adapter=${view.adapter}
      .clock=${view.clock}
      .timeout=${view.timeout}
      service=${appointment.service.id}
      location=${appointment.location.id}
      selected-date=${ifDefined(moveCalendarDate(state))}
      selected-slot-id=${ifDefined(slot?.id)}
      current-start=${appointment.start}
      current-end=${appointment.end}
      heading-level=${view.level + 1}
      exportparts=${CALENDAR_PARTS}
      @bt-slot-select=${view.onSlotSelect}
    ></bt-slot-calendar>
    ${holding ? html`<p class="status" role="status">${t('manager:move.holding')}</p>` : nothing}
    ${
      slot && !holding
        ? html`<div class="confirm-move" part="confirm-move">
            <p class="strong">${t('manager:move.chosen', { time: appointmentTime(slot, lang) })}</p>
            ${state.hold ? html`<p class="muted">${t('manager:move.held')}</p>` : nothing}
          </div>`
        : nothing
    }
    <div class="actions">
      ${
        slot && !holding
          ? html`<button
              type="button"
              class="button"
              part="confirm-move-button"
              data-confirm-move
              aria-disabled=${moving ? 'true' : 'false'}
              @click=${() => view.send({ type: 'confirm-move' })}
            >
              ${moving ? t('manager:move.moving') : t('manager:move.confirm')}
            </button>`
          : nothing
      }
      <button
        type="button"
        class="button secondary"
        part="keep-button"
        aria-disabled=${moving ? 'true' : 'false'}
        @click=${() => view.send({ type: 'keep-time' })}
      >
        ${t('manager:move.keep')}
      </button>
    </div>
  `;
}
