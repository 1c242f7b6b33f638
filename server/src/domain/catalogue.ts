/**
 * The municipality's offices and errands as the booking rules need them: lookups that refuse
 * unknown ids as the contract says, the slots of a range (from src/core/schedule.ts, the
 * MemoryAdapter's own schedule), and whether a slot id names a slot that can be booked now.
 */
import {
  type ContentLanguage,
  type ErrandConfig,
  type MunicipalityConfig,
  type OfficeConfig,
  capacityOf,
} from '../../../src/core/municipality.js';
import { type SlotKey, closedReason, daySlots, offersAt, parseSlotId } from '../../../src/core/schedule.js';
import { addDays, copenhagenToday, daysBetween, isValidDate } from '../../../src/core/time.js';
import type { ClosedDay, Slot } from '../../../src/core/types.js';
import { fail } from './errors.js';

/** Longest availability query, in days (inclusive): the MemoryAdapter's quarter, enough for any month grid. */
export const MAX_RANGE_DAYS = 92;
/** How far ahead citizens may book when the configuration does not say. */
export const DEFAULT_HORIZON_DAYS = 92;

/** A slot that exists and can be claimed now, with what it belongs to. */
export interface BookableSlot {
  slot: Slot;
  errand: ErrandConfig;
  office: OfficeConfig;
  capacity: number;
}

export interface DaySchedule {
  /** Every slot of the range that starts after now, before bookings are counted. */
  slots: Slot[];
  closedDays: ClosedDay[];
  capacity: number;
}

export class Catalogue {
  readonly config: MunicipalityConfig;
  readonly #horizonDays: number;

  constructor(config: MunicipalityConfig) {
    this.config = config;
    this.#horizonDays = config.horizonDays ?? DEFAULT_HORIZON_DAYS;
  }

  // Messages never echo the id asked for: it is the caller's input and could hold anything.
  requireErrand(serviceId: string): ErrandConfig {
    return this.config.errands.find((errand) => errand.id === serviceId) ?? fail('not-found', 'Unknown service');
  }

  requireOffice(locationId: string): OfficeConfig {
    return this.config.offices.find((office) => office.id === locationId) ?? fail('not-found', 'Unknown location');
  }

  requireSlotKey(slotId: string): SlotKey {
    return parseSlotId(slotId) ?? fail('validation', 'Not a slot id', { slotId: 'invalid' });
  }

  /** The generated slots and closed days of a range, validated as the MemoryAdapter does. */
  schedule(
    query: { serviceId: string; locationId: string; from: string; to: string },
    now: Date,
    lang: ContentLanguage,
  ): DaySchedule {
    const errand = this.requireErrand(query.serviceId);
    const office = this.requireOffice(query.locationId);
    const { from, to } = query;
    if (!isValidDate(from)) fail('validation', '`from` is not a YYYY-MM-DD date', { from: 'invalid' });
    if (!isValidDate(to)) fail('validation', '`to` is not a YYYY-MM-DD date', { to: 'invalid' });
    const span = daysBetween(from, to) + 1;
    if (span < 1) fail('validation', '`to` is before `from`', { to: 'before-from' });
    if (span > MAX_RANGE_DAYS) fail('validation', `The range is longer than ${MAX_RANGE_DAYS} days`, { to: 'range-too-long' });
    if (!offersAt(errand, office.id)) fail('not-found', `${errand.id} is not offered at ${office.id}`);
    const { today, lastDay } = this.#window(now);
    const slots: Slot[] = [];
    const closedDays: ClosedDay[] = [];
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const reason = closedReason(office, date, lang);
      if (reason !== undefined) {
        closedDays.push({ date, reason });
        continue;
      }
      if (date < today || date > lastDay) continue;
      for (const slot of daySlots(office, errand, date)) {
        if (Date.parse(slot.start) > now.getTime()) slots.push(slot);
      }
    }
    return { slots, closedDays, capacity: capacityOf(errand, office.id) };
  }

  /**
   * The slot behind an id, if it can be claimed now: a real errand at an office that offers
   * it, an open day within the horizon, on the grid, and not yet started. Unknown errand or
   * office ids are `not-found`; anything else that does not exist is `undefined`.
   */
  bookable(slotId: string, now: Date): BookableSlot | undefined {
    const key = this.requireSlotKey(slotId);
    const errand = this.requireErrand(key.serviceId);
    const office = this.requireOffice(key.locationId);
    if (!offersAt(errand, office.id) || !isValidDate(key.date)) return undefined;
    if (closedReason(office, key.date, 'da') !== undefined) return undefined;
    const { today, lastDay } = this.#window(now);
    if (key.date < today || key.date > lastDay) return undefined;
    const slot = daySlots(office, errand, key.date).find((candidate) => candidate.id === slotId);
    if (!slot || Date.parse(slot.start) <= now.getTime()) return undefined;
    return { slot, errand, office, capacity: capacityOf(errand, office.id) };
  }

  #window(now: Date): { today: string; lastDay: string } {
    const today = copenhagenToday(now);
    return { today, lastDay: addDays(today, this.#horizonDays - 1) };
  }
}
