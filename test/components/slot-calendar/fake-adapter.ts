import type { AvailabilityQuery, BookingAdapter, CallOptions } from '../../../src/core/adapter.js';
import type { Availability, ClosedDay, Slot } from '../../../src/core/types.js';
import { addDays, toCopenhagenIso, weekdayOf, zonedIso } from '../../../src/core/time.js';
import { ManualClock } from '../../support/manual-clock.js';

/** One availability call the test can inspect and settle by hand. */
export interface PendingCall {
  query: AvailabilityQuery;
  signal: AbortSignal | undefined;
  resolve: (availability: Availability) => void;
  reject: (error: unknown) => void;
}

type Answer = (query: AvailabilityQuery) => Availability | Promise<Availability>;

/**
 * A BookingAdapter whose `getAvailability` answers from a function (`auto`) or waits for the
 * test to settle each call (`manual`), and counts every call. Other methods are not used by
 * the calendar and reject.
 */
export class FakeAdapter implements BookingAdapter {
  readonly calls: PendingCall[] = [];
  private readonly answer: Answer | undefined;

  constructor(answer?: Answer) {
    this.answer = answer;
  }

  /** Months asked for, as `YYYY-MM`, in call order. */
  get months(): string[] {
    return this.calls.map((call) => call.query.from.slice(0, 7));
  }

  getAvailability(query: AvailabilityQuery, options: CallOptions = {}): Promise<Availability> {
    return new Promise<Availability>((resolve, reject) => {
      this.calls.push({ query, signal: options.signal, resolve, reject });
      if (this.answer) Promise.resolve(this.answer(query)).then(resolve, reject);
    });
  }

  /** The latest call for a month, to settle by hand. */
  call(month: string): PendingCall {
    const call = [...this.calls].reverse().find((c) => c.query.from.startsWith(month));
    if (!call) throw new Error(`No availability call for ${month}; calls: ${this.months.join(', ')}`);
    return call;
  }

  getLocations = () => Promise.reject(new Error('not used'));
  getServices = () => Promise.reject(new Error('not used'));
  book = () => Promise.reject(new Error('not used'));
  getAppointments = () => Promise.reject(new Error('not used'));
  reschedule = () => Promise.reject(new Error('not used'));
  cancel = () => Promise.reject(new Error('not used'));
}

export function slot(date: string, time: string, id = `${date}T${time}`): Slot {
  const start = zonedIso(date, time);
  const end = toCopenhagenIso(new Date(Date.parse(start) + 15 * 60_000));
  return { id, serviceId: 'pas', locationId: 'centrum', start, end };
}

const HOLIDAYS: Record<string, { da: string; en: string }> = {
  '2026-12-24': { da: 'Juleaftensdag', en: 'Christmas Eve' },
  '2026-12-25': { da: 'Juledag', en: 'Christmas Day' },
  '2026-12-26': { da: '2. juledag', en: 'Boxing Day' },
  '2027-01-01': { da: 'Nytårsdag', en: "New Year's Day" },
};

/**
 * A predictable office: closed at weekends and on the holidays above, open weekdays with
 * `times` (Copenhagen wall clock) each day from `firstOpen` on.
 */
export function office(options: { times?: string[]; firstOpen?: string; lang?: 'da' | 'en'; lastOpen?: string } = {}): Answer {
  const times = options.times ?? ['09:00', '10:15', '13:30', '17:00'];
  return ({ from, to }) => {
    const slots: Slot[] = [];
    const closedDays: ClosedDay[] = [];
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const holiday = HOLIDAYS[date];
      if (weekdayOf(date) >= 6) closedDays.push({ date, reason: options.lang === 'en' ? 'Weekend' : 'Weekend' });
      else if (holiday) closedDays.push({ date, reason: holiday[options.lang ?? 'da'] });
      else if ((!options.firstOpen || date >= options.firstOpen) && (!options.lastOpen || date <= options.lastOpen)) {
        for (const time of times) slots.push(slot(date, time));
      }
    }
    return { slots, closedDays };
  };
}

/** A clock standing at 08.00 Copenhagen time on `date` (before its first slot: started ones are dropped), which is then the calendar's today. */
export function morningOf(date: string): ManualClock {
  return new ManualClock(zonedIso(date, '08:00'));
}
