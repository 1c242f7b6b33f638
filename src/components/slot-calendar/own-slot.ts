import type { DaySummary } from '../../core/availability.js';
import type { Slot } from '../../core/types.js';
import { copenhagenDate } from '../../core/time.js';

/**
 * The citizen's own chosen time (`ownSlot`), which the backend may leave out of its answer while
 * the citizen's own hold on it is still being given back: listed as free on its day so that
 * "Ret" never makes their time vanish. Only for this calendar's errand and office, and only
 * while it has not started.
 */
export function usableOwnSlot(
  own: Slot | undefined,
  calendar: { service: string | undefined; location: string | undefined; now: Date },
): Slot | undefined {
  if (!own || own.serviceId !== calendar.service || own.locationId !== calendar.location) return undefined;
  return Date.parse(own.start) > calendar.now.getTime() ? own : undefined;
}

/** A day's free slots with the own one among them (in time order) when the backend left it out. */
export function withOwnSlot(slots: readonly Slot[], own: Slot | undefined, date: string): readonly Slot[] {
  if (!own || copenhagenDate(own.start) !== date) return slots;
  if (slots.some((slot) => slot.id === own.id || slot.start === own.start)) return slots;
  return [...slots, own].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** The month's days with the own slot's day counting it as a free time (never "fully booked" for its owner). */
export function daysWithOwnSlot(
  days: ReadonlyMap<string, DaySummary>,
  own: Slot | undefined,
  slotsOn: (date: string) => readonly Slot[],
): ReadonlyMap<string, DaySummary> {
  if (!own) return days;
  const date = copenhagenDate(own.start);
  const day = days.get(date);
  const listed = slotsOn(date);
  if (!day || day.state === 'past' || day.state === 'closed' || withOwnSlot(listed, own, date) === listed) return days;
  return new Map(days).set(date, { state: 'available', count: day.count + 1 });
}
