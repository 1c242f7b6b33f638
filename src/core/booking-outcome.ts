import { decodeAppointment } from './decode.js';
import { isBookingError } from './errors.js';
import type { Appointment, Location, Service, Slot } from './types.js';

/**
 * What a `book()` answer means for the citizen. Once the backend has said yes, the citizen must
 * see at least the time they chose and the reference, whatever the answer looks like: a
 * booking that is made but not shown is a booking made twice (the citizen tries again) or a
 * missed appointment.
 */

/** The backend said yes, but its answer could not be read: the reference it carried, if any. */
export interface UnreadBooking {
  reference?: string;
}

/** A reference worth showing: a string with something besides white space, of any length. */
export function usableReference(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * A `book()` that resolved: the appointment when the answer reads as one, else what can be
 * salvaged from it (the backend said yes either way; the answer's shape is its own mistake).
 */
export function readBookingAnswer(answer: unknown): { appointment: Appointment } | { unread: UnreadBooking } {
  try {
    return { appointment: decodeAppointment(answer) };
  } catch {
    const reference = usableReference((answer as { reference?: unknown } | null | undefined)?.reference);
    return { unread: reference ? { reference } : {} };
  }
}

/**
 * A `book()` that rejected because its answer could not be read although the backend accepted
 * the booking: `checkedAdapter` says so with `invalid-response` and `details.accepted` (and the
 * raw reference in `details.reference`). Read structurally, so an error from another copy of
 * the library on the page counts too.
 */
export function acceptedDespite(error: unknown): UnreadBooking | undefined {
  if (!isBookingError(error) || error.code !== 'invalid-response') return undefined;
  const details = error.details as { accepted?: unknown; reference?: unknown };
  if (details.accepted !== true) return undefined;
  const reference = usableReference(details.reference);
  return reference ? { reference } : {};
}

/**
 * The receipt's appointment for an accepted booking whose answer could not be read: the
 * errand, office and time from the flow's own state, and the reference when there is one
 * (an empty reference tells the receipt to say that none came, with the office's phone).
 */
export function appointmentFromChoice(
  chosen: { service: Service; location: Location; slot: Slot },
  unread: UnreadBooking,
): Appointment {
  const { service, location, slot } = chosen;
  return { reference: unread.reference ?? '', status: 'booked', service, location, start: slot.start, end: slot.end };
}
