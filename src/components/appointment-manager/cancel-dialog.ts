import { html, nothing, type TemplateResult } from 'lit';
import type { ModalDialogController } from '../../controllers/modal-dialog.js';
import { heading } from '../../templates/heading.js';
import { appointmentTime, type ManagerView } from './manager-view.js';

/**
 * "Vil du aflyse din tid?": a modal dialog (APG) that says what will be cancelled. The safe
 * choice, "Nej, behold tiden", comes first and has focus; Escape keeps the appointment too.
 */
export function renderCancelDialog(view: ManagerView, dialog: ModalDialogController): TemplateResult {
  const { state, t, lang } = view;
  const appointment = state.appointment;
  const cancelling = state.busy?.kind === 'cancel';
  return html`<dialog
    part="dialog"
    aria-labelledby="cancel-title"
    aria-describedby="cancel-body"
    @keydown=${dialog.onKeydown}
    @cancel=${dialog.onCancel}
    @close=${dialog.onClose}
  >
    ${
      dialog.open && appointment
        ? html`<div class="dialog-body">
            ${heading(view.level, t('manager:cancel.title'), { id: 'cancel-title', className: 'heading' })}
            <p id="cancel-body">
              ${t('manager:cancel.body', { service: appointment.service.name, location: appointment.location.name, time: appointmentTime(appointment, lang) })}
            </p>
            <div class="actions">
              <button
                type="button"
                class="button"
                part="keep-appointment-button"
                data-keep-appointment
                @click=${() => view.send({ type: 'keep-appointment' })}
              >
                ${t('manager:cancel.keep')}
              </button>
              <button
                type="button"
                class="button danger"
                part="confirm-cancel-button"
                aria-disabled=${cancelling ? 'true' : 'false'}
                @click=${() => view.send({ type: 'confirm-cancel' })}
              >
                ${cancelling ? t('manager:cancel.cancelling') : t('manager:cancel.confirm')}
              </button>
            </div>
          </div>`
        : nothing
    }
  </dialog>`;
}
