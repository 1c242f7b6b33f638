/**
 * Availability maths for the calendar: which days have free times, and the times of a day.
 * Slots are grouped by their Copenhagen calendar date, whatever offset their ISO string
 * carries and whatever zone the browser is in.
 */
import { compareInstants, copenhagenDate, datesOfMonth, parseInstant, partOfDay, type PartOfDay } from './time.js';
import type { Availability, Slot } from './types.js';

/** Whether a slot can still be booked: `remaining` absent (the backend does not tell) or above 0. */
export function isSlotFree(slot: Slot): boolean {
  return slot.remaining === undefined || slot.remaining > 0;
}

/** Orders slots by start instant, then end, then id (so the order is stable). */
function bySlotOrder(a: Slot, b: Slot): number {
  return compareInstants(a.start, b.start) || compareInstants(a.end, b.end) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A copy of `slots` sorted by start instant (then end, then id, so the order is stable). */
export function sortSlots(slots: readonly Slot[]): Slot[] {
  const copy = [...slots];
  // Backends answer in order: one pass to see it costs less than a sort's comparisons. Each
  // start is read once; only equal starts (or unreadable ones) need the full order.
  let previous = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < copy.length; index += 1) {
    const start = parseInstant(copy[index]!.start);
    if (!(start > previous) && index > 0 && bySlotOrder(copy[index - 1]!, copy[index]!) > 0) return copy.sort(bySlotOrder);
    previous = start;
  }
  return copy;
}

/**
 * Slots grouped by the Copenhagen date they start on, dates in ascending order and each
 * day's slots sorted by start. Full slots are kept (the UI may show them as taken); filter
 * with {@link isSlotFree} first to leave them out.
 */
export function groupSlotsByDate(slots: readonly Slot[]): Map<string, Slot[]> {
  const byDate = new Map<string, Slot[]>();
  // Sorting first makes both the keys and each day's list come out in order.
  for (const slot of sortSlots(slots)) {
    const date = copenhagenDate(slot.start);
    const day = byDate.get(date);
    if (day) day.push(slot);
    else byDate.set(date, [slot]);
  }
  return byDate;
}

/**
 * What the calendar shows for a day:
 * - `past`: before today; never bookable, whatever the backend sent.
 * - `closed`: listed in `closedDays` (weekend, holiday); `reason` carries the backend's text.
 * - `available`: at least one free slot; `count` is the number of free slots.
 * - `full`: the backend listed slots for the day, but every one is taken (`remaining: 0`).
 * - `none`: open (not closed) but no slots at all — booked out by a backend that omits taken
 *   slots, not yet released, or the service is not offered that day. The data cannot tell
 *   these apart, so the UI should say "no free times" rather than "fully booked".
 */
export type DayState = 'available' | 'full' | 'closed' | 'past' | 'none';

/** One day of {@link summarizeMonth}. */
export interface DaySummary {
  state: DayState;
  /** Free slots on the day; 0 unless `state` is `available`. */
  count: number;
  /** For `closed` days: the backend's reason, e.g. "Juledag". */
  reason?: string;
}

/** How many slots a date has, and how many of them are free: all a day's summary needs of its slots. */
export interface SlotCounts {
  slots: number;
  free: number;
}

/**
 * Slots counted per Copenhagen date (all of them, and the free ones), leaving out those
 * starting before the ISO instant `notBefore` when given.
 */
function countSlotsByDate(slots: readonly Slot[], notBefore?: string): Map<string, SlotCounts> {
  // Counts per date are all a summary needs: no sorting, no lists.
  const counts = new Map<string, SlotCounts>();
  for (const slot of slots) {
    if (notBefore !== undefined && compareInstants(slot.start, notBefore) < 0) continue;
    const date = copenhagenDate(slot.start);
    let count = counts.get(date);
    if (!count) counts.set(date, (count = { slots: 0, free: 0 }));
    count.slots += 1;
    if (isSlotFree(slot)) count.free += 1;
  }
  return counts;
}

/**
 * A summary of every date of a `YYYY-MM` month, in date order. States take precedence in
 * the order `past` > `closed` > `available` > `full` > `none` (see {@link DayState}); a day
 * both closed and with slots counts as closed: the backend's closure wins over stray slots.
 *
 * @param availability What the adapter returned (may cover more than the month).
 * @param month `YYYY-MM`.
 * @param today Copenhagen `YYYY-MM-DD`; earlier dates are `past`.
 * @param notBefore Optional ISO instant (usually now): slots starting earlier are ignored,
 *   so a day whose remaining slots have all begun is no longer `available`.
 */
export function summarizeMonth(
  availability: Availability,
  month: string,
  today: string,
  notBefore?: string,
): Map<string, DaySummary> {
  return summarizeCounts(countSlotsByDate(availability.slots, notBefore), availability.closedDays, month, today);
}

/**
 * {@link summarizeMonth} from slots already counted per date ({@link countSlotsByDate}): a
 * month's counts do not change with `today`, so they are counted once and summarized again
 * when the day changes.
 */
export function summarizeCounts(
  counts: ReadonlyMap<string, SlotCounts>,
  closedDays: Availability['closedDays'],
  month: string,
  today: string,
): Map<string, DaySummary> {
  const closedReasons = new Map(closedDays.map((day) => [day.date, day.reason]));
  const summary = new Map<string, DaySummary>();
  for (const date of datesOfMonth(month)) {
    const reason = closedReasons.get(date);
    const { slots, free } = counts.get(date) ?? { slots: 0, free: 0 };
    if (date < today) summary.set(date, { state: 'past', count: 0 });
    else if (reason !== undefined) summary.set(date, { state: 'closed', count: 0, reason });
    else if (free > 0) summary.set(date, { state: 'available', count: free });
    else if (slots > 0) summary.set(date, { state: 'full', count: 0 });
    else summary.set(date, { state: 'none', count: 0 });
  }
  return summary;
}

/**
 * The earliest free slot, optionally not starting before the ISO instant `notBefore`
 * (a slot starting exactly then counts). `undefined` when there is none.
 */
export function earliestSlot(slots: readonly Slot[], notBefore?: string): Slot | undefined {
  let earliest: Slot | undefined;
  for (const slot of slots) {
    if (!isSlotFree(slot)) continue;
    if (notBefore !== undefined && compareInstants(slot.start, notBefore) < 0) continue;
    if (!earliest || compareInstants(slot.start, earliest.start) < 0) earliest = slot;
  }
  return earliest;
}

/**
 * Slots split by part of the Copenhagen day (before 12, before 17, later), each sorted by
 * start. Every part is present, possibly empty, so the UI can lay out fixed columns.
 */
export function slotsByPartOfDay(slots: readonly Slot[]): Record<PartOfDay, Slot[]> {
  const parts: Record<PartOfDay, Slot[]> = { morning: [], afternoon: [], evening: [] };
  for (const slot of sortSlots(slots)) parts[partOfDay(slot.start)].push(slot);
  return parts;
}
