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
import {
  type BookingWindow,
  DEFAULT_HORIZON_DAYS,
  type SlotKey,
  bookingWindow,
  checkRange,
  offersAt,
  parseSlotId,
  rangeSchedule,
  slotInWindow,
} from '../../../src/core/schedule.js';
import type { ClosedDay, Slot } from '../../../src/core/types.js';
import { fail } from '../../../src/core/errors.js';

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
    checkRange(query.from, query.to);
    if (!offersAt(errand, office.id)) fail('not-found', `${errand.id} is not offered at ${office.id}`);
    const { slots, closedDays } = rangeSchedule(office, errand, query, this.#window(now), lang);
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
    const slot = slotInWindow(office, errand, key, this.#window(now));
    if (!slot) return undefined;
    return { slot, errand, office, capacity: capacityOf(errand, office.id) };
  }

  #window(now: Date): BookingWindow {
    return bookingWindow(now, this.#horizonDays);
  }
}
