import type { BookingAdapter } from '../core/adapter.js';
import { isSlotFree } from '../core/availability.js';
import type { Clock, ClockTimer } from '../core/clock.js';
import { addDays, copenhagenToday } from '../core/time.js';

/** How far ahead the "no free times soon" hint looks, in days (today included). */
export const LOOKAHEAD_DAYS = 14;
/** Arrow keys move through radios quickly: wait this long before asking for availability. */
export const LOOKAHEAD_DEBOUNCE_MS = 300;

/** The answer of a look-ahead: the office has no free time soon, and maybe another has. */
export interface NoTimesSoon {
  serviceId: string;
  locationId: string;
  /** An office offering the errand that does have free times, when one was found. */
  alternativeId?: string;
}

/** One question for the look-ahead: an errand at an office, and where else it is offered. */
export interface LookAheadQuery {
  serviceId: string;
  locationId: string;
  /** Other offices offering the errand, in the order to suggest them. */
  alternatives: string[];
}

export interface LookAheadOptions {
  adapter: () => BookingAdapter | undefined;
  clock: () => Clock;
  /** Called when `result` changes. */
  changed: () => void;
}

/**
 * A light availability look-ahead: whether an errand has any free time at an office in the next
 * 14 days (never shown as times), and if not, which other office has. Asked once per question,
 * after the choice has rested; a newer question aborts the older one and drops its answer.
 */
export class LookAhead {
  private readonly options: LookAheadOptions;
  private key?: string;
  private timer?: ClockTimer;
  private request?: AbortController;
  private answer?: NoTimesSoon;

  constructor(options: LookAheadOptions) {
    this.options = options;
  }

  /** The current question's answer, when it found no free times. */
  get result(): NoTimesSoon | undefined {
    return this.answer;
  }

  /** Asks `query` (after the debounce), unless it is the question already asked; none cancels. */
  ask(query: LookAheadQuery | undefined): void {
    const key = query && JSON.stringify([query.serviceId, query.locationId, query.alternatives]);
    if (key === this.key) return;
    this.cancel();
    this.key = key;
    if (!query) return;
    const clock = this.options.clock();
    this.timer = clock.setTimeout(() => {
      this.timer = undefined;
      void this.check(query);
    }, LOOKAHEAD_DEBOUNCE_MS);
  }

  /** Forgets the question and its answer, aborting a request on its way. */
  cancel(): void {
    this.options.clock().clearTimeout(this.timer);
    this.timer = undefined;
    this.request?.abort();
    this.request = undefined;
    this.key = undefined;
    if (!this.answer) return;
    this.answer = undefined;
    this.options.changed();
  }

  /** Stops unfinished work (the host left the page) so the next `ask` starts it again; an answer stays. */
  interrupt(): void {
    if (this.timer === undefined && !this.request) return;
    this.options.clock().clearTimeout(this.timer);
    this.timer = undefined;
    this.request?.abort();
    this.request = undefined;
    this.key = undefined;
  }

  private async check(query: LookAheadQuery): Promise<void> {
    const adapter = this.options.adapter();
    if (!adapter) return;
    const request = new AbortController();
    this.request = request;
    const { signal } = request;
    const from = copenhagenToday(this.options.clock().now());
    const to = addDays(from, LOOKAHEAD_DAYS - 1);
    const hasFreeTimes = async (locationId: string) => {
      const availability = await adapter.getAvailability({ serviceId: query.serviceId, locationId, from, to }, { signal });
      return availability.slots.some(isSlotFree);
    };
    try {
      if (await hasFreeTimes(query.locationId)) return;
      if (signal.aborted) return;
      const answers = await Promise.allSettled(query.alternatives.map(hasFreeTimes));
      if (signal.aborted) return;
      const alternativeId = query.alternatives.find((_, index) => {
        const answer = answers[index];
        return answer?.status === 'fulfilled' && answer.value;
      });
      this.answer = { serviceId: query.serviceId, locationId: query.locationId, alternativeId };
      this.options.changed();
    } catch {
      // Only a hint: a failed look-ahead must not get in the citizen's way.
    } finally {
      if (this.request === request) this.request = undefined;
    }
  }
}
