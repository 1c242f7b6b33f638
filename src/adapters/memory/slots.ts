/**
 * The memory backend's own part of the schedule: how many places in a slot the seeded "other
 * citizens" have already booked. The schedule itself (closed days, slots, slot ids) is
 * `core/schedule.ts`, shared with the reference server; it is re-exported here for the
 * modules that import it from this file.
 */
import type { Slot } from '../../core/types.js';

export {
  type ReasonLanguage,
  type SlotKey,
  closedReason,
  daySlots,
  offersAt,
  parseSlotId,
  slotIdOf,
} from '../../core/schedule.js';

/** A uniform number in [0, 1) from a string: FNV-1a with a murmur3 finaliser. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 4_294_967_296;
}

/** Share of days the seeded backlog books out completely, so calendars show full days. */
const FULL_DAY_SHARE = 0.06;

/**
 * How many of a slot's places other citizens have already booked, deterministically from
 * the seed. `occupancy` is the mean share of booked places; each office-day gets its own
 * load around that mean (some quiet, some busy, a few fully booked), so the calendar looks
 * lived-in. 0 books nothing.
 */
export function prebookedPlaces(
  seed: number,
  occupancy: number,
  slot: Pick<Slot, 'id' | 'locationId' | 'start'>,
  capacity: number,
): number {
  if (occupancy <= 0) return 0;
  const day = `${seed}|${slot.locationId}|${slot.start.slice(0, 10)}`;
  if (unitHash(`${day}|full`) < FULL_DAY_SHARE * Math.min(1, occupancy * 2)) return capacity;
  const share = Math.min(1, occupancy * (0.4 + 1.2 * unitHash(day)));
  let taken = 0;
  for (let place = 0; place < capacity; place += 1) {
    if (unitHash(`${seed}|${slot.id}|${place}`) < share) taken += 1;
  }
  return taken;
}
