import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BookingAdapter } from '../core/adapter.js';
import { checkedAdapter, hostTimeout } from '../core/checked-adapter.js';
import { hostLanguage } from './localize.js';
import type { Slot } from '../core/types.js';
import { systemClock, type Clock } from '../core/clock.js';
import { addMonthsToMonth, copenhagenDate, copenhagenToday, firstOfMonth, lastOfMonth, monthOf } from '../core/time.js';
import { MonthAvailability } from './availability-month.js';

export { MonthAvailability } from './availability-month.js';

/** How many months "first available" looks at, counting the current one. */
export const FIRST_AVAILABLE_MONTHS = 6;

/** Whose times: the backend, the errand and the office. */
export interface AvailabilitySource {
  adapter: BookingAdapter;
  service: string;
  location: string;
}

/** What a host renders for one month. */
export type MonthState =
  { status: 'pending' } | { status: 'complete'; data: MonthAvailability } | { status: 'error'; error: unknown };

/** Where a "first available" search is. `found` is the earliest free time within the look-ahead. */
export type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'found'; date: string; slot: Slot }
  | { status: 'none' }
  | { status: 'error'; error: unknown };

export interface AvailabilityOptions {
  /** The clock "today" is read from (the host's `clock` property). */
  clock?: () => Clock;
  /** Told when the shown month settles, complete or failed (not when aborted), e.g. to announce it. */
  onShownSettled?: (month: string, state: MonthState) => void;
  /** Runs a prefetch once the page is idle; returns a cancel function. */
  whenIdle?: (callback: () => void, clock: Clock) => () => void;
}

interface Entry {
  state: MonthState;
  /** The request in flight; absent once settled. */
  request?: { abort: AbortController; promise: Promise<MonthAvailability> };
}

/** One cache per adapter object, so two widgets on two backends never share answers. */
type Cache = Map<string, Entry>;

/**
 * Every availability call a calendar makes, one month (`from` = first, `to` = last day) at a
 * time: a cache per adapter, service, location and month; one request per month however many
 * ask; requests for months nobody needs any more are aborted, and an answer that arrives
 * after its abort, a refresh or a change of source is dropped, so quick month changes never
 * paint one month with another's data. Once the shown month is in, the next one is fetched
 * when the page is idle. "First available" searches the months from the current one on.
 *
 * The host calls `configure()` and `show(month)` when it updates (both are cheap when
 * nothing changed) and renders `state(month)`; the controller knows nothing of the DOM. The
 * adapter is called through `checkedAdapter` (the host's `timeout`, slots that have started by
 * the host's clock dropped).
 */
export class AvailabilityController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly clock: () => Clock;
  private readonly now = (): Date => this.clock().now();
  /** The host's language, sent with every call so the backend answers in it. */
  private readonly lang = (): string | undefined => hostLanguage(this.host);
  private readonly onShownSettled: (month: string, state: MonthState) => void;
  private readonly whenIdle: (callback: () => void, clock: Clock) => () => void;
  private caches = new WeakMap<BookingAdapter, Cache>();
  private source: AvailabilitySource | undefined;
  private shown: string | undefined;
  private shownKey: string | undefined;
  private cancelPrefetch: (() => void) | undefined;
  private searchState: SearchState = { status: 'idle' };
  private searchRun = 0;
  /** The month a running search waits for: kept from being aborted as "not shown". */
  private searchMonth: string | undefined;

  constructor(host: ReactiveControllerHost, options: AvailabilityOptions = {}) {
    this.host = host;
    this.clock = options.clock ?? (() => systemClock);
    this.onShownSettled = options.onShownSettled ?? (() => undefined);
    this.whenIdle = options.whenIdle ?? whenIdle;
    host.addController(this);
  }

  /** @internal */
  hostConnected(): void {
    // Back in the page: what the disconnect aborted is asked for again on the next update.
    if (this.shown) this.host.requestUpdate();
  }

  /** @internal */
  hostDisconnected(): void {
    // Nothing may land in a detached element.
    this.clearSearch();
    this.stopPrefetch();
    if (this.source) abortRequests(this.cacheOf(this.source.adapter), new Set());
  }

  /** Points at a backend, errand and office; `undefined` until all three are known. */
  configure(source: AvailabilitySource | undefined): void {
    const old = this.source;
    if (old?.adapter === source?.adapter && old?.service === source?.service && old?.location === source?.location) return;
    this.clearSearch();
    this.stopPrefetch();
    if (old) abortRequests(this.cacheOf(old.adapter), new Set());
    this.source = source;
    this.shownKey = undefined;
  }

  get configured(): boolean {
    return this.source !== undefined;
  }

  /** Today's Copenhagen date on the host's clock. */
  get today(): string {
    return copenhagenToday(this.clock().now());
  }

  /** The month on screen: loads it (unless it failed: that waits for `retry`) and aborts what is not needed. */
  show(month: string): void {
    const source = this.source;
    if (!source) return;
    const key = keyOf(source, month);
    const changed = key !== this.shownKey;
    this.shown = month;
    this.shownKey = key;
    this.abortUnneeded();
    const state = this.state(month);
    if (!state) this.load(month).catch(() => undefined);
    else if (changed && state.status === 'complete') this.schedulePrefetch(month);
    else if (changed) this.stopPrefetch();
  }

  state(month: string): MonthState | undefined {
    return this.source ? this.cacheOf(this.source.adapter).get(keyOf(this.source, month))?.state : undefined;
  }

  data(month: string): MonthAvailability | undefined {
    const state = this.state(month);
    return state?.status === 'complete' ? state.data : undefined;
  }

  /** Free slots on a Copenhagen date, once its month is in. */
  slotsOn(date: string): readonly Slot[] {
    return this.data(monthOf(date))?.slotsOn(date) ?? [];
  }

  /**
   * A month's availability: from the cache, the request already in flight, or a new request.
   * Rejects with the adapter's error, or with an AbortError when the request was dropped.
   */
  load(month: string): Promise<MonthAvailability> {
    const source = this.source;
    if (!source) return Promise.reject(new Error('AvailabilityController: not configured'));
    const cache = this.cacheOf(source.adapter);
    const key = keyOf(source, month);
    const cached = cache.get(key);
    if (cached?.state.status === 'complete') return Promise.resolve(cached.state.data);
    if (cached?.request) return cached.request.promise;

    const abort = new AbortController();
    const entry: Entry = { state: { status: 'pending' } };
    const checked = checkedAdapter(source.adapter, { timeout: hostTimeout(this.host), now: this.now, lang: this.lang });
    const answer = checked.getAvailability(
      { serviceId: source.service, locationId: source.location, from: firstOfMonth(month), to: lastOfMonth(month) },
      { signal: abort.signal },
    );
    // An abort settles the request at once, also with an adapter that ignores the signal.
    const aborted = new Promise<never>((_, reject) =>
      abort.signal.addEventListener('abort', () => reject(abortError()), { once: true }),
    );
    const promise = Promise.race([answer, aborted]).then(
      (answer) => {
        if (abort.signal.aborted) throw abortError();
        const data = new MonthAvailability(month, answer);
        this.settle(cache, key, entry, month, { status: 'complete', data });
        return data;
      },
      (error: unknown) => {
        if (abort.signal.aborted) throw abortError();
        this.settle(cache, key, entry, month, { status: 'error', error });
        throw error;
      },
    );
    // Callers that only prefetch never look at the result.
    promise.catch(() => undefined);
    entry.request = { abort, promise };
    cache.set(key, entry);
    this.host.requestUpdate();
    return promise;
  }

  /** Asks again for the shown month after it failed. */
  retry(): void {
    const source = this.source;
    const month = this.shown;
    if (!source || !month || this.state(month)?.status !== 'error') return;
    this.cacheOf(source.adapter).delete(keyOf(source, month));
    this.load(month).catch(() => undefined);
  }

  /** Forgets every cached answer (e.g. after "slot taken" they are known to be stale) and reloads the shown month. */
  refresh(): void {
    this.clearSearch();
    this.stopPrefetch();
    if (this.source) abortRequests(this.cacheOf(this.source.adapter), new Set());
    this.caches = new WeakMap();
    const month = this.shown;
    this.shownKey = undefined;
    if (month) this.show(month);
    this.host.requestUpdate();
  }

  get search(): SearchState {
    return this.searchState;
  }

  /**
   * Finds the earliest free time from today on, month by month for {@link FIRST_AVAILABLE_MONTHS}
   * months, through the same cache. Resolves with the state the search ended in, or
   * `undefined` when it was cancelled (or one is already running).
   */
  async findFirstAvailable(): Promise<SearchState | undefined> {
    if (this.searchState.status === 'searching' || !this.source) return undefined;
    const run = ++this.searchRun;
    this.setSearch({ status: 'searching' });
    const today = this.today;
    const start = monthOf(today);
    let outcome: SearchState = { status: 'none' };
    try {
      for (let step = 0; step < FIRST_AVAILABLE_MONTHS; step += 1) {
        this.searchMonth = addMonthsToMonth(start, step);
        const data = await this.load(this.searchMonth);
        if (run !== this.searchRun) return undefined;
        const slot = data.earliest(today);
        if (slot) {
          outcome = { status: 'found', date: copenhagenDate(slot.start), slot };
          break;
        }
      }
    } catch (error) {
      if (run !== this.searchRun) return undefined;
      // Aborted under a running search (the host went away): it ends without an outcome.
      outcome = isAbortError(error) ? { status: 'idle' } : { status: 'error', error };
    }
    this.searchMonth = undefined;
    this.setSearch(outcome);
    return outcome.status === 'idle' ? undefined : outcome;
  }

  /** The citizen took over (picked a day, changed month): a running search must not override them. */
  cancelSearch(): void {
    if (this.searchState.status === 'searching') this.clearSearch();
  }

  /** Stops a running search and forgets an outcome (e.g. its "none found" message), once a day is chosen. */
  clearSearch(): void {
    this.searchRun += 1;
    if (this.searchMonth) {
      this.searchMonth = undefined;
      this.abortUnneeded();
    }
    this.setSearch({ status: 'idle' });
  }

  /** Aborts every request in flight but the shown month's, its prefetch's and a running search's. */
  private abortUnneeded(): void {
    const source = this.source;
    if (!source) return;
    const needed = this.shown ? [this.shown, addMonthsToMonth(this.shown, 1)] : [];
    if (this.searchMonth) needed.push(this.searchMonth);
    abortRequests(this.cacheOf(source.adapter), new Set(needed.map((month) => keyOf(source, month))));
  }

  private setSearch(state: SearchState): void {
    if (state.status === 'idle' && this.searchState.status === 'idle') return;
    this.searchState = state;
    this.host.requestUpdate();
  }

  private settle(cache: Cache, key: string, entry: Entry, month: string, state: MonthState): void {
    // Only the request the cache still holds may land: a refresh, a retry or a new source has moved on.
    const source = this.source;
    if (!source || this.caches.get(source.adapter) !== cache || cache.get(key) !== entry) return;
    cache.set(key, { state });
    this.host.requestUpdate();
    if (key !== this.shownKey) return;
    if (state.status === 'complete') this.schedulePrefetch(month);
    this.onShownSettled(month, state);
  }

  private schedulePrefetch(month: string): void {
    this.stopPrefetch();
    const next = addMonthsToMonth(month, 1);
    if (this.state(next)) return;
    const shownKey = this.shownKey;
    this.cancelPrefetch = this.whenIdle(() => {
      this.cancelPrefetch = undefined;
      if (this.shownKey === shownKey && !this.state(next)) this.load(next).catch(() => undefined);
    }, this.clock());
  }

  private stopPrefetch(): void {
    this.cancelPrefetch?.();
    this.cancelPrefetch = undefined;
  }

  private cacheOf(adapter: BookingAdapter): Cache {
    let cache = this.caches.get(adapter);
    if (!cache) this.caches.set(adapter, (cache = new Map()));
    return cache;
  }
}

function keyOf(source: AvailabilitySource, month: string): string {
  return JSON.stringify([source.service, source.location, month]);
}

/** Aborts and forgets every request in flight whose key is not in `keep`. */
function abortRequests(cache: Cache, keep: ReadonlySet<string>): void {
  for (const [key, entry] of cache) {
    if (entry.request && !keep.has(key)) {
      entry.request.abort.abort();
      cache.delete(key);
    }
  }
}

/** requestIdleCallback where there is one (not in WebKit): the prefetch must not compete with what the citizen does. */
function whenIdle(callback: () => void, clock: Clock): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const timer = clock.setTimeout(callback, 200);
  return () => clock.clearTimeout(timer);
}

function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function abortError(): DOMException {
  return new DOMException('The request was aborted', 'AbortError');
}
