import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TFunction } from 'i18next';
import type { BookingAdapter } from '../../core/adapter.js';
import { canGoTo, stepsOf, type BookingEvent, type BookingState, type StepId } from '../../core/booking-flow.js';
import type { Clock } from '../../core/clock.js';
import { BookingError } from '../../core/errors.js';
import { formatDateTimeRange } from '../../core/time.js';
import { errorMessage } from '../../controllers/booking-error.js';
import { unbroken } from '../../core/phone.js';
import { formatCountdown } from '../../controllers/hold-countdown.js';
import { heading } from '../../templates/heading.js';
import { renderSummaryList } from './booking-summary.js';
import { CALENDAR_PARTS, FORM_PARTS, PICKER_PARTS, RECEIPT_PARTS } from './booking-parts.js';

/** What the step panels read and call: the element hands this to the render functions. */
export interface BookingView {
  state: BookingState;
  t: TFunction;
  lang: string;
  /** Level of the step headings (the flow's own top heading). */
  level: number;
  adapter: BookingAdapter;
  clock: Clock;
  /** The deadline (ms) of every backend call, handed to the picker and the calendar; unset, their default. */
  timeout?: number | undefined;
  /** The phone to ring when a failure is not the citizen's to fix: the chosen office's, else the element's `phone`. */
  phone?: string | undefined;
  /** Seconds left on the hold, while one runs. */
  holdSecondsLeft: number | undefined;
  privacyUrl: string | undefined;
  manageUrl: string | undefined;
  /**
   * The page's `service` and `location` ids as given: the picker takes each as a hint when they
   * did not name a bookable pair (one alone, or a pair not offered together), and warns about unknown ones.
   */
  preselect: { service?: string | undefined; location?: string | undefined };
  send(event: BookingEvent): void;
  confirm(): void;
  onServiceSelect(event: CustomEvent): void;
  onSlotSelect(event: CustomEvent): void;
  onContactChange(event: CustomEvent): void;
  onContactSubmit(event: CustomEvent): void;
  /** True when a later step's element could not be loaded (the CDN build's chunks): the step says so instead. */
  missing(tag: string): boolean;
  /** Loads the later steps' elements again. */
  retryLoad(): void;
}

/** The step indicator: done steps are buttons back to them; collapsed to "Trin 2 af 4" on narrow screens. */
export function renderSteps(view: BookingView): TemplateResult {
  const { state, t } = view;
  const steps = stepsOf(state);
  const currentIndex = steps.indexOf(state.step as StepId);
  return html`
    <nav class="steps" part="steps" aria-label=${t('booking:stepsLabel')}>
      <p class="steps-compact" aria-hidden="true">
        ${t('booking:stepOf', { current: currentIndex + 1, total: steps.length, label: t(`booking:steps.${steps[currentIndex]}`) })}
      </p>
      <ol>
        ${steps.map((step, index) => {
          const current = index === currentIndex;
          const reachable = canGoTo(state, step);
          const part = current ? 'step step-current' : reachable ? 'step step-done' : 'step';
          const content = html`<span class="step-number" aria-hidden="true">${index + 1}</span>
            <span class="step-label">${t(`booking:steps.${step}`)}</span>`;
          return html`<li
            class=${current ? 'current' : reachable ? 'done' : 'todo'}
            part=${part}
            aria-current=${ifDefined(current ? 'step' : undefined)}
          >
            ${
              reachable
                ? html`<button
                    type="button"
                    class="step-button"
                    aria-label=${`${index + 1} ${t(`booking:steps.${step}`)}, ${t('booking:stepDone')}`}
                    @click=${() => view.send({ type: 'go-to', step })}
                  >
                    ${content}
                  </button>`
                : html`<span class="step-static">${content}</span>`
            }
          </li>`;
        })}
      </ol>
    </nav>
  `;
}

/** The current step: its heading, who is signed in, what was chosen so far, the hold, and the step's content. */
export function renderStepPanel(view: BookingView): TemplateResult {
  const { state, t } = view;
  const step = state.step as StepId;
  return html`${heading(view.level, t(`booking:headings.${step}`), { id: 'step-heading', className: 'heading', part: 'heading', focusTarget: true })}
  ${renderSession(view)} ${renderContext(view)} ${renderHold(view)} ${STEP_RENDERERS[step](view)}`;
}

function renderSession(view: BookingView): TemplateResult | typeof nothing {
  const { state, t } = view;
  if (!state.session || !state.canSignIn) return nothing;
  const busy = state.busy?.kind === 'signout';
  return html`<div class="session" part="session">
    <span>${t('booking:signIn.signedInAs', { name: state.session.name })}</span>
    <button
      type="button"
      class="button link"
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => view.send({ type: 'sign-out' })}
    >
      ${busy ? t('booking:signIn.signingOut') : t('booking:signIn.signOut')}
    </button>
  </div>`;
}

/** What was chosen so far, in one line, so a citizen landing on a step knows where they are. */
function renderContext(view: BookingView): TemplateResult | typeof nothing {
  const { state, t } = view;
  const { service, location, slot, step } = state;
  if (!service || !location || step === 'service' || step === 'summary') return nothing;
  const lines = [t('booking:chosen.service', { service: service.name, location: location.name })];
  if (slot && step !== 'time')
    lines.push(t('booking:chosen.time', { time: formatDateTimeRange(slot.start, slot.end, view.lang) }));
  return html`<p class="context" part="context">${lines.join(' ')}</p>`;
}

function renderHold(view: BookingView): TemplateResult | typeof nothing {
  const { state, t } = view;
  if (state.step === 'service' || state.step === 'time') return nothing;
  if (state.holdLapsed) {
    const holding = state.busy?.kind === 'hold';
    return html`<div class="hold lapsed" part="hold">
      <p>${t('booking:hold.expired')}</p>
      <button
        type="button"
        class="button secondary"
        aria-disabled=${state.busy ? 'true' : 'false'}
        @click=${() => view.send({ type: 'rehold' })}
      >
        ${holding ? t('booking:hold.holding') : t('booking:hold.rehold')}
      </button>
    </div>`;
  }
  const seconds = view.holdSecondsLeft;
  if (!state.hold || seconds === undefined) return nothing;
  return html`<p class="hold" part="hold">
    <span class="clock" aria-hidden="true"></span>
    <span aria-hidden="true">${t('booking:hold.countdown', { time: formatCountdown(seconds) })}</span>
    <span class="visually-hidden"
      >${t('booking:hold.countdownLabel', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })}</span
    >
  </p>`;
}

function retryableBookingError(state: BookingState): boolean {
  const notice = state.notice;
  return notice?.kind === 'error' && notice.retry === 'book' && notice.error instanceof BookingError && notice.error.retryable;
}

function renderNotice(view: BookingView): TemplateResult | typeof nothing {
  const { state, t } = view;
  const notice = state.notice;
  if (!notice || notice.kind === 'slot-taken') return nothing;
  let text: string;
  if (notice.kind === 'signed-out') text = t('booking:signIn.signedOut');
  else if (notice.kind === 'sign-in-missing') text = t('booking:signIn.notSignedIn');
  else if (notice.error instanceof BookingError && notice.error.code === 'validation' && state.step === 'details')
    text = t('booking:validation');
  else text = errorMessage(notice.error, t, { phone: view.phone });
  const retry = notice.kind === 'error' ? notice.retry : undefined;
  return html`<div class="notice alert" part="notice" role="alert" tabindex="-1">
    <p>${text}</p>
    ${retryableBookingError(state) ? html`<p class="muted">${t('booking:summary.retryNote')}</p>` : nothing}
    ${
      retry === 'hold'
        ? html`<button type="button" class="button secondary" part="retry" @click=${() => view.send({ type: 'rehold' })}>
            ${t('common:retry')}
          </button>`
        : nothing
    }
  </div>`;
}

function renderServiceStep(view: BookingView): TemplateResult {
  const { state, t } = view;
  const unavailable = state.unavailableService;
  return html`
    ${
      unavailable
        ? html`<div class="notice alert" part="notice" role="alert" tabindex="-1" data-service-notice>
            <p>${t('booking:signIn.unavailable', { service: unavailable.name })}</p>
          </div>`
        : nothing
    }
    ${renderNotice(view)}
    <bt-service-picker
      lang=${view.lang}
      .adapter=${view.adapter}
      .clock=${view.clock}
      .timeout=${view.timeout}
      phone=${ifDefined(view.phone)}
      service=${ifDefined(state.service?.id ?? state.preselected?.service.id ?? view.preselect.service)}
      location=${ifDefined(state.location?.id ?? state.preselected?.location.id ?? view.preselect.location)}
      exportparts=${PICKER_PARTS}
      @bt-service-select=${view.onServiceSelect}
    ></bt-service-picker>
  `;
}

function renderTimeStep(view: BookingView): TemplateResult {
  const { state, t } = view;
  const notice = state.notice;
  const taken =
    notice?.kind === 'slot-taken' ? t(notice.afterExpiry ? 'booking:slotTakenAfterExpiry' : 'booking:slotTaken') : undefined;
  return html`
    ${taken ? html`<div class="notice alert" part="notice" role="alert"><p>${taken}</p></div>` : nothing} ${renderNotice(view)}
    ${state.busy?.kind === 'hold' ? html`<p class="status" role="status">${t('booking:hold.holding')}</p>` : nothing}
    ${view.missing('bt-slot-calendar') ? renderUnavailable(view) : renderCalendar(view)}
  `;
}

function renderCalendar(view: BookingView): TemplateResult {
  const { state } = view;
  return html`
    <bt-slot-calendar
      lang=${view.lang}
      .adapter=${view.adapter}
      .clock=${view.clock}
      .timeout=${view.timeout}
      phone=${ifDefined(view.phone)}
      service=${ifDefined(state.service?.id)}
      location=${ifDefined(state.location?.id)}
      selected-date=${ifDefined(state.calendarDate)}
      selected-slot-id=${ifDefined(state.slot?.id)}
      .ownSlot=${state.slot}
      heading-level=${view.level + 1}
      exportparts=${CALENDAR_PARTS}
      @bt-slot-select=${view.onSlotSelect}
    ></bt-slot-calendar>
  `;
}

function renderSignInStep(view: BookingView): TemplateResult {
  const { state, t } = view;
  const busy = state.busy?.kind === 'signin';
  return html`
    ${renderNotice(view)}
    <p>${t('booking:signIn.intro', { service: state.service?.name ?? '' })}</p>
    <button
      type="button"
      class="button"
      part="signin-button"
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => view.send({ type: 'sign-in' })}
    >
      ${busy ? t('booking:signIn.busy') : t('booking:signIn.button')}
    </button>
  `;
}

function renderDetailsStep(view: BookingView): TemplateResult {
  const { state } = view;
  return html`
    ${renderNotice(view)} ${view.missing('bt-contact-form') ? renderUnavailable(view) : nothing}
    <bt-contact-form
      lang=${view.lang}
      ?require-cpr=${Boolean(state.service?.requiresCpr)}
      privacy-url=${ifDefined(view.privacyUrl)}
      .value=${state.contact}
      .session=${state.session}
      .errors=${state.fieldErrors ?? {}}
      heading-level=${view.level + 1}
      exportparts=${FORM_PARTS}
      @bt-contact-change=${view.onContactChange}
      @bt-contact-submit=${view.onContactSubmit}
    ></bt-contact-form>
  `;
}

function renderSummaryStep(view: BookingView): TemplateResult {
  const { state, t } = view;
  const { service, location, slot, details } = state;
  if (!service || !location || !slot || !details) return html``;
  const booking = state.busy?.kind === 'book' || (state.busy?.kind === 'hold' && state.busy.purpose === 'confirm');
  const retryable = retryableBookingError(state);
  return html`
    <p>${t('booking:summary.intro')}</p>
    ${renderSummaryList({
      t,
      lang: view.lang,
      service,
      location,
      slot,
      details,
      session: state.session,
      onChange: (step) => view.send({ type: 'change', step }),
    })}
    ${renderNotice(view)}
    <div class="actions">
      <button
        type="button"
        class="button"
        part=${retryable ? 'confirm retry' : 'confirm'}
        aria-disabled=${booking ? 'true' : 'false'}
        aria-describedby=${ifDefined(booking ? 'booking-status' : undefined)}
        @click=${() => view.confirm()}
      >
        ${booking ? t('booking:summary.booking') : retryable ? t('booking:summary.retry') : t('booking:summary.confirm')}
      </button>
      ${booking ? html`<span id="booking-status" class="muted">${t('booking:summary.bookingStatus')}</span>` : nothing}
    </div>
  `;
}

const STEP_RENDERERS: Record<StepId, (view: BookingView) => TemplateResult> = {
  service: renderServiceStep,
  time: renderTimeStep,
  signin: renderSignInStep,
  details: renderDetailsStep,
  summary: renderSummaryStep,
};

/** The receipt, with the manage link filled in, and "Bestil en tid mere". */
export function renderReceipt(view: BookingView, restart: () => void): TemplateResult {
  const { state, t } = view;
  const appointment = state.appointment;
  return html`
    ${view.missing('bt-receipt') ? renderReceiptUnavailable(view) : nothing}
    <bt-receipt
      lang=${view.lang}
      .appointment=${appointment}
      .clock=${view.clock}
      heading-level=${view.level}
      manage-url=${ifDefined(appointment ? manageLink(view.manageUrl, appointment) : undefined)}
      exportparts=${RECEIPT_PARTS}
    ></bt-receipt>
    <div class="actions">
      <button type="button" class="button secondary" part="restart" @click=${restart}>${t('booking:receipt.another')}</button>
    </div>
  `;
}

/**
 * A later step whose element could not be loaded (the CDN build's chunk: no connection, or a file
 * refused for its integrity): said where the step would be, with a retry; nothing chosen is lost.
 */
function renderUnavailable(view: BookingView): TemplateResult {
  const { t } = view;
  return html`<div class="notice alert" part="notice" role="alert">
    <p>${withPhone(t('booking:stepUnavailable'), view)}</p>
    <button type="button" class="button secondary" part="retry" @click=${() => view.retryLoad()}>${t('common:retry')}</button>
  </div>`;
}

/** The booking is made, but the receipt could not be loaded: what, where, when and its number as text, the manage link, a retry. */
function renderReceiptUnavailable(view: BookingView): TemplateResult {
  const { state, t } = view;
  const appointment = state.appointment;
  const manage = appointment ? manageLink(view.manageUrl, appointment) : undefined;
  return html`
    ${heading(view.level, t('booking:headings.receipt'), { id: 'step-heading', className: 'heading', part: 'heading', focusTarget: true })}
    ${
      appointment
        ? html`<p>
            ${appointment.reference ? t('booking:receiptUnavailable.reference', { reference: appointment.reference }) : nothing}
            ${t('booking:receiptUnavailable.what', { service: appointment.service.name, location: appointment.location.name })}
            ${t('booking:chosen.time', { time: formatDateTimeRange(appointment.start, appointment.end, view.lang) })}
          </p>`
        : nothing
    }
    ${manage ? html`<p><a href=${manage}>${t('booking:receiptUnavailable.manage')}</a></p>` : nothing}
    <div class="notice alert" part="notice" role="alert">
      <p>${withPhone(t('booking:receiptUnavailable.body'), view)}</p>
      <button type="button" class="button secondary" part="retry" @click=${() => view.retryLoad()}>${t('common:retry')}</button>
    </div>
  `;
}

/** A message with whom to ring instead (the office's phone, else the element's), when there is one. */
function withPhone(message: string, view: BookingView): string {
  const phone = view.phone?.trim();
  return phone ? `${message} ${view.t('common:errors.ringInstead', { phone: unbroken(phone) })}` : message;
}

/** The manage link from the `manage-url` template, or none (no template, or no token to fill in). */
function manageLink(template: string | undefined, appointment: { reference: string; token?: string }): string | undefined {
  const text = template?.trim();
  if (!text) return undefined;
  if (text.includes('{token}') && !appointment.token) return undefined;
  return text
    .replaceAll('{reference}', encodeURIComponent(appointment.reference))
    .replaceAll('{token}', encodeURIComponent(appointment.token ?? ''));
}

/** The popup's "Vil du lukke bestillingen?" question, asked before typed details are thrown away. */
export function renderCloseConfirm(t: TFunction, level: number, answer: { stay: () => void; leave: () => void }): TemplateResult {
  return html`
    <div class="close-confirm" part="close-confirm" role="group" aria-labelledby="close-title" aria-describedby="close-body">
      ${heading(level, t('booking:popup.confirmTitle'), { id: 'close-title', className: 'heading' })}
      <p id="close-body">${t('booking:popup.confirmBody')}</p>
      <div class="actions">
        <button type="button" class="button" data-close-stay @click=${answer.stay}>${t('booking:popup.confirmStay')}</button>
        <button type="button" class="button secondary" @click=${answer.leave}>${t('booking:popup.confirmLeave')}</button>
      </div>
    </div>
  `;
}
