import type { AuthProvider, AvailabilityQuery, BookingAdapter, CallOptions } from '../../../src/core/adapter.js';
import { BookingError } from '../../../src/core/errors.js';
import type { Availability, Location, Service } from '../../../src/core/types.js';

const weekdays = (open: string, close: string) =>
  ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, intervals: [{ open, close }] }));

export const centrum: Location = {
  id: 'centrum',
  name: 'Borgerservice Centrum',
  address: { street: 'Rådhuspladsen 1', postalCode: '8000', city: 'Aarhus C' },
  openingHours: [
    { weekday: 1, intervals: [{ open: '09:00', close: '15:00' }] },
    { weekday: 2, intervals: [{ open: '09:00', close: '15:00' }] },
    { weekday: 3, intervals: [{ open: '09:00', close: '15:00' }] },
    {
      weekday: 4,
      intervals: [
        { open: '09:00', close: '12:00' },
        { open: '12:30', close: '18:00' },
      ],
    },
    { weekday: 5, intervals: [{ open: '09:00', close: '13:00' }] },
  ],
  accessibilityNote: 'Niveaufri adgang fra Rådhuspladsen. Handicaptoilet.',
};

export const nord: Location = {
  id: 'nord',
  name: 'Borgerservice Nord',
  address: { street: 'Nordvej 12', postalCode: '8200', city: 'Aarhus N' },
  openingHours: weekdays('10:00', '14:00'),
};

export function service(id: string, overrides: Partial<Service> = {}): Service {
  return {
    id,
    name: id,
    category: 'pas',
    description: `Beskrivelse af ${id}`,
    durationMinutes: 15,
    documentsToBring: [],
    requiresLogin: false,
    ...overrides,
  };
}

export const passport = service('pas-fornyelse', {
  name: 'Pas – fornyelse',
  category: 'pas',
  description: 'Forny dit pas, når det udløber.',
  durationMinutes: 15,
  fee: 727,
  documentsToBring: ['Dit gamle pas', 'Billedlegitimation', 'Kvittering for betaling'],
  requiresLogin: true,
});
export const drivingLicence = service('koerekort-fornyelse', {
  name: 'Kørekort – fornyelse',
  category: 'koerekort',
  description: 'Forny dit kørekort.',
  durationMinutes: 20,
  fee: 280,
  documentsToBring: ['Dit gamle kørekort'],
  locationIds: ['centrum'],
});
export const moving = service('flytning', {
  name: 'Flytning',
  category: 'flytning',
  description: 'Hjælp til at melde flytning.',
  durationMinutes: 10,
});
export const healthCard = service('sundhedskort', {
  name: 'Nyt sundhedskort',
  category: 'sundhedskort',
  description: 'Bestil et nyt gult kort.',
  durationMinutes: 10,
  fee: 205,
});

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export interface FakeOptions {
  locations?: Location[];
  services?: Service[];
  /** Location ids that have no free times. */
  fullyBooked?: string[];
  /** Whether the backend can sign citizens in (has `auth`). Default true, so login-only errands are bookable. */
  signIn?: boolean;
}

/**
 * A BookingAdapter under the test's thumb: counts calls, records queries, and can hold a
 * call open (`hold`) or fail the next ones (`failNext`).
 */
export class FakeAdapter implements BookingAdapter {
  locations: Location[];
  services: Service[];
  fullyBooked: Set<string>;
  calls = { getLocations: 0, getServices: 0, getAvailability: 0 };
  serviceQueries: Array<{ locationId?: string }> = [];
  availabilityQueries: AvailabilityQuery[] = [];
  signals: AbortSignal[] = [];
  failures: BookingError[] = [];
  held?: Deferred<void>;
  /** When set, availability answers wait for it. */
  availabilityGate?: Deferred<void>;

  auth?: AuthProvider;

  constructor(options: FakeOptions = {}) {
    if (options.signIn ?? true)
      this.auth = { getSession: async () => null, login: async () => undefined, logout: async () => undefined };
    this.locations = options.locations ?? [centrum, nord];
    this.services = options.services ?? [passport, drivingLicence, moving, healthCard];
    this.fullyBooked = new Set(options.fullyBooked ?? []);
  }

  /** Makes the next calls wait until the returned deferred resolves. */
  hold(): Deferred<void> {
    this.held = deferred<void>();
    return this.held;
  }

  failNext(code: BookingError['code'] = 'network', times = 1): void {
    for (let i = 0; i < times; i += 1) this.failures.push(new BookingError(code, `fake ${code}`));
  }

  private async settle(options?: CallOptions): Promise<void> {
    if (options?.signal) this.signals.push(options.signal);
    if (this.held) await this.held.promise;
    await Promise.resolve();
    if (options?.signal?.aborted) throw new BookingError('network', 'aborted');
    const failure = this.failures.shift();
    if (failure) throw failure;
  }

  async getLocations(options?: CallOptions): Promise<Location[]> {
    this.calls.getLocations += 1;
    await this.settle(options);
    return structuredClone(this.locations);
  }

  async getServices(query: { locationId?: string }, options?: CallOptions): Promise<Service[]> {
    this.calls.getServices += 1;
    this.serviceQueries.push(query);
    await this.settle(options);
    const services = query.locationId
      ? this.services.filter((s) => !s.locationIds || s.locationIds.includes(query.locationId!))
      : this.services;
    return structuredClone(services);
  }

  async getAvailability(query: AvailabilityQuery, options?: CallOptions): Promise<Availability> {
    this.calls.getAvailability += 1;
    this.availabilityQueries.push(query);
    if (options?.signal) this.signals.push(options.signal);
    if (this.availabilityGate) await this.availabilityGate.promise;
    await Promise.resolve();
    if (options?.signal?.aborted) throw new BookingError('network', 'aborted');
    if (this.fullyBooked.has(query.locationId)) return { slots: [], closedDays: [] };
    return {
      slots: [
        {
          id: `${query.locationId}-1`,
          serviceId: query.serviceId,
          locationId: query.locationId,
          start: `${query.from}T10:00:00+01:00`,
          end: `${query.from}T10:15:00+01:00`,
        },
      ],
      closedDays: [],
    };
  }

  book(): never {
    throw new Error('not used by the picker');
  }
  getAppointments(): never {
    throw new Error('not used by the picker');
  }
  reschedule(): never {
    throw new Error('not used by the picker');
  }
  cancel(): never {
    throw new Error('not used by the picker');
  }
}
