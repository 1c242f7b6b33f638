/**
 * A third-party adapter on a bad day: a wrapper around a real (Memory) adapter that injects one
 * fault into the next call of one method, then answers truly again. The elements get it as a
 * custom adapter, so nothing here is trusted by them: every way an adapter can break its
 * contract (the fault matrix's columns) is one `Fault`.
 */
import type { AuthProvider, BookingAdapter, CallOptions } from '../../src/core/adapter.js';
import { BookingError, type BookingErrorCode } from '../../src/core/errors.js';
import type { Session } from '../../src/core/types.js';

/** Every adapter method an element calls (`auth.getSession` is the sign-in's). */
export const METHODS = [
  'getLocations',
  'getServices',
  'getAvailability',
  'holdSlot',
  'releaseHold',
  'book',
  'getAppointments',
  'reschedule',
  'cancel',
  'auth.getSession',
] as const;
export type Method = (typeof METHODS)[number];

/** The matrix's columns, in its order. */
export const FAULTS = [
  'network',
  'timeout',
  'unavailable',
  'rate-limited',
  'invalid-response',
  'validation',
  'slot-taken',
  'type-error',
  'sync-throw',
  'non-promise',
  'never-settles',
  'overtaken',
  'wrong-shape',
  'wrong-data',
] as const;
export type Fault = (typeof FAULTS)[number];

/** The rejections a well-behaved adapter might give (a `BookingError` of that code). */
const REJECTIONS: Partial<Record<Fault, BookingErrorCode>> = {
  network: 'network',
  timeout: 'timeout',
  unavailable: 'unavailable',
  'rate-limited': 'rate-limited',
  'invalid-response': 'invalid-response',
  validation: 'validation',
  'slot-taken': 'slot-taken',
};

/** How a method's true answer is bent for `wrong-shape` and `wrong-data` (and a `validation`'s fields). */
export interface Bends {
  wrongShape?: (answer: unknown, args: unknown[]) => unknown;
  wrongData?: (answer: unknown, args: unknown[]) => unknown;
  validationFields?: Record<string, string>;
}

/** Every call the wrapper saw, per method, with its arguments (for "same idempotency key" and counts). */
export type CallLog = Record<Method, unknown[][]>;

type Call = (...args: unknown[]) => unknown;

export class FaultyAdapter {
  /** The adapter handed to the element. */
  readonly adapter: BookingAdapter;
  readonly calls: CallLog = Object.fromEntries(METHODS.map((method) => [method, []])) as unknown as CallLog;
  /** How many times the armed fault has fired. */
  fired = 0;
  private armed: { method: Method; fault: Fault; bends: Bends } | undefined;
  /** Answers held back by `overtaken` until a later call of their method has answered. */
  private readonly heldBack: Array<{ method: Method; release: () => void }> = [];

  constructor(readonly inner: BookingAdapter) {
    const wrap = (method: Method, call: Call): Call => {
      return (...args: unknown[]) => this.intercept(method, call, args);
    };
    const target = inner as unknown as Record<string, Call>;
    const own = (name: string): Call => target[name]!.bind(inner);
    const adapter: Record<string, unknown> = {};
    for (const method of METHODS) {
      if (method === 'auth.getSession' || !target[method]) continue;
      adapter[method] = wrap(method, own(method));
    }
    if (inner.auth) {
      const auth: AuthProvider = inner.auth;
      adapter.auth = {
        getSession: wrap('auth.getSession', () => auth.getSession()) as () => Promise<Session | null>,
        login: (returnTo?: string) => auth.login(returnTo),
        logout: () => auth.logout(),
      } satisfies AuthProvider;
    }
    this.adapter = adapter as unknown as BookingAdapter;
  }

  /** The next call of `method` meets `fault`; later calls answer truly. */
  arm(method: Method, fault: Fault, bends: Bends = {}): void {
    this.armed = { method, fault, bends };
  }

  private intercept(method: Method, call: Call, args: unknown[]): unknown {
    this.calls[method].push(structuredClone(args.map(stripSignal)));
    const armed = this.armed?.method === method ? this.armed : undefined;
    if (!armed) return this.settleHeldBack(method, call(...args));
    this.armed = undefined;
    this.fired += 1;
    const { fault, bends } = armed;
    const code = REJECTIONS[fault];
    if (code) {
      const details =
        code === 'rate-limited' ? { retryAfter: 1 } : code === 'validation' ? { fields: bends.validationFields ?? {} } : {};
      return Promise.reject(new BookingError(code, `Simulated ${fault} in ${method}`, details));
    }
    switch (fault) {
      case 'type-error':
        // What a careless fetch-based adapter lets through.
        return Promise.reject(new TypeError('Failed to fetch'));
      case 'sync-throw':
        throw new Error(`Simulated bug: ${method} threw before returning`);
      case 'non-promise':
        // An adapter that answers from a cache without a promise (here: nothing at all).
        return undefined;
      case 'never-settles':
        // Ignores its signal, too: only the caller's own deadline helps.
        return new Promise(() => undefined);
      case 'overtaken': {
        const answer = Promise.resolve(call(...args));
        return new Promise((resolve, reject) => {
          this.heldBack.push({ method, release: () => answer.then(resolve, reject) });
        });
      }
      case 'wrong-shape':
        return Promise.resolve(call(...args)).then((answer) => (bends.wrongShape ?? garble)(answer, args));
      case 'wrong-data':
        return Promise.resolve(call(...args)).then((answer) => (bends.wrongData ?? ((same) => same))(answer, args));
      default:
        throw new Error(`unknown fault ${fault}`);
    }
  }

  /** A newer call has answered: the older ones held back answer now, late. */
  private settleHeldBack(method: Method, result: unknown): unknown {
    if (!this.heldBack.some((entry) => entry.method === method)) return result;
    const releaseAll = () => {
      for (const entry of this.heldBack.splice(0).filter((held) => held.method === method)) {
        setTimeout(entry.release, 0);
      }
    };
    Promise.resolve(result).then(releaseAll, releaseAll);
    return result;
  }

  /** Whether a call held back by `overtaken` is still waiting (the newer call never came). */
  get holdingBack(): boolean {
    return this.heldBack.length > 0;
  }
}

/** A call's options without the signal (an AbortSignal cannot be cloned). */
function stripSignal(arg: unknown): unknown {
  if (arg && typeof arg === 'object' && 'signal' in arg) {
    const { signal: _signal, ...rest } = arg as CallOptions;
    return rest;
  }
  return arg;
}

/** A generic wrong shape: numbers where strings belong, a string where an object belongs. */
function garble(answer: unknown): unknown {
  if (Array.isArray(answer)) return answer.map(() => 42);
  if (answer && typeof answer === 'object') return 'ok';
  return { unexpected: true };
}
