/**
 * Every adapter, checked at the element boundary. Elements reach a backend through
 * controllers, and controllers wrap the adapter they are given with `checkedAdapter`, so a
 * third-party adapter that throws, never answers, or answers data of another shape gives the
 * elements a `BookingError` (translated on screen, with a retry) instead of a TypeError, and
 * wrong data is dropped before anyone believes it. What went wrong is told to the integrator
 * with `console.warn` (never `console.error`: the page works), naming the method and what
 * was wrong, never personal data.
 */
import type { AuthProvider, BookingAdapter, CallOptions } from './adapter.js';
import {
  changeFault,
  Dropped,
  firstOfEach,
  holdOnDeviceClock,
  offerableAvailability,
  offeredAtOffice,
  ofReference,
  withCopenhagenTimes,
  withUsableTerms,
} from './answer-checks.js';
import {
  decodeAppointment,
  decodeAvailability,
  decodeHold,
  decodeLocation,
  decodeProviderSession,
  decodeService,
  listOf,
  shapeProblem,
} from './decode.js';
import { BOOKING_ERROR_CODES, BookingError, isBookingError } from './errors.js';
import type { Appointment, Session } from './types.js';

/** The deadline of a call when the element's `timeout` says nothing usable, in ms. */
export const DEFAULT_TIMEOUT_MS = 20_000;

export interface CheckedAdapterOptions {
  /** Deadline per call in ms (default {@link DEFAULT_TIMEOUT_MS}); not a positive number = default. */
  timeout?: number;
  /**
   * The clock the controller shows times by (the element's `clock`): a slot that has started
   * by it is dropped, and holds are counted down on it. Pass the same function each time, or
   * the memo makes a new checked adapter per call.
   */
  now?: () => Date;
  /**
   * The language the element speaks, read at each call and sent as every call's `lang` (unless
   * the call names one). Pass the same function each time, as for `now`.
   */
  lang?: () => string | undefined;
}

/** Why `book` rejected when it did answer, but with something unreadable: the backend said yes. */
export interface UnreadableBooking {
  /** The reference from the answer, when it had a non-empty string one (however long). */
  reference?: string;
}

const deviceNow = (): Date => new Date();
const noLanguage = (): undefined => undefined;
type Language = () => string | undefined;
const originals = new WeakMap<BookingAdapter, BookingAdapter>();
const made = new WeakMap<BookingAdapter, Map<number, WeakMap<() => Date, WeakMap<Language, BookingAdapter>>>>();
const unreadableBookings = new WeakMap<BookingError, UnreadableBooking>();

/**
 * `adapter`, with every call checked: a deadline (the adapter's signal aborts and the call
 * rejects `timeout`, even when the adapter ignores the signal), errors made `BookingError`s
 * (a raw `TypeError`, as from `fetch`, is `network`; any other throw, a synchronous one or an
 * answer that is not a promise is `invalid-response`), every answer decoded (malformed:
 * `invalid-response`) and wrong data dropped (see `answer-checks.ts`). The same adapter,
 * timeout and `now` give the same checked adapter, so caches keyed by adapter keep working;
 * a checked adapter given again is checked once, with the new options.
 */
export function checkedAdapter(adapter: BookingAdapter, options: CheckedAdapterOptions = {}): BookingAdapter {
  const raw = originals.get(adapter) ?? adapter;
  const timeout = typeof options.timeout === 'number' && options.timeout > 0 ? options.timeout : DEFAULT_TIMEOUT_MS;
  const now = options.now ?? deviceNow;
  const lang = options.lang ?? noLanguage;
  let byTimeout = made.get(raw);
  if (!byTimeout) made.set(raw, (byTimeout = new Map()));
  let byClock = byTimeout.get(timeout);
  if (!byClock) byTimeout.set(timeout, (byClock = new WeakMap()));
  let byLanguage = byClock.get(now);
  if (!byLanguage) byClock.set(now, (byLanguage = new WeakMap()));
  let checked = byLanguage.get(lang);
  if (!checked) {
    checked = check(raw, timeout, now, lang);
    byLanguage.set(lang, checked);
    originals.set(checked, raw);
  }
  return checked;
}

/** The element's `timeout` property, when it is a usable number of ms (hosts without one give undefined). */
export function hostTimeout(host: object): number | undefined {
  const { timeout } = host as { timeout?: unknown };
  return typeof timeout === 'number' && Number.isFinite(timeout) && timeout > 0 ? timeout : undefined;
}

/** What the backend answered, when a checked `book` rejected because the answer was unreadable. */
export function unreadableBooking(error: unknown): UnreadableBooking | undefined {
  return isBookingError(error) ? unreadableBookings.get(error) : undefined;
}

function warn(method: string, message: string, cause?: unknown): void {
  const text = `borgertid: the adapter's ${method} ${message}`;
  if (cause === undefined) console.warn(text);
  else console.warn(text, cause);
}

/**
 * Any throw or rejection of an adapter as the one error elements understand. Only a rejection
 * may be a network error: a synchronous TypeError is a bug (a method that is not there).
 */
function asBookingError(method: string, error: unknown, rejected = false): BookingError {
  if (isBookingError(error) && BOOKING_ERROR_CODES.includes(error.code)) return error;
  // fetch rejects with a TypeError when the network is down: worth a retry.
  const network = rejected && (error instanceof TypeError || (error as { name?: unknown } | null)?.name === 'TypeError');
  warn(method, `failed with something other than a BookingError${network ? ' (taken as a network error)' : ''}:`, error);
  return new BookingError(network ? 'network' : 'invalid-response', `${method} failed: ${String(error)}`);
}

function abortError(method: string, signal: AbortSignal, timeout: number | undefined, ownDeadline: boolean): BookingError {
  const reason: unknown = signal.reason;
  const timedOut = ownDeadline || (reason as { name?: unknown } | undefined)?.name === 'TimeoutError';
  if (ownDeadline) warn(method, `did not answer within ${timeout} ms.`);
  return new BookingError(timedOut ? 'timeout' : 'network', `${method} ${timedOut ? 'timed out' : 'was aborted'}`);
}

/**
 * Runs `start` with a signal that aborts on the caller's signal or after `timeout` ms (none:
 * no deadline), and settles as soon as either happens, whatever the adapter does. Resolves
 * with the raw answer.
 */
function withDeadline(
  method: string,
  timeout: number | undefined,
  caller: AbortSignal | undefined,
  start: (signal: AbortSignal) => unknown,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (caller?.aborted) return reject(abortError(method, caller, timeout, false));
    const controller = new AbortController();
    const { signal } = controller;
    let ownDeadline = false;
    const forward = (): void => controller.abort(caller?.reason);
    const timer =
      timeout === undefined
        ? undefined
        : setTimeout(() => {
            ownDeadline = true;
            controller.abort(new DOMException(`${method} took longer than ${timeout} ms`, 'TimeoutError'));
          }, timeout);
    const done = (): void => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', forward);
    };
    // Registered before the adapter sees the signal, so this rejection comes first.
    signal.addEventListener('abort', () => {
      done();
      reject(abortError(method, signal, timeout, ownDeadline));
    });
    caller?.addEventListener('abort', forward, { once: true });
    try {
      const answer = start(signal);
      if (typeof (answer as { then?: unknown } | null)?.then !== 'function') {
        warn(method, `answered ${answer === null ? 'null' : typeof answer}, not a promise.`);
        throw new BookingError('invalid-response', `${method} did not answer a promise`);
      }
      Promise.resolve(answer).then(
        (value) => {
          done();
          resolve(value);
        },
        (error: unknown) => {
          done();
          // After an abort the call has already rejected; what the adapter says now is noise.
          if (!signal.aborted) reject(asBookingError(method, error, true));
        },
      );
    } catch (error) {
      done();
      reject(asBookingError(method, error));
    }
  });
}

/** `appointment`, unless it is not the one asked about or not in the state the change leads to. */
function changed(method: string, appointment: Appointment, reference: string, status: Appointment['status']): Appointment {
  const fault = changeFault(appointment, reference, status);
  if (!fault) return appointment;
  warn(method, `${fault}.`);
  throw new BookingError('invalid-response', `${method} ${fault}`);
}

/**
 * `items` with their times in Copenhagen's offset (see `withCopenhagenTimes`), with one note
 * per call when any were not. The note shows one time as sent: a time is no personal data.
 */
function copenhagenTimes<T extends { start: string; end: string }>(method: string, items: T[]): T[] {
  const fixed = items.map(withCopenhagenTimes);
  const moved = items.filter((item, index) => fixed[index] !== item);
  if (moved.length > 0) {
    warn(
      method,
      `answered ${moved.length} time${moved.length === 1 ? '' : 's'} in another offset than Copenhagen's ` +
        `(e.g. "${moved[0]!.start}"); re-expressed as the same instant${moved.length === 1 ? '' : 's'} ` +
        "in Copenhagen's wall clock and offset, as the contract has them.",
    );
  }
  return fixed;
}

/** Reads an answer with `read`; a shape the contract does not allow is `invalid-response`. */
function readAnswer<T>(method: string, answer: unknown, read: (answer: unknown, dropped: Dropped) => T): T {
  const dropped = new Dropped();
  let value: T;
  try {
    value = read(answer, dropped);
  } catch (error) {
    const problem = shapeProblem(error);
    if (!problem) throw asBookingError(method, error);
    warn(method, `answered something the contract does not allow: ${problem}.`);
    throw new BookingError('invalid-response', `${method}: ${problem}`);
  }
  const summary = dropped.summary();
  if (summary) warn(method, `answered data that cannot be right; dropped ${summary}.`);
  return value;
}

function check(raw: BookingAdapter, timeout: number, now: () => Date, lang: Language): BookingAdapter {
  /** The options the adapter gets: the caller's, with the deadline's signal and the element's language. */
  const callOptions = (options: CallOptions | undefined, signal: AbortSignal): CallOptions => {
    const language = options?.lang ?? lang();
    return language === undefined ? { ...options, signal } : { ...options, signal, lang: language };
  };
  function call<T>(
    method: string,
    options: CallOptions | undefined,
    start: (options: CallOptions) => unknown,
    read: (answer: unknown, dropped: Dropped) => T,
  ): Promise<T> {
    return withDeadline(method, timeout, options?.signal, (signal) => start(callOptions(options, signal))).then((answer) =>
      readAnswer(method, answer, read),
    );
  }
  const locations = listOf(decodeLocation);
  const services = listOf(decodeService);
  const appointments = listOf(decodeAppointment);

  const checked: BookingAdapter = {
    getLocations: (options) =>
      call(
        'getLocations',
        options,
        (o) => raw.getLocations(o),
        (answer, dropped) => firstOfEach(locations(answer, 'locations'), (location) => location.id, 'offices', dropped),
      ),
    getServices: (query, options) =>
      call(
        'getServices',
        options,
        (o) => raw.getServices(query, o),
        (answer, dropped) => {
          const usable = firstOfEach(services(withUsableTerms(answer, dropped), 'services'), (s) => s.id, 'services', dropped);
          return offeredAtOffice(usable, query.locationId, dropped);
        },
      ),
    getAvailability: (query, options) =>
      call(
        'getAvailability',
        options,
        (o) => raw.getAvailability(query, o),
        (answer, dropped) => {
          const { slots, closedDays } = offerableAvailability(decodeAvailability(answer), query, now(), dropped);
          return { slots: copenhagenTimes('getAvailability', slots), closedDays };
        },
      ),
    book: (request, options) =>
      withDeadline('book', timeout, options?.signal, (signal) => raw.book(request, callOptions(options, signal))).then(
        (answer) => {
          try {
            return readAnswer('book', answer, (value) => copenhagenTimes('book', [decodeAppointment(value)])[0]!);
          } catch (error) {
            // The backend said yes: the flow must show what it can, never offer to book again.
            const reference = (answer as { reference?: unknown } | null)?.reference;
            if (isBookingError(error)) {
              unreadableBookings.set(error, typeof reference === 'string' && reference !== '' ? { reference } : {});
            }
            throw error;
          }
        },
        (error: unknown) => {
          // An HTTP adapter that decodes for itself: a 2xx it could not read was a yes too.
          const status = isBookingError(error) ? error.details?.status : undefined;
          if (
            isBookingError(error) &&
            error.code === 'invalid-response' &&
            status !== undefined &&
            status >= 200 &&
            status < 300
          ) {
            unreadableBookings.set(error, {});
          }
          throw error;
        },
      ),
    getAppointments: (query, options) =>
      call(
        'getAppointments',
        options,
        (o) => raw.getAppointments(query, o),
        // References are not named in the note: with a token they open a citizen's appointment.
        (answer, dropped) => {
          const unique = firstOfEach(appointments(answer, 'appointments'), (a) => a.reference, 'appointments', dropped, false);
          return copenhagenTimes('getAppointments', ofReference(unique, query.reference, dropped));
        },
      ),
    reschedule: (query, options) =>
      call(
        'reschedule',
        options,
        (o) => raw.reschedule(query, o),
        (answer) =>
          changed('reschedule', copenhagenTimes('reschedule', [decodeAppointment(answer)])[0]!, query.reference, 'booked'),
      ),
    cancel: (query, options) =>
      call(
        'cancel',
        options,
        (o) => raw.cancel(query, o),
        (answer) => changed('cancel', copenhagenTimes('cancel', [decodeAppointment(answer)])[0]!, query.reference, 'cancelled'),
      ),
  };
  if (typeof raw.holdSlot === 'function') {
    checked.holdSlot = (query, options) =>
      call(
        'holdSlot',
        options,
        (o) => raw.holdSlot?.(query, o),
        (answer) => {
          const hold = decodeHold(answer);
          if (hold.slotId !== query.slotId) {
            warn('holdSlot', `held slot "${hold.slotId}" when asked for "${query.slotId}".`);
            throw new BookingError('invalid-response', 'holdSlot held another slot');
          }
          return holdOnDeviceClock(hold, now(), (note) => warn('holdSlot', `answered a ${note}`));
        },
      );
  }
  if (typeof raw.releaseHold === 'function') {
    checked.releaseHold = (query, options) =>
      call(
        'releaseHold',
        options,
        (o) => raw.releaseHold?.(query, o),
        () => undefined,
      );
  }
  if (raw.auth) checked.auth = checkAuth(raw.auth, timeout);
  return checked;
}

/**
 * Sign-in, checked too: `getSession` and `logout` get the deadline, and the session is
 * decoded. `login` gets none: the citizen may spend minutes with MitID, or the page leaves.
 */
function checkAuth(auth: AuthProvider, timeout: number): AuthProvider {
  return {
    getSession: () =>
      withDeadline('auth.getSession', timeout, undefined, () => auth.getSession()).then((answer) =>
        answer === null ? null : readAnswer<Session>('auth.getSession', answer, (value) => decodeProviderSession(value)),
      ),
    login: (returnTo) => withDeadline('auth.login', undefined, undefined, () => auth.login(returnTo)).then(() => undefined),
    logout: () => withDeadline('auth.logout', timeout, undefined, () => auth.logout()).then(() => undefined),
  };
}
