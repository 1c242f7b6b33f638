// A zero-latency backend for the calendar: the MemoryAdapter's sample municipality, every month
// of the next fourteen computed before the timed part starts, then answered at once from memory.
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { Availability, AvailabilityQuery, BookingAdapter } from '../../src/core/adapter.js';
import { clockAt } from '../../src/core/clock.js';
import { addMonthsToMonth, copenhagenToday, firstOfMonth, lastOfMonth, monthOf } from '../../src/core/time.js';

/** A Monday in the middle of a month: the first month has free days whatever the day of the run. */
const NOW = new Date('2026-11-09T07:00:00Z');
const SERVICE = 'pas-fornyelse';
const LOCATION = 'centrum';
const MONTHS = 15;

const memory = new MemoryAdapter({ now: () => NOW, horizonDays: 500 });
const key = (query: AvailabilityQuery) => `${query.serviceId}|${query.locationId}|${query.from}|${query.to}`;
const answers = new Map<string, Availability>();
let misses = 0;

async function prepare(): Promise<void> {
  const first = monthOf(copenhagenToday(NOW));
  for (let step = -1; step < MONTHS; step += 1) {
    const month = addMonthsToMonth(first, step);
    const query = { serviceId: SERVICE, locationId: LOCATION, from: firstOfMonth(month), to: lastOfMonth(month) };
    answers.set(key(query), await memory.getAvailability(query));
  }
}

const adapter = new Proxy(memory, {
  get(target, name, receiver) {
    if (name === 'getAvailability') {
      return (query: AvailabilityQuery) => {
        const answer = answers.get(key(query));
        if (answer) return Promise.resolve(answer);
        misses += 1;
        return target.getAvailability(query);
      };
    }
    const value = Reflect.get(target, name, receiver);
    return typeof value === 'function' ? value.bind(target) : value;
  },
}) as BookingAdapter;

declare global {
  interface Window {
    benchFixture: Promise<{
      adapter: BookingAdapter;
      clock: ReturnType<typeof clockAt>;
      service: string;
      location: string;
      misses: () => number;
    }>;
  }
}

window.benchFixture = prepare().then(() => ({
  adapter,
  clock: clockAt(() => NOW),
  service: SERVICE,
  location: LOCATION,
  misses: () => misses,
}));
