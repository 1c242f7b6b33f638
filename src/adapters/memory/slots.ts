/**
 * The memory backend's schedule: which days an office is closed, which slots a day has, and
 * how many places in a slot the seeded "other citizens" have already booked. Pure functions
 * of the catalogue, the date and the seed; bookings and holds are counted by the adapter.
 */
import { holidayOn } from '../../core/holidays.js';
import { weekdayOf, zonedIso } from '../../core/time.js';
import type { Location, Service, Slot } from '../../core/types.js';

export type ReasonLanguage = 'da' | 'en';

const WEEKEND_REASON: Record<ReasonLanguage, string> = {
  da: 'Lukket (weekend)',
  en: 'Closed (weekend)',
};

const CLOSED_REASON: Record<ReasonLanguage, string> = { da: 'Lukket', en: 'Closed' };

const SLOT_ID_PATTERN = /^([^:]+):([^:]+):(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

export interface SlotKey {
  locationId: string;
  serviceId: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, Copenhagen wall clock. */
  time: string;
}

/** Stable, human-readable slot id: `centrum:pas-fornyelse:2026-12-01T10:15`. */
export function slotIdOf(key: SlotKey): string {
  return `${key.locationId}:${key.serviceId}:${key.date}T${key.time}`;
}

export function parseSlotId(slotId: string): SlotKey | undefined {
  const match = SLOT_ID_PATTERN.exec(slotId);
  if (!match) return undefined;
  return { locationId: match[1]!, serviceId: match[2]!, date: match[3]!, time: match[4]! };
}

export function offersAt(service: Service, locationId: string): boolean {
  return !service.locationIds || service.locationIds.includes(locationId);
}

/**
 * Why the office is closed on a date, or undefined when it opens. A holiday names itself
 * even when it falls on a weekend (2. juledag 2026 is a Saturday).
 */
export function closedReason(location: Location, date: string, lang: ReasonLanguage): string | undefined {
  const holiday = holidayOn(date);
  if (holiday) return holiday.name[lang];
  const weekday = weekdayOf(date);
  if (weekday >= 6) return WEEKEND_REASON[lang];
  const hours = location.openingHours.find((entry) => entry.weekday === weekday);
  if (!hours || hours.intervals.length === 0) return CLOSED_REASON[lang];
  return undefined;
}

function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function toTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The earliest wall-clock hour at which Copenhagen can change offset (02:00–03:00). */
const DST_SAFE_FROM = 4 * 60;

/**
 * Every slot a service has at a location on a date, ignoring bookings and the clock: one
 * every `durationMinutes` from the start of each opening interval, ending within it. Empty
 * on closed days.
 */
export function daySlots(location: Location, service: Service, date: string): Slot[] {
  const hours = location.openingHours.find((entry) => entry.weekday === weekdayOf(date));
  if (!hours) return [];
  // Offices open in the daytime, long after the 02:00–03:00 DST change, so one offset
  // (read at noon) serves the whole day; times before 04:00 go through zonedIso one by one.
  const dayOffset = zonedIso(date, '12:00').slice(19);
  const isoAt = (minutes: number): string =>
    minutes >= DST_SAFE_FROM ? `${date}T${toTime(minutes)}:00${dayOffset}` : zonedIso(date, toTime(minutes));
  const step = Math.max(5, service.durationMinutes);
  const slots: Slot[] = [];
  for (const interval of hours.intervals) {
    const close = toMinutes(interval.close);
    for (let start = toMinutes(interval.open); start + service.durationMinutes <= close; start += step) {
      slots.push({
        id: slotIdOf({ locationId: location.id, serviceId: service.id, date, time: toTime(start) }),
        serviceId: service.id,
        locationId: location.id,
        start: isoAt(start),
        end: isoAt(start + service.durationMinutes),
      });
    }
  }
  return slots;
}

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
