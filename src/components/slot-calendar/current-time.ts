import type { Slot } from '../../core/types.js';
import { compareInstants, copenhagenDate } from '../../core/time.js';
import type { MonthAvailability } from '../../controllers/availability.js';

/** The citizen's own appointment, shown (not offered) while they move it. */
export interface CurrentTime {
  /** Copenhagen `YYYY-MM-DD`. */
  date: string;
  start: string;
  end: string | undefined;
  slotId: string | undefined;
}

function validInstant(value: string | undefined): string | undefined {
  return value && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/**
 * The citizen's current time: from `current-start`/`current-end` when given (their own time is
 * booked by them, so usually not offered), else the offered slot with `current-slot-id` in `month`.
 */
export function currentTime(
  start: string | undefined,
  end: string | undefined,
  slotId: string | undefined,
  month: MonthAvailability | undefined,
): CurrentTime | undefined {
  const from = validInstant(start);
  if (from) return { date: copenhagenDate(from), start: from, end: validInstant(end), slotId };
  if (!slotId || !month) return undefined;
  for (const slots of month.slotsByDate.values()) {
    const slot = slots.find((candidate) => candidate.id === slotId);
    if (slot) return { date: copenhagenDate(slot.start), start: slot.start, end: slot.end, slotId };
  }
  return undefined;
}

/** Whether an offered slot is the citizen's current time (same id, or the same start). */
export function isCurrentSlot(slot: Slot, current: CurrentTime | undefined): boolean {
  return !!current && (slot.id === current.slotId || compareInstants(slot.start, current.start) === 0);
}
