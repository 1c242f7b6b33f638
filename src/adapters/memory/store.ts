/**
 * The memory backend's mutable state, in a JSON-serialisable shape the demo can keep in
 * localStorage. It holds no CPR numbers, e-mail addresses or phone numbers: only what an
 * appointment shows (the name of the person it is for), what the schedule needs, and the
 * booker's opaque session id.
 */
import { BookingError } from '../../core/errors.js';
import { newReference, randomString } from '../../core/reference.js';
import type { AppointmentStatus } from '../../core/types.js';

export const MEMORY_STATE_VERSION = 1;

export interface StoredBooking {
  reference: string;
  /** Manage token. Not a secret worth more than the demo it lives in. */
  token: string;
  status: AppointmentStatus;
  slotId: string;
  serviceId: string;
  locationId: string;
  start: string;
  end: string;
  /** The person the appointment is for (the child, for a child's passport). */
  citizenName: string;
  /** ISO instant, by the adapter's clock. */
  createdAt: string;
  /**
   * The session `id` of the citizen who booked while signed in ("Mine aftaler" lists by it):
   * an opaque identifier from the identity provider, never a CPR number.
   */
  bookedBy?: string;
}

export interface StoredHold {
  id: string;
  slotId: string;
  /** ISO instant. */
  expiresAt: string;
}

export interface MemoryState {
  version: typeof MEMORY_STATE_VERSION;
  bookings: StoredBooking[];
  holds: StoredHold[];
  /** Places taken outside the adapter's own bookings (`takeSlot`), per slot id. */
  taken: Record<string, number>;
  /** Idempotency key → the booking it made, so a retry (even after a reload) books once. */
  idempotency: Record<string, { reference: string; slotId: string }>;
}

export function emptyState(): MemoryState {
  return { version: MEMORY_STATE_VERSION, bookings: [], holds: [], taken: {}, idempotency: {} };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: Record<string, unknown>, key: string): string {
  const field = value[key];
  if (typeof field !== 'string') throw new Error(key);
  return field;
}

/**
 * A fresh state built from untrusted JSON (e.g. localStorage), keeping only known fields,
 * so nothing else a caller put in it, a CPR number included, is ever stored. Rejects with a
 * `validation` BookingError when the shape is wrong.
 */
export function readState(value: unknown): MemoryState {
  try {
    if (!isRecord(value) || value.version !== MEMORY_STATE_VERSION) throw new Error('version');
    const state = emptyState();
    for (const entry of Array.isArray(value.bookings) ? value.bookings : []) {
      if (!isRecord(entry)) throw new Error('booking');
      const status = str(entry, 'status');
      if (status !== 'booked' && status !== 'cancelled') throw new Error('status');
      state.bookings.push({
        reference: str(entry, 'reference'),
        token: str(entry, 'token'),
        status,
        slotId: str(entry, 'slotId'),
        serviceId: str(entry, 'serviceId'),
        locationId: str(entry, 'locationId'),
        start: str(entry, 'start'),
        end: str(entry, 'end'),
        citizenName: str(entry, 'citizenName'),
        createdAt: str(entry, 'createdAt'),
        ...(typeof entry.bookedBy === 'string' ? { bookedBy: entry.bookedBy } : {}),
      });
    }
    for (const entry of Array.isArray(value.holds) ? value.holds : []) {
      if (!isRecord(entry)) throw new Error('hold');
      state.holds.push({ id: str(entry, 'id'), slotId: str(entry, 'slotId'), expiresAt: str(entry, 'expiresAt') });
    }
    if (isRecord(value.taken)) {
      for (const [slotId, places] of Object.entries(value.taken)) {
        if (typeof places === 'number' && places > 0) state.taken[slotId] = Math.floor(places);
      }
    }
    if (isRecord(value.idempotency)) {
      for (const [key, entry] of Object.entries(value.idempotency)) {
        if (!isRecord(entry)) throw new Error('idempotency');
        state.idempotency[key] = { reference: str(entry, 'reference'), slotId: str(entry, 'slotId') };
      }
    }
    return state;
  } catch (error) {
    // The message names the field, never its value.
    throw new BookingError('validation', `Not a MemoryAdapter state (${(error as Error).message})`);
  }
}

// ---------------------------------------------------------------------------------------
// References and tokens
// ---------------------------------------------------------------------------------------

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A booking reference like "BT-7K3Q9M", unique among `taken`. */
export function uniqueReference(taken: (reference: string) => boolean): string {
  let reference: string;
  do reference = newReference();
  while (taken(reference));
  return reference;
}

/** 128 random bits, base64url: unguessable for a manage link. */
export function newToken(): string {
  return randomString(TOKEN_ALPHABET, 22);
}

export function newHoldId(): string {
  return `H-${randomString(TOKEN_ALPHABET, 16)}`;
}
