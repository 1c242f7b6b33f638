/**
 * When the reminder goes: the day before the appointment, at the same Copenhagen wall-clock
 * time, but never later than 16.00 that day.
 *
 * - "The day before" is a Copenhagen calendar day, computed on wall-clock time, so across a
 *   change to or from summer time a 10.15 appointment is still reminded at 10.15 (an instant
 *   24 hours earlier would read 09.15 or 11.15).
 * - 16.00 at the latest: an appointment at 17.30 on a late-opening Thursday is reminded
 *   Wednesday afternoon, while the citizen can still arrange the time off, not in the evening.
 *   With offices open from about 8 to 18 the reminder always arrives in the working day.
 * - A reminder whose time has passed when the booking is made (booked the evening before, or
 *   the same day) is not sent: the confirmation has just gone.
 */
import { addDays, copenhagenDate, copenhagenTime, zonedInstant } from '../../../src/core/time.js';

const LATEST_REMINDER_TIME = '16:00';

/** The instant to remind of an appointment starting at `start` (ISO 8601). */
export function reminderTime(start: string): Date {
  const dayBefore = addDays(copenhagenDate(start), -1);
  const sameTime = zonedInstant(dayBefore, copenhagenTime(start));
  const latest = zonedInstant(dayBefore, LATEST_REMINDER_TIME);
  return sameTime < latest ? sameTime : latest;
}
