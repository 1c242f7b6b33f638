/**
 * An office's schedule, shared by the MemoryAdapter and the reference server: which days an
 * office is closed and why, which slots an errand has on a day, and the stable slot id both
 * backends give them. Pure functions of the configuration and the date; the clock, bookings
 * and holds are the caller's.
 */
import { fail } from './errors.js';
import { holidayOn } from './holidays.js';
import { type ContentLanguage, type ErrandConfig, type OfficeConfig, closureOn, localized } from './municipality.js';
import { addDays, copenhagenToday, daysBetween, isValidDate, weekdayOf, zonedIso } from './time.js';
import type { ClosedDay, Location, Service, Slot } from './types.js';

/** The language of a closed day's reason. */
export type ReasonLanguage = ContentLanguage;

/** An office as the contract shows it, or as a municipality configures it (with closures). */
export type ScheduleOffice = Location | OfficeConfig;
export type ScheduleErrand = Service | ErrandConfig;

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

/** Whether an errand is offered at an office (no `locationIds` = everywhere). */
export function offersAt(errand: { locationIds?: string[] }, locationId: string): boolean {
  return !errand.locationIds || errand.locationIds.includes(locationId);
}

/**
 * Why the office is closed on a date, or undefined when it opens. A holiday names itself
 * even when it falls on a weekend (2. juledag 2026 is a Saturday); an office's own closure
 * (configured, with its reason) comes next, then weekends and weekdays without hours.
 */
export function closedReason(office: ScheduleOffice, date: string, lang: ReasonLanguage): string | undefined {
  const holiday = holidayOn(date);
  if (holiday) return holiday.name[lang];
  const closure = 'closures' in office ? closureOn(office, date) : undefined;
  if (closure) return localized(closure.reason, lang);
  const weekday = weekdayOf(date);
  if (weekday >= 6) return WEEKEND_REASON[lang];
  const hours = office.openingHours.find((entry) => entry.weekday === weekday);
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
 * Every slot an errand has at an office on a date, ignoring bookings, closures and the
 * clock: one every `durationMinutes` from the start of each opening interval, ending within
 * it. Callers ask `closedReason` first.
 */
export function daySlots(office: ScheduleOffice, errand: ScheduleErrand, date: string): Slot[] {
  const hours = office.openingHours.find((entry) => entry.weekday === weekdayOf(date));
  if (!hours) return [];
  // Offices open in the daytime, long after the 02:00–03:00 DST change, so one offset
  // (read at noon) serves the whole day; times before 04:00 go through zonedIso one by one.
  const dayOffset = zonedIso(date, '12:00').slice(19);
  const isoAt = (minutes: number): string =>
    minutes >= DST_SAFE_FROM ? `${date}T${toTime(minutes)}:00${dayOffset}` : zonedIso(date, toTime(minutes));
  const step = Math.max(5, errand.durationMinutes);
  const slots: Slot[] = [];
  for (const interval of hours.intervals) {
    const close = toMinutes(interval.close);
    for (let start = toMinutes(interval.open); start + errand.durationMinutes <= close; start += step) {
      slots.push({
        id: slotIdOf({ locationId: office.id, serviceId: errand.id, date, time: toTime(start) }),
        serviceId: errand.id,
        locationId: office.id,
        start: isoAt(start),
        end: isoAt(start + errand.durationMinutes),
      });
    }
  }
  return slots;
}

/** Longest availability query, in days (inclusive): a quarter, enough for any month grid. */
export const MAX_RANGE_DAYS = 92;
/** How far ahead citizens may book when the configuration does not say. */
export const DEFAULT_HORIZON_DAYS = 92;

/** Refuses an availability range the contract does not serve (`validation` with the field at fault). */
export function checkRange(from: string, to: string): void {
  if (!isValidDate(from)) fail('validation', '`from` is not a YYYY-MM-DD date', { from: 'invalid' });
  if (!isValidDate(to)) fail('validation', '`to` is not a YYYY-MM-DD date', { to: 'invalid' });
  const span = daysBetween(from, to) + 1;
  if (span < 1) fail('validation', '`to` is before `from`', { to: 'before-from' });
  if (span > MAX_RANGE_DAYS) fail('validation', `The range is longer than ${MAX_RANGE_DAYS} days`, { to: 'range-too-long' });
}

/** When a citizen may book: from `now` to the last Copenhagen date of the horizon. */
export interface BookingWindow {
  now: Date;
  today: string;
  lastDay: string;
}

export function bookingWindow(now: Date, horizonDays: number): BookingWindow {
  const today = copenhagenToday(now);
  return { now, today, lastDay: addDays(today, horizonDays - 1) };
}

/** A slot of an open day inside the window that has not started yet. */
function bookableOn(date: string, slot: Slot, window: BookingWindow): boolean {
  return date >= window.today && date <= window.lastDay && Date.parse(slot.start) > window.now.getTime();
}

/**
 * Every closed day of a range (with its reason) and every slot of its open days that can still
 * be booked in the window, before bookings and holds, which are the caller's to count.
 */
export function rangeSchedule(
  office: ScheduleOffice,
  errand: ScheduleErrand,
  range: { from: string; to: string },
  window: BookingWindow,
  lang: ReasonLanguage,
): { slots: Slot[]; closedDays: ClosedDay[] } {
  const slots: Slot[] = [];
  const closedDays: ClosedDay[] = [];
  for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
    const reason = closedReason(office, date, lang);
    if (reason !== undefined) closedDays.push({ date, reason });
    else slots.push(...daySlots(office, errand, date).filter((slot) => bookableOn(date, slot, window)));
  }
  return { slots, closedDays };
}

/** The slot a parsed slot id names, if it can be booked in the window: an open day, on the grid, not started. */
export function slotInWindow(
  office: ScheduleOffice,
  errand: ScheduleErrand,
  key: SlotKey,
  window: BookingWindow,
): Slot | undefined {
  if (!offersAt(errand, office.id) || !isValidDate(key.date)) return undefined;
  // Only whether the office is closed matters here, not the reason's language.
  if (closedReason(office, key.date, 'da') !== undefined) return undefined;
  const id = slotIdOf(key);
  const slot = daySlots(office, errand, key.date).find((candidate) => candidate.id === id);
  return slot && bookableOn(key.date, slot, window) ? slot : undefined;
}
