import { html, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { repeat } from 'lit/directives/repeat.js';
import type { Appointment } from '../../core/types.js';
import { heading } from '../../templates/heading.js';

/**
 * "Det skal du medbringe": a checklist the citizen ticks while packing. The ticks are not
 * saved; keying the rows by reference starts a fresh list for another appointment, while a
 * language change (same reference) keeps them.
 */
export function renderChecklist(appointment: Appointment, t: TFunction, level: number): TemplateResult {
  const documents = appointment.service.documentsToBring;
  return html`
    <section class="documents" part="documents" aria-labelledby="documents-heading">
      ${heading(level, t('receipt:documentsHeading'), { id: 'documents-heading', className: 'section-heading' })}
      ${
        documents.length === 0
          ? html`<p>${t('receipt:documentsNone')}</p>`
          : html`
              <p class="hint">${t('receipt:documentsHint')}</p>
              <ul class="checklist" part="checklist">
                ${repeat(
                  documents,
                  (item, index) => `${appointment.reference}\u0000${index}\u0000${item}`,
                  (item, index) => html`
                    <li>
                      <input type="checkbox" id=${`document-${index}`} />
                      <label for=${`document-${index}`}>${item}</label>
                    </li>
                  `,
                )}
              </ul>
            `
      }
    </section>
  `;
}
