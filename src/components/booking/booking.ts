import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { BookingAdapter } from '../../core/adapter.js';
import {
  appointmentEventDetail,
  slotFromDetail,
  type AppointmentEventDetail,
  type ServiceSelectDetail,
  type SlotSelectDetail,
} from '../../core/appointment-event.js';
import { hasTypedDetails, type ContactDetails, type FlowStep } from '../../core/booking-flow.js';
import { booleanDefaultTrue } from '../../core/attribute-converters.js';
import { systemClock, type Clock } from '../../core/clock.js';
import type { Appointment } from '../../core/types.js';
import { AdapterSource } from '../../controllers/adapter-source.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { BookingFlowController, type ViewEffect } from '../../controllers/booking-flow.js';
import { HoldCountdownController } from '../../controllers/hold-countdown.js';
import { LazyStepsController } from '../../controllers/lazy-steps.js';
import { LocalizeController } from '../../controllers/localize.js';
import { whenIdle } from '../../controllers/when-idle.js';
import { ModalDialogController } from '../../controllers/modal-dialog.js';
import { flowTextStyles, hostStyles } from '../../styles/shared.js';
import { heading, headingLevel } from '../../templates/heading.js';
import {
  hasLaterPanels,
  loadLaterPanels,
  renderCloseConfirm,
  renderReceiptStep,
  renderStepPanel,
  renderSteps,
  type BookingView,
} from './booking-panels.js';
import { bookingStyles } from './booking.styles.js';
import { renderConfigError } from './config-error.js';
import type { BtServicePicker } from '../service-picker/service-picker.js';

export interface StepChangeDetail {
  step: FlowStep;
  previousStep: FlowStep;
}

/** What `bt-booked` carries (never the token, a CPR number or a name). */
export type BookedDetail = AppointmentEventDetail;

/**
 * The whole booking, from "I need a passport" to a receipt: errand and place, day and time,
 * MitID sign-in when the errand needs it, the citizen's details, "Tjek dine svar", and the
 * receipt. Holds the chosen time while the citizen fills in the rest (when the backend can),
 * books exactly once per confirmation, and keeps everything typed through errors, "Ret"
 * links, language switches and lost holds. Leaves the page's URL and history alone and
 * stores nothing: the CPR number lives only in memory.
 *
 * The flow itself is `core/booking-flow` (a pure transition); `BookingFlowController` runs its
 * effects against the backend; this element turns DOM events into flow events and renders.
 *
 * `manage-url` is a template; `{reference}` and `{token}` are replaced with the booking
 * reference and its manage token. The token lets whoever holds the link change or cancel
 * the appointment (like the link in a confirmation e-mail), so it is never a CPR number and
 * never goes into the page's own URL; leave `{token}` out if your manage page asks for a
 * sign-in instead.
 *
 * @tagname bt-booking
 * @summary The complete booking flow for a Borgerservice appointment.
 *
 * @attr api - Base URL of the booking REST API; creates a `RestAdapter` (registered by `borgertid/define/bt-booking`). The `adapter` property wins.
 * @attr lang - `da` (default) or `en`; inherited from ancestors. Switching keeps every answer.
 * @attr service - Id of the errand to preselect; with a valid `location` (or when only one office offers it) the first step is skipped, else the errand is chosen in the picker. Unknown ids are ignored with a console warning.
 * @attr location - Id of the office to preselect: chosen in the picker, where the citizen picks the errand (with `service`, see above). Unknown ids are ignored with a console warning.
 * @attr variant - `inline` (default) or `popup`: a button that opens the flow in a modal dialog. Reflected.
 * @attr heading-level - Level of the flow's headings (default 2; in the popup the dialog title takes it and the steps go one lower).
 * @attr button-label - Text of the popup's button (default "Bestil tid" / "Book an appointment").
 * @attr manage-url - Template of the change-or-cancel link on the receipt, e.g. `https://kommune.dk/min-tid#reference={reference}&token={token}`.
 * @attr privacy-url - Link to the municipality's privacy notice, shown with the details form.
 * @attr sms-offered - `"false"` when the backend sends no SMS reminders: the details form asks for a "Telefonnummer" with no reminder opt-in.
 * @attr phone - The municipality's phone number, offered with failures the citizen cannot fix when the chosen office has none.
 * @attr timeout - How long (ms) any backend call may take before the citizen is told and offered a retry (default 20000).
 *
 * @fires bt-step-change - `{ step, previousStep }` whenever the citizen moves to another step (or the receipt). Bubbles, composed.
 * @fires bt-service-select - From the picker inside (see `<bt-service-picker>`): a page listener that runs before the widget's (capture phase on `window`, `document` or an ancestor) and calls `preventDefault()` keeps the citizen on the step; the widget itself cancels a choice it refuses.
 * @fires bt-slot-select - From the calendar inside (see `<bt-slot-calendar>`); cancelable the same way: no time is held and the citizen stays on the calendar.
 * @fires bt-booked - `{ reference, serviceId, locationId, start, end }` once the appointment is booked (never the token, CPR number or name). Bubbles, composed.
 *
 * @csspart base - The flow's wrapper.
 * @csspart steps - The step indicator (`<nav>`).
 * @csspart step - One step in the indicator; also `step-current` and `step-done`.
 * @csspart step-current - The step the citizen is on.
 * @csspart step-done - A completed step (a button back to it).
 * @csspart panel - The current step's content.
 * @csspart heading - The current step's heading.
 * @csspart context - The line recalling the errand and time chosen so far.
 * @csspart session - The "Du er logget ind som …" bar.
 * @csspart hold - The hold countdown or its "no longer reserved" message.
 * @csspart notice - A message on the step (slot taken, error, validation).
 * @csspart summary - The "Tjek dine svar" list; `summary-row` each row, `change` each "Ret" button.
 * @csspart confirm - The confirm button.
 * @csspart retry - The retry button after a failed booking.
 * @csspart signin-button - The "Log ind med MitID" button.
 * @csspart restart - The "Bestil en tid mere" button.
 * @csspart config-error - The message shown when neither `api` nor `adapter` is set, or `api` is no valid URL.
 * @csspart popup-button - The button that opens the popup.
 * @csspart dialog - The popup `<dialog>`.
 * @csspart dialog-header - The popup's title bar.
 * @csspart close-button - The popup's close button.
 * @csspart close-confirm - The "Vil du lukke bestillingen?" question.
 * @csspart picker - `<bt-service-picker>`'s base; each of its parts as `picker-<part>` (e.g. `picker-continue`).
 * @csspart calendar - `<bt-slot-calendar>`'s base; each of its parts as `calendar-<part>` (e.g. `calendar-today`, `calendar-day-available`).
 * @csspart form - `<bt-contact-form>`'s form; each of its parts as `form-<part>` (e.g. `form-label`, `form-error`).
 * @csspart receipt - `<bt-receipt>`'s base; each of its parts as `receipt-<part>` (e.g. `receipt-banner`).
 *
 * @cssprop [--bt-color-primary=#0b5cab] - Buttons, links, the current step.
 * @cssprop [--bt-color-on-primary=#ffffff] - Text on primary buttons and the current step.
 * @cssprop [--bt-color-primary-soft=#e6f0fa] - Hold countdown background.
 * @cssprop [--bt-color-text=#1a1a1a] - Text.
 * @cssprop [--bt-color-muted=#555b63] - Secondary text, future steps.
 * @cssprop [--bt-color-surface=#ffffff] - Background of the panel and dialog.
 * @cssprop [--bt-color-surface-alt=#f4f5f7] - Background of the context line.
 * @cssprop [--bt-color-border=#8a9099] - Borders and dividers.
 * @cssprop [--bt-color-danger=#b3261e] - Error messages.
 * @cssprop [--bt-color-danger-soft=#fdecea] - Error message background.
 * @cssprop [--bt-color-success=#1e6b34] - Completed steps.
 * @cssprop [--bt-focus-color=#1a1a1a] - Focus ring.
 * @cssprop [--bt-radius=6px] - Corner radius.
 * @cssprop [--bt-space=1rem] - Base spacing.
 * @cssprop [--bt-font-family=system-ui] - Font.
 * @cssprop [--bt-booking-max-width=56rem] - Widest the flow grows.
 * @cssprop [--bt-booking-dialog-width=48rem] - Width of the popup dialog.
 * @cssprop [--bt-booking-backdrop=rgb(0 0 0 / 0.5)] - The popup's backdrop.
 */
export class BtBooking extends LitElement {
  static override styles = [hostStyles, flowTextStyles, bookingStyles];

  /** The backend: any `BookingAdapter`. Wins over `api`. */
  @property({ attribute: false }) adapter: BookingAdapter | undefined;

  /** Base URL of the booking REST API. */
  @property() api: string | undefined;

  /** Id of the errand to preselect. */
  @property() service: string | undefined;

  /** Id of the office to preselect. */
  @property() location: string | undefined;

  /** `inline` or `popup`. */
  @property({ reflect: true }) variant: 'inline' | 'popup' = 'inline';

  /** Level of the flow's top heading. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The popup button's text. */
  @property({ attribute: 'button-label' }) buttonLabel: string | undefined;

  /** Template of the receipt's manage link; `{reference}` and `{token}` are filled in. */
  @property({ attribute: 'manage-url' }) manageUrl: string | undefined;

  /** Link to the privacy notice, passed to the details form. */
  @property({ attribute: 'privacy-url' }) privacyUrl: string | undefined;

  /** Whether the backend sends SMS reminders (passed to the details form): when false, no reminder is offered. */
  @property({ attribute: 'sms-offered', converter: booleanDefaultTrue }) smsOffered = true;

  /** The municipality's phone number, offered ("Du kan også ringe …") with failures the citizen cannot fix when the office has none. */
  @property() phone: string | undefined;

  /**
   * The deadline (ms) of every backend call; unset, the default (20 s). The flow's controller
   * reads it when it wraps the adapter with `checkedAdapter`.
   */
  @property({ type: Number }) timeout: number | undefined;

  /**
   * The clock the hold countdown and the calendar's "today" read, and the timers they use.
   * Defaults to the device's; set it to the backend's clock when that is not real time (demos, tests).
   */
  @property({ attribute: false }) clock: Clock = systemClock;

  @query('dialog') private dialog?: HTMLDialogElement | null;

  private readonly localize = new LocalizeController(this);
  private readonly adapters = new AdapterSource(() => this.localize.lang);
  private readonly announcer = new AnnouncerController(this, () => this.clock);
  private readonly flow = new BookingFlowController(this, {
    clock: () => this.clock,
    onStepChange: (step, previousStep) =>
      this.dispatchEvent(
        new CustomEvent<StepChangeDetail>('bt-step-change', {
          detail: Object.freeze({ step, previousStep }),
          bubbles: true,
          composed: true,
        }),
      ),
    onViewEffect: (effect) => this.applyViewEffect(effect),
  });
  private readonly countdown = new HoldCountdownController(this, {
    clock: () => this.clock,
    onExpire: () => this.flow.send({ type: 'hold-expired' }),
    onThreshold: (seconds) =>
      this.announcer.announce(
        seconds >= 60
          ? this.localize.t('booking:hold.minutesLeft', { count: Math.round(seconds / 60) })
          : this.localize.t('booking:hold.secondsLeft', { count: seconds }),
      ),
  });
  private readonly popup = new ModalDialogController(this, {
    dialog: () => this.dialog,
    // A chosen (often held) time is something to lose too, not only typed details.
    needsConfirm: () =>
      !this.flow.state.appointment && (this.flow.state.slot !== undefined || hasTypedDetails(this.flow.state.contact)),
    // While a booking is on its way, the dialog stays: its answer (a receipt, or an error to
    // retry with the same key) belongs to this flow, not to a fresh one.
    mayClose: () => this.flow.state.busy?.kind !== 'book',
    confirmFocus: () => this.renderRoot.querySelector<HTMLElement>('[data-close-stay]'),
    returnFocus: () => this.renderRoot.querySelector<HTMLElement>('[part="popup-button"]'),
    // A closed popup is a booking abandoned (or finished): the next opening starts afresh.
    onClosed: () => this.flow.send({ type: 'restart' }),
    onStay: () => this.focusSoon('#step-heading'),
  });
  private readonly lazySteps = new LazyStepsController(this);
  private countedHoldId: string | undefined;
  private panelStep: FlowStep | undefined;
  private focusAfterUpdate: string | undefined;
  private readonly onPageHide = (): void => void this.flow.send({ type: 'suspend' });

  /** The adapter in use: `adapter`, else one for `api`, else none. */
  get currentAdapter(): BookingAdapter | undefined {
    return this.adapters.resolve(this.adapter, this.api);
  }

  /** The step the citizen is on (`receipt` once booked). */
  get step(): FlowStep {
    return this.flow.state.step;
  }

  /** The booked appointment, once there is one. */
  get appointment(): Appointment | undefined {
    return this.flow.state.appointment;
  }

  /** Opens the popup (in `popup` variant). */
  async show(): Promise<void> {
    if (this.variant !== 'popup') return;
    await this.popup.show();
    this.focusSoon('#step-heading');
  }

  /** Closes the popup, asking first when typed details would be lost (unless `force`). */
  async hide(force = false): Promise<void> {
    this.popup.requestClose(force);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') || changed.has('api') || changed.has('service') || changed.has('location')) {
      const adapter = this.currentAdapter;
      const step = this.flow.state.step;
      if (
        adapter !== this.flow.backend ||
        ((changed.has('service') || changed.has('location')) && (step === 'service' || step === 'time'))
      ) {
        this.flow.start(adapter, { service: this.service, location: this.location });
      }
    }
    this.syncCountdown();
    this.flow.followLanguage();
    // A citizen moving on before the idle fetch ran needs them now; after a failure, the step's
    // retry (or the next step) fetches again, not every render.
    const step = this.flow.state.step;
    if (step !== this.panelStep && step !== 'service') this.loadPanels();
    this.panelStep = step;
  }

  protected override firstUpdated(): void {
    warnIfUndefined('bt-service-picker');
    // The errand step is on screen: the later steps' panels can come now without delaying it.
    whenIdle(() => this.loadPanels());
  }

  /** Fetches the later steps' panels (once for the page); loaded or not, every flow hears of it (`controllers/lazy-steps`). */
  private loadPanels(): void {
    if (!hasLaterPanels()) loadLaterPanels().catch(() => undefined);
  }

  protected override updated(): void {
    if (!this.currentAdapter && this.adapters.invalidApi === undefined) this.adapters.noteMissing(this.localName);
    const selector = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (selector === 'receipt' && !this.lazySteps.missing('bt-receipt'))
      whenDefined(this.renderRoot.querySelector('bt-receipt'), (receipt) => void receipt.focusHeading());
    else if (selector === 'receipt') this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    else if (selector) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private syncCountdown(): void {
    const hold = this.flow.state.hold;
    if (hold?.id === this.countedHoldId) return;
    this.countedHoldId = hold?.id;
    if (hold) this.countdown.start(hold.expiresAt);
    else this.countdown.stop();
  }

  private focusSoon(selector: string): void {
    this.focusAfterUpdate = selector;
    this.requestUpdate();
  }

  private applyViewEffect(effect: ViewEffect): void {
    const t = this.localize.t;
    switch (effect.type) {
      case 'announce':
        if (effect.message === 'quiet') this.announcer.silence();
        else this.announcer.announce(t(ANNOUNCEMENTS[effect.message]));
        return;
      case 'focus':
        if (this.variant === 'popup' && !this.popup.open) return;
        this.focusSoon(
          effect.target === 'notice'
            ? '.notice[tabindex]'
            : effect.target === 'service-notice'
              ? '[data-service-notice]'
              : this.flow.state.step === 'receipt'
                ? 'receipt'
                : '#step-heading',
        );
        return;
      case 'refresh-calendar':
        void this.updateComplete.then(() =>
          whenDefined(this.renderRoot.querySelector('bt-slot-calendar'), (calendar) => calendar.refresh()),
        );
        return;
      case 'booked':
        this.dispatchEvent(
          new CustomEvent<BookedDetail>('bt-booked', {
            detail: appointmentEventDetail(effect.appointment),
            bubbles: true,
            composed: true,
          }),
        );
        return;
    }
  }

  // ---- DOM events → flow events ---------------------------------------------------------

  // The page hears `bt-service-select` and `bt-slot-select` before this element does (a capture
  // listener on window or document, or one on an ancestor): a choice it cancelled is not taken,
  // and the citizen stays on the step, as with a lone picker or calendar.

  private readonly onServiceSelect = (event: CustomEvent<ServiceSelectDetail>): void => {
    if (event.defaultPrevented) return;
    // The event names ids only (the page hears it too); the picker has the objects.
    const picker = event.target as BtServicePicker;
    const service = picker.selectedService;
    const location = picker.selectedLocation;
    if (!service || !location) return;
    this.flow.send({ type: 'choose-service', service, location });
    // An errand that cannot be booked here is explained where the citizen is, who stays.
    if (this.flow.state.unavailableService === service) event.preventDefault();
  };

  private readonly onSlotSelect = (event: CustomEvent<SlotSelectDetail>): void => {
    if (event.defaultPrevented) return;
    if (this.flow.send({ type: 'choose-slot', slot: slotFromDetail(event.detail) }).refused) event.preventDefault();
  };

  // `bt-contact-change` and `bt-contact-submit` are not composed: they stop at this shadow
  // root, so the host page never hears the citizen's details. They are heard here, on the form.

  private readonly onContactChange = (event: CustomEvent<ContactDetails>): void => {
    // The event leaves CPR numbers out; the form's `value` has them, and stays in memory.
    const form = event.target as HTMLElement & { value?: ContactDetails };
    this.flow.send({ type: 'edit-details', contact: form.value ?? event.detail });
  };

  private readonly onContactSubmit = (event: CustomEvent<ContactDetails>): void => {
    // The flow goes on to the summary; the form must not submit a surrounding <form>.
    event.preventDefault();
    const form = event.target as HTMLElement & { value?: ContactDetails };
    this.flow.send({ type: 'submit-details', details: event.detail, asTyped: form.value ?? event.detail });
  };

  /** The later steps' elements fetched again; once there, focus goes to the step (the retry button is gone). */
  private async retryLoad(): Promise<void> {
    if (await this.lazySteps.retry()) this.focusSoon(this.flow.state.step === 'receipt' ? 'receipt' : '#step-heading');
  }

  // ---- rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.localize.t;
    const level = headingLevel(this.headingLevel);
    if (this.variant !== 'popup') return this.renderFlow(level);
    return html`
      <button type="button" class="button" part="popup-button" aria-haspopup="dialog" @click=${() => this.show()}>
        ${this.buttonLabel?.trim() || t('booking:openButton')}
      </button>
      <dialog
        part="dialog"
        aria-labelledby="dialog-title"
        @keydown=${this.popup.onKeydown}
        @cancel=${this.popup.onCancel}
        @close=${this.popup.onClose}
      >
        ${
          this.popup.open
            ? html`
                <div class="dialog-header" part="dialog-header">
                  ${heading(level, t('booking:title'), { id: 'dialog-title', className: 'dialog-title' })}
                  <button type="button" class="button secondary close" part="close-button" @click=${() => this.hide()}>
                    <span aria-hidden="true">✕</span> ${t('booking:popup.close')}
                  </button>
                </div>
                ${
                  this.popup.confirming
                    ? renderCloseConfirm(t, level + 1, { stay: () => this.popup.stay(), leave: () => void this.hide(true) })
                    : nothing
                }
                <div class="dialog-body" ?hidden=${this.popup.confirming}>${this.renderFlow(level + 1)}</div>
              `
            : nothing
        }
      </dialog>
    `;
  }

  private renderFlow(level: number): TemplateResult {
    const t = this.localize.t;
    const adapter = this.currentAdapter;
    const region = this.variant === 'popup' ? nothing : t('booking:title');
    if (!adapter) {
      return html`<section class="base" part="base" aria-label=${region}>
        ${renderConfigError(t, 'booking', this.adapters.invalidApi, this.phone)}
      </section>`;
    }
    const state = this.flow.state;
    if (state.busy?.kind === 'starting') {
      return html`<section class="base" part="base" aria-label=${region} aria-busy="true">
        <p class="starting" role="status">${t('booking:preselectLoading')}</p>
      </section>`;
    }
    const view: BookingView = {
      state,
      t,
      lang: this.localize.lang,
      level,
      adapter,
      clock: this.clock,
      holdSecondsLeft: this.countdown.secondsLeft,
      privacyUrl: this.privacyUrl,
      smsOffered: this.smsOffered,
      manageUrl: this.manageUrl,
      preselect: { service: this.service?.trim() || undefined, location: this.location?.trim() || undefined },
      timeout: this.timeout,
      phone: state.location?.phone ?? this.phone,
      send: (event) => void this.flow.send(event),
      confirm: () => void this.flow.confirm(),
      onServiceSelect: this.onServiceSelect as (event: CustomEvent) => void,
      onSlotSelect: this.onSlotSelect as (event: CustomEvent) => void,
      onContactChange: this.onContactChange as (event: CustomEvent) => void,
      onContactSubmit: this.onContactSubmit as (event: CustomEvent) => void,
      missing: (tag) => this.lazySteps.missing(tag),
      loadFailed: this.lazySteps.failed,
      retryLoad: () => void this.retryLoad(),
    };
    return html`
      <section class="base" part="base" aria-label=${region}>
        ${state.step === 'receipt' ? nothing : renderSteps(view)}
        <div class="panel" part="panel">
          ${state.step === 'receipt' ? renderReceiptStep(view, () => this.flow.send({ type: 'restart' })) : renderStepPanel(view)}
        </div>
        ${this.announcer.region()}
      </section>
    `;
  }
}

/**
 * Tells the developer once, in the console, when the flow shows a tag nobody defined within a few
 * seconds: an app that defines only `BtBooking` (from the class) gets a blank step otherwise. The
 * later steps are not watched: the CDN build may still be fetching them on a slow connection.
 */
function warnIfUndefined(tag: string): void {
  if (customElements.get(tag) || warnedUndefined.has(tag)) return;
  warnedUndefined.add(tag);
  const timer = setTimeout(
    () =>
      console.warn(
        `borgertid: <bt-booking> shows <${tag}>, which is not defined. Import 'borgertid/define/bt-booking' ` +
          '(it defines every element the booking shows), or define the elements it shows yourself.',
      ),
    3000,
  );
  void customElements.whenDefined(tag).then(() => clearTimeout(timer));
}

const warnedUndefined = new Set<string>();

/**
 * Calls a step element's method now when its tag is defined, else once it is: the CDN build
 * registers the later steps from chunks of their own, which may still be on their way.
 */
function whenDefined<E extends Element>(element: E | null, call: (element: E) => void): void {
  if (!element) return;
  const tag = element.localName;
  if (customElements.get(tag)) call(element);
  else void customElements.whenDefined(tag).then(() => call(element));
}

const ANNOUNCEMENTS = {
  'hold-expired': 'booking:hold.expired',
  reheld: 'booking:hold.reheld',
  'signed-out': 'booking:signIn.signedOut',
  booking: 'booking:summary.bookingStatus',
} as const;
