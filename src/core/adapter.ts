import type {
  Appointment,
  Availability,
  BookingRequest,
  Hold,
  Location,
  Service,
  Session,
} from './types.js';

export interface CallOptions {
  signal?: AbortSignal;
  idempotencyKey?: string;
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
  reference?: string;
  token?: string;
}

export interface RescheduleQuery {
  reference: string;
  token?: string;
  slotId: string;
}

export interface CancelQuery {
  reference: string;
  token?: string;
}

export interface HoldQuery {
  slotId: string;
  serviceId: string;
  locationId: string;
}

export interface AuthProvider {
  getSession(): Promise<Session | null>;
  login(returnTo?: string): Promise<void>;
  logout(): Promise<void>;
}

/**
 * The pluggable backend. Every method rejects with a `BookingError` and nothing else, so
 * elements can treat any backend, including third-party ones, through this contract alone.
 */
export interface BookingAdapter {
  getLocations(options?: CallOptions): Promise<Location[]>;
  getServices(query: { locationId?: string }, options?: CallOptions): Promise<Service[]>;
  getAvailability(query: AvailabilityQuery, options?: CallOptions): Promise<Availability>;
  book(request: BookingRequest, options?: CallOptions): Promise<Appointment>;
  getAppointments(query: AppointmentQuery, options?: CallOptions): Promise<Appointment[]>;
  reschedule(query: RescheduleQuery, options?: CallOptions): Promise<Appointment>;
  cancel(query: CancelQuery, options?: CallOptions): Promise<Appointment>;
  /** Optional reserve-then-confirm (Qmatic-style): the slot is held until `expiresAt`. */
  holdSlot?(query: HoldQuery, options?: CallOptions): Promise<Hold>;
  releaseHold?(query: { holdId: string }, options?: CallOptions): Promise<void>;
  auth?: AuthProvider;
}
