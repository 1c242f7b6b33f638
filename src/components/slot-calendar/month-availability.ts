import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BookingAdapter } from '../../core/adapter.js';
import type { Availability, Slot } from '../../core/types.js';
import { groupSlotsByDate, isSlotFree } from '../../core/availability.js';
import { firstOfMonth, lastOfMonth } from '../../core/time.js';

/** One month of availability, indexed the way the calendar reads it. */
export interface MonthAvailability {
  month: string;
  /** Free slots per Copenhagen date, each list sorted by start. */
  slotsByDate: ReadonlyMap<string, readonly Slot[]>;
  /** Closed dates and the backend's reason (plain text, shown as given). */
  closedByDate: ReadonlyMap<string, string>;
}

export type MonthState =
  | { status: 'loading' }
  | { status: 'loaded'; data: MonthAvailability }
  | { status: 'error'; error: unknown };

interface Source {
  adapter: BookingAdapter;
  serviceId: string;
  locationId: string;
}

interface Entry {
  state: MonthState;
  /** The request in flight; absent once settled. */
  request?: { controller: AbortController; promise: Promise<MonthAvailability> };
}

/**
 * Indexes an adapter answer by Copenhagen date, keeping free slots only (`remaining: 0` is
 * taken). Slots outside the month (a lax backend) are kept too; they are simply not shown.
 */
export function indexAvailability(month: string, availability: Availability): MonthAvailability {
  const slots = Array.isArray(availability?.slots) ? availability.slots : [];
  const slotsByDate = groupSlotsByDate(slots.filter(isSlotFree));
  const closedByDate = new Map<string, string>();
  for (const closed of Array.isArray(availability?.closedDays) ? availability.closedDays : []) {
    closedByDate.set(closed.date, closed.reason ?? '');
  }
  return { month, slotsByDate, closedByDate };
}

/**
 * Fetches availability one month at a time and caches it per (adapter, service, location,
 * month). Concurrent asks for one month share a request; `retain` aborts requests the
 * calendar no longer needs, and a response that arrives after its abort is dropped, so a
 * quick run of month changes can never paint one month with another's data.
 */
export class MonthAvailabilityController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly onSettled: (month: string) => void;
  private source: Source | undefined;
  private entries = new Map<string, Entry>();

  constructor(host: ReactiveControllerHost, onSettled: (month: string) => void) {
    this.host = host;
    this.onSettled = onSettled;
    host.addController(this);
  }

  hostDisconnected(): void {
    // Nothing may land in a detached element; a re-connected one asks again.
    this.retain([]);
  }

  /** Points the cache at a backend; a different one starts an empty cache. */
  configure(source: Source | undefined): void {
    const same =
      source?.adapter === this.source?.adapter &&
      source?.serviceId === this.source?.serviceId &&
      source?.locationId === this.source?.locationId;
    if (same) return;
    this.clear();
    this.source = source;
  }

  get configured(): boolean {
    return this.source !== undefined;
  }

  /** Forgets everything (e.g. after "slot taken" the cached slots are known to be stale). */
  clear(): void {
    this.retain([]);
    this.entries = new Map();
  }

  state(month: string): MonthState | undefined {
    return this.entries.get(month)?.state;
  }

  data(month: string): MonthAvailability | undefined {
    const state = this.state(month);
    return state?.status === 'loaded' ? state.data : undefined;
  }

  /** Whether a month is cached or on its way. */
  has(month: string): boolean {
    const state = this.state(month);
    return state !== undefined && state.status !== 'error';
  }

  /**
   * The month's availability: from the cache, the request already in flight, or a new
   * request (`from` = first, `to` = last day of the month). Rejects with the adapter's error,
   * or with an AbortError when `retain` dropped the request.
   */
  load(month: string): Promise<MonthAvailability> {
    const source = this.source;
    if (!source) return Promise.reject(new Error('MonthAvailabilityController: not configured'));
    const entry = this.entries.get(month);
    if (entry?.state.status === 'loaded') return Promise.resolve(entry.state.data);
    if (entry?.request) return entry.request.promise;

    const controller = new AbortController();
    const entries = this.entries;
    const promise = source.adapter
      .getAvailability(
        { serviceId: source.serviceId, locationId: source.locationId, from: firstOfMonth(month), to: lastOfMonth(month) },
        { signal: controller.signal },
      )
      .then(
        (availability) => {
          if (controller.signal.aborted) throw abortError();
          const data = indexAvailability(month, availability);
          this.settle(entries, month, { state: { status: 'loaded', data } });
          return data;
        },
        (error: unknown) => {
          if (controller.signal.aborted) throw abortError();
          this.settle(entries, month, { state: { status: 'error', error } });
          throw error;
        },
      );
    // Callers that only prefetch never look at the result.
    promise.catch(() => undefined);
    this.entries.set(month, { state: { status: 'loading' }, request: { controller, promise } });
    return promise;
  }

  /** Aborts every request in flight for a month not in `months`. */
  retain(months: Iterable<string>): void {
    const keep = new Set(months);
    for (const [month, entry] of this.entries) {
      if (entry.request && !keep.has(month)) {
        entry.request.controller.abort();
        this.entries.delete(month);
      }
    }
  }

  private settle(entries: Map<string, Entry>, month: string, entry: Entry): void {
    // A cleared cache (new service, refresh) has moved on: its late answers go nowhere.
    if (entries !== this.entries) return;
    entries.set(month, entry);
    this.host.requestUpdate();
    this.onSettled(month);
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function abortError(): DOMException {
  return new DOMException('The request was aborted', 'AbortError');
}
