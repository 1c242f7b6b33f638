import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BookingAdapter } from '../../core/adapter.js';
import { BookingError } from '../../core/errors.js';
import { copenhagenToday, formatDateTimeRange } from '../../core/time.js';
import type { Appointment, Hold, Location, Service } from '../../core/types.js';
import { RestAdapter } from '../../adapters/rest/index.js';
import { errorMessage } from '../../controllers/booking-error.js';
import { LocalizeController } from '../../controllers/localize.js';
import { hostStyles } from '../../styles/shared.js';
import type { ContactDetails } from '../contact-form/contact-model.js';
import { BookingFlow, hasTypedDetails, type FlowStep, type StepId } from './booking-flow.js';
import { renderSummaryList } from './booking-summary.js';
import { bookingStyles } from './booking.styles.js';
import { HoldController, formatCountdown } from './hold-controller.js';
import { heading } from '../../templates/heading.js';

export interface StepChangeDetail {
  step: FlowStep;
  previousStep: FlowStep;
}

export interface BookedDetail {
  appointment: Appointment;
}

type Busy = 'starting' | 'hold' | 'book' | 'signin' | 'signout' | undefined;

/** Field paths of a validation error that the contact form can show. */
const DETAIL_FIELD = /^(citizen|onBehalfOf|needs)\./;

/** Whether the service can be booked at the location (absent `locationIds` = everywhere). */
function offeredAt(service: Service, location: Location): boolean {
  return !service.locationIds || service.locationIds.includes(location.id);
}

/**
 * The whole booking, from "I need a passport" to a receipt: errand and place, day and time,
 * MitID sign-in when the errand needs it, the citizen's details, "Tjek dine svar", and the
 * receipt. Holds the chosen time while the citizen fills in the rest (when the backend can),
 * books exactly once per confirmation, and keeps everything typed through errors, "Ret"
 * links, language switches and lost holds. Leaves the page's URL and history alone and
 * stores nothing: the CPR number lives only in memory.
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
 * @attr api - Base URL of the booking REST API; creates a `RestAdapter`. The `adapter` property wins.
 * @attr lang - `da` (default) or `en`; inherited from ancestors. Switching keeps every answer.
 * @attr service - Id of the errand to preselect; with a valid `location` (or a single office) the first step is skipped.
 * @attr location - Id of the office to preselect.
 * @attr mode - `inline` (default) or `popup`: a button that opens the flow in a modal dialog. Reflected.
 * @attr button-label - Text of the popup's button (default "Book tid" / "Book an appointment").
 * @attr manage-url - Template of the change-or-cancel link on the receipt, e.g. `https://kommune.dk/min-tid?ref={reference}&token={token}`.
 * @attr privacy-url - Link to the municipality's privacy notice, shown with the details form.
 *
 * @fires bt-step-change - `{ step, previousStep }` whenever the citizen moves to another step (or the receipt). Bubbles, composed.
 * @fires bt-booked - `{ appointment }` once the appointment is booked. Bubbles, composed.
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
 * @csspart restart - The "Book en tid mere" button.
 * @csspart config-error - The message shown when neither `api` nor `adapter` is set.
 * @csspart popup-button - The button that opens the popup.
 * @csspart dialog - The popup `<dialog>`.
 * @csspart dialog-header - The popup's title bar.
 * @csspart close-button - The popup's close button.
 * @csspart close-confirm - The "Vil du lukke bestillingen?" question.
 * @csspart picker - `<bt-service-picker>`'s base; `picker-continue` its button.
 * @csspart calendar - `<bt-slot-calendar>`'s base; `calendar-day`, `calendar-day-selected`, `calendar-time`, `calendar-time-selected`.
 * @csspart form - `<bt-contact-form>`'s form; `form-input`, `form-submit`.
 * @csspart receipt - `<bt-receipt>`'s base; `receipt-banner`.
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
 * @cssprop [--bt-dialog-width=48rem] - Width of the popup dialog.
 * @cssprop [--bt-backdrop=rgb(0 0 0 / 0.5)] - The popup's backdrop.
 */
export class BtBooking extends LitElement {
  static override styles = [hostStyles, bookingStyles];

  /** The backend: any `BookingAdapter`. Wins over `api`. */
  @property({ attribute: false }) adapter: BookingAdapter | undefined;

  /** Base URL of the booking REST API. */
  @property() api: string | undefined;

  /** Id of the errand to preselect. */
  @property() service: string | undefined;

  /** Id of the office to preselect. */
  @property() location: string | undefined;

  /** `inline` or `popup`. */
  @property({ reflect: true }) mode: 'inline' | 'popup' = 'inline';

  /** The popup button's text. */
  @property({ attribute: 'button-label' }) buttonLabel: string | undefined;

  /** Template of the receipt's manage link; `{reference}` and `{token}` are filled in. */
  @property({ attribute: 'manage-url' }) manageUrl: string | undefined;

  /** Link to the privacy notice, passed to the details form. */
  @property({ attribute: 'privacy-url' }) privacyUrl: string | undefined;

  /**
   * The clock the hold countdown and the calendar's "today" read. Defaults to the device's
   * clock; set it to the adapter's clock when that is not real time (demos, tests).
   */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private busy: Busy;
  @state() private dialogOpen = false;
  @state() private confirmingClose = false;
  @state() private liveText = '';
  /** A message shown on the service step (e.g. the errand needs a sign-in that is not available). */
  @state() private serviceNotice: Service | undefined;

  @query('dialog') private dialog?: HTMLDialogElement | null;

  private readonly localize = new LocalizeController(this);
  private readonly holdCountdown = new HoldController(this, {
    now: () => this.now(),
    onExpire: () => this.holdExpired(),
    onThreshold: (seconds) => this.announceHoldLeft(seconds),
  });
  private flow = new BookingFlow({ canSignIn: false });
  /** The adapter the flow was started with (a new one starts over). */
  private flowAdapter: BookingAdapter | undefined;
  private rest: { api: string; adapter: RestAdapter } | undefined;
  /** The preselected errand and place, when valid: "Book another" starts from them. */
  private preselected: { service: Service; location: Location } | undefined;
  /** Set synchronously when a confirmation starts: one `book()` per confirmation. */
  private bookingInFlight = false;
  private holdSequence = 0;
  private startSequence = 0;
  private countedHoldId: string | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private focusAfterUpdate: (() => HTMLElement | null | undefined) | undefined;
  private readonly onPageHide = (): void => this.suspendHold();

  /** The adapter in use: `adapter`, else a `RestAdapter` for `api`, else none. */
  get currentAdapter(): BookingAdapter | undefined {
    if (this.adapter) return this.adapter;
    const api = this.api?.trim();
    if (!api) return undefined;
    if (this.rest?.api !== api) {
      this.rest = { api, adapter: new RestAdapter({ baseUrl: api, lang: () => this.localize.lang }) };
    }
    return this.rest.adapter;
  }

  /** The step the citizen is on (`receipt` once booked). */
  get step(): FlowStep {
    return this.flow.step;
  }

  /** The booked appointment, once there is one. */
  get appointment(): Appointment | undefined {
    return this.flow.appointment;
  }

  /** Opens the popup (in `popup` mode). */
  async show(): Promise<void> {
    if (this.mode !== 'popup' || this.dialogOpen) return;
    this.dialogOpen = true;
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
    this.focusHeading();
  }

  /** Closes the popup, asking first when typed details would be lost (unless `force`). */
  async hide(force = false): Promise<void> {
    if (!this.dialogOpen) return;
    // While a booking is on its way, the dialog stays: its answer (a receipt, or an error to
    // retry with the same key) belongs to this flow, not to a fresh one.
    if (this.bookingInFlight) return;
    if (!force && this.closeNeedsConfirm) {
      this.confirmingClose = true;
      this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('[data-close-stay]');
      return;
    }
    this.dialog?.close();
    // The `close` event comes a task later; the element is closed from now on.
    this.onDialogClose();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
    // Nobody is looking at the held time any more: give it back.
    this.suspendHold();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') || changed.has('api') || changed.has('service') || changed.has('location')) {
      const adapter = this.currentAdapter;
      if (adapter !== this.flowAdapter || changed.has('service') || changed.has('location')) {
        if (adapter !== this.flowAdapter || this.flow.step === 'service' || this.flow.step === 'time') void this.start(adapter);
      }
    }
  }

  protected override updated(): void {
    const target = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    target?.()?.focus();
  }

  // ---- flow plumbing --------------------------------------------------------------------

  /** Starts the flow over with an adapter: session, preselection, first step. */
  private async start(adapter: BookingAdapter | undefined): Promise<void> {
    const sequence = ++this.startSequence;
    // A start that a newer one superseded must not leave the loading state behind.
    this.busy = undefined;
    this.releaseAll();
    this.flowAdapter = adapter;
    this.flow = new BookingFlow({ canSignIn: Boolean(adapter?.auth) });
    this.preselected = undefined;
    this.serviceNotice = undefined;
    this.syncHold();
    if (!adapter) return;
    const wantsPreselection = Boolean(this.service?.trim());
    if (!wantsPreselection && !adapter.auth) return;
    this.busy = 'starting';
    const [session, preselection] = await Promise.all([
      adapter.auth ? adapter.auth.getSession().catch(() => null) : Promise.resolve(null),
      wantsPreselection ? this.resolvePreselection(adapter) : Promise.resolve(undefined),
    ]);
    if (sequence !== this.startSequence) return;
    this.flow.setInitialSession(session);
    if (preselection) {
      if (preselection.service.requiresLogin && !adapter.auth) {
        this.serviceNotice = preselection.service;
      } else {
        this.preselected = preselection;
        this.flow.chooseService(preselection.service, preselection.location);
      }
    }
    this.busy = undefined;
  }

  /** The `service`/`location` attributes as objects, when they name a bookable pair. */
  private async resolvePreselection(adapter: BookingAdapter): Promise<{ service: Service; location: Location } | undefined> {
    try {
      const [locations, services] = await Promise.all([adapter.getLocations(), adapter.getServices({})]);
      const service = services.find((candidate) => candidate.id === this.service?.trim());
      if (!service) return undefined;
      const offering = locations.filter((candidate) => offeredAt(service, candidate));
      const wanted = this.location?.trim();
      const location = wanted ? offering.find((candidate) => candidate.id === wanted) : offering.length === 1 ? offering[0] : undefined;
      return location ? { service, location } : undefined;
    } catch {
      // The picker shows its own loading error; it also takes the preselection as a hint.
      return undefined;
    }
  }

  /**
   * After every transition: releases let-go holds, keeps the countdown in step, tells the
   * page about a new step and moves focus to its heading.
   */
  private commit(previousStep: FlowStep, options: { focus?: boolean } = {}): void {
    for (const hold of this.flow.drainReleases()) this.release(hold);
    this.syncHold();
    const step = this.flow.step;
    if (step !== previousStep) {
      this.dispatchEvent(
        new CustomEvent<StepChangeDetail>('bt-step-change', { detail: { step, previousStep }, bubbles: true, composed: true }),
      );
      if (options.focus ?? true) this.focusHeading();
    }
    this.requestUpdate();
  }

  private focusHeading(): void {
    if (this.flow.step === 'receipt') {
      void this.updateComplete.then(() => this.renderRoot.querySelector('bt-receipt')?.focusHeading());
      return;
    }
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#step-heading');
    this.requestUpdate();
  }

  private announce(text: string): void {
    // Cleared first, so the same words twice are announced twice (a timer, not a frame:
    // frames stop in a background tab, and a lapsing hold must still be told).
    this.silence();
    this.announceTimer = setTimeout(() => {
      this.liveText = text;
    }, 50);
  }

  private silence(): void {
    clearTimeout(this.announceTimer);
    this.liveText = '';
  }

  // ---- holds ----------------------------------------------------------------------------

  private syncHold(): void {
    const hold = this.flow.hold;
    if (!hold) {
      this.countedHoldId = undefined;
      this.holdCountdown.stop();
    } else if (hold.id !== this.countedHoldId) {
      this.countedHoldId = hold.id;
      this.holdCountdown.start(hold.expiresAt);
    }
  }

  private release(hold: Hold): void {
    const adapter = this.flowAdapter;
    // Best effort: a hold that is not released lapses on its own.
    adapter?.releaseHold?.({ holdId: hold.id }).catch(() => undefined);
  }

  private releaseAll(): void {
    this.flow.releaseHold();
    for (const hold of this.flow.drainReleases()) this.release(hold);
  }

  /** The page is going away (or the element left it): let the hold go, keep the answers. */
  private suspendHold(): void {
    const hold = this.flow.hold;
    if (!hold) return;
    this.flow.holdExpired();
    this.release(hold);
    this.syncHold();
    this.requestUpdate();
  }

  private holdExpired(): void {
    if (!this.flow.hold) return;
    this.flow.holdExpired();
    this.syncHold();
    this.announce(this.localize.t('booking:hold.expired'));
    this.requestUpdate();
  }

  private announceHoldLeft(seconds: number): void {
    const t = this.localize.t;
    this.announce(
      seconds >= 60
        ? t('booking:hold.minutesLeft', { count: Math.round(seconds / 60) })
        : t('booking:hold.secondsLeft', { count: seconds }),
    );
  }

  /** Holds the chosen time; false when it could not be held (the flow says why). */
  private async holdChosenSlot(afterExpiry: boolean): Promise<boolean> {
    const adapter = this.flowAdapter;
    const slot = this.flow.slot;
    const service = this.flow.service;
    const location = this.flow.location;
    if (!adapter?.holdSlot || !slot || !service || !location) return true;
    const sequence = ++this.holdSequence;
    try {
      const hold = await adapter.holdSlot({ slotId: slot.id, serviceId: service.id, locationId: location.id });
      if (sequence !== this.holdSequence || this.flow.slot?.id !== slot.id) {
        this.release(hold);
        return false;
      }
      this.flow.setHold(hold);
      this.syncHold();
      return true;
    } catch (error) {
      if (sequence !== this.holdSequence) return false;
      if (error instanceof BookingError && error.code === 'slot-taken') this.flow.slotTaken(afterExpiry);
      else this.flow.holdFailed(error);
      return false;
    }
  }

  private async rehold(): Promise<void> {
    if (this.busy) return;
    const previous = this.flow.step;
    this.busy = 'hold';
    const held = await this.holdChosenSlot(true);
    this.busy = undefined;
    if (held) this.announce(this.localize.t('booking:hold.reheld'));
    // A retried hold on the time step moves on, as the first one would have.
    if (held && this.flow.step === 'time') this.flow.confirmSlot();
    this.commit(previous);
    // The pressed button is gone: focus goes to the heading, not to <body>.
    if (this.flow.step === previous) this.focusHeading();
    if (this.flow.step === 'time') void this.refreshCalendar();
  }

  private async refreshCalendar(): Promise<void> {
    await this.updateComplete;
    await this.renderRoot.querySelector('bt-slot-calendar')?.refresh();
  }

  // ---- citizen actions ------------------------------------------------------------------

  private goTo(step: StepId): void {
    const previous = this.flow.step;
    this.flow.goTo(step);
    this.commit(previous);
  }

  private change(step: Exclude<StepId, 'summary'>): void {
    if (this.bookingInFlight) return;
    const previous = this.flow.step;
    this.flow.change(step);
    this.commit(previous);
  }

  private onServiceSelect(event: CustomEvent<{ service: Service; location: Location }>): void {
    const { service, location } = event.detail;
    if (service.requiresLogin && !this.flowAdapter?.auth) {
      // No booking possible here: say so where the citizen is, and stay.
      event.preventDefault();
      this.serviceNotice = service;
      this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('[data-service-notice]');
      return;
    }
    this.serviceNotice = undefined;
    const previous = this.flow.step;
    this.flow.chooseService(service, location);
    this.commit(previous);
  }

  private async onSlotSelect(event: CustomEvent<{ slot: import('../../core/types.js').Slot }>): Promise<void> {
    // One hold at a time: a double click must not hold the same time twice (the second
    // request would find it held, by the citizen, and call it taken).
    if (this.busy === 'hold') {
      event.preventDefault();
      return;
    }
    const previous = this.flow.step;
    this.flow.chooseSlot(event.detail.slot);
    this.busy = 'hold';
    this.requestUpdate();
    const held = await this.holdChosenSlot(false);
    this.busy = undefined;
    if (held) this.flow.confirmSlot();
    this.commit(previous);
    if (!held && this.flow.notice?.kind === 'slot-taken') {
      this.focusHeading();
      void this.refreshCalendar();
    }
  }

  private async signIn(): Promise<void> {
    const auth = this.flowAdapter?.auth;
    if (!auth || this.busy) return;
    const previous = this.flow.step;
    this.busy = 'signin';
    try {
      // A redirecting MitID login comes back to this page as it is: nothing of ours is in its URL.
      await auth.login(window.location.href);
      const session = await auth.getSession();
      if (session) this.flow.signedIn(session);
      else this.flow.fail(new SignInMissing());
    } catch (error) {
      this.flow.fail(error);
    } finally {
      this.busy = undefined;
    }
    this.commit(previous);
    if (this.flow.step === previous) this.focusNotice();
  }

  private async signOut(): Promise<void> {
    const auth = this.flowAdapter?.auth;
    if (!auth || this.busy) return;
    const previous = this.flow.step;
    this.busy = 'signout';
    try {
      await auth.logout();
      this.flow.signedOut();
      this.announce(this.localize.t('booking:signIn.signedOut'));
    } catch (error) {
      this.flow.fail(error);
    } finally {
      this.busy = undefined;
    }
    this.commit(previous);
    // The sign-out button is gone: focus goes to the heading, not to <body>.
    if (this.flow.step === previous) this.focusHeading();
  }

  private onContactChange(event: CustomEvent<ContactDetails>): void {
    // The citizen's details stay inside the flow: a host page listening for bt-* events
    // (for statistics) must never receive them.
    event.stopPropagation();
    // The event leaves CPR numbers out; the form's `value` has them, and stays in memory.
    const form = event.target as HTMLElement & { value?: ContactDetails };
    this.flow.updateContact(form.value ?? event.detail);
  }

  private onContactSubmit(event: CustomEvent<ContactDetails>): void {
    // Carries the CPR number: it must not leave the flow.
    event.stopPropagation();
    event.preventDefault();
    const form = event.target as HTMLElement & { value?: ContactDetails };
    const previous = this.flow.step;
    this.flow.submitDetails(event.detail, form.value ?? event.detail);
    this.commit(previous);
  }

  /** "Bekræft": exactly one `book()` per confirmation, however often it is pressed. */
  private async confirm(): Promise<void> {
    if (this.bookingInFlight || this.busy) return;
    const adapter = this.flowAdapter;
    if (!adapter || !this.flow.bookingRequest()) return;
    this.bookingInFlight = true;
    const previous = this.flow.step;
    this.busy = 'book';
    this.flow.clearNotice();
    this.announce(this.localize.t('booking:summary.bookingStatus'));
    try {
      // The hold lapsed: take the time again if it is still free, else back to the calendar.
      // But when an earlier attempt's outcome is unknown (timeout, network), it may have
      // booked this very time: replay it with the same key first, so the backend answers
      // with that booking instead of "taken" (by the citizen's own appointment).
      if (adapter.holdSlot && !this.flow.hold && !this.flow.idempotencyKey) {
        if (!(await this.holdChosenSlot(true))) return;
      }
      const request = this.flow.bookingRequest();
      if (!request) return;
      const appointment = await adapter.book(request, { idempotencyKey: this.flow.attemptKey() });
      this.flow.booked(appointment);
      this.dispatchEvent(new CustomEvent<BookedDetail>('bt-booked', { detail: { appointment }, bubbles: true, composed: true }));
    } catch (error) {
      this.bookingFailed(error);
    } finally {
      this.bookingInFlight = false;
      this.busy = undefined;
      this.silence();
      this.commit(previous);
      if (this.flow.step === previous) this.focusNotice();
    }
  }

  private bookingFailed(error: unknown): void {
    const code = error instanceof BookingError ? error.code : undefined;
    const fields = error instanceof BookingError ? (error.fields ?? {}) : {};
    if (code === 'slot-taken') {
      this.flow.slotTaken();
    } else if (code === 'validation' && Object.keys(fields).some((path) => DETAIL_FIELD.test(path))) {
      this.flow.validationFailed(error, fields);
    } else if (code === 'auth-required' && this.flowAdapter?.auth) {
      this.flow.authRequired(error);
    } else {
      this.flow.bookingFailed(error);
    }
  }

  private focusNotice(): void {
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('.notice[tabindex]');
    this.requestUpdate();
  }

  private restart(): void {
    const previous = this.flow.step;
    this.flow.restart(this.preselected);
    this.serviceNotice = undefined;
    this.commit(previous);
  }

  // ---- popup ----------------------------------------------------------------------------

  private get closeNeedsConfirm(): boolean {
    return !this.flow.appointment && hasTypedDetails(this.flow.contact);
  }

  private onDialogKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Handled here, so the browser's own close request (which may not be cancelable) never starts.
    event.preventDefault();
    event.stopPropagation();
    if (this.confirmingClose) this.stayOpen();
    else void this.hide();
  }

  private onDialogCancel(event: Event): void {
    // Other close requests (e.g. Android's back gesture) ask first, too.
    if (this.closeNeedsConfirm || this.bookingInFlight) {
      event.preventDefault();
      void this.hide();
    }
  }

  private onDialogClose(): void {
    // The dialog's own `close` event comes a task after `hide()` has already handled it; by
    // then the citizen may have opened the popup again, which must not be undone.
    if (!this.dialogOpen || this.dialog?.open) return;
    this.dialogOpen = false;
    this.confirmingClose = false;
    // A closed popup is a booking abandoned (or finished): the next opening starts afresh.
    const previous = this.flow.step;
    this.flow.restart(this.preselected);
    this.commit(previous, { focus: false });
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('[part="popup-button"]');
  }

  private stayOpen(): void {
    this.confirmingClose = false;
    this.focusHeading();
  }

  // ---- rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.localize.t;
    if (this.mode !== 'popup') return this.renderFlow(2);
    return html`
      <button type="button" class="button" part="popup-button" aria-haspopup="dialog" @click=${() => this.show()}>
        ${this.buttonLabel?.trim() || t('booking:openButton')}
      </button>
      <dialog
        part="dialog"
        aria-labelledby="dialog-title"
        @keydown=${this.onDialogKeydown}
        @cancel=${this.onDialogCancel}
        @close=${this.onDialogClose}
      >
        ${this.dialogOpen
          ? html`
              <div class="dialog-header" part="dialog-header">
                <h2 id="dialog-title" class="dialog-title">${t('booking:title')}</h2>
                <button type="button" class="button secondary close" part="close-button" @click=${() => this.hide()}>
                  <span aria-hidden="true">✕</span> ${t('booking:popup.close')}
                </button>
              </div>
              ${this.confirmingClose ? this.renderCloseConfirm() : nothing}
              <div class="dialog-body" ?hidden=${this.confirmingClose}>${this.renderFlow(3)}</div>
            `
          : nothing}
      </dialog>
    `;
  }

  private renderCloseConfirm(): TemplateResult {
    const t = this.localize.t;
    return html`
      <div class="close-confirm" part="close-confirm" role="group" aria-labelledby="close-title" aria-describedby="close-body">
        <h3 id="close-title" class="heading">${t('booking:popup.confirmTitle')}</h3>
        <p id="close-body">${t('booking:popup.confirmBody')}</p>
        <div class="actions">
          <button type="button" class="button" data-close-stay @click=${this.stayOpen}>${t('booking:popup.confirmStay')}</button>
          <button type="button" class="button secondary" @click=${() => this.hide(true)}>${t('booking:popup.confirmLeave')}</button>
        </div>
      </div>
    `;
  }

  private renderFlow(level: 2 | 3): TemplateResult {
    const t = this.localize.t;
    const adapter = this.currentAdapter;
    const region = this.mode === 'popup' ? nothing : t('booking:title');
    if (!adapter) {
      return html`<section class="base" part="base" aria-label=${region}>
        <div class="config-error alert" part="config-error" role="alert">
          <p class="strong">${t('booking:notConfigured.title')}</p>
          <p>${t('booking:notConfigured.body')}</p>
          <p class="muted">${t('booking:notConfigured.developer')}</p>
        </div>
      </section>`;
    }
    if (this.busy === 'starting') {
      return html`<section class="base" part="base" aria-label=${region} aria-busy="true">
        <p class="starting" role="status">${t('booking:preselectLoading')}</p>
      </section>`;
    }
    const step = this.flow.step;
    return html`
      <section class="base" part="base" aria-label=${region}>
        ${step === 'receipt' ? nothing : this.renderSteps()}
        <div class="panel" part="panel">
          ${step === 'receipt'
            ? this.renderReceipt(level)
            : html`${this.heading(level, t(`booking:headings.${step}`))} ${this.renderSession()} ${this.renderContext()}
              ${this.renderHold()} ${this.renderStep(step, level)}`}
        </div>
        <div class="visually-hidden" role="status">${this.liveText}</div>
      </section>
    `;
  }

  private heading(level: 2 | 3, text: string): TemplateResult {
    return heading(level, text, { id: 'step-heading', className: 'heading', part: 'heading', focusTarget: true });
  }

  private renderSteps(): TemplateResult {
    const t = this.localize.t;
    const steps = this.flow.steps;
    const currentIndex = steps.indexOf(this.flow.step as StepId);
    return html`
      <nav class="steps" part="steps" aria-label=${t('booking:stepsLabel')}>
        <p class="steps-compact" aria-hidden="true">
          ${t('booking:stepOf', { current: currentIndex + 1, total: steps.length, label: t(`booking:steps.${steps[currentIndex]}`) })}
        </p>
        <ol>
          ${steps.map((step, index) => {
            const current = index === currentIndex;
            const reachable = this.flow.canGoTo(step) && !this.bookingInFlight;
            const label = t(`booking:steps.${step}`);
            const part = current ? 'step step-current' : reachable ? 'step step-done' : 'step';
            const content = html`<span class="step-number" aria-hidden="true">${index + 1}</span>
              <span class="step-label">${label}</span>`;
            return html`<li class=${current ? 'current' : reachable ? 'done' : 'todo'} part=${part} aria-current=${ifDefined(current ? 'step' : undefined)}>
              ${reachable
                ? html`<button type="button" class="step-button" @click=${() => this.goTo(step)}>
                    ${content}<span class="visually-hidden">, ${t('booking:stepDone')}</span>
                  </button>`
                : html`<span class="step-static">${content}</span>`}
            </li>`;
          })}
        </ol>
      </nav>
    `;
  }

  private renderSession(): TemplateResult | typeof nothing {
    const session = this.flow.session;
    if (!session || !this.flowAdapter?.auth || this.flow.step === 'receipt') return nothing;
    const t = this.localize.t;
    const busy = this.busy === 'signout';
    return html`<div class="session" part="session">
      <span>${t('booking:signIn.signedInAs', { name: session.name })}</span>
      <button type="button" class="button link" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.signOut()}>
        ${busy ? t('booking:signIn.signingOut') : t('booking:signIn.signOut')}
      </button>
    </div>`;
  }

  /** What was chosen so far, in one line, so a citizen landing on a step knows where they are. */
  private renderContext(): TemplateResult | typeof nothing {
    const t = this.localize.t;
    const { service, location, slot, step } = this.flow;
    if (!service || !location || step === 'service' || step === 'summary') return nothing;
    const lines = [t('booking:chosen.service', { service: service.name, location: location.name })];
    if (slot && step !== 'time') lines.push(t('booking:chosen.time', { time: formatDateTimeRange(slot.start, slot.end, this.localize.lang) }));
    return html`<p class="context" part="context">${lines.join(' ')}</p>`;
  }

  private renderHold(): TemplateResult | typeof nothing {
    const t = this.localize.t;
    const step = this.flow.step;
    if (step === 'service' || step === 'time') return nothing;
    if (this.flow.holdLapsed) {
      return html`<div class="hold lapsed" part="hold">
        <p>${t('booking:hold.expired')}</p>
        <button type="button" class="button secondary" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.rehold()}>
          ${this.busy === 'hold' ? t('booking:hold.holding') : t('booking:hold.rehold')}
        </button>
      </div>`;
    }
    const seconds = this.holdCountdown.secondsLeft;
    if (!this.flow.hold || seconds === undefined) return nothing;
    const time = formatCountdown(seconds);
    return html`<p class="hold" part="hold">
      <span class="clock" aria-hidden="true"></span>
      <span aria-hidden="true">${t('booking:hold.countdown', { time })}</span>
      <span class="visually-hidden">${t('booking:hold.countdownLabel', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })}</span>
    </p>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const notice = this.flow.notice;
    if (!notice || notice.kind === 'slot-taken') return nothing;
    const t = this.localize.t;
    let text: string;
    if (notice.kind === 'signed-out') text = t('booking:signIn.signedOut');
    else if (notice.error instanceof SignInMissing) text = t('booking:signIn.notSignedIn');
    else if (notice.error instanceof BookingError && notice.error.code === 'validation' && this.flow.step === 'details') text = t('booking:validation');
    else text = errorMessage(notice.error, t);
    const retry = notice.kind === 'error' && notice.retry;
    return html`<div class="notice alert" part="notice" role="alert" tabindex="-1">
      <p>${text}</p>
      ${retry === 'book' && notice.kind === 'error' && notice.error instanceof BookingError && notice.error.retryable
        ? html`<p class="muted">${t('booking:summary.retryNote')}</p>`
        : nothing}
      ${retry === 'hold'
        ? html`<button type="button" class="button secondary" part="retry" @click=${() => this.rehold()}>${t('common:retry')}</button>`
        : nothing}
    </div>`;
  }

  private renderStep(step: StepId, level: 2 | 3): TemplateResult {
    switch (step) {
      case 'service':
        return this.renderServiceStep();
      case 'time':
        return this.renderTimeStep(level);
      case 'signin':
        return this.renderSignInStep();
      case 'details':
        return this.renderDetailsStep();
      case 'summary':
        return this.renderSummaryStep();
    }
  }

  private renderServiceStep(): TemplateResult {
    const t = this.localize.t;
    const unavailable = this.serviceNotice;
    return html`
      ${unavailable
        ? html`<div class="notice alert" part="notice" role="alert" tabindex="-1" data-service-notice>
            <p>${t('booking:signIn.unavailable', { service: unavailable.name })}</p>
          </div>`
        : nothing}
      ${this.renderNotice()}
      <bt-service-picker
        lang=${this.localize.lang}
        .adapter=${this.flowAdapter}
        service=${ifDefined(this.flow.service?.id ?? unavailable?.id ?? this.service ?? undefined)}
        location=${ifDefined(this.flow.location?.id ?? this.location ?? undefined)}
        exportparts="base: picker, continue: picker-continue"
        @bt-service-select=${this.onServiceSelect}
      ></bt-service-picker>
    `;
  }

  private renderTimeStep(level: 2 | 3): TemplateResult {
    const t = this.localize.t;
    const notice = this.flow.notice;
    const taken =
      notice?.kind === 'slot-taken' ? t(notice.afterExpiry ? 'booking:slotTakenAfterExpiry' : 'booking:slotTaken') : undefined;
    return html`
      ${taken ? html`<div class="notice alert" part="notice" role="alert"><p>${taken}</p></div>` : nothing} ${this.renderNotice()}
      ${this.busy === 'hold' ? html`<p class="status" role="status">${t('booking:hold.holding')}</p>` : nothing}
      <bt-slot-calendar
        lang=${this.localize.lang}
        .adapter=${this.flowAdapter}
        service-id=${ifDefined(this.flow.service?.id)}
        location-id=${ifDefined(this.flow.location?.id)}
        selected-date=${ifDefined(this.flow.calendarDate)}
        selected-slot-id=${ifDefined(this.flow.slot?.id)}
        today=${copenhagenToday(this.now())}
        heading-level=${level + 1}
        exportparts="base: calendar, day: calendar-day, day-selected: calendar-day-selected, time: calendar-time, time-selected: calendar-time-selected"
        @bt-slot-select=${this.onSlotSelect}
      ></bt-slot-calendar>
    `;
  }

  private renderSignInStep(): TemplateResult {
    const t = this.localize.t;
    const busy = this.busy === 'signin';
    return html`
      ${this.renderNotice()}
      <p>${t('booking:signIn.intro', { service: this.flow.service?.name ?? '' })}</p>
      <button
        type="button"
        class="button"
        part="signin-button"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => this.signIn()}
      >
        ${busy ? t('booking:signIn.busy') : t('booking:signIn.button')}
      </button>
    `;
  }

  private renderDetailsStep(): TemplateResult {
    return html`
      ${this.renderNotice()}
      <bt-contact-form
        lang=${this.localize.lang}
        ?require-cpr=${Boolean(this.flow.service?.requiresCpr)}
        privacy-url=${ifDefined(this.privacyUrl)}
        .value=${this.flow.contact ?? null}
        .session=${this.flow.session}
        .errors=${this.flow.fieldErrors ?? {}}
        exportparts="form, input: form-input, submit: form-submit"
        @bt-contact-change=${this.onContactChange}
        @bt-contact-submit=${this.onContactSubmit}
      ></bt-contact-form>
    `;
  }

  private renderSummaryStep(): TemplateResult {
    const t = this.localize.t;
    const { service, location, slot, details } = this.flow;
    if (!service || !location || !slot || !details) return html``;
    const busy = this.busy === 'book';
    const failed = this.flow.notice?.kind === 'error' && this.flow.notice.retry === 'book';
    const retryable = failed && this.flow.notice?.kind === 'error' && this.flow.notice.error instanceof BookingError && this.flow.notice.error.retryable;
    return html`
      <p>${t('booking:summary.intro')}</p>
      ${renderSummaryList({
        t,
        lang: this.localize.lang,
        service,
        location,
        slot,
        details,
        session: this.flow.session,
        onChange: (step) => this.change(step),
      })}
      ${this.renderNotice()}
      <div class="actions">
        <button
          type="button"
          class="button"
          part=${retryable ? 'confirm retry' : 'confirm'}
          aria-disabled=${busy ? 'true' : 'false'}
          aria-describedby=${ifDefined(busy ? 'booking-status' : undefined)}
          @click=${() => this.confirm()}
        >
          ${busy ? t('booking:summary.booking') : retryable ? t('booking:summary.retry') : t('booking:summary.confirm')}
        </button>
        ${busy ? html`<span id="booking-status" class="muted">${t('booking:summary.bookingStatus')}</span>` : nothing}
      </div>
    `;
  }

  private renderReceipt(level: 2 | 3): TemplateResult {
    const t = this.localize.t;
    const appointment = this.flow.appointment;
    return html`
      <bt-receipt
        lang=${this.localize.lang}
        .appointment=${appointment}
        heading-level=${level}
        manage-url=${ifDefined(appointment ? this.manageLink(appointment) : undefined)}
        exportparts="base: receipt, banner: receipt-banner"
      ></bt-receipt>
      <div class="actions">
        <button type="button" class="button secondary" part="restart" @click=${this.restart}>${t('booking:receipt.another')}</button>
      </div>
    `;
  }

  /** The manage link from the `manage-url` template, or none (no template, or no token to fill in). */
  private manageLink(appointment: Appointment): string | undefined {
    const template = this.manageUrl?.trim();
    if (!template) return undefined;
    if (template.includes('{token}') && !appointment.token) return undefined;
    return template
      .replaceAll('{reference}', encodeURIComponent(appointment.reference))
      .replaceAll('{token}', encodeURIComponent(appointment.token ?? ''));
  }
}

/** Signing in finished without a session (the citizen cancelled MitID). */
class SignInMissing extends Error {}
