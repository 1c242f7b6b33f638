/**
 * Runtime decoders for every response body of the REST contract (api/openapi.yaml).
 *
 * Hand-written on purpose: the widget runs under a strict Content-Security-Policy, so no
 * validator that compiles schemas with `new Function` may run here. Each decoder checks the
 * shape and builds a fresh object from the members it knows, so unknown members (a newer
 * server) are dropped rather than passed on, and nothing but plain data reaches an element.
 * Strings stay strings: elements render them as text, never as HTML.
 */
import { BookingError } from './errors.js';
import { parseInstant } from './time.js';
import type {
  Address,
  Appointment,
  Availability,
  CheckIn,
  ClosedDay,
  Hold,
  IsoWeekday,
  Location,
  OpeningHours,
  Service,
  Session,
  Slot,
} from './types.js';

export type Decoder<T> = (value: unknown, path?: string) => T;

/** A check inside a decoder: `path` names the member for the developer's error message. */
type Check<T> = (value: unknown, path: string) => T;

class ShapeError extends Error {}

function fail(path: string, expected: string): never {
  throw new ShapeError(`${path || 'body'}: expected ${expected}`);
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
  return value as Record<string, unknown>;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'a string');
  return value;
}

function nonEmpty(value: unknown, path: string): string {
  const text = string(value, path);
  if (text.length === 0) fail(path, 'a non-empty string');
  return text;
}

function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'a boolean');
  return value;
}

function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'a number');
  return value;
}

function integer(value: unknown, path: string, min: number): number {
  const n = number(value, path);
  if (!Number.isInteger(n) || n < min) fail(path, `an integer ≥ ${min}`);
  return n;
}

function array<T>(value: unknown, path: string, item: Check<T>): T[] {
  if (!Array.isArray(value)) fail(path, 'an array');
  return value.map((entry, index) => item(entry, `${path}[${index}]`));
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
function instant(value: unknown, path: string): string {
  const text = string(value, path);
  if (!INSTANT.test(text) || Number.isNaN(parseInstant(text))) fail(path, 'an ISO 8601 date-time with offset');
  return text;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
function calendarDate(value: unknown, path: string): string {
  const text = string(value, path);
  if (!CALENDAR_DATE.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) fail(path, 'a YYYY-MM-DD date');
  return text;
}

const WALL_CLOCK = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
function wallClock(value: unknown, path: string): string {
  const text = string(value, path);
  if (!WALL_CLOCK.test(text)) fail(path, 'an HH:MM time');
  return text;
}

/** Copies an optional member only when present, so absent stays absent (not `undefined`). */
function optional<T, K extends string>(
  source: Record<string, unknown>,
  key: K,
  path: string,
  decode: Check<T>,
): Partial<Record<K, T>> {
  const value = source[key];
  if (value === undefined) return {};
  return { [key]: decode(value, `${path}.${key}`) } as Partial<Record<K, T>>;
}

function address(value: unknown, path: string): Address {
  const o = record(value, path);
  return {
    street: string(o.street, `${path}.street`),
    postalCode: string(o.postalCode, `${path}.postalCode`),
    city: string(o.city, `${path}.city`),
  };
}

function openingHours(value: unknown, path: string): OpeningHours {
  const o = record(value, path);
  const weekday = integer(o.weekday, `${path}.weekday`, 1);
  if (weekday > 7) fail(`${path}.weekday`, 'an ISO weekday 1–7');
  return {
    weekday: weekday as IsoWeekday,
    intervals: array(o.intervals, `${path}.intervals`, (entry, at) => {
      const interval = record(entry, at);
      return { open: wallClock(interval.open, `${at}.open`), close: wallClock(interval.close, `${at}.close`) };
    }),
  };
}

export const decodeLocation: Decoder<Location> = (value, path = 'location') => {
  const o = record(value, path);
  return {
    id: nonEmpty(o.id, `${path}.id`),
    name: string(o.name, `${path}.name`),
    address: address(o.address, `${path}.address`),
    openingHours: array(o.openingHours, `${path}.openingHours`, openingHours),
    ...optional(o, 'phone', path, string),
    ...optional(o, 'accessibilityNote', path, string),
    // A value this version does not know (a later contract may add one) reads as not said.
    ...(isCheckIn(o.checkIn) ? { checkIn: o.checkIn } : {}),
  };
};

const isCheckIn = (value: unknown): value is CheckIn => value === 'kiosk' || value === 'desk';

export const decodeService: Decoder<Service> = (value, path = 'service') => {
  const o = record(value, path);
  return {
    id: nonEmpty(o.id, `${path}.id`),
    name: string(o.name, `${path}.name`),
    category: string(o.category, `${path}.category`),
    description: string(o.description, `${path}.description`),
    durationMinutes: integer(o.durationMinutes, `${path}.durationMinutes`, 1),
    ...optional(o, 'fee', path, (fee, at) => {
      const kroner = number(fee, at);
      if (kroner < 0) fail(at, 'a fee ≥ 0');
      return kroner;
    }),
    documentsToBring: array(o.documentsToBring, `${path}.documentsToBring`, string),
    requiresLogin: boolean(o.requiresLogin, `${path}.requiresLogin`),
    ...optional(o, 'locationIds', path, (ids, at) => array(ids, at, nonEmpty)),
    ...optional(o, 'requiresCpr', path, boolean),
  };
};

export const decodeSlot: Decoder<Slot> = (value, path = 'slot') => {
  const o = record(value, path);
  const slot: Slot = {
    id: nonEmpty(o.id, `${path}.id`),
    serviceId: nonEmpty(o.serviceId, `${path}.serviceId`),
    locationId: nonEmpty(o.locationId, `${path}.locationId`),
    start: instant(o.start, `${path}.start`),
    end: instant(o.end, `${path}.end`),
  };
  // Set only when present, as `optional` does, without its object and spread: a month has hundreds of slots.
  if (o.remaining !== undefined) slot.remaining = integer(o.remaining, `${path}.remaining`, 0);
  return slot;
};

const decodeClosedDay: Decoder<ClosedDay> = (value, path = 'closedDay') => {
  const o = record(value, path);
  return { date: calendarDate(o.date, `${path}.date`), reason: string(o.reason, `${path}.reason`) };
};

export const decodeAvailability: Decoder<Availability> = (value, path = 'availability') => {
  const o = record(value, path);
  return {
    slots: array(o.slots, `${path}.slots`, decodeSlot),
    closedDays: array(o.closedDays, `${path}.closedDays`, decodeClosedDay),
  };
};

export const decodeAppointment: Decoder<Appointment> = (value, path = 'appointment') => {
  const o = record(value, path);
  if (o.status !== 'booked' && o.status !== 'cancelled') fail(`${path}.status`, '"booked" or "cancelled"');
  return {
    reference: nonEmpty(o.reference, `${path}.reference`),
    status: o.status,
    service: decodeService(o.service, `${path}.service`),
    location: decodeLocation(o.location, `${path}.location`),
    start: instant(o.start, `${path}.start`),
    end: instant(o.end, `${path}.end`),
    ...optional(o, 'token', path, nonEmpty),
    ...optional(o, 'citizenName', path, string),
  };
};

export const decodeHold: Decoder<Hold> = (value, path = 'hold') => {
  const o = record(value, path);
  return {
    id: nonEmpty(o.id, `${path}.id`),
    slotId: nonEmpty(o.slotId, `${path}.slotId`),
    expiresAt: instant(o.expiresAt, `${path}.expiresAt`),
    ...optional(o, 'issuedAt', path, instant),
  };
};

/** The signed-in citizen: id and name only, whatever else a server sends (never a CPR number). */
export const decodeSession: Decoder<Session> = (value, path = 'session') => {
  const o = record(value, path);
  return { id: nonEmpty(o.id, `${path}.id`), name: string(o.name, `${path}.name`) };
};

const CPR = /^\d{10}$/;

/**
 * A session from an in-page `AuthProvider` (any adapter's `auth`), which may carry the
 * citizen's CPR number and contact details for filling in the form: they stay in the page.
 * The REST contract's session is `decodeSession`.
 */
export const decodeProviderSession: Decoder<Session> = (value, path = 'session') => {
  const o = record(value, path);
  return {
    ...optional(o, 'id', path, nonEmpty),
    name: string(o.name, `${path}.name`),
    ...optional(o, 'cpr', path, (cpr, at) => {
      if (!CPR.test(string(cpr, at))) fail(at, 'ten digits');
      return cpr as string;
    }),
    ...optional(o, 'email', path, string),
    ...optional(o, 'phone', path, string),
  };
};

export function listOf<T>(item: Decoder<T>): Decoder<T[]> {
  return (value, path = 'list') => array(value, path, item);
}

/** What a decoder found wrong ("path: expected …") when `error` is a shape mismatch; else undefined. */
export function shapeProblem(error: unknown): string | undefined {
  return error instanceof ShapeError ? error.message : undefined;
}

/** Runs a decoder, turning any shape mismatch into the one error elements understand. */
export function decodeBody<T>(decode: Decoder<T>, body: unknown, status: number): T {
  try {
    return decode(body);
  } catch (error) {
    const problem = shapeProblem(error);
    if (problem) throw new BookingError('invalid-response', `Response does not match the contract: ${problem}`, { status });
    throw error;
  }
}

/** The members of an RFC 9457 problem body the client acts on; anything else is ignored. */
export interface ProblemFields {
  code?: string;
  fields?: Record<string, string>;
}

/** Reads a problem body leniently: an error response is already an error, whatever its shape. */
export function readProblem(body: unknown): ProblemFields {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {};
  const o = body as Record<string, unknown>;
  const problem: ProblemFields = {};
  if (typeof o.code === 'string') problem.code = o.code;
  if (typeof o.fields === 'object' && o.fields !== null && !Array.isArray(o.fields)) {
    const fields: Record<string, string> = {};
    for (const [key, reason] of Object.entries(o.fields)) {
      if (typeof reason === 'string') fields[key] = reason;
    }
    problem.fields = fields;
  }
  return problem;
}
