import type { Appointment, BookingRequest, Hold, Location, Service, Session, Slot } from '../../core/types.js';
import { copenhagenDate } from '../../core/time.js';
import type { ContactDetails } from '../contact-form/contact-model.js';

/**
 * The booking flow as plain data and transitions, without DOM or adapter: which step the
 * citizen is on, what they have chosen and typed, and the idempotency key of the booking
 * attempt. The element drives it and renders from it; the tests drive it directly.
 */

/** The steps the indicator lists, in order. `signin` appears only when it is needed. */
export type StepId = 'service' | 'time' | 'signin' | 'details' | 'summary';
/** Where the citizen can be: a step, or the receipt (which is not a step). */
export type FlowStep = StepId | 'receipt';

/** A message the flow shows on a step, set by a transition and cleared by the next one. */
export type FlowNotice =
  | { kind: 'slot-taken'; afterExpiry?: boolean }
  | { kind: 'signed-out' }
  | { kind: 'error'; error: unknown; retry?: 'book' | 'hold' };

export interface FlowSnapshot {
  readonly step: FlowStep;
  readonly steps: readonly StepId[];
  readonly service: Service | undefined;
  readonly location: Location | undefined;
  readonly slot: Slot | undefined;
  readonly hold: Hold | undefined;
  readonly holdLapsed: boolean;
  readonly session: Session | null;
  readonly contact: ContactDetails | undefined;
  readonly details: ContactDetails | undefined;
  readonly changing: boolean;
  readonly appointment: Appointment | undefined;
  readonly notice: FlowNotice | undefined;
  readonly fieldErrors: Readonly<Record<string, string>> | undefined;
  /** YYYY-MM-DD: the day the calendar should show (kept after "slot taken"). */
  readonly calendarDate: string | undefined;
}

/** A fresh key per booking attempt: randomUUID where the page is a secure context, else random bytes. */
export function newIdempotencyKey(): string {
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof cryptoApi?.getRandomValues === 'function') cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Whether a contact has anything the citizen typed (what closing the popup would throw away). */
export function hasTypedDetails(contact: ContactDetails | undefined): boolean {
  if (!contact) return false;
  const { citizen, onBehalfOf, needs } = contact;
  const typed = (value: unknown) => typeof value === 'string' && value.trim() !== '';
  return (
    typed(citizen?.name) ||
    typed(citizen?.cpr) ||
    typed(citizen?.email) ||
    typed(citizen?.phone) ||
    typed(onBehalfOf?.name) ||
    typed(onBehalfOf?.cpr) ||
    typed(needs?.interpreter) ||
    typed(needs?.other)
  );
}

/** Same content, for "did the details change?" (key order as the form builds it). */
function sameContent(a: ContactDetails | undefined, b: ContactDetails | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export interface FlowOptions {
  /** The adapter can sign citizens in (has `auth`). */
  canSignIn: boolean;
  /** Makes idempotency keys; tests pass a predictable one. */
  makeKey?: () => string;
}

export class BookingFlow {
  private _step: FlowStep = 'service';
  private _service: Service | undefined;
  private _location: Location | undefined;
  private _slot: Slot | undefined;
  private _hold: Hold | undefined;
  private _holdLapsed = false;
  private _session: Session | null = null;
  /** The citizen signed in during this flow (so the sign-in step stays listed as done). */
  private signedInHere = false;
  /** The form as typed (CPR included, in memory only): restores the form on every visit. */
  private _contact: ContactDetails | undefined;
  /** The details as last submitted valid (normalised): what is booked and summarised. */
  private _details: ContactDetails | undefined;
  private _changing = false;
  private _appointment: Appointment | undefined;
  private _notice: FlowNotice | undefined;
  private _fieldErrors: Record<string, string> | undefined;
  private _calendarDate: string | undefined;
  private key: { value: string; request: string } | undefined;
  /** Holds the flow has let go of, for the element to release at the adapter. */
  private releases: Hold[] = [];
  private readonly makeKey: () => string;
  canSignIn: boolean;

  constructor(options: FlowOptions) {
    this.canSignIn = options.canSignIn;
    this.makeKey = options.makeKey ?? newIdempotencyKey;
  }

  get step(): FlowStep {
    return this._step;
  }
  get service(): Service | undefined {
    return this._service;
  }
  get location(): Location | undefined {
    return this._location;
  }
  get slot(): Slot | undefined {
    return this._slot;
  }
  get hold(): Hold | undefined {
    return this._hold;
  }
  /** The chosen time's hold ran out and has not been renewed yet. */
  get holdLapsed(): boolean {
    return this._holdLapsed;
  }
  get session(): Session | null {
    return this._session;
  }
  get contact(): ContactDetails | undefined {
    return this._contact;
  }
  get details(): ContactDetails | undefined {
    return this._details;
  }
  /** The citizen came from the summary through a "Change" link and goes back there when done. */
  get changing(): boolean {
    return this._changing;
  }
  get appointment(): Appointment | undefined {
    return this._appointment;
  }
  get notice(): FlowNotice | undefined {
    return this._notice;
  }
  get fieldErrors(): Readonly<Record<string, string>> | undefined {
    return this._fieldErrors;
  }
  get calendarDate(): string | undefined {
    return this._calendarDate;
  }
  /** The key of the current booking attempt, if one has been made. */
  get idempotencyKey(): string | undefined {
    return this.key?.value;
  }

  /** The chosen service needs MitID but the adapter cannot sign anyone in: no booking possible. */
  get signInUnavailable(): boolean {
    return Boolean(this._service?.requiresLogin) && !this.canSignIn;
  }

  /** The steps the indicator lists, in order. */
  get steps(): StepId[] {
    const steps: StepId[] = ['service', 'time'];
    if (this.needsSignInStep) steps.push('signin');
    steps.push('details', 'summary');
    return steps;
  }

  private get needsSignInStep(): boolean {
    if (!this._service?.requiresLogin || !this.canSignIn) return false;
    // Signed in before the flow began: the step is skipped, not shown as done.
    return !this._session || this.signedInHere;
  }

  /** Whether a step's answer is given, so the flow may pass it. */
  isDone(step: StepId): boolean {
    switch (step) {
      case 'service':
        return Boolean(this._service && this._location);
      case 'time':
        return Boolean(this._slot);
      case 'signin':
        return !this._service?.requiresLogin || Boolean(this._session);
      case 'details':
        return Boolean(this._details);
      case 'summary':
        return false;
    }
  }

  /** Steps before the current one are reachable from the indicator; later ones are not. */
  canGoTo(step: StepId): boolean {
    if (this._step === 'receipt') return false;
    const steps = this.steps;
    const target = steps.indexOf(step);
    const current = steps.indexOf(this._step);
    if (target < 0 || target >= current) return false;
    return steps.slice(0, target).every((earlier) => this.isDone(earlier));
  }

  snapshot(): FlowSnapshot {
    return {
      step: this._step,
      steps: this.steps,
      service: this._service,
      location: this._location,
      slot: this._slot,
      hold: this._hold,
      holdLapsed: this._holdLapsed,
      session: this._session,
      contact: this._contact,
      details: this._details,
      changing: this._changing,
      appointment: this._appointment,
      notice: this._notice,
      fieldErrors: this._fieldErrors,
      calendarDate: this._calendarDate,
    };
  }

  // ---- transitions ----------------------------------------------------------------------

  /** A session known before the citizen gets to the sign-in step (e.g. from `getSession()` at start). */
  setInitialSession(session: Session | null): void {
    this._session = session;
    this.signedInHere = false;
  }

  /**
   * The errand and place. A different pair drops the time (it belongs to the old pair) and
   * the details' "done" mark (the new errand may ask for other fields); what was typed stays.
   */
  chooseService(service: Service, location: Location): void {
    const changed = service.id !== this._service?.id || location.id !== this._location?.id;
    if (changed) {
      this.dropSlot();
      this._calendarDate = undefined;
      if (this._service && this._service.requiresCpr !== service.requiresCpr) this._details = undefined;
    }
    this._service = service;
    this._location = location;
    this._notice = undefined;
    this.advanceFrom('service');
  }

  /** Back to an earlier step from the indicator. */
  goTo(step: StepId): void {
    if (!this.canGoTo(step)) return;
    this._notice = undefined;
    this._fieldErrors = undefined;
    this._changing = false;
    this.setStep(step);
  }

  /** A "Change" link on the summary: go to the step, then come back to the summary. */
  change(step: Exclude<StepId, 'summary'>): void {
    if (this._step !== 'summary' || !this.canGoTo(step)) return;
    this.goTo(step);
    this._changing = true;
  }

  /** Holds let go of since the last call, for the element to release at the adapter. */
  drainReleases(): Hold[] {
    const releases = this.releases;
    this.releases = [];
    return releases;
  }

  /** A time was picked (before it is held). */
  chooseSlot(slot: Slot): void {
    this._slot = slot;
    this._calendarDate = copenhagenDate(slot.start);
    this._notice = undefined;
  }

  /** The adapter holds the chosen time. */
  setHold(hold: Hold): void {
    // A hold that this one replaces is given back, never left to block the time for others.
    if (this._hold && this._hold.id !== hold.id) this.releases.push(this._hold);
    this._hold = hold;
    this._holdLapsed = false;
    if (this._notice?.kind === 'error' && this._notice.retry === 'hold') this._notice = undefined;
  }

  /** Leaves the time step once the time is chosen (and held, when the adapter holds). */
  confirmSlot(): void {
    if (!this._slot) return;
    this.advanceFrom('time');
  }

  /** The hold ran out. The time stays chosen; confirming re-holds it first. */
  holdExpired(): void {
    if (!this._hold) return;
    this._hold = undefined;
    this._holdLapsed = this._step !== 'receipt';
  }

  /** Let go of the hold (queued for release at the adapter). */
  releaseHold(): void {
    if (this._hold) this.releases.push(this._hold);
    this._hold = undefined;
  }

  /**
   * The time was taken by someone else (when booking, holding, or re-holding after the hold
   * ran out): back to the calendar on the same day, everything else kept. Once a new time
   * is picked, a citizen who had answered everything returns to the summary.
   */
  slotTaken(afterExpiry = false): void {
    this.dropSlot();
    this.key = undefined;
    this._changing = this._changing || this._step === 'summary' || Boolean(this._details);
    this.setStep('time');
    this._notice = afterExpiry ? { kind: 'slot-taken', afterExpiry } : { kind: 'slot-taken' };
  }

  signedIn(session: Session): void {
    this._session = session;
    this.signedInHere = true;
    this._notice = undefined;
    if (this._step === 'signin') this.advanceFrom('signin');
  }

  /** Signed out (by the citizen, or the backend said the session is gone). */
  signedOut(): void {
    this._session = null;
    this.signedInHere = true;
    if (this._service?.requiresLogin && this.canSignIn && this._step !== 'receipt') {
      const before = ['service', 'time'].includes(this._step);
      if (!before) {
        this._step = 'signin';
        this._notice = { kind: 'signed-out' };
      }
    }
  }

  /** The backend wants a sign-in (auth-required): to the sign-in step, back to the summary after. */
  authRequired(error: unknown): void {
    this.key = undefined;
    this._session = null;
    this.signedInHere = true;
    if (this.needsSignInStep) {
      this._changing = true;
      this.setStep('signin');
    }
    this._notice = { kind: 'error', error };
  }

  /**
   * Every change the citizen makes in the form, kept so nothing typed is lost. An edit after
   * submitting must be submitted again (and checked) before the summary.
   */
  updateContact(contact: ContactDetails): void {
    if (sameContent(contact, this._contact)) return;
    this._contact = contact;
    if (this._step === 'details') this._details = undefined;
  }

  /** The form was submitted valid: `details` are the normalised values. */
  submitDetails(details: ContactDetails, asTyped: ContactDetails = details): void {
    this._contact = asTyped;
    this._details = details;
    this._fieldErrors = undefined;
    this._notice = undefined;
    this.advanceFrom('details');
  }

  /**
   * The key for a booking attempt: the same one while the citizen retries the same booking,
   * so a request that did land is not booked twice; a new one once the time, errand or
   * details differ (the hold is left out: a renewed hold is still the same booking).
   */
  attemptKey(): string {
    const request = this.bookingRequest();
    const { holdId: _holdId, ...what } = request ?? ({} as Partial<BookingRequest>);
    const fingerprint = JSON.stringify(what);
    if (this.key?.request !== fingerprint) this.key = { value: this.makeKey(), request: fingerprint };
    return this.key.value;
  }

  /** The request for `book()`, or undefined while something is missing. */
  bookingRequest(): BookingRequest | undefined {
    if (!this._service || !this._location || !this._slot || !this._details) return undefined;
    const citizen = { ...this._details.citizen };
    // A signed-in citizen's name and CPR come from MitID, whatever the form held.
    if (this._session) {
      citizen.name = this._session.name;
      // Only an errand that needs the CPR number gets it, signed in or not.
      if (this._session.cpr && this._service.requiresCpr) citizen.cpr = this._session.cpr;
    }
    const request: BookingRequest = {
      slotId: this._slot.id,
      serviceId: this._service.id,
      locationId: this._location.id,
      citizen,
    };
    if (this._details.onBehalfOf) request.onBehalfOf = this._details.onBehalfOf;
    if (this._details.needs) request.needs = this._details.needs;
    if (this._hold) request.holdId = this._hold.id;
    return request;
  }

  /** A booking call failed in a way the citizen can retry unchanged: keep the key. */
  bookingFailed(error: unknown): void {
    this._notice = { kind: 'error', error, retry: 'book' };
  }

  /** A failed hold, shown on the step the citizen is on. */
  holdFailed(error: unknown): void {
    this._notice = { kind: 'error', error, retry: 'hold' };
  }

  /** The backend rejected fields: back to the details with a message on each. */
  validationFailed(error: unknown, fields: Record<string, string>): void {
    this.key = undefined;
    this._details = undefined;
    this._fieldErrors = { ...fields };
    this._changing = true;
    this.setStep('details');
    this._notice = { kind: 'error', error };
  }

  booked(appointment: Appointment): void {
    this._appointment = appointment;
    this._hold = undefined;
    this._holdLapsed = false;
    this._step = 'receipt';
    this._notice = undefined;
    this._changing = false;
    this.key = undefined;
  }

  /** Shows an error not tied to a booking attempt (e.g. signing in failed). */
  fail(error: unknown): void {
    this._notice = { kind: 'error', error };
  }

  clearNotice(): void {
    this._notice = undefined;
  }

  /**
   * Start over ("Book another appointment", or a closed popup). The errand and place may be
   * kept (preselected by the page); the session stays, the rest goes.
   */
  restart(keep?: { service: Service; location: Location }): void {
    this.releaseHold();
    this._holdLapsed = false;
    this._service = keep?.service;
    this._location = keep?.location;
    this._slot = undefined;
    this._contact = undefined;
    this._details = undefined;
    this._changing = false;
    this._appointment = undefined;
    this._notice = undefined;
    this._fieldErrors = undefined;
    this._calendarDate = undefined;
    this.key = undefined;
    this._step = keep ? 'time' : 'service';
  }

  // ---- helpers --------------------------------------------------------------------------

  private dropSlot(): void {
    this._slot = undefined;
    this._holdLapsed = false;
    this.releaseHold();
  }

  /** The calendar always shows the chosen time as free: entering it lets the hold go. */
  private setStep(step: FlowStep): void {
    if (step === 'time') {
      this.releaseHold();
      this._holdLapsed = false;
    }
    this._step = step;
  }

  /**
   * The next step after finishing `step`: the following one, or, when the citizen came from
   * the summary, the first step still unanswered (else the summary itself).
   */
  private advanceFrom(step: StepId): void {
    const steps = this.steps;
    if (this._changing) {
      const open = steps.find((candidate) => candidate !== 'summary' && !this.isDone(candidate));
      this.setStep(open ?? 'summary');
      if (!open) this._changing = false;
      return;
    }
    const index = steps.indexOf(step);
    let next = steps[index + 1] ?? 'summary';
    // A step already answered in a way that cannot be changed here (signed in) is skipped.
    while (next === 'signin' && this.isDone('signin')) next = steps[steps.indexOf(next) + 1] ?? 'summary';
    this.setStep(next);
  }
}
