import type { UnreadableBooking } from './checked-adapter.js';
import type { Appointment, Location, Service, Slot } from './types.js';

/**
 * What a `book()` answer means for the citizen. Once the backend has said yes, the citizen must
 * see at least the time they chose and the reference, whatever the answer looks like: a
 * booking that is made but not shown is a booking made twice (the citizen tries again) or a
 * missed appointment.
 */

/** A reference worth showing: a string with something besides white space, of any length. */
export function usableReference(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The receipt's appointment for an accepted booking whose answer could not be read: the
 * errand, office and time from the flow's own state, and the reference when there is one
 * (an empty reference tells the receipt to say that none came, with the office's phone).
 */
export function appointmentFromChoice(
  chosen: { service: Service; location: Location; slot: Slot },
  unread: UnreadableBooking,
): Appointment {
  const { service, location, slot } = chosen;
  return {
    reference: usableReference(unread.reference) ?? '',
    status: 'booked',
    service,
    location,
    start: slot.start,
    end: slot.end,
  };
}
