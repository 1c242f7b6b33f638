import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TFunction } from 'i18next';
import type { BookingAdapter } from '../../core/adapter.js';
import { canGoTo, stepsOf, type BookingEvent, type BookingState, type FlowStep, type StepId } from '../../core/booking-flow.js';
import type { Clock } from '../../core/clock.js';
import { BookingError } from '../../core/errors.js';
import { formatDateTimeRange } from '../../core/time.js';
import { errorMessage } from '../../controllers/booking-error.js';
import { reportStepsFailed, reportStepsLoaded } from '../../controllers/lazy-steps.js';
import { fillManageTemplate } from '../../core/manage-template.js';
import { unbroken } from '../../core/phone.js';
import { heading } from '../../templates/heading.js';
import { PICKER_PARTS } from './booking-parts.js';

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
  smsOffered: boolean;
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
  /** True when a later step's code (its element or its panel) could not be loaded: the step says so. */
  loadFailed: boolean;
  /** Loads the later steps' elements again. */
  retryLoad(): void;
}

type Panel = (view: BookingView) => TemplateResult | typeof nothing;

/** The panels after the errand step (`booking-later-panels.ts`). */
export interface LaterPanels {
  context: Panel;
  hold: Panel;
  steps: Record<Exclude<StepId, 'service'>, (view: BookingView) => TemplateResult>;
  receipt(view: BookingView, restart: () => void): TemplateResult;
}

let laterPanels: LaterPanels | undefined;
let loadingPanels: Promise<LaterPanels> | undefined;

/**
 * Fetches the later panels (once; again after a failure). Until they are here, a later step
 * shows its heading and "Henter …"; a failure is reported to every flow on the page
 * (`controllers/lazy-steps`), whose step says so with a retry (`renderUnavailable`).
 */
export function loadLaterPanels(): Promise<LaterPanels> {
  loadingPanels ??= import('./booking-later-panels.js').then(
    (module) => {
      laterPanels = module.laterPanels;
      reportStepsLoaded('panels');
      return laterPanels;
    },
    (error: unknown) => {
      loadingPanels = undefined;
      reportStepsFailed(loadLaterPanels, 'panels');
      throw error;
    },
  );
  return loadingPanels;
}

/** True once the later panels are loaded. */
export const hasLaterPanels = (): boolean => laterPanels !== undefined;

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
  ${renderSession(view)} ${laterPanels?.context(view) ?? nothing} ${laterPanels?.hold(view) ?? nothing} ${renderLoading(view)}
  ${step === 'service' ? renderServiceStep(view) : laterPanels ? laterPanels.steps[step](view) : view.loadFailed ? renderUnavailable(view) : nothing}`;
}

/** The receipt step: the receipt, or what the booking is when its code could not be loaded. */
export function renderReceiptStep(view: BookingView, restart: () => void): TemplateResult | typeof nothing {
  if (laterPanels) return html`${renderLoading(view)}${laterPanels.receipt(view, restart)}`;
  return view.loadFailed ? renderReceiptUnavailable(view) : renderLoading(view);
}

/** The element each later step shows (the CDN build defines them from chunks of their own). */
const STEP_ELEMENTS: Partial<Record<FlowStep, string>> = {
  time: 'bt-slot-calendar',
  details: 'bt-contact-form',
  receipt: 'bt-receipt',
};

/** "Henter …" while the step's code (its panel, or its element) is on its way, as on a slow phone connection. */
function renderLoading(view: BookingView): TemplateResult | typeof nothing {
  const step = view.state.step;
  if (view.loadFailed || step === 'service') return nothing;
  const tag = STEP_ELEMENTS[step];
  const waiting = !laterPanels || (tag !== undefined && !customElements.get(tag));
  return waiting ? html`<p class="status" role="status">${view.t('common:loading')}</p>` : nothing;
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

export function retryableBookingError(state: BookingState): boolean {
  const notice = state.notice;
  return notice?.kind === 'error' && notice.retry === 'book' && notice.error instanceof BookingError && notice.error.retryable;
}

export function renderNotice(view: BookingView): TemplateResult | typeof nothing {
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

/**
 * A later step whose element could not be loaded (the CDN build's chunk: no connection, or a file
 * refused for its integrity): said where the step would be, with a retry; nothing chosen is lost.
 */
export function renderUnavailable(view: BookingView): TemplateResult {
  const { t } = view;
  return html`<div class="notice alert" part="notice" role="alert">
    <p>${withPhone(t('booking:stepUnavailable'), view)}</p>
    <button type="button" class="button secondary" part="retry" @click=${() => view.retryLoad()}>${t('common:retry')}</button>
  </div>`;
}

/** The booking is made, but the receipt could not be loaded: what, where, when and its number as text, the manage link, a retry. */
export function renderReceiptUnavailable(view: BookingView): TemplateResult {
  const { state, t } = view;
  const appointment = state.appointment;
  const manage = appointment ? manageLink(view.manageUrl, appointment, view.lang) : undefined;
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
export function manageLink(
  template: string | undefined,
  appointment: { reference: string; token?: string },
  lang: string,
): string | undefined {
  const text = template?.trim();
  if (!text) return undefined;
  if (text.includes('{token}') && !appointment.token) return undefined;
  return fillManageTemplate(text, { reference: appointment.reference, token: appointment.token, lang });
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
