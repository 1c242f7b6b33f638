/**
 * The backend contract. An adapter author learns it here; `test/adapters/contract.ts` is the
 * same contract as a test suite to run against a new adapter, and the MemoryAdapter and
 * RestAdapter keep it.
 *
 * Rules for every method:
 * - It rejects with a `BookingError` and nothing else (no raw fetch, HTTP or parse errors),
 *   with a `message` for developers that never holds personal data (CPR, e-mail, names).
 * - It answers plain data (these objects cross the network and `structuredClone`): a caller
 *   may keep or change what it gets without affecting the adapter.
 * - Times are ISO 8601 with the Copenhagen offset (`2026-12-01T10:15:00+01:00`); dates are
 *   Copenhagen calendar dates `YYYY-MM-DD`.
 * - Retryable failures use `network`, `timeout`, `unavailable` or `rate-limited` (with
 *   `details.retryAfter` in seconds when known), so callers can offer "try again"
 *   (`BookingError#retryable`). `invalid-response` means the backend broke the contract.
 *
 * The elements do not take an adapter's word for any of this: their controllers call it
 * through `checkedAdapter` (core/checked-adapter.ts), which puts a deadline on every call
 * (the element's `timeout`), turns anything thrown into a `BookingError`, decodes every
 * answer with core/decode.ts (the decoders of api/openapi.yaml's schemas) and drops what the
 * rules below rule out, each with a `console.warn` naming the method and what was wrong. A
 * broken adapter therefore shows the citizen a translated message with a retry, never a
 * TypeError, and the integrator reads why in the console.
 */
import type { Appointment, Availability, BookingRequest, Hold, Location, Service, Session } from './types.js';

export interface CallOptions {
  /**
   * Aborts the call. Once it aborts, the call rejects promptly with a `BookingError`:
   * `network` (the caller gave up; it knows, since its `signal.aborted` is true), or
   * `timeout` when the signal's reason is a `TimeoutError` (as from `AbortSignal.timeout`).
   * A call aborted before it took effect must not take effect (no booking, no hold). When
   * that cannot be known (the request may have reached a server), the caller repeats a
   * `book` with the same `idempotencyKey` rather than booking afresh.
   */
  signal?: AbortSignal;
  /**
   * For calls that change something (`book` above all; the RestAdapter sends one on every
   * POST): a repeat of a call with the same key has the effect of one call and answers
   * like the first, so a retry after a lost answer never books twice.
   */
  idempotencyKey?: string;
  /**
   * The language the citizen reads the element in (`da` or `en`; the elements always send it).
   * Answer the texts a citizen reads (errand and office names, descriptions, documents to bring,
   * closed-day reasons) in it where you have them, else in Danish. When the page switches
   * language, the elements ask again with the new one.
   */
  lang?: string;
}

export interface AvailabilityQuery {
  serviceId: string;
  locationId: string;
  /** YYYY-MM-DD, inclusive, Copenhagen calendar date. */
  from: string;
  /** YYYY-MM-DD, inclusive, Copenhagen calendar date. */
  to: string;
}

export interface AppointmentQuery {
  /** The printed reference, e.g. "BT-7K3Q9M"; matched without regard to case. */
  reference?: string;
  /** The manage token from `book`'s answer (from a manage link). */
  token?: string;
}

export interface RescheduleQuery {
  reference: string;
  /** The manage token; without it the citizen must be signed in (`auth`). */
  token?: string;
  /** The new slot: of the same service, at any office that offers it. */
  slotId: string;
  /**
   * The citizen's hold on the new slot (from `holdSlot`), so their own hold does not make the
   * new time look taken. With `holdId`, the held place becomes the appointment's new place;
   * a lapsed hold or one for another slot rejects `slot-taken`.
   */
  holdId?: string;
}

export interface CancelQuery {
  reference: string;
  /** The manage token; without it the citizen must be signed in (`auth`). */
  token?: string;
}

export interface HoldQuery {
  slotId: string;
  serviceId: string;
  locationId: string;
}

/** Sign-in (MitID in production), for errands with `requiresLogin` and for managing by reference. */
export interface AuthProvider {
  /** The signed-in citizen, or `null` when nobody is signed in. Never rejects for "signed out". */
  getSession(): Promise<Session | null>;
  /**
   * `false` once the backend has said it offers no sign-in (read after `getSession`): the
   * elements then offer none (no "Log ind med MitID", no errands that need it). Absent or
   * `true`: sign-in is offered.
   */
  readonly available?: boolean;
  /**
   * Starts sign-in. It may leave the page (a redirect to the identity provider), coming back
   * to `returnTo` (default: the current URL); it resolves when the session is there.
   */
  login(returnTo?: string): Promise<void>;
  /** Ends the session; `getSession()` answers `null` afterwards. */
  logout(): Promise<void>;
}

/**
 * The pluggable backend. Elements reach a backend through this contract alone (through
 * controllers), so any backend that keeps the rules here and in the module comment works.
 */
export interface BookingAdapter {
  /**
   * Every office, each with its address and weekly opening hours (weekday 1–7, intervals
   * `open < close` as "HH:MM"), each id once. Never rejects for "none": answers `[]`.
   */
  getLocations(options?: CallOptions): Promise<Location[]>;

  /**
   * The errands, each id once, each with a whole positive `durationMinutes` and a `fee` that
   * is absent or a number ≥ 0 (never text). With `locationId`, only those the office offers
   * (no `locationIds`, or one that includes it). The elements do not offer an errand whose fee
   * or duration breaks this.
   *
   * Rejects `not-found` for an unknown `locationId`.
   */
  getServices(query: { locationId?: string }, options?: CallOptions): Promise<Service[]>;

  /**
   * Free slots and closed days from `from` to `to`, both ends included. Every slot is of
   * the asked service and office, starts after now, ends after it starts, falls on a
   * Copenhagen date inside the range, and has a free place (`remaining`, when told, is at
   * least 1); held and booked places are not free. A backend may also list a taken slot with
   * `remaining: 0`, so a day whose every time is taken shows as fully booked rather than as a
   * day without times: the elements show it, never offer it. Slot ids are unique. A date is never both
   * closed (with a plain-text `reason` such as "Juledag") and given slots. Days outside what
   * the backend offers (the past, beyond its horizon) simply have no slots.
   *
   * Ranges of up to 92 days (`MAX_RANGE_DAYS` in core/schedule.ts; api/openapi.yaml states the
   * same) must be served, enough for any month grid; the elements ask month by month. Rejects
   * `validation` (with `details.fields`) when `from`/`to` is not a date (`invalid`), `to` is
   * before `from` (`to: 'before-from'`) or the range is longer than that (`to:
   * 'range-too-long'`; the MemoryAdapter and the reference server refuse 93 days). Rejects
   * `not-found` for an unknown service or office, or an errand the office does not offer.
   */
  getAvailability(query: AvailabilityQuery, options?: CallOptions): Promise<Availability>;

  /**
   * Books one place in a slot and answers the appointment: `status: 'booked'`, a new
   * `reference` and manage `token`, the slot's `start`/`end`, the full `service` and
   * `location`, and `citizenName` (the name of the person it is for); never a CPR number.
   *
   * With `options.idempotencyKey`, a repeat with the same key answers the same appointment
   * (same reference) and books nothing more, even if the slot has filled since; the same
   * key with another slot rejects `validation` (`idempotencyKey: 'reused'`). With
   * `request.holdId`, the held place becomes the booked one.
   *
   * Rejects:
   * - `validation` with `details.fields` (field path → reason, e.g. `citizen.email:
   *   'invalid'`, `citizen.name: 'required'`, `citizen.cpr` for errands that need it, a
   *   `slotId` of another service or office) when the request is incomplete or wrong;
   * - `slot-taken` when the slot has no free place left (someone else was first), or the
   *   hold has lapsed or is for another slot;
   * - `auth-required` for an errand with `requiresLogin` when `auth` is present and nobody
   *   is signed in;
   * - `not-found` for an unknown service or office.
   */
  book(request: BookingRequest, options?: CallOptions): Promise<Appointment>;

  /**
   * The appointments a citizen may see (cancelled ones too, with their `status`):
   * - by `reference` and `token`, by `token` alone, or by `reference` alone for the signed-in
   *   citizen who booked it (signed in, as the session's `id`): that one appointment; anyone
   *   else signed in gets `[]` (and `not-found` from `reschedule`/`cancel`), so a printed
   *   reference never opens someone else's appointment;
   * - with neither ("Mine aftaler"): the signed-in citizen's own appointments, those booked
   *   while signed in as the session's `id` — every upcoming one and the recent past (how far
   *   back is the backend's; the MemoryAdapter keeps 90 days), newest first.
   * The token is in the answer only when the caller gave it.
   *
   * A wrong token answers `[]`, exactly like an unknown reference, so printed references
   * cannot be used to probe which bookings exist.
   *
   * Rejects `auth-required` when nobody is signed in for a reference without a token (a
   * reference alone is printed on paper and must not be enough) or for neither.
   */
  getAppointments(query: AppointmentQuery, options?: CallOptions): Promise<Appointment[]>;

  /**
   * Moves a booked appointment to another slot of the same service and answers it (same
   * reference, new `start`/`end`/`location`). The old place is free the moment the new
   * one is taken; moving to the slot it already has changes nothing (a hold given for it
   * is given back). With `holdId`, the held place becomes the appointment's new place, so
   * nobody can take the new time between the citizen's choice and the move.
   *
   * Rejects `not-found` for an unknown reference or a wrong token (alike);
   * `auth-required` without a token when nobody is signed in; `slot-taken` when the new
   * slot has no free place, or the hold has lapsed or is for another slot; `validation`
   * for a cancelled appointment (`reference: 'cancelled'`) or a slot of another service
   * (`slotId`).
   */
  reschedule(query: RescheduleQuery, options?: CallOptions): Promise<Appointment>;

  /**
   * Cancels and answers the appointment with `status: 'cancelled'`; its place is free at
   * once. Cancelling a cancelled appointment answers it again (no error).
   *
   * Rejects `not-found` for an unknown reference or a wrong token (alike), and
   * `auth-required` without a token when nobody is signed in.
   */
  cancel(query: CancelQuery, options?: CallOptions): Promise<Appointment>;

  /**
   * Optional reserve-then-confirm (Qmatic-style). Holds one place of the slot until the
   * answer's `expiresAt` (an instant in the future): while held, the place is not free to
   * anyone else, and `book` (or `reschedule`) with `holdId` confirms it. Send `issuedAt` too
   * (your clock's time when you made the hold): the elements then count the hold down for
   * `expiresAt − issuedAt` from its arrival, right on a phone whose clock is hours off.
   * Without it, a hold that has lapsed by the device's clock on arrival is given 5 minutes. A hold that lapses frees the place
   * by itself; `book` or `reschedule` with a lapsed hold rejects `slot-taken`. Adapters without holds leave
   * both hold methods out, and elements then book directly.
   *
   * Rejects `slot-taken` when the slot has no free place, `validation` (`slotId`) when the
   * slot is not of the given service and office, `not-found` for an unknown service or office.
   */
  holdSlot?(query: HoldQuery, options?: CallOptions): Promise<Hold>;

  /**
   * Gives a held place back. Releasing an unknown, lapsed or already released hold
   * resolves too: the place is free either way.
   */
  releaseHold?(query: { holdId: string }, options?: CallOptions): Promise<void>;

  /**
   * Sign-in, when the backend has it. Without it, errands with `requiresLogin` cannot be
   * booked online: the picker lists them as needing sign-in, not choosable, with the office's
   * phone; and managing needs the token.
   */
  auth?: AuthProvider;
}
