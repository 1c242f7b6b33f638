import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BookingAdapter } from '../core/adapter.js';
import { checkedAdapter, hostTimeout } from '../core/checked-adapter.js';
import { hostLanguage } from './localize.js';
import { systemClock, type Clock } from '../core/clock.js';
import { offeredAt } from '../core/services.js';
import type { Location, Service } from '../core/types.js';
import { LookAhead, type NoTimesSoon } from './catalogue-lookahead.js';

export { LOOKAHEAD_DAYS, type NoTimesSoon } from './catalogue-lookahead.js';

/** `idle`: no adapter yet. `loading`, then `ready` or `error` (see `error`; `retry()` asks again). */
export type CatalogueStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface CatalogueLoadOptions {
  /**
   * Ask for the services of this office only, in parallel with the offices (a preselected
   * place). When no office has this id, all services are asked for instead.
   */
  locationId?: string;
}

/**
 * What a municipality offers: its offices (`locations`) and errands (`services`), loaded from a
 * `BookingAdapter`, plus the "no free times at this office soon" look-ahead. It owns the abort
 * signals and drops stale answers: a new `load` (another adapter) or a host leaving the page
 * aborts what is on its way, and a host that comes back picks up where it was. Every call goes
 * through `checkedAdapter`, with the deadline of the host's `timeout` property.
 *
 * ```ts
 * private readonly catalogue = new CatalogueController(this, () => this.clock);
 * void this.catalogue.load(this.adapter);
 * await this.catalogue.ready;
 * if (this.catalogue.status === 'ready') this.catalogue.locationsOffering(serviceId);
 * ```
 */
export class CatalogueController implements ReactiveController {
  status: CatalogueStatus = 'idle';
  /** Why the last load failed (a `BookingError` from a well-behaved adapter). */
  error: unknown;
  locations: Location[] = [];
  /** The services as last answered: of the office `scope`, or of all offices. */
  services: Service[] = [];
  /** The office `services` were asked for; undefined for all offices. */
  scope?: string;
  /** The services of another office (`loadServices`) on their way, in, or failed (`servicesError`). */
  servicesStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  servicesError: unknown;

  private readonly host: ReactiveControllerHost;
  private readonly look: LookAhead;
  private readonly now: () => Date;
  /** The host's language, sent with every call so the backend answers in it. */
  private readonly lang = (): string | undefined => hostLanguage(this.host);
  private currentAdapter?: BookingAdapter;
  /** `currentAdapter`, checked (with the host's timeout when the load began). */
  private checked?: BookingAdapter;
  private options: CatalogueLoadOptions = {};
  private requestedScope?: string;
  private loading?: AbortController;
  private servicesRequest?: AbortController;
  private resume?: 'load' | 'services';
  private readyPromise: Promise<void> = Promise.resolve();
  private settle?: () => void;

  constructor(host: ReactiveControllerHost, clock: () => Clock = () => systemClock) {
    this.host = host;
    this.now = () => clock().now();
    this.look = new LookAhead({ adapter: () => this.checked, clock, changed: () => host.requestUpdate() });
    host.addController(this);
  }

  /** The adapter of the last `load`, as given. */
  get adapter(): BookingAdapter | undefined {
    return this.currentAdapter;
  }

  /** Settles (never rejects) once the newest load is `ready` or in `error`; at once when none is loading. */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  /** The "no free times soon" answer for the question last given to `lookAhead`, when it found none. */
  get noTimesSoon(): NoTimesSoon | undefined {
    return this.look.result;
  }

  location(id: string | undefined): Location | undefined {
    return this.locations.find((location) => location.id === id);
  }

  service(id: string | undefined): Service | undefined {
    return this.services.find((service) => service.id === id);
  }

  /** The loaded services that can be booked at an office. */
  servicesAt(locationId: string): Service[] {
    return this.services.filter((service) => offeredAt(service, locationId));
  }

  /** The offices where a loaded service can be booked (none for an unknown id). */
  locationsOffering(serviceId: string): Location[] {
    const service = this.service(serviceId);
    return service ? this.locations.filter((location) => offeredAt(service, location.id)) : [];
  }

  /** Loads offices and services from `adapter` (nothing, `idle`, without one), dropping any earlier load. */
  async load(adapter: BookingAdapter | undefined, options: CatalogueLoadOptions = {}): Promise<void> {
    this.loading?.abort();
    this.servicesRequest?.abort();
    this.look.cancel();
    this.resume = undefined;
    this.currentAdapter = adapter;
    this.checked = adapter && checkedAdapter(adapter, { timeout: hostTimeout(this.host), now: this.now, lang: this.lang });
    this.options = options;
    this.servicesStatus = 'idle';
    const checked = this.checked;
    if (!checked) {
      this.locations = [];
      this.services = [];
      this.scope = undefined;
      this.setStatus('idle');
      return;
    }
    const request = new AbortController();
    this.loading = request;
    const { signal } = request;
    this.setStatus('loading');
    const wanted = options.locationId;
    const servicesAt = (locationId: string | undefined) => checked.getServices(locationId ? { locationId } : {}, { signal });
    try {
      const [locations, services] = await Promise.allSettled([checked.getLocations({ signal }), servicesAt(wanted)]);
      if (signal.aborted) return;
      if (locations.status === 'rejected') throw locations.reason;
      const scope = locations.value.some((location) => location.id === wanted) ? wanted : undefined;
      let answer: Service[];
      if (scope === wanted) {
        if (services.status === 'rejected') throw services.reason;
        answer = services.value;
      } else {
        // The office asked for does not exist: ask for every office's services.
        answer = await servicesAt(undefined);
        if (signal.aborted) return;
      }
      this.locations = locations.value;
      this.services = answer;
      this.scope = this.requestedScope = scope;
      this.error = undefined;
      this.servicesStatus = 'ready';
      this.setStatus('ready');
    } catch (error) {
      if (signal.aborted) return;
      this.error = error;
      this.setStatus('error');
    } finally {
      if (this.loading === request) this.loading = undefined;
    }
  }

  /** Asks for the services of one office (all offices without an id), after the citizen chose it. */
  async loadServices(locationId: string | undefined): Promise<void> {
    const adapter = this.checked;
    if (!adapter || this.status !== 'ready') return;
    this.servicesRequest?.abort();
    const request = new AbortController();
    this.servicesRequest = request;
    this.requestedScope = locationId;
    this.servicesStatus = 'loading';
    this.host.requestUpdate();
    try {
      const services = await adapter.getServices(locationId ? { locationId } : {}, { signal: request.signal });
      if (request.signal.aborted) return;
      this.services = services;
      this.scope = locationId;
      this.servicesStatus = 'ready';
    } catch (error) {
      if (request.signal.aborted) return;
      this.servicesError = error;
      this.servicesStatus = 'error';
    } finally {
      if (this.servicesRequest === request) this.servicesRequest = undefined;
    }
    this.host.requestUpdate();
  }

  /** Asks again after an error: the whole load, or the services of the chosen office. */
  retry(): Promise<void> {
    if (this.status === 'error') return this.load(this.currentAdapter, this.options);
    if (this.servicesStatus === 'error') return this.loadServices(this.requestedScope);
    return Promise.resolve();
  }

  /**
   * Watches whether `serviceId` has any free time at `locationId` in the next 14 days, once the
   * choice has rested; the answer is `noTimesSoon`. Call it with the current choice on every
   * update (the same question is asked once); no choice stops watching. Only asked when there
   * are other offices, since the hint is there to suggest one.
   */
  lookAhead(serviceId: string | undefined, locationId: string | undefined): void {
    const service = this.service(serviceId);
    if (!service || !locationId || this.status !== 'ready' || this.locations.length < 2) {
      this.look.ask(undefined);
      return;
    }
    const alternatives = this.locationsOffering(service.id)
      .map((location) => location.id)
      .filter((id) => id !== locationId);
    this.look.ask({ serviceId: service.id, locationId, alternatives });
  }

  /** @internal */
  hostConnected(): void {
    const resume = this.resume;
    this.resume = undefined;
    if (resume === 'load') void this.load(this.currentAdapter, this.options);
    else if (resume === 'services') void this.loadServices(this.requestedScope);
    // The host asks its look-ahead question again on its next update.
    this.host.requestUpdate();
  }

  /** @internal */
  hostDisconnected(): void {
    if (this.loading) {
      this.loading.abort();
      this.loading = undefined;
      this.resume = 'load';
    } else if (this.servicesRequest) {
      this.servicesRequest.abort();
      this.servicesRequest = undefined;
      this.resume = 'services';
    }
    this.look.interrupt();
  }

  private setStatus(status: CatalogueStatus): void {
    if (status === 'loading' && !this.settle) {
      this.readyPromise = new Promise((resolve) => (this.settle = resolve));
    }
    this.status = status;
    if (status !== 'loading') {
      this.settle?.();
      this.settle = undefined;
    }
    this.host.requestUpdate();
  }
}
