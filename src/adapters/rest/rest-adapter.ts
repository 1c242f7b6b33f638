/**
 * `BookingAdapter` over the REST contract in api/openapi.yaml.
 *
 * - Every rejection is a `BookingError`. A call aborted through `options.signal` rejects with
 *   `BookingError('network', 'Request aborted by the caller')`; the caller knows it aborted
 *   (its `signal.aborted` is true) and normally ignores the outcome.
 * - `timeoutMs` is the citizen's wait budget for the whole call, retries and back-off
 *   included; when it runs out the call rejects with `timeout`. A timed-out request is
 *   therefore never retried.
 * - Only safe GETs are retried (at most `retries` times): after a network failure or a
 *   502/503/504, with exponential back-off and jitter, and after a 429 or 503 whose
 *   Retry-After is at most 5 s (waiting exactly that long). POST and DELETE are never
 *   retried here; they carry an `Idempotency-Key` so the caller may retry them safely.
 * - A manage token travels in the `X-Manage-Token` header, never in a URL. A CPR number
 *   travels only in the JSON body of `book`.
 * - Every request is sent with `credentials: 'include'`: the session cookie (`bt_session`,
 *   HttpOnly, so no script of the page can read it) goes with it; see ./session.ts for sign-in.
 */
import type {
  AppointmentQuery,
  AvailabilityQuery,
  BookingAdapter,
  CallOptions,
  CancelQuery,
  HoldQuery,
  RescheduleQuery,
} from '../../core/adapter.js';
import { newIdempotencyKey } from '../../core/booking-flow.js';
import { BookingError } from '../../core/errors.js';
import type { Appointment, Availability, BookingRequest, Hold, Location, Service } from '../../core/types.js';
import { Deadline } from './deadline.js';
import {
  decodeAppointment,
  decodeAvailability,
  decodeBody,
  decodeHold,
  decodeLocation,
  decodeService,
  listOf,
  type Decoder,
} from '../../core/decode.js';
import { errorFromResponse } from './http-errors.js';
import { RestSession, type SignInWindow } from './session.js';

export type FetchFunction = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

export interface RestAdapterOptions {
  /** Where the API lives, e.g. "https://booking.example.dk/api" or "/api" (same origin). */
  baseUrl: string;
  /** Budget for one call, retries included. Default 10 000 ms. */
  timeoutMs?: number;
  /** Extra request headers, e.g. an API key. Never put personal data here. */
  headers?: Record<string, string>;
  /** Injectable fetch (tests, instrumentation). Default: the global `fetch`. */
  fetch?: FetchFunction;
  /** How many times a GET may be retried. Default 2. */
  retries?: number;
  /** Language for Accept-Language, or a function read at each call. Default "da". */
  lang?: string | (() => string);
  /**
   * Sign-in through the contract's session resource (`/session`), so `auth` is there and the
   * widget offers sign-in. Default true; `false` for a backend without sessions, so no sign-in
   * that cannot work is offered. (A backend that answers 404 on `/session` counts as nobody
   * signed in, and `login` then rejects `unavailable` without leaving the page.)
   */
  auth?: boolean;
  /** How sign-in opens the identity provider (a popup, else the whole page); tests replace it. */
  signInWindow?: SignInWindow;
  /** How often sign-in asks whether the citizen has signed in yet. Default 1000 ms. */
  signInPollMs?: number;
}

/** A wait longer than this is the citizen's to decide on, not ours: reject `rate-limited`. */
const MAX_RETRY_AFTER_SECONDS = 5;
const BACKOFF_BASE_MS = 200;
const BACKOFF_CAP_MS = 2000;
const RETRYABLE_STATUSES = new Set([502, 503, 504]);

type Method = 'GET' | 'POST' | 'DELETE';

/** One call of the contract, as RestAdapter sends it. */
export interface RequestSpec<T> {
  method: Method;
  /** Path segments below baseUrl; each is encoded as one segment. */
  segments: string[];
  query?: Record<string, string | undefined>;
  body?: unknown;
  token?: string;
  decode?: Decoder<T>;
  /** A 204 answers `undefined` instead of a decoded body (`GET /session`: nobody signed in). */
  emptyOn204?: boolean;
  /** A resource a backend may lack (`/session`): its 404 is an answer, not a wrong `api` address. */
  optional?: boolean;
  /** A resource every backend has (`/locations`): any 404 there means `api` points elsewhere. */
  alwaysThere?: boolean;
}

export class RestAdapter implements BookingAdapter {
  private readonly base: URL;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly extraHeaders: Record<string, string>;
  private readonly fetchImpl: FetchFunction;
  private readonly lang: () => string;
  /** Integrator notes already given (one per resource and kind of fault, not one per retry). */
  private readonly noted = new Set<string>();
  declare readonly auth?: RestSession;

  constructor(options: RestAdapterOptions) {
    // Typed without the DOM's lib: the server's tests run this adapter in Node, where a
    // relative baseUrl has nothing to resolve against and throws.
    const page = (globalThis as { location?: { href: string } }).location;
    const base = new URL(options.baseUrl, page?.href);
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    base.search = '';
    base.hash = '';
    this.base = base;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.retries = Math.max(0, options.retries ?? 2);
    this.extraHeaders = { ...options.headers };
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const { lang = 'da' } = options;
    this.lang = typeof lang === 'function' ? lang : () => lang;
    // An own property only when on: elements offer sign-in when `auth` is there at all.
    if (options.auth !== false) {
      (this as { auth?: RestSession }).auth = new RestSession({
        send: (spec, callOptions) => this.send(spec, callOptions),
        url: (segments, query) => this.url({ method: 'GET', segments, query }).href,
        window: options.signInWindow,
        pollMs: options.signInPollMs,
      });
    }
  }

  async getLocations(options?: CallOptions): Promise<Location[]> {
    return this.send({ method: 'GET', segments: ['locations'], decode: listOf(decodeLocation), alwaysThere: true }, options);
  }

  async getServices(query: { locationId?: string }, options?: CallOptions): Promise<Service[]> {
    return this.send(
      { method: 'GET', segments: ['services'], query: { locationId: query.locationId }, decode: listOf(decodeService) },
      options,
    );
  }

  async getAvailability(query: AvailabilityQuery, options?: CallOptions): Promise<Availability> {
    const { serviceId, locationId, from, to } = query;
    return this.send(
      {
        method: 'GET',
        segments: ['availability'],
        query: { serviceId, locationId, from, to },
        decode: decodeAvailability,
      },
      options,
    );
  }

  async book(request: BookingRequest, options?: CallOptions): Promise<Appointment> {
    return this.send({ method: 'POST', segments: ['appointments'], body: request, decode: decodeAppointment }, options);
  }

  async getAppointments(query: AppointmentQuery, options?: CallOptions): Promise<Appointment[]> {
    return this.send(
      {
        method: 'GET',
        segments: ['appointments'],
        // Neither reference nor token asks for the signed-in session's own appointments.
        query: { reference: query.reference || undefined },
        token: query.token || undefined,
        decode: listOf(decodeAppointment),
      },
      options,
    );
  }

  async reschedule(query: RescheduleQuery, options?: CallOptions): Promise<Appointment> {
    return this.send(
      {
        method: 'POST',
        segments: ['appointments', segment(query.reference, 'reference'), 'reschedule'],
        body: { slotId: query.slotId, ...(query.holdId ? { holdId: query.holdId } : {}) },
        token: query.token,
        decode: decodeAppointment,
      },
      options,
    );
  }

  async cancel(query: CancelQuery, options?: CallOptions): Promise<Appointment> {
    return this.send(
      {
        method: 'POST',
        segments: ['appointments', segment(query.reference, 'reference'), 'cancel'],
        token: query.token,
        decode: decodeAppointment,
      },
      options,
    );
  }

  async holdSlot(query: HoldQuery, options?: CallOptions): Promise<Hold> {
    const { slotId, serviceId, locationId } = query;
    return this.send(
      { method: 'POST', segments: ['holds'], body: { slotId, serviceId, locationId }, decode: decodeHold },
      options,
    );
  }

  async releaseHold(query: { holdId: string }, options?: CallOptions): Promise<void> {
    await this.send({ method: 'DELETE', segments: ['holds', segment(query.holdId, 'holdId')] }, options);
  }

  /** Sends one call: builds the request, retries GETs within the budget, decodes the answer. */
  private async send<T>(spec: RequestSpec<T>, options: CallOptions = {}): Promise<T> {
    const url = this.url(spec);
    const headers = this.headers(spec, options);
    const deadline = new Deadline(this.timeoutMs, options.signal);
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          return await this.attempt(spec, url, headers, deadline);
        } catch (error) {
          const failure = this.classify(error, deadline);
          if (deadline.signal.aborted) throw failure;
          const delay = this.retryDelay(spec.method, failure, attempt);
          if (delay === undefined || delay >= deadline.remainingMs) {
            this.noteForIntegrator(spec, failure);
            throw failure;
          }
          try {
            await deadline.sleep(delay);
          } catch (abort) {
            throw this.classify(abort, deadline);
          }
        }
      }
    } finally {
      deadline.dispose();
    }
  }

  private async attempt<T>(spec: RequestSpec<T>, url: URL, headers: Headers, deadline: Deadline): Promise<T> {
    const response = await this.fetchImpl(url.href, {
      method: spec.method,
      headers,
      body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      signal: deadline.signal,
      // The session cookie, also cross-origin (the API allows this page's origin with credentials).
      credentials: 'include',
      // A redirect could lead away from baseUrl's origin: refuse to follow it.
      redirect: 'manual',
      // The host page's URL may be a manage link holding a token: send no Referer.
      referrerPolicy: 'no-referrer',
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      throw new BookingError('invalid-response', 'The booking API answered with a redirect', {
        status: response.status,
      });
    }
    const text = await response.text();
    if (!response.ok) throw errorFromResponse(response, parseLenient(text), spec.alwaysThere);
    if (!spec.decode || (spec.emptyOn204 && response.status === 204)) return undefined as T;
    // An HTML page (a wrong `api` address served by the site itself) is not a bad answer
    // of the booking API but no booking API at all.
    const type = response.headers.get('Content-Type');
    if (type && !/json/i.test(type)) {
      throw new BookingError('unavailable', `The address answered ${type.split(';')[0]}, not JSON: not the booking API`, {
        status: response.status,
      });
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new BookingError('invalid-response', 'The booking API answered with something that is not JSON', {
        status: response.status,
      });
    }
    return decodeBody(spec.decode, body, response.status);
  }

  /** Turns whatever was thrown into a BookingError, telling timeouts from caller aborts. */
  private classify(error: unknown, deadline: Deadline): BookingError {
    if (deadline.signal.aborted) {
      if (deadline.timedOut) return new BookingError('timeout', `No answer within ${this.timeoutMs} ms`);
      return new BookingError('network', 'Request aborted by the caller');
    }
    if (error instanceof BookingError) return error;
    // fetch rejects with a TypeError both when the device is offline and when the API gives
    // no usable answer (wrong host, connection refused, a CORS refusal: the page cannot tell
    // these apart). Only the first is the citizen's connection to check.
    if ((globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false) {
      return new BookingError('network', 'The device is offline');
    }
    return new BookingError('unavailable', 'No answer from the booking API');
  }

  /**
   * Tells the webmaster, once per resource and kind of fault, why the booking API cannot be
   * used at this address: the citizen's message cannot say it, and without it a wrong `api`
   * only shows as "cannot be reached". Names the resource and action, never ids, queries or bodies.
   */
  private noteForIntegrator(spec: RequestSpec<unknown>, failure: BookingError): void {
    if (failure.code !== 'unavailable' && failure.code !== 'invalid-response') return;
    const { status } = failure.details;
    if (spec.optional && status === 404) return;
    // The path with its ids left out (every other segment is an id: appointments/…/reschedule).
    const [first = '', ...rest] = spec.segments;
    const resource = `${new URL(encodeURIComponent(first), this.base).href}${rest.map((name, index) => `/${index % 2 ? name : '…'}`).join('')}`;
    const key = `${spec.method} ${resource} ${status ?? '-'} ${failure.code}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    const answer =
      status === undefined
        ? 'gave no answer (no answer / CORS / CSP? Check the address, that the server runs, that it allows this page’s origin, and that the page’s Content-Security-Policy connect-src lists it)'
        : `answered HTTP ${status} (${failure.message})`;
    // No answer, a redirect, a page that is not the API: the address is the likely fault. A 5xx
    // or a body of the wrong shape is the API's own (its logs say more).
    const wrongAddress =
      status === undefined || (status >= 300 && status < 400) || (failure.code === 'unavailable' && status < 500);
    const advice = wrongAddress
      ? ' Check the element’s "api" attribute: the API’s base URL, e.g. https://booking.example.dk/api.'
      : '';
    console.warn(`borgertid: ${spec.method} ${resource} ${answer}.${advice}`);
  }

  private retryDelay(method: Method, failure: BookingError, attempt: number): number | undefined {
    if (method !== 'GET' || attempt >= this.retries) return undefined;
    const { status, retryAfter } = failure.details;
    const transient =
      failure.code === 'network' ||
      // No answer at all (unreachable): as worth one more try as a network failure.
      (failure.code === 'unavailable' && status === undefined) ||
      failure.code === 'rate-limited' ||
      (failure.code === 'unavailable' && RETRYABLE_STATUSES.has(status ?? 0));
    if (!transient) return undefined;
    if (retryAfter !== undefined) return retryAfter <= MAX_RETRY_AFTER_SECONDS ? retryAfter * 1000 : undefined;
    // A 429 without a hint: how long to wait is the citizen's call, not a guess of ours.
    if (failure.code === 'rate-limited') return undefined;
    // Exponential back-off with jitter (half fixed, half random), so clients spread out.
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  private url(spec: RequestSpec<unknown>): URL {
    const url = new URL(spec.segments.map(encodeURIComponent).join('/'), this.base);
    for (const [name, value] of Object.entries(spec.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, value);
    }
    if (url.origin !== this.base.origin || !url.pathname.startsWith(this.base.pathname)) {
      throw new BookingError('validation', 'Refusing a request outside baseUrl');
    }
    return url;
  }

  private headers(spec: RequestSpec<unknown>, options: CallOptions): Headers {
    const headers = new Headers(this.extraHeaders);
    headers.set('Accept', 'application/json');
    headers.set('Accept-Language', options.lang ?? this.lang());
    if (spec.body !== undefined) headers.set('Content-Type', 'application/json');
    if (spec.method === 'POST') headers.set('Idempotency-Key', options.idempotencyKey ?? newIdempotencyKey());
    if (spec.token !== undefined) headers.set('X-Manage-Token', spec.token);
    return headers;
  }
}

/**
 * An id that becomes one path segment (encoded, so "/", "?", "#" and "%" stay inside it).
 * "." and ".." would still be resolved away by URL parsing and let a request climb out of
 * its resource, so they are refused, as is an empty id.
 */
function segment(value: string, field: string): string {
  if (value === '' || value === '.' || value === '..') {
    throw new BookingError('validation', `Invalid ${field}`, { fields: { [field]: 'invalid' } });
  }
  return value;
}

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
