import { refuse, type FlowTransition } from './flow.js';
import type { HoldQuery } from './adapter.js';
import { appointmentFromChoice } from './booking-outcome.js';
import type { UnreadableBooking } from './checked-adapter.js';
import { BookingError } from './errors.js';
import { copenhagenDate } from './time.js';
import type { Appointment, BookingRequest, Hold, Location, Service, Session, Slot } from './types.js';

/**
 * The booking flow as a pure `transition(state, event)`: which step the citizen is on, what
 * they have chosen and typed, what is on its way to the backend, and the idempotency key of the
 * booking attempt. No DOM, no adapter, no clock: an element turns DOM events into flow events
 * and renders the state; a controller turns the effects into adapter calls and feeds their
 * answers back as events. Every event a state cannot take is refused, and the state stays.
 */

/** The steps the indicator lists, in order. `signin` appears only when it is needed. */
export type StepId = 'service' | 'time' | 'signin' | 'details' | 'summary';
/** Where the citizen can be: a step, or the receipt (which is not a step). */
export type FlowStep = StepId | 'receipt';

/** What the citizen typed in the details form (CPR numbers included, in memory only). */
export type ContactDetails = Pick<BookingRequest, 'citizen' | 'onBehalfOf' | 'needs'>;

/** A message the flow shows on a step, set by a transition and cleared by the next one. */
export type FlowNotice =
  | { kind: 'slot-taken'; afterExpiry?: boolean }
  | { kind: 'signed-out' }
  | { kind: 'sign-in-missing' }
  | { kind: 'error'; error: unknown; retry?: 'book' | 'hold' };

/** What the flow is waiting for. At most one thing at a time. */
export type Busy =
  | { kind: 'starting'; generation: number }
  /** A hold for the chosen time: just picked, retried after it lapsed, or before booking. */
  | { kind: 'hold'; slotId: string; purpose: 'choose' | 'rehold' }
  /** A hold taken again before booking, because the first one lapsed; `key` is the attempt's fresh key. */
  | { kind: 'hold'; slotId: string; purpose: 'confirm'; key: string }
  | { kind: 'book' }
  | { kind: 'signin' }
  | { kind: 'signout' };

export interface BookingState {
  readonly step: FlowStep;
  /** The backend can sign citizens in (has `auth`). */
  readonly canSignIn: boolean;
  /** The backend can hold a time while the citizen fills in the rest. */
  readonly canHold: boolean;
  /** Counts starts, so the answer to a superseded start is refused. */
  readonly generation: number;
  readonly busy: Busy | undefined;
  readonly service: Service | undefined;
  readonly location: Location | undefined;
  /** The page's preselected errand and place, when they name a bookable pair: restarts keep them. */
  readonly preselected: { service: Service; location: Location } | undefined;
  /** An errand chosen that needs a sign-in this backend cannot do: explained on the service step. */
  readonly unavailableService: Service | undefined;
  readonly slot: Slot | undefined;
  readonly hold: Hold | undefined;
  /**
   * The hold arrived already lapsed by the device's clock (a phone with a wrong clock): it is
   * kept without a countdown, and booking sends it as it is, rather than the citizen being told
   * "not reserved" after every renewal. The backend's clock decides.
   */
  readonly holdUntimed: boolean;
  /** The chosen time's hold ran out and has not been renewed yet. */
  readonly holdLapsed: boolean;
  readonly session: Session | null;
  /** The citizen signed in (or out) during this flow, so the sign-in step stays listed. */
  readonly signedInHere: boolean;
  /** The form as typed: restores the form on every visit. */
  readonly contact: ContactDetails | undefined;
  /** The details as last submitted valid (normalised): what is booked and summarised. */
  readonly details: ContactDetails | undefined;
  /** The citizen came from the summary through a "Change" link and goes back there when done. */
  readonly changing: boolean;
  readonly appointment: Appointment | undefined;
  readonly notice: FlowNotice | undefined;
  readonly fieldErrors: Readonly<Record<string, string>> | undefined;
  /** YYYY-MM-DD: the day the calendar should show (kept after "slot taken"). */
  readonly calendarDate: string | undefined;
  /** The key of the current booking attempt and the request it was made for. */
  readonly attempt: { readonly key: string; readonly request: string } | undefined;
}

export type BookingEvent =
  /** A new backend or preselection: everything starts over (`setup`: a session or preselection to look up first). */
  | { type: 'start'; canSignIn: boolean; canHold: boolean; setup: boolean }
  | {
      type: 'started';
      generation: number;
      session: Session | null;
      preselection?: { service: Service; location: Location };
      /** False when the backend turned out to offer no sign-in (its session answer said so). */
      canSignIn?: boolean;
    }
  | { type: 'choose-service'; service: Service; location: Location }
  | { type: 'go-to'; step: StepId }
  /** A "Change" link on the summary: go to the step, then come back to the summary. */
  | { type: 'change'; step: Exclude<StepId, 'summary'> }
  | { type: 'choose-slot'; slot: Slot }
  /** `lapsed`: by the device's clock the hold had already run out when it arrived. */
  | { type: 'hold-succeeded'; hold: Hold; lapsed?: boolean }
  | { type: 'hold-failed'; slotId: string; error: unknown }
  /** The citizen asks to hold the lapsed time again. */
  | { type: 'rehold' }
  | { type: 'hold-expired' }
  /** The page is hidden or the element left it: the hold goes back, the answers stay. */
  | { type: 'suspend' }
  | { type: 'sign-in' }
  | { type: 'signed-in'; session: Session | null }
  | { type: 'sign-in-failed'; error: unknown }
  | { type: 'sign-out' }
  | { type: 'signed-out' }
  | { type: 'sign-out-failed'; error: unknown }
  /** Every change in the form, kept so nothing typed is lost. */
  | { type: 'edit-details'; contact: ContactDetails }
  /** The form was submitted valid: `details` normalised, `asTyped` as the form holds them. */
  | { type: 'submit-details'; details: ContactDetails; asTyped: ContactDetails }
  /** "Bekræft". `freshKey` is used only when this is a new booking attempt. */
  | { type: 'confirm'; freshKey: string }
  | { type: 'booked'; appointment: Appointment }
  /** The backend accepted the booking, but its answer could not be read (the reference, if any). */
  | { type: 'booked-unread'; unread: UnreadableBooking }
  | { type: 'booking-failed'; error: unknown }
  /** "Book another", or the popup closed: start over from the preselection, keeping the session. */
  | { type: 'restart' }
  /**
   * The page switched language and the backend answered again in the new one: the same errand,
   * office and appointment (matched by id and reference) as it now names them.
   */
  | { type: 'texts'; service?: Service | undefined; location?: Location | undefined; appointment?: Appointment | undefined };

export type BookingEffect =
  | { type: 'setup'; generation: number }
  | { type: 'hold'; query: HoldQuery }
  | { type: 'release'; hold: Hold }
  | { type: 'book'; request: BookingRequest; idempotencyKey: string }
  | { type: 'sign-in' }
  | { type: 'sign-out' }
  /** Something to tell a screen reader user that no focus move tells. */
  | { type: 'announce'; message: 'hold-expired' | 'reheld' | 'signed-out' | 'booking' | 'quiet' }
  /** Where focus goes after the change has rendered. */
  | { type: 'focus'; target: 'heading' | 'notice' | 'service-notice' }
  /** The calendar's free times changed under the citizen (a time was taken). */
  | { type: 'refresh-calendar' }
  | { type: 'booked'; appointment: Appointment };

export type Transition = FlowTransition<BookingState, BookingEffect>;

export function initialBookingState(options: { canSignIn?: boolean; canHold?: boolean } = {}): BookingState {
  return {
    step: 'service',
    canSignIn: options.canSignIn ?? false,
    canHold: options.canHold ?? false,
    generation: 0,
    busy: undefined,
    service: undefined,
    location: undefined,
    preselected: undefined,
    unavailableService: undefined,
    slot: undefined,
    hold: undefined,
    holdUntimed: false,
    holdLapsed: false,
    session: null,
    signedInHere: false,
    contact: undefined,
    details: undefined,
    changing: false,
    appointment: undefined,
    notice: undefined,
    fieldErrors: undefined,
    calendarDate: undefined,
    attempt: undefined,
  };
}

// ---- questions about a state ----------------------------------------------------------

/** The steps the indicator lists, in order. */
export function stepsOf(state: BookingState): StepId[] {
  const steps: StepId[] = ['service', 'time'];
  if (needsSignInStep(state)) steps.push('signin');
  steps.push('details', 'summary');
  return steps;
}

function needsSignInStep(state: BookingState): boolean {
  if (!state.service?.requiresLogin || !state.canSignIn) return false;
  // Signed in before the flow began: the step is skipped, not shown as done.
  return !state.session || state.signedInHere;
}

/** Whether a step's answer is given, so the flow may pass it. */
export function isDone(state: BookingState, step: StepId): boolean {
  switch (step) {
    case 'service':
      return Boolean(state.service && state.location);
    case 'time':
      return Boolean(state.slot);
    case 'signin':
      return !state.service?.requiresLogin || Boolean(state.session);
    case 'details':
      return Boolean(state.details);
    case 'summary':
      return false;
  }
}

/** Steps before the current one are reachable from the indicator (never while booking). */
export function canGoTo(state: BookingState, step: StepId): boolean {
  if (state.step === 'receipt' || state.busy?.kind === 'book' || state.busy?.kind === 'starting') return false;
  const steps = stepsOf(state);
  const target = steps.indexOf(step);
  const current = steps.indexOf(state.step);
  if (target < 0 || target >= current) return false;
  return steps.slice(0, target).every((earlier) => isDone(state, earlier));
}

/** The request for `book()`, or undefined while something is missing. */
export function bookingRequest(state: BookingState): BookingRequest | undefined {
  const { service, location, slot, details, session, hold } = state;
  if (!service || !location || !slot || !details) return undefined;
  const citizen = { ...details.citizen };
  // A signed-in citizen's name and CPR come from MitID, whatever the form held.
  if (session) {
    citizen.name = session.name;
    // Only an errand that needs the CPR number gets it, signed in or not.
    if (session.cpr && service.requiresCpr) citizen.cpr = session.cpr;
  }
  const request: BookingRequest = { slotId: slot.id, serviceId: service.id, locationId: location.id, citizen };
  if (details.onBehalfOf) request.onBehalfOf = details.onBehalfOf;
  if (details.needs) request.needs = details.needs;
  if (hold) request.holdId = hold.id;
  return request;
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

/** A fresh key per booking attempt: randomUUID where the page is a secure context, else random bytes. */
export function newIdempotencyKey(): string {
  // Typed by hand: core also compiles for Node (the server) without the DOM library.
  const cryptoApi = globalThis.crypto as
    { randomUUID?: () => string; getRandomValues?: <T extends ArrayBufferView>(array: T) => T } | undefined;
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof cryptoApi?.getRandomValues === 'function') cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Field paths of a validation error that the details form can show. */
const DETAIL_FIELD = /^(citizen|onBehalfOf|needs)\./;

// ---- the transition -------------------------------------------------------------------

type Draft = { -readonly [K in keyof BookingState]: BookingState[K] };

/** A small mutable copy of the state with the effects it produces; `transition` returns it frozen. */
class Change {
  readonly draft: Draft;
  readonly effects: BookingEffect[] = [];

  constructor(state: BookingState) {
    this.draft = { ...state };
  }

  emit(effect: BookingEffect): void {
    this.effects.push(effect);
  }

  /** Let go of the hold: the controller gives it back to the backend. */
  releaseHold(): void {
    if (this.draft.hold) this.emit({ type: 'release', hold: this.draft.hold });
    this.draft.hold = undefined;
    this.draft.holdUntimed = false;
  }

  dropSlot(): void {
    this.draft.slot = undefined;
    this.draft.holdLapsed = false;
    this.releaseHold();
  }

  /** The calendar always shows the chosen time as free: entering it lets the hold go. */
  setStep(step: FlowStep): void {
    if (step === 'time') {
      this.releaseHold();
      this.draft.holdLapsed = false;
    }
    this.draft.step = step;
  }

  /**
   * The next step after finishing `step`: the following one, or, when the citizen came from
   * the summary, the first step still unanswered (else the summary itself).
   */
  advanceFrom(step: StepId): void {
    const steps = stepsOf(this.draft);
    if (this.draft.changing) {
      const open = steps.find((candidate) => candidate !== 'summary' && !isDone(this.draft, candidate));
      this.setStep(open ?? 'summary');
      if (!open) this.draft.changing = false;
      return;
    }
    let next: StepId = steps[steps.indexOf(step) + 1] ?? 'summary';
    // A step already answered in a way that cannot be changed here (signed in) is skipped.
    while (next === 'signin' && isDone(this.draft, 'signin')) next = steps[steps.indexOf(next) + 1] ?? 'summary';
    this.setStep(next);
  }

  /** The time was taken by someone else: back to the calendar on the same day, the rest kept. */
  slotTaken(afterExpiry: boolean): void {
    const { draft } = this;
    this.dropSlot();
    draft.attempt = undefined;
    draft.changing = draft.changing || draft.step === 'summary' || Boolean(draft.details);
    this.setStep('time');
    draft.notice = afterExpiry ? { kind: 'slot-taken', afterExpiry } : { kind: 'slot-taken' };
    this.emit({ type: 'focus', target: 'heading' });
    this.emit({ type: 'refresh-calendar' });
  }

  holdQuery(): HoldQuery | undefined {
    const { slot, service, location } = this.draft;
    return slot && service && location ? { slotId: slot.id, serviceId: service.id, locationId: location.id } : undefined;
  }

  /** Sends the booking with the attempt's key: the same key while the same booking is retried. */
  book(freshKey: string): void {
    const { draft } = this;
    const request = bookingRequest(draft);
    if (!request) return;
    // The hold is left out of the fingerprint: a renewed hold is still the same booking.
    const { holdId: _holdId, ...what } = request;
    const fingerprint = JSON.stringify(what);
    if (draft.attempt?.request !== fingerprint) draft.attempt = { key: freshKey, request: fingerprint };
    draft.busy = { kind: 'book' };
    this.emit({ type: 'book', request, idempotencyKey: draft.attempt.key });
  }

  /** Starts afresh from the preselection (or the first step), keeping the session. */
  restart(): void {
    const { draft } = this;
    this.releaseHold();
    const keep = draft.preselected;
    Object.assign(draft, {
      holdLapsed: false,
      service: keep?.service,
      location: keep?.location,
      unavailableService: undefined,
      slot: undefined,
      contact: undefined,
      details: undefined,
      changing: false,
      appointment: undefined,
      notice: undefined,
      fieldErrors: undefined,
      calendarDate: undefined,
      attempt: undefined,
      step: keep ? 'time' : 'service',
    } satisfies Partial<Draft>);
  }
}

/** Same content, for "did the details change?" (key order as the form builds it). */
function sameContent(a: ContactDetails | undefined, b: ContactDetails | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function codeOf(error: unknown): string | undefined {
  return error instanceof BookingError ? error.code : undefined;
}

/** Where the flow goes on `event`, and what must happen outside it for that. */
export function transition(state: BookingState, event: BookingEvent): Transition {
  const busy = state.busy;
  const change = new Change(state);
  const { draft } = change;

  switch (event.type) {
    case 'start': {
      change.releaseHold();
      const generation = state.generation + 1;
      Object.assign(draft, initialBookingState({ canSignIn: event.canSignIn, canHold: event.canHold }), { generation });
      if (event.setup) {
        draft.busy = { kind: 'starting', generation };
        change.emit({ type: 'setup', generation });
      }
      break;
    }

    case 'started': {
      if (busy?.kind !== 'starting' || busy.generation !== event.generation) return refuse(state, 'not starting');
      draft.busy = undefined;
      draft.session = event.session;
      draft.signedInHere = false;
      if (event.canSignIn === false) draft.canSignIn = false;
      const preselection = event.preselection;
      if (preselection?.service.requiresLogin && !draft.canSignIn) draft.unavailableService = preselection.service;
      else if (preselection) {
        draft.preselected = preselection;
        draft.service = preselection.service;
        draft.location = preselection.location;
        change.advanceFrom('service');
      }
      break;
    }

    case 'choose-service': {
      if (busy || state.step !== 'service') return refuse(state, 'not choosing an errand');
      const { service, location } = event;
      if (service.requiresLogin && !state.canSignIn) {
        // No booking possible here: say so where the citizen is, and stay.
        draft.unavailableService = service;
        change.emit({ type: 'focus', target: 'service-notice' });
        break;
      }
      const changed = service.id !== state.service?.id || location.id !== state.location?.id;
      if (changed) {
        change.dropSlot();
        draft.calendarDate = undefined;
        // The new errand may ask for other fields: the details must be given again; what was typed stays.
        if (state.service && state.service.requiresCpr !== service.requiresCpr) draft.details = undefined;
      }
      draft.unavailableService = undefined;
      draft.service = service;
      draft.location = location;
      draft.notice = undefined;
      change.advanceFrom('service');
      break;
    }

    case 'go-to':
    case 'change': {
      if (!canGoTo(state, event.step) || (busy && busy.kind !== 'hold')) return refuse(state, 'step not reachable');
      if (event.type === 'change' && state.step !== 'summary') return refuse(state, 'not on the summary');
      // Leaving while a time is being held: its answer is not awaited (and is given back).
      draft.busy = undefined;
      draft.notice = undefined;
      draft.fieldErrors = undefined;
      change.setStep(event.step);
      draft.changing = event.type === 'change';
      break;
    }

    case 'choose-slot': {
      // One hold at a time: a double click must not hold the same time twice (the second
      // request would find it held, by the citizen, and call it taken).
      if (busy || state.step !== 'time') return refuse(state, 'not choosing a time');
      draft.slot = event.slot;
      draft.calendarDate = copenhagenDate(event.slot.start);
      draft.notice = undefined;
      const query = change.holdQuery();
      if (state.canHold && query) {
        draft.busy = { kind: 'hold', slotId: event.slot.id, purpose: 'choose' };
        change.emit({ type: 'hold', query });
      } else {
        change.advanceFrom('time');
        change.emit({ type: 'focus', target: 'heading' });
      }
      break;
    }

    case 'rehold': {
      const query = change.holdQuery();
      if (busy || !state.canHold || state.hold || !query || state.step === 'receipt') return refuse(state, 'nothing to hold');
      draft.busy = { kind: 'hold', slotId: query.slotId, purpose: 'rehold' };
      change.emit({ type: 'hold', query });
      break;
    }

    case 'hold-succeeded': {
      const { hold } = event;
      if (busy?.kind !== 'hold' || busy.slotId !== hold.slotId || state.slot?.id !== hold.slotId) {
        // An answer nobody waits for any more: the time must not stay blocked for others.
        change.emit({ type: 'release', hold });
        break;
      }
      // A hold that this one replaces is given back, never left to block the time for others.
      if (state.hold && state.hold.id !== hold.id) change.emit({ type: 'release', hold: state.hold });
      draft.hold = hold;
      draft.holdUntimed = event.lapsed === true;
      draft.holdLapsed = false;
      draft.busy = undefined;
      if (state.notice?.kind === 'error' && state.notice.retry === 'hold') draft.notice = undefined;
      if (busy.purpose === 'confirm') {
        change.book(busy.key);
        break;
      }
      if (busy.purpose === 'rehold') change.emit({ type: 'announce', message: 'reheld' });
      // A time held on the calendar (first time, or retried) moves the citizen on.
      if (state.step === 'time') change.advanceFrom('time');
      change.emit({ type: 'focus', target: 'heading' });
      break;
    }

    case 'hold-failed': {
      if (busy?.kind !== 'hold' || busy.slotId !== event.slotId) return refuse(state, 'no hold on its way');
      draft.busy = undefined;
      if (codeOf(event.error) === 'slot-taken') change.slotTaken(busy.purpose !== 'choose');
      else {
        draft.notice = { kind: 'error', error: event.error, retry: 'hold' };
        change.emit({ type: 'focus', target: busy.purpose === 'rehold' ? 'heading' : 'notice' });
      }
      if (busy.purpose === 'confirm') change.emit({ type: 'announce', message: 'quiet' });
      break;
    }

    case 'hold-expired':
    case 'suspend': {
      if (!state.hold) return refuse(state, 'no hold');
      // A hold that arrived lapsed has no countdown worth believing: only the backend can end it.
      if (event.type === 'hold-expired' && state.holdUntimed) return refuse(state, 'the hold is not counted down');
      // The time stays chosen; confirming re-holds it first.
      if (event.type === 'suspend') change.releaseHold();
      draft.hold = undefined;
      draft.holdUntimed = false;
      draft.holdLapsed = state.step !== 'receipt';
      if (event.type === 'hold-expired') change.emit({ type: 'announce', message: 'hold-expired' });
      break;
    }

    case 'sign-in': {
      if (busy || !state.canSignIn || state.step !== 'signin') return refuse(state, 'cannot sign in now');
      draft.busy = { kind: 'signin' };
      change.emit({ type: 'sign-in' });
      break;
    }

    case 'signed-in':
    case 'sign-in-failed': {
      if (busy?.kind !== 'signin') return refuse(state, 'not signing in');
      draft.busy = undefined;
      if (event.type === 'signed-in' && event.session) {
        draft.session = event.session;
        draft.signedInHere = true;
        draft.notice = undefined;
        if (state.step === 'signin') change.advanceFrom('signin');
      } else {
        draft.notice = event.type === 'sign-in-failed' ? { kind: 'error', error: event.error } : { kind: 'sign-in-missing' };
      }
      change.emit({ type: 'focus', target: draft.step === state.step ? 'notice' : 'heading' });
      break;
    }

    case 'sign-out': {
      if (busy || !state.canSignIn || !state.session || state.step === 'receipt') return refuse(state, 'cannot sign out now');
      draft.busy = { kind: 'signout' };
      change.emit({ type: 'sign-out' });
      break;
    }

    case 'signed-out':
    case 'sign-out-failed': {
      if (busy?.kind !== 'signout') return refuse(state, 'not signing out');
      draft.busy = undefined;
      if (event.type === 'sign-out-failed') {
        draft.notice = { kind: 'error', error: event.error };
      } else {
        draft.session = null;
        draft.signedInHere = true;
        change.emit({ type: 'announce', message: 'signed-out' });
        if (state.service?.requiresLogin && !['service', 'time'].includes(state.step)) {
          draft.step = 'signin';
          draft.notice = { kind: 'signed-out' };
        }
      }
      // The sign-out button is gone: focus goes to the heading, not to <body>.
      change.emit({ type: 'focus', target: 'heading' });
      break;
    }

    case 'edit-details': {
      if (state.step !== 'details') return refuse(state, 'not on the details step');
      if (sameContent(event.contact, state.contact)) return refuse(state, 'nothing changed');
      draft.contact = event.contact;
      // An edit after submitting must be submitted (and checked) again before the summary.
      draft.details = undefined;
      break;
    }

    case 'submit-details': {
      if (busy || state.step !== 'details') return refuse(state, 'not on the details step');
      draft.contact = event.asTyped;
      draft.details = event.details;
      draft.fieldErrors = undefined;
      draft.notice = undefined;
      change.advanceFrom('details');
      change.emit({ type: 'focus', target: 'heading' });
      break;
    }

    case 'confirm': {
      if (busy || state.step !== 'summary' || !bookingRequest(state)) return refuse(state, 'nothing to confirm');
      draft.notice = undefined;
      change.emit({ type: 'announce', message: 'booking' });
      // The hold lapsed: take the time again if it is still free. But when an earlier
      // attempt's outcome is unknown (timeout, network), it may have booked this very time:
      // replay it with the same key first, so the backend answers with that booking instead
      // of "taken" (by the citizen's own appointment).
      const query = change.holdQuery();
      if (state.canHold && !state.hold && !state.attempt && query) {
        draft.busy = { kind: 'hold', slotId: query.slotId, purpose: 'confirm', key: event.freshKey };
        change.emit({ type: 'hold', query });
        break;
      }
      change.book(event.freshKey);
      break;
    }

    case 'booked':
    case 'booked-unread': {
      if (busy?.kind !== 'book') return refuse(state, 'no booking on its way');
      const { service, location, slot } = state;
      // The backend said yes: an answer it garbled still ends on a receipt, built from what the
      // citizen chose (a booking is only sent with all three), never on an error to retry.
      const appointment =
        event.type === 'booked'
          ? event.appointment
          : service && location && slot
            ? appointmentFromChoice({ service, location, slot }, event.unread)
            : undefined;
      if (!appointment) return refuse(state, 'nothing chosen to show');
      Object.assign(draft, {
        busy: undefined,
        appointment,
        hold: undefined,
        holdUntimed: false,
        holdLapsed: false,
        step: 'receipt',
        notice: undefined,
        changing: false,
        attempt: undefined,
        // What the citizen typed (CPR numbers included) is not needed once booked: forgotten.
        contact: undefined,
        details: undefined,
        fieldErrors: undefined,
      } satisfies Partial<Draft>);
      change.emit({ type: 'announce', message: 'quiet' });
      change.emit({ type: 'booked', appointment });
      change.emit({ type: 'focus', target: 'heading' });
      break;
    }

    case 'booking-failed': {
      if (busy?.kind !== 'book') return refuse(state, 'no booking on its way');
      draft.busy = undefined;
      change.emit({ type: 'announce', message: 'quiet' });
      const error = event.error;
      const code = codeOf(error);
      const fields = error instanceof BookingError ? (error.fields ?? {}) : {};
      if (code === 'slot-taken') {
        change.slotTaken(false);
      } else if (code === 'validation' && Object.keys(fields).some((path) => DETAIL_FIELD.test(path))) {
        // The backend rejected fields: back to the details with a message on each.
        Object.assign(draft, { attempt: undefined, details: undefined, fieldErrors: { ...fields }, changing: true });
        change.setStep('details');
        draft.notice = { kind: 'error', error };
        change.emit({ type: 'focus', target: 'heading' });
      } else if (code === 'auth-required' && state.canSignIn) {
        // To the sign-in step, back to the summary after.
        Object.assign(draft, { attempt: undefined, session: null, signedInHere: true });
        if (needsSignInStep(draft)) {
          draft.changing = true;
          change.setStep('signin');
        }
        draft.notice = { kind: 'error', error };
        change.emit({ type: 'focus', target: draft.step === state.step ? 'notice' : 'heading' });
      } else {
        // Retryable unchanged: the key stays.
        draft.notice = { kind: 'error', error, retry: 'book' };
        change.emit({ type: 'focus', target: 'notice' });
      }
      break;
    }

    case 'texts': {
      const { service, location, appointment } = event;
      if (service && service.id === state.service?.id) draft.service = service;
      if (location && location.id === state.location?.id) draft.location = location;
      const preselected = state.preselected;
      if (preselected && (service?.id === preselected.service.id || location?.id === preselected.location.id)) {
        draft.preselected = {
          service: service?.id === preselected.service.id ? service : preselected.service,
          location: location?.id === preselected.location.id ? location : preselected.location,
        };
      }
      // The manage token came with the booking only: a lookup by token may not repeat it.
      if (appointment && appointment.reference === state.appointment?.reference) {
        draft.appointment = { ...appointment, token: state.appointment.token ?? appointment.token };
      }
      break;
    }
    case 'restart': {
      if (busy?.kind === 'book') return refuse(state, 'a booking is on its way');
      draft.busy = undefined;
      change.restart();
      change.emit({ type: 'focus', target: 'heading' });
      break;
    }
  }

  // A citizen moved to another step by their own action hears and sees where they are: focus
  // goes to its heading (never on start-up, which must not steal focus from the page).
  const moved = draft.step !== state.step && event.type !== 'start' && event.type !== 'started';
  if (moved && !change.effects.some((effect) => effect.type === 'focus')) change.emit({ type: 'focus', target: 'heading' });
  return { state: Object.freeze(draft), effects: change.effects };
}
