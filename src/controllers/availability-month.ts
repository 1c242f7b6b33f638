import type { Availability, Slot } from '../core/types.js';
import {
  earliestSlot,
  groupSlotsByDate,
  isSlotFree,
  summarizeCounts,
  type DaySummary,
  type SlotCounts,
} from '../core/availability.js';
import { copenhagenDate } from '../core/time.js';

/**
 * One month of an adapter's availability answer, read the way a calendar asks about it. The
 * day summaries depend on "today", so they are worked out on demand (and kept for the last
 * `today` asked about): a widget left open past midnight still shows yesterday as past.
 */
export class MonthAvailability {
  /** `YYYY-MM`. */
  readonly month: string;
  /** Free slots per Copenhagen date, each list sorted by start. */
  readonly slotsByDate: ReadonlyMap<string, readonly Slot[]>;
  private readonly answer: Availability;
  /** Slots and free slots per date, counted once: the day summaries of any `today` are made from them. */
  private readonly counts = new Map<string, SlotCounts>();
  private summary: { today: string; days: ReadonlyMap<string, DaySummary> } | undefined;

  /** `answer` is a checked adapter's (`checkedAdapter`): well-formed, its slots offerable. */
  constructor(month: string, answer: Availability) {
    this.month = month;
    this.answer = answer;
    // Every slot's Copenhagen date is read once, in one grouping: the free slots by date and the
    // counts come from it (a month holds hundreds of slots, and this runs on every month step).
    const slotsByDate = new Map<string, readonly Slot[]>();
    for (const [date, slots] of groupSlotsByDate(answer.slots)) {
      const free = slots.filter(isSlotFree);
      this.counts.set(date, { slots: slots.length, free: free.length });
      if (free.length > 0) slotsByDate.set(date, free);
    }
    this.slotsByDate = slotsByDate;
  }

  /** Every date of the month as core's `summarizeMonth` sees it on `today` (`YYYY-MM-DD`). */
  days(today: string): ReadonlyMap<string, DaySummary> {
    if (this.summary?.today !== today) {
      this.summary = { today, days: summarizeCounts(this.counts, this.answer.closedDays, this.month, today) };
    }
    return this.summary.days;
  }

  /** Free slots on a date (closed or past or not, as the backend sent them). */
  slotsOn(date: string): readonly Slot[] {
    return this.slotsByDate.get(date) ?? [];
  }

  /** Free times a citizen can pick: on open days of the month, from `today` on. */
  freeCount(today: string): number {
    let total = 0;
    for (const day of this.days(today).values()) total += day.count;
    return total;
  }

  /** The earliest free time a citizen can pick in the month, if any. */
  earliest(today: string): Slot | undefined {
    const days = this.days(today);
    return earliestSlot(this.answer.slots.filter((slot) => days.get(copenhagenDate(slot.start))?.state === 'available'));
  }
}
