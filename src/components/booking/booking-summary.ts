import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { Location, Service, Session, Slot } from '../../core/types.js';
import { formatDateTimeRange } from '../../core/time.js';
import { formatPhone } from '../../core/validation.js';
import type { ContactDetails, StepId } from '../../core/booking-flow.js';
import { feeText } from '../../i18n/fee.js';

/** What the "Tjek dine svar" summary shows and what its buttons do. */
export interface SummaryView {
  t: TFunction;
  lang: string;
  service: Service;
  location: Location;
  slot: Slot;
  details: ContactDetails;
  session: Session | null;
  /** A "Ret" button: back to that step. */
  onChange: (step: Exclude<StepId, 'summary'>) => void;
}

interface Row {
  label: string;
  value: TemplateResult | string;
  /** The step its "Ret" button goes to; absent when the answer cannot be changed here (MitID). */
  step?: Exclude<StepId, 'summary'>;
}

/** "0101901234" → "010190-••••": enough to spot a wrong birth date, not the whole number on screen. */
function maskedCpr(cpr: string, t: TFunction): TemplateResult {
  const digits = cpr.replace(/\D/g, '');
  return html`${digits.slice(0, 6)}-<span aria-hidden="true">••••</span
    ><span class="visually-hidden">${t('booking:summary.cprHidden')}</span>`;
}

function address(location: Location): string {
  const { street, postalCode, city } = location.address;
  return `${street}, ${postalCode} ${city}`;
}

function rows(view: SummaryView): Row[] {
  const { t, lang, service, location, slot, details, session } = view;
  const citizen = details.citizen;
  const fromMitId = html` <span class="badge">${t('booking:summary.fromMitId')}</span>`;
  const minutes = t('common:minutes', { count: service.durationMinutes });
  const fee = feeText(service.fee, t, lang);
  const result: Row[] = [
    {
      label: t('booking:summary.service'),
      value: html`${service.name}<br /><span class="muted">${minutes} · ${fee}</span>`,
      step: 'service',
    },
    {
      label: t('booking:summary.location'),
      value: html`${location.name}<br /><span class="muted">${address(location)}</span>`,
      step: 'service',
    },
    { label: t('booking:summary.time'), value: formatDateTimeRange(slot.start, slot.end, lang), step: 'time' },
  ];
  const name = session?.name ?? citizen.name;
  result.push(
    session
      ? { label: t('booking:summary.name'), value: html`${name}${fromMitId}` }
      : { label: t('booking:summary.name'), value: name, step: 'details' },
  );
  // Shown only when the errand needs it, exactly as it is sent.
  const cpr = service.requiresCpr ? (session?.cpr ?? citizen.cpr) : undefined;
  if (cpr) {
    result.push(
      session?.cpr
        ? { label: t('booking:summary.cpr'), value: html`${maskedCpr(cpr, t)}${fromMitId}` }
        : { label: t('booking:summary.cpr'), value: maskedCpr(cpr, t), step: 'details' },
    );
  }
  const notGiven = t('booking:summary.notGiven');
  result.push(
    { label: t('booking:summary.email'), value: citizen.email || notGiven, step: 'details' },
    { label: t('booking:summary.phone'), value: citizen.phone ? formatPhone(citizen.phone) : notGiven, step: 'details' },
  );
  if (citizen.phone) {
    result.push({
      label: t('booking:summary.sms'),
      value: citizen.smsReminder ? t('booking:summary.smsYes') : t('booking:summary.smsNo'),
      step: 'details',
    });
  }
  if (details.onBehalfOf) {
    const { relation, name: otherName } = details.onBehalfOf;
    result.push({
      label: t('booking:summary.onBehalfOf'),
      value: t(relation === 'child' ? 'booking:summary.relationChild' : 'booking:summary.relationAdult', { name: otherName }),
      step: 'details',
    });
  }
  const needs: string[] = [];
  if (details.needs?.interpreter) needs.push(t('booking:summary.interpreter', { language: details.needs.interpreter }));
  if (details.needs?.stepFreeAccess) needs.push(t('booking:summary.stepFree'));
  if (details.needs?.other) needs.push(details.needs.other);
  result.push({
    label: t('booking:summary.needs'),
    value: needs.length
      ? html`${needs.map((need, index) => html`${index ? html`<br />` : nothing}${need}`)}`
      : t('booking:summary.none'),
    step: 'details',
  });
  return result;
}

/**
 * The GOV.UK "Check your answers" list: one row per answer, each with a "Ret" button whose
 * accessible name says what it changes ("Ret Tid"), going back to that step and from there
 * straight back here.
 */
export function renderSummaryList(view: SummaryView): TemplateResult {
  const { t } = view;
  return html`
    <dl class="summary-list" part="summary">
      ${rows(view).map(
        (row) => html`
          <div class="summary-row" part="summary-row">
            <dt>${row.label}</dt>
            <dd class="summary-value">${row.value}</dd>
            <dd class="summary-action">
              ${
                row.step
                  ? html`<button
                      type="button"
                      class="button link"
                      part="change"
                      data-step=${row.step}
                      @click=${() => view.onChange(row.step!)}
                    >
                      ${t('booking:summary.change')}<span class="visually-hidden"> ${row.label}</span>
                    </button>`
                  : nothing
              }
            </dd>
          </div>
        `,
      )}
    </dl>
  `;
}
