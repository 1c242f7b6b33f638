/**
 * msw handlers that serve the REST contract (api/openapi.yaml) from any `BookingAdapter`,
 * usually a MemoryAdapter, with switchable faults. No DOM here: the same handlers serve
 * the browser worker (browser.ts) and could serve msw/node.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { BookingAdapter, CallOptions } from '../core/adapter.js';
import type { BookingRequest, Session } from '../core/types.js';
import type { MockFaults } from './controls.js';
import { codeForStatus, CORS_HEADERS, problemFor, problemResponse } from './problem.js';

/** A backend whose slots the mocks can fill behind the citizen's back (MemoryAdapter can). */
export type MockBackend = BookingAdapter & { takeSlot?(slotId: string): unknown };

export interface CreateHandlersOptions {
  /** The same baseUrl the RestAdapter is given, absolute or same-origin ("/api"). */
  baseUrl: string;
  adapter: MockBackend;
  /** Switches read at every request; see `createMockControls`. */
  faults?: MockFaults;
}

/** A hung request is let go after this long, so a forgotten switch cannot leak forever. */
const HANG_LIMIT_MS = 60_000;

/** The answer to a request, or the problem it fails with. */
type Respond = (request: Request, params: Record<string, string>) => Promise<Response>;

export function createHandlers({ baseUrl, adapter, faults }: CreateHandlersOptions): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  const basePath = new URL(base, 'http://base.invalid').pathname;

  /** Wraps a route with the fault switches and the error → problem translation. */
  const route =
    (respond: Respond) =>
    async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
      const path = new URL(request.url).pathname.slice(basePath.length);
      try {
        if (faults?.latencyMs) await sleep(faults.latencyMs, request.signal);
        if (faults?.timeout) {
          await sleep(HANG_LIMIT_MS, request.signal);
          return problemResponse(504, 'timeout');
        }
        const failure = faults?.failNext;
        if (failure && matches(failure, request.method, path)) {
          const times = (failure.times ?? 1) - 1;
          if (times > 0) failure.times = times;
          else faults.failNext = undefined;
          return problemResponse(failure.status, codeForStatus(failure.status), { retryAfter: failure.retryAfter });
        }
        const response = await respond(request, stringParams(params));
        return faults?.malformed && response.ok && response.status !== 204
          ? malformed(faults.malformed, response.status)
          : response;
      } catch (error) {
        return problemFor(error);
      }
    };

  // `lang` for backends that answer texts per call (the MemoryAdapter); others ignore it.
  const options = (request: Request): CallOptions & { lang?: string } => {
    const idempotencyKey = request.headers.get('Idempotency-Key');
    const lang = request.headers.get('Accept-Language');
    return { signal: request.signal, ...(idempotencyKey ? { idempotencyKey } : {}), ...(lang ? { lang } : {}) };
  };
  const token = (request: Request) => request.headers.get('X-Manage-Token') ?? undefined;

  return [
    http.get(
      `${base}/locations`,
      route(async (request) => json(await adapter.getLocations(options(request)))),
    ),

    http.get(
      `${base}/services`,
      route(async (request) => {
        const locationId = query(request).get('locationId') ?? undefined;
        return json(await adapter.getServices(locationId ? { locationId } : {}, options(request)));
      }),
    ),

    http.get(
      `${base}/availability`,
      route(async (request) => {
        const q = query(request);
        const missing = ['serviceId', 'locationId', 'from', 'to'].filter((name) => !q.get(name));
        if (missing.length) return badRequest(Object.fromEntries(missing.map((name) => [name, 'required'])));
        const availability = await adapter.getAvailability(
          { serviceId: q.get('serviceId')!, locationId: q.get('locationId')!, from: q.get('from')!, to: q.get('to')! },
          options(request),
        );
        return json(availability);
      }),
    ),

    http.post(
      `${base}/appointments`,
      route(async (request) => {
        const rejected = requireIdempotencyKey(request);
        if (rejected) return rejected;
        const body = await readObject(request);
        if (!body) return badRequest({ body: 'invalid' });
        const booking = body as unknown as BookingRequest;
        if (faults?.takeSlotBeforeBook) {
          faults.takeSlotBeforeBook = false;
          if (!adapter.takeSlot) return problemResponse(409, 'slot-taken');
          await adapter.takeSlot(String(booking.slotId));
        }
        return json(await adapter.book(booking, options(request)), 201);
      }),
    ),

    http.get(
      `${base}/appointments`,
      route(async (request) => {
        // Neither reference nor token: the signed-in session's own appointments (401 without one).
        const reference = query(request).get('reference') || undefined;
        return json(await adapter.getAppointments({ reference, token: token(request) }, options(request)));
      }),
    ),

    http.post(
      `${base}/appointments/:reference/reschedule`,
      route(async (request, params) => {
        const rejected = requireIdempotencyKey(request);
        if (rejected) return rejected;
        const body = await readObject(request);
        if (!body || typeof body.slotId !== 'string') return badRequest({ slotId: 'required' });
        if (body.holdId !== undefined && typeof body.holdId !== 'string') return badRequest({ holdId: 'invalid' });
        const query = {
          reference: params.reference!,
          token: token(request),
          slotId: body.slotId,
          ...(body.holdId ? { holdId: body.holdId } : {}),
        };
        return json(await adapter.reschedule(query, options(request)));
      }),
    ),

    http.post(
      `${base}/appointments/:reference/cancel`,
      route(async (request, params) => {
        const rejected = requireIdempotencyKey(request);
        if (rejected) return rejected;
        return json(await adapter.cancel({ reference: params.reference!, token: token(request) }, options(request)));
      }),
    ),

    http.post(
      `${base}/holds`,
      route(async (request) => {
        const rejected = requireIdempotencyKey(request);
        if (rejected) return rejected;
        if (!adapter.holdSlot) return problemResponse(404, 'not-found');
        const body = await readObject(request);
        if (!body) return badRequest({ body: 'invalid' });
        const { slotId, serviceId, locationId } = body;
        if (typeof slotId !== 'string' || typeof serviceId !== 'string' || typeof locationId !== 'string') {
          return badRequest({ slotId: 'required' });
        }
        return json(await adapter.holdSlot({ slotId, serviceId, locationId }, options(request)), 201);
      }),
    ),

    // The session resource over the backend's `auth`, whose session stands for the server's
    // sign-in cookie. Without `auth` the backend has no sign-in: `{"signIn": false}`, as the
    // contract says (below /session, 404).
    http.get(
      `${base}/session`,
      route(async () => {
        if (!adapter.auth)
          return HttpResponse.json({ signIn: false }, { headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store' } });
        const session = await adapter.auth.getSession();
        if (!session) return new HttpResponse(null, { status: 204, headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store' } });
        // Id and name only: a fake MitID's CPR number never leaves the backend.
        const answer: Session = { id: session.id ?? UNNAMED_PERSON, name: session.name };
        return HttpResponse.json(answer, { headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store' } });
      }),
    ),

    http.get(
      `${base}/session/login`,
      route(async (request) => {
        if (!adapter.auth) return problemResponse(404, 'not-found');
        const returnTo = query(request).get('returnTo') || undefined;
        if (returnTo !== undefined && !sameOriginAsPageOrApi(returnTo, request.url)) {
          return problemResponse(422, 'validation', { fields: { returnTo: 'not-allowed' } });
        }
        // The backend's sign-in decides at once; a real server sends the browser to MitID here.
        // (msw never sees a popup's or page's navigation; fetches and tests call this.)
        await adapter.auth.login(returnTo);
        return new HttpResponse(null, {
          status: 303,
          headers: { ...CORS_HEADERS, Location: returnTo ?? `${base}/session` },
        });
      }),
    ),

    http.post(
      `${base}/session/logout`,
      route(async (request) => {
        const rejected = requireIdempotencyKey(request);
        if (rejected) return rejected;
        if (!adapter.auth) return problemResponse(404, 'not-found');
        await adapter.auth.logout();
        return new HttpResponse(null, { status: 204, headers: CORS_HEADERS });
      }),
    ),

    http.delete(
      `${base}/holds/:holdId`,
      route(async (request, params) => {
        if (!adapter.releaseHold) return problemResponse(404, 'not-found');
        await adapter.releaseHold({ holdId: params.holdId! }, options(request));
        return new HttpResponse(null, { status: 204, headers: CORS_HEADERS });
      }),
    ),
  ];
}

/** A fake sign-in's session without an id stands for one person. */
const UNNAMED_PERSON = 'memory-person';

/** The mocks' returnTo rule: the page's own origin or the API's (a server allows its CORS origins too). */
function sameOriginAsPageOrApi(returnTo: string, apiUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(returnTo);
  } catch {
    return false;
  }
  const page = (globalThis as { location?: { origin: string } }).location?.origin;
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') && (url.origin === page || url.origin === new URL(apiUrl).origin)
  );
}

function json(body: unknown, status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status, headers: CORS_HEADERS });
}

function badRequest(fields: Record<string, string>): Response {
  return problemResponse(400, 'validation', { fields });
}

function requireIdempotencyKey(request: Request): Response | undefined {
  return request.headers.get('Idempotency-Key') ? undefined : badRequest({ 'Idempotency-Key': 'required' });
}

function query(request: Request): URLSearchParams {
  return new URL(request.url).searchParams;
}

async function readObject(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function stringParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') result[name] = value;
  }
  return result;
}

function matches(failure: NonNullable<MockFaults['failNext']>, method: string, path: string): boolean {
  if (failure.method && failure.method.toUpperCase() !== method) return false;
  if (failure.path === undefined) return true;
  return typeof failure.path === 'string' ? path.startsWith(failure.path) : failure.path.test(path);
}

/** A success whose body a client must refuse. */
function malformed(kind: 'json' | 'shape', status: number): Response {
  const headers = { ...CORS_HEADERS, 'Content-Type': 'application/json' };
  if (kind === 'json') return new HttpResponse('{"slots": [', { status, headers });
  return HttpResponse.json({ unexpected: '<img src=x onerror=alert(1)>' }, { status, headers });
}

/** Waits `ms`, or less when the request is aborted (then the answer goes nowhere anyway). */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
