/**
 * The seam between the HTTP layer (server/src/http) and the booking rules over the database
 * (server/src/domain). One method per operation in api/openapi.yaml; each takes the request's
 * context. Failures are `BookingError`s (../../src/core/errors.ts), which the HTTP layer turns
 * into problem+json with the status the contract gives for the code.
 */
import type { AvailabilityQuery, HoldQuery } from '../../src/core/adapter.js';
import type { ContentLanguage } from '../../src/core/municipality.js';
import type { Appointment, Availability, BookingRequest, Hold, Location, Service } from '../../src/core/types.js';

export interface RequestContext {
  /** From Accept-Language. */
  lang: ContentLanguage;
  /** The signed-in person's opaque id (`Session.id`), when a session cookie is valid. */
  personId?: string;
  /** The Idempotency-Key header, on every POST. */
  idempotencyKey?: string;
  /** The X-Manage-Token header. */
  token?: string;
}

export interface Backend {
  locations(ctx: RequestContext): Promise<Location[]>;
  services(ctx: RequestContext, query: { locationId?: string }): Promise<Service[]>;
  availability(ctx: RequestContext, query: AvailabilityQuery): Promise<Availability>;
  hold(ctx: RequestContext, query: HoldQuery): Promise<Hold>;
  releaseHold(ctx: RequestContext, holdId: string): Promise<void>;
  /** Writes the appointment and its confirmation (outbox) in one transaction. */
  book(ctx: RequestContext, request: BookingRequest): Promise<Appointment>;
  /** `reference` as typed; the token comes from `ctx.token`. */
  appointments(ctx: RequestContext, query: { reference?: string }): Promise<Appointment[]>;
  reschedule(ctx: RequestContext, query: { reference: string; slotId: string; holdId?: string }): Promise<Appointment>;
  cancel(ctx: RequestContext, query: { reference: string }): Promise<Appointment>;
  /** True when the database answers and migrations are applied (`/readyz`). */
  ready(): Promise<boolean>;
}
