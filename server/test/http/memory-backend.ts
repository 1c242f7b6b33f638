/**
 * A `Backend` over the in-browser MemoryAdapter, for HTTP tests that need no database: the
 * adapter keeps every booking rule, so the HTTP layer can be tested alone and fast. The signed-in
 * person of the request being served reaches the adapter's `auth` through async context.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { MemoryAdapter, type MemoryAdapterOptions, type MemoryCallOptions } from '../../../src/adapters/memory/index.js';
import type { Backend, RequestContext } from '../../src/backend.js';

export interface MemoryBackend extends Backend {
  readonly adapter: MemoryAdapter;
  /** What `ready()` answers; tests switch it. */
  readyState: boolean | Error;
}

export function memoryBackend(options: MemoryAdapterOptions & { now: () => Date }): MemoryBackend {
  const person = new AsyncLocalStorage<string | undefined>();
  const adapter = new MemoryAdapter({
    occupancy: 0,
    ...options,
    auth: {
      getSession: async () => {
        const id = person.getStore();
        return id ? { id, name: 'Test Borger' } : null;
      },
      login: async () => {},
      logout: async () => {},
    },
  });
  const call = <T>(ctx: RequestContext, run: (options: MemoryCallOptions) => Promise<T>) =>
    person.run(ctx.personId, () =>
      run({ lang: ctx.lang, ...(ctx.idempotencyKey ? { idempotencyKey: ctx.idempotencyKey } : {}) }),
    );
  const token = (ctx: RequestContext) => (ctx.token ? { token: ctx.token } : {});

  const backend: MemoryBackend = {
    adapter,
    readyState: true,
    locations: (ctx) => call(ctx, (o) => adapter.getLocations(o)),
    services: (ctx, query) => call(ctx, (o) => adapter.getServices(query, o)),
    availability: (ctx, query) => call(ctx, (o) => adapter.getAvailability(query, o)),
    hold: (ctx, query) => call(ctx, (o) => adapter.holdSlot!(query, o)),
    releaseHold: (ctx, holdId) => call(ctx, (o) => adapter.releaseHold!({ holdId }, o)),
    book: (ctx, request) => call(ctx, (o) => adapter.book(request, o)),
    appointments: (ctx, query) => call(ctx, (o) => adapter.getAppointments({ ...query, ...token(ctx) }, o)),
    reschedule: (ctx, query) => call(ctx, (o) => adapter.reschedule({ ...query, ...token(ctx) }, o)),
    cancel: (ctx, query) => call(ctx, (o) => adapter.cancel({ ...query, ...token(ctx) }, o)),
    ready: async () => {
      if (backend.readyState instanceof Error) throw backend.readyState;
      return backend.readyState;
    },
  };
  return backend;
}
