/**
 * MemoryAdapter: a complete booking backend in the page, behind the demo, Storybook and the
 * tests. It keeps real opening hours, Danish holidays, capacity, holds and idempotent
 * booking, and is deterministic for a given clock and seed.
 */
import type {
  AppointmentQuery,
  AuthProvider,
  AvailabilityQuery,
  BookingAdapter,
  CallOptions,
  CancelQuery,
  HoldQuery,
  RescheduleQuery,
} from '../../core/adapter.js';
import { BookingError, type BookingErrorCode, fail } from '../../core/errors.js';
import {
  type ContentLanguage,
  type ErrandConfig,
  type MunicipalityConfig,
  type OfficeConfig,
  capacityOf,
  contentLanguage,
  localizeLocation,
  localizeService,
} from '../../core/municipality.js';
import { copenhagenToday } from '../../core/time.js';
import type { Appointment, Availability, BookingRequest, Hold, Location, Service, Session, Slot } from '../../core/types.js';
import { delay, throwIfAborted } from './abort.js';
import { SAMPLE_CONFIG } from './sample-data.js';
import { prebookedPlaces } from './slots.js';
import {
  type BookingWindow,
  DEFAULT_HORIZON_DAYS,
  bookingWindow,
  checkRange,
  offersAt,
  parseSlotId,
  rangeSchedule,
  slotInWindow,
} from '../../core/schedule.js';
import { type MemoryState, type StoredBooking, emptyState, newHoldId, newToken, readState, uniqueReference } from './store.js';
import { normaliseReference } from '../../core/reference.js';
import { bookingFieldErrors } from '../../core/booking-validation.js';

export interface MemoryAdapterOptions {
  /**
   * The municipality: offices and errands in Danish and English, capacity per errand and
   * office, closures and the booking horizon. Default "Eksempel Kommune" (`SAMPLE_CONFIG`).
   */
  config?: MunicipalityConfig;
  /** Offices in place of the configuration's, with the same texts in every language. */
  locations?: Location[];
  /** Errands in place of the configuration's, with the same texts in every language. */
  services?: Service[];
  /** The clock. Tests inject one; default `() => new Date()`. */
  now?: () => Date;
  /** How many days ahead slots are offered (from today, inclusive). Default the configuration's (120 in the sample). */
  horizonDays?: number;
  /** Citizens per slot for every errand at every office, in place of the configuration's capacities. */
  capacity?: number;
  /** Seed of the pre-booked backlog. Default 1. */
  seed?: number;
  /** Mean share of places the backlog has already booked, 0–1. Default 0.35; 0 = none. */
  occupancy?: number;
  /**
   * Language of office and errand texts and closed-day reasons ("en…" is English, anything
   * else Danish), or a function read at each call, as `RestAdapter`'s. A call's own `lang`
   * (`MemoryCallOptions`) wins. Default 'da'.
   */
  lang?: string | (() => string);
  /** Simulated round trip per call, in milliseconds. Default 0. */
  latencyMs?: number;
  /** Whether `holdSlot`/`releaseHold` exist. Default true. */
  holds?: boolean;
  /** How long a hold lasts. Default 600. */
  holdSeconds?: number;
  /**
   * Sign-in. When set, `requiresLogin` services need a session to book, an appointment
   * may be moved or cancelled without its token by a signed-in citizen, and a booking made
   * while signed in is listed among that session `id`'s own ("Mine aftaler"). When absent,
   * the demo books those services without sign-in.
   */
  auth?: AuthProvider;
  /** Bookings to start from, e.g. a `snapshot()` kept in localStorage. */
  state?: MemoryState;
  /** Called with a fresh snapshot after every change (book, move, cancel, hold, …). */
  onChange?: (state: MemoryState) => void;
}

/**
 * `CallOptions`, whose `lang` the mock handlers fill from the request's Accept-Language, as a
 * server reads it. (Kept as a name of its own for code written against earlier versions.)
 */
export type MemoryCallOptions = CallOptions;

type AdapterMethod = Exclude<keyof BookingAdapter, 'auth'>;

/** How far back a signed-in citizen's own list reaches (by the appointment's end). */
export const RECENT_PAST_DAYS = 90;
const DAY_MS = 86_400_000;

function positive(value: number | undefined, fallback: number, name: string, integer = true): number {
  const result = value ?? fallback;
  if (!(result >= 0) || (integer && !Number.isInteger(result))) {
    throw new RangeError(`MemoryAdapter: ${name} must be a non-negative ${integer ? 'integer' : 'number'}`);
  }
  return result;
}

/** An office given as a contract `Location`: its texts serve every language. */
function officeOf(location: Location): OfficeConfig {
  const { name, accessibilityNote, ...rest } = location;
  return { ...rest, name: { da: name }, ...(accessibilityNote ? { accessibilityNote: { da: accessibilityNote } } : {}) };
}

/** An errand given as a contract `Service`: its texts serve every language. */
function errandOf(service: Service): ErrandConfig {
  const { name, description, documentsToBring, ...rest } = service;
  return {
    ...rest,
    name: { da: name },
    description: { da: description },
    documentsToBring: documentsToBring.map((da) => ({ da })),
  };
}

/** Who may see or change a booking: the holder of its token, or a signed-in citizen. */
type ManageRight = { by: 'token' } | { by: 'session'; id: string | undefined };

/**
 * A signed-in citizen without the token reaches only a booking they made signed in: a printed
 * reference must not open someone else's appointment, whoever is signed in.
 */
function mayManage(booking: StoredBooking, right: ManageRight): boolean {
  return right.by === 'token' || (right.id !== undefined && booking.bookedBy === right.id);
}

export class MemoryAdapter implements BookingAdapter {
  /** A MemoryAdapter that continues from a `snapshot()`. */
  static fromSnapshot(state: MemoryState, options: MemoryAdapterOptions = {}): MemoryAdapter {
    return new MemoryAdapter({ ...options, state });
  }

  declare readonly auth?: AuthProvider;
  /** Present unless the adapter was made with `holds: false`. */
  declare holdSlot?: (query: HoldQuery, options?: CallOptions) => Promise<Hold>;
  declare releaseHold?: (query: { holdId: string }, options?: CallOptions) => Promise<void>;

  private readonly offices: OfficeConfig[];
  private readonly errands: ErrandConfig[];
  private readonly clock: () => Date;
  private readonly horizonDays: number;
  private readonly capacityOverride: number | undefined;
  private readonly seed: number;
  private readonly occupancy: number;
  private readonly lang: () => string;
  private readonly latencyMs: number;
  private readonly holdSeconds: number;
  private readonly onChange: ((state: MemoryState) => void) | undefined;
  private state: MemoryState;
  private scheduledFailure: { error: BookingError; method: AdapterMethod | undefined } | undefined;

  constructor(options: MemoryAdapterOptions = {}) {
    const config = options.config ?? SAMPLE_CONFIG;
    this.offices = structuredClone(options.locations?.map(officeOf) ?? config.offices);
    this.errands = structuredClone(options.services?.map(errandOf) ?? config.errands);
    this.clock = options.now ?? (() => new Date());
    this.horizonDays = positive(options.horizonDays, config.horizonDays ?? DEFAULT_HORIZON_DAYS, 'horizonDays');
    this.capacityOverride = options.capacity === undefined ? undefined : Math.max(1, positive(options.capacity, 1, 'capacity'));
    this.seed = options.seed ?? 1;
    this.occupancy = Math.min(1, positive(options.occupancy, 0.35, 'occupancy', false));
    const { lang = 'da' } = options;
    this.lang = typeof lang === 'function' ? lang : () => lang;
    this.latencyMs = positive(options.latencyMs, 0, 'latencyMs', false);
    this.holdSeconds = positive(options.holdSeconds, 600, 'holdSeconds', false);
    this.onChange = options.onChange;
    this.state = options.state ? readState(options.state) : emptyState();
    this.scheduledFailure = undefined;
    if (options.auth) (this as { auth?: AuthProvider }).auth = options.auth;
    if (options.holds ?? true) {
      this.holdSlot = (query, callOptions) => this.run('holdSlot', callOptions, () => this.createHold(query));
      this.releaseHold = (query, callOptions) => this.run('releaseHold', callOptions, () => this.dropHold(query.holdId));
    }
  }

  // -------------------------------------------------------------------------------------
  // BookingAdapter
  // -------------------------------------------------------------------------------------

  getLocations(options?: MemoryCallOptions): Promise<Location[]> {
    return this.run('getLocations', options, () => {
      const lang = this.languageOf(options);
      return this.offices.map((office) => localizeLocation(office, lang));
    });
  }

  getServices(query: { locationId?: string }, options?: MemoryCallOptions): Promise<Service[]> {
    return this.run('getServices', options, () => {
      const locationId = query?.locationId;
      if (locationId !== undefined) this.requireLocation(locationId);
      const lang = this.languageOf(options);
      return this.errands
        .filter((errand) => locationId === undefined || offersAt(errand, locationId))
        .map((errand) => localizeService(errand, lang));
    });
  }

  getAvailability(query: AvailabilityQuery, options?: MemoryCallOptions): Promise<Availability> {
    return this.run('getAvailability', options, () => this.availability(query, this.languageOf(options)));
  }

  book(request: BookingRequest, options?: MemoryCallOptions): Promise<Appointment> {
    return this.run('book', options, async () => {
      const service = this.requireService(request.serviceId);
      this.requireLocation(request.locationId);
      const fields = bookingFieldErrors(request, service, copenhagenToday(this.now()));
      if (fields) fail('validation', 'The booking request is incomplete or invalid', fields);
      const key = this.requireSlotKey(request.slotId);
      if (key.serviceId !== request.serviceId || key.locationId !== request.locationId) {
        fail('validation', 'The slot belongs to another service or location', { slotId: 'mismatch' });
      }
      const session = await this.session(options);
      if (service.requiresLogin && this.auth && !session) fail('auth-required', 'This service requires sign-in');
      // From here on the call runs synchronously, so concurrent calls cannot interleave:
      // the first to get here books, and a second with the same key finds its booking.
      return this.commitBooking(request, options, session?.id || undefined);
    });
  }

  getAppointments(query: AppointmentQuery, options?: MemoryCallOptions): Promise<Appointment[]> {
    return this.run('getAppointments', options, async () => {
      const token = query.token || undefined;
      if (!query.reference && token === undefined) return this.ownAppointments(options);
      // A printed reference alone shows nothing: the holder must also have the manage token
      // or be signed in. A wrong token and an unknown reference answer alike, so nobody can
      // probe which references exist.
      const right = await this.requireManageRight({ token }, options);
      const booking = query.reference
        ? this.findBooking(query.reference)
        : this.state.bookings.find((entry) => entry.token === token);
      if (!booking || (token !== undefined && token !== booking.token) || !mayManage(booking, right)) return [];
      return [this.toAppointment(booking, token !== undefined, options)];
    });
  }

  reschedule(query: RescheduleQuery, options?: MemoryCallOptions): Promise<Appointment> {
    return this.run('reschedule', options, async () => {
      const booking = this.requireBooking(query, await this.requireManageRight(query, options));
      if (booking.status === 'cancelled') {
        fail('validation', 'A cancelled appointment cannot be moved', { reference: 'cancelled' });
      }
      if (query.slotId === booking.slotId) {
        // Nothing moves; a hold the caller took on the time it already has is not needed.
        const hold = this.state.holds.find((entry) => entry.id === query.holdId);
        if (hold?.slotId === booking.slotId) this.dropHold(hold.id);
      } else {
        const key = this.requireSlotKey(query.slotId);
        if (key.serviceId !== booking.serviceId) {
          fail('validation', 'An appointment can only move to a slot of the same service', {
            slotId: 'service-mismatch',
          });
        }
        const slot = this.resolveSlot(query.slotId) ?? fail('slot-taken', 'The new slot is no longer available');
        this.claimPlace(slot, query.holdId);
        // One assignment moves the booking: the old slot is free the moment this runs.
        Object.assign(booking, {
          slotId: slot.id,
          locationId: slot.locationId,
          start: slot.start,
          end: slot.end,
        });
        this.changed();
      }
      return this.toAppointment(booking, query.token !== undefined, options);
    });
  }

  cancel(query: CancelQuery, options?: MemoryCallOptions): Promise<Appointment> {
    return this.run('cancel', options, async () => {
      const booking = this.requireBooking(query, await this.requireManageRight(query, options));
      if (booking.status !== 'cancelled') {
        booking.status = 'cancelled';
        this.changed();
      }
      return this.toAppointment(booking, query.token !== undefined, options);
    });
  }

  // -------------------------------------------------------------------------------------
  // Demo, story and test switches
  // -------------------------------------------------------------------------------------

  /** The state to persist: JSON-serialisable, with no CPR numbers or contact details. */
  snapshot(): MemoryState {
    this.dropExpiredHolds();
    return structuredClone(this.state);
  }

  /**
   * Simulates other citizens booking `places` places of a slot (default: all that are
   * left), so a slot can vanish between being shown and being booked.
   */
  takeSlot(slotId: string, places?: number): void {
    const key = this.requireSlotKey(slotId);
    const capacity = this.capacityAt(this.requireService(key.serviceId), key.locationId);
    this.state.taken[slotId] = Math.min(capacity, (this.state.taken[slotId] ?? 0) + (places ?? capacity));
    this.changed();
  }

  /**
   * Makes the next call (of `method`, or of any method) reject with `error`, e.g.
   * `failNext('unavailable')` for a story of the error state.
   */
  failNext(error: BookingError | BookingErrorCode, method?: AdapterMethod): void {
    const bookingError = typeof error === 'string' ? new BookingError(error, `Simulated ${error} failure`) : error;
    this.scheduledFailure = { error: bookingError, method };
  }

  // -------------------------------------------------------------------------------------
  // Internals
  // -------------------------------------------------------------------------------------

  /**
   * Every public call goes through here: simulated latency (abortable), a scheduled
   * failure, then the body; results are deep copies, and every rejection is a BookingError.
   */
  private async run<T>(method: AdapterMethod, options: CallOptions | undefined, body: () => T | Promise<T>): Promise<T> {
    const signal = options?.signal;
    try {
      await delay(this.latencyMs, signal);
      throwIfAborted(signal);
      const failure = this.scheduledFailure;
      if (failure && (failure.method === undefined || failure.method === method)) {
        this.scheduledFailure = undefined;
        throw failure.error;
      }
      return structuredClone(await body());
    } catch (error) {
      if (error instanceof BookingError) throw error;
      // Never echo the cause: it might carry something a caller passed in.
      throw new BookingError('unavailable', `MemoryAdapter.${method} failed unexpectedly`);
    }
  }

  private now(): Date {
    return this.clock();
  }

  /** The language of a call's texts: its own, else the adapter's. */
  private languageOf(options: MemoryCallOptions | undefined): ContentLanguage {
    return contentLanguage(options?.lang ?? this.lang());
  }

  private requireService(serviceId: string): ErrandConfig {
    return this.errands.find((errand) => errand.id === serviceId) ?? fail('not-found', `Unknown service: ${serviceId}`);
  }

  private requireLocation(locationId: string): OfficeConfig {
    return this.offices.find((office) => office.id === locationId) ?? fail('not-found', `Unknown location: ${locationId}`);
  }

  /** Places per slot of an errand at an office. */
  private capacityAt(errand: ErrandConfig, officeId: string): number {
    return this.capacityOverride ?? capacityOf(errand, officeId);
  }

  private requireSlotKey(slotId: string) {
    return parseSlotId(slotId) ?? fail('validation', 'Not a slot id', { slotId: 'invalid' });
  }

  private availability(query: AvailabilityQuery, lang: ContentLanguage): Availability {
    const service = this.requireService(query.serviceId);
    const location = this.requireLocation(query.locationId);
    checkRange(query.from, query.to);
    if (!offersAt(service, location.id)) {
      fail('not-found', `${service.id} is not offered at ${location.id}`);
    }
    this.dropExpiredHolds();
    const usage = this.usage();
    const { slots, closedDays } = rangeSchedule(location, service, query, this.window(), lang);
    return {
      slots: slots.flatMap((slot) => {
        const remaining = this.remaining(slot, service, usage);
        return remaining > 0 ? [{ ...slot, remaining }] : [];
      }),
      closedDays,
    };
  }

  /**
   * The slot behind an id, if it exists now: a real service at a real office that offers
   * it, an open day within the horizon, on the grid, and not yet started.
   */
  private resolveSlot(slotId: string): Slot | undefined {
    const key = this.requireSlotKey(slotId);
    return slotInWindow(this.requireLocation(key.locationId), this.requireService(key.serviceId), key, this.window());
  }

  private window(): BookingWindow {
    return bookingWindow(this.now(), this.horizonDays);
  }

  /** Places in use per slot id: bookings, live holds and places taken by `takeSlot`. */
  private usage(): Map<string, number> {
    const used = new Map<string, number>();
    const add = (slotId: string, places: number): void => {
      used.set(slotId, (used.get(slotId) ?? 0) + places);
    };
    for (const booking of this.state.bookings) if (booking.status === 'booked') add(booking.slotId, 1);
    for (const hold of this.state.holds) add(hold.slotId, 1);
    for (const [slotId, places] of Object.entries(this.state.taken)) add(slotId, places);
    return used;
  }

  private remaining(slot: Slot, errand = this.requireService(slot.serviceId), usage = this.usage()): number {
    const capacity = this.capacityAt(errand, slot.locationId);
    const backlog = prebookedPlaces(this.seed, this.occupancy, slot, capacity);
    return capacity - backlog - (usage.get(slot.id) ?? 0);
  }

  private dropExpiredHolds(): void {
    const now = this.now().getTime();
    this.state.holds = this.state.holds.filter((hold) => Date.parse(hold.expiresAt) > now);
  }

  private commitBooking(
    request: BookingRequest,
    options: MemoryCallOptions | undefined,
    bookedBy: string | undefined,
  ): Appointment {
    const idempotencyKey = options?.idempotencyKey;
    if (idempotencyKey) {
      const earlier = this.state.idempotency[idempotencyKey];
      if (earlier) {
        if (earlier.slotId !== request.slotId) {
          fail('validation', 'The idempotency key was used for another booking', { idempotencyKey: 'reused' });
        }
        const booking = this.findBooking(earlier.reference);
        if (booking) return this.toAppointment(booking, true, options);
      }
    }
    const slot = this.resolveSlot(request.slotId) ?? fail('slot-taken', 'The slot is no longer available');
    this.claimPlace(slot, request.holdId);
    const booking: StoredBooking = {
      reference: uniqueReference((candidate) => this.findBooking(candidate) !== undefined),
      token: newToken(),
      status: 'booked',
      slotId: slot.id,
      serviceId: slot.serviceId,
      locationId: slot.locationId,
      start: slot.start,
      end: slot.end,
      // Only the name is kept; the CPR number was checked and is dropped here.
      citizenName: (request.onBehalfOf?.name ?? request.citizen.name).trim(),
      createdAt: this.now().toISOString(),
      ...(bookedBy ? { bookedBy } : {}),
    };
    this.state.bookings.push(booking);
    if (idempotencyKey) {
      this.state.idempotency[idempotencyKey] = { reference: booking.reference, slotId: slot.id };
    }
    this.changed();
    return this.toAppointment(booking, true, options);
  }

  /**
   * Takes one place of `slot` for a booking or a move: the held one with `holdId` (a lapsed
   * hold, or one for another slot, is `slot-taken`), else a free one.
   */
  private claimPlace(slot: Slot, holdId: string | undefined): void {
    this.dropExpiredHolds();
    if (holdId) {
      const hold = this.state.holds.find((entry) => entry.id === holdId);
      if (!hold || hold.slotId !== slot.id) fail('slot-taken', 'The hold has expired or is not for this slot');
      // The held place becomes the booked place.
      this.state.holds = this.state.holds.filter((entry) => entry !== hold);
    } else if (this.remaining(slot) <= 0) {
      fail('slot-taken', 'The slot is fully booked');
    }
  }

  /** "Mine aftaler": what the signed-in citizen booked, upcoming and the recent past, newest first. */
  private async ownAppointments(options: MemoryCallOptions | undefined): Promise<Appointment[]> {
    const session = await this.session(options);
    if (!session) return fail('auth-required', 'Sign in to see your own appointments');
    const id = session.id;
    // A session without an id names nobody the bookings could be kept under.
    if (!id) return [];
    const since = this.now().getTime() - RECENT_PAST_DAYS * DAY_MS;
    return this.state.bookings
      .filter((booking) => booking.bookedBy === id && Date.parse(booking.end) >= since)
      .sort((a, b) => Date.parse(b.start) - Date.parse(a.start))
      .map((booking) => this.toAppointment(booking, false, options));
  }

  /** The signed-in citizen, or null without sign-in; never after the caller gave up. */
  private async session(options: CallOptions | undefined): Promise<Session | null> {
    const session = this.auth ? await this.auth.getSession() : null;
    throwIfAborted(options?.signal);
    return session;
  }

  private findBooking(reference: string): StoredBooking | undefined {
    const wanted = normaliseReference(reference);
    return this.state.bookings.find((booking) => booking.reference === wanted);
  }

  /** The booking a manage call names; a wrong token reads as an unknown reference. */
  private requireBooking(query: { reference: string; token?: string }, right: ManageRight): StoredBooking {
    const booking = this.findBooking(query.reference);
    if (!booking || (query.token !== undefined && query.token !== booking.token) || !mayManage(booking, right)) {
      return fail('not-found', 'No appointment matches this reference and token');
    }
    return booking;
  }

  /**
   * Moving or cancelling takes the manage token, or, where sign-in is configured, a
   * signed-in citizen. A reference alone is printed on paper and must not be enough.
   */
  private async requireManageRight(query: { token?: string }, options: CallOptions | undefined): Promise<ManageRight> {
    if (query.token !== undefined) return { by: 'token' };
    const session = await this.session(options);
    if (!session) return fail('auth-required', 'Give the manage token or sign in');
    return { by: 'session', id: session.id };
  }

  private toAppointment(booking: StoredBooking, withToken: boolean, options: MemoryCallOptions | undefined): Appointment {
    const lang = this.languageOf(options);
    const appointment: Appointment = {
      reference: booking.reference,
      status: booking.status,
      service: localizeService(this.requireService(booking.serviceId), lang),
      location: localizeLocation(this.requireLocation(booking.locationId), lang),
      start: booking.start,
      end: booking.end,
      citizenName: booking.citizenName,
    };
    if (withToken) appointment.token = booking.token;
    return appointment;
  }

  private createHold(query: HoldQuery): Hold {
    this.requireService(query.serviceId);
    this.requireLocation(query.locationId);
    const key = this.requireSlotKey(query.slotId);
    if (key.serviceId !== query.serviceId || key.locationId !== query.locationId) {
      fail('validation', 'The slot belongs to another service or location', { slotId: 'mismatch' });
    }
    this.dropExpiredHolds();
    const slot = this.resolveSlot(query.slotId);
    if (!slot || this.remaining(slot) <= 0) fail('slot-taken', 'The slot is no longer available');
    const now = this.now().getTime();
    // issuedAt lets a caller whose clock differs from `now` count the hold down correctly.
    const hold: Hold = {
      id: newHoldId(),
      slotId: slot.id,
      expiresAt: new Date(now + this.holdSeconds * 1000).toISOString(),
      issuedAt: new Date(now).toISOString(),
    };
    this.state.holds.push(hold);
    this.changed();
    return hold;
  }

  /** Releasing an unknown or lapsed hold is not an error: the place is free either way. */
  private dropHold(holdId: string): void {
    const before = this.state.holds.length;
    this.state.holds = this.state.holds.filter((hold) => hold.id !== holdId);
    if (this.state.holds.length !== before) this.changed();
  }

  private changed(): void {
    if (!this.onChange) return;
    try {
      this.onChange(this.snapshot());
    } catch {
      // A failing listener (e.g. a full localStorage) must not undo a booking; the state
      // itself is never logged.
      console.warn('MemoryAdapter: the onChange listener threw');
    }
  }
}
