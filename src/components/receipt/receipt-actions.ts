import { html, svg, type TemplateResult } from 'lit';
import { unbroken } from '../../core/phone.js';
import type { TFunction } from 'i18next';
import type { Appointment } from '../../core/types.js';
import { heading } from '../../templates/heading.js';

/** A `tel:` link: digits and a leading +; eight-digit Danish numbers get +45. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${/^\d{8}$/.test(digits) ? `+45${digits}` : digits}`;
}

export interface ReceiptActions {
  addToCalendar: () => void;
  print: () => void;
}

/** "Tilføj til kalender" and "Udskriv". */
export function renderActions(t: TFunction, actions: ReceiptActions): TemplateResult {
  return html`
    <div class="actions" part="actions" role="group" aria-label=${t('receipt:actionsLabel')}>
      <button type="button" class="button" part="calendar-button" @click=${actions.addToCalendar}>
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          ${svg`<rect x="3.5" y="5" width="17" height="15" rx="2" /><path d="M3.5 10h17M8 3v4M16 3v4M12 12.5v5M9.5 15h5" />`}
        </svg>
        ${t('receipt:addToCalendar')}
      </button>
      <button type="button" class="button secondary" part="print-button" @click=${actions.print}>
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          ${svg`<path d="M7 9V3.5h10V9M7 17H4.5V10.5a1.5 1.5 0 0 1 1.5-1.5h12a1.5 1.5 0 0 1 1.5 1.5V17H17" /><rect x="7" y="14" width="10" height="6.5" />`}
        </svg>
        ${t('receipt:print')}
      </button>
    </div>
  `;
}

/**
 * "Ændr eller aflys": the manage link when there is a safe one (`manageUrl` is already
 * checked by the caller), else the office's phone, else a plain "contact the office".
 */
export function renderManage(
  appointment: Appointment,
  manageUrl: string | undefined,
  t: TFunction,
  level: number,
): TemplateResult {
  const { location } = appointment;
  let content: TemplateResult;
  if (manageUrl) {
    content = html`<p><a class="manage-link" part="manage-link" href=${manageUrl}>${t('receipt:manageLink')}</a></p>`;
  } else if (location.phone) {
    content = html`<p>
      ${t('receipt:managePhone', { location: location.name })}
      <a class="phone" href=${telHref(location.phone)}>${unbroken(location.phone)}</a>.
    </p>`;
  } else {
    content = html`<p>${t('receipt:manageContact', { location: location.name })}</p>`;
  }
  return html`
    <section class="manage" part="manage" aria-labelledby="manage-heading">
      ${heading(level, t('receipt:manageHeading'), { id: 'manage-heading', className: 'section-heading' })} ${content}
    </section>
  `;
}
