/**
 * The subject's adapter as the cases call it. A vendor whose adapter hangs or throws a raw
 * error should read one sentence naming the method and the rule, not a timeout of their
 * runner or a TypeError somewhere inside a case.
 */
import type { BookingAdapter } from '../core/adapter.js';
import { isBookingError } from '../core/errors.js';
import { ContractViolation } from './assert.js';

/** How long a case waits for any one adapter call, in ms. */
export const CALL_TIMEOUT_MS = 10_000;

/** `10 s`, or `250 ms` for deadlines that are no whole number of seconds. */
function duration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** `TypeError: Failed to fetch`, or the value itself for a throw that is no Error. */
function describeThrown(error: unknown): string {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (typeof name === 'string' && typeof message === 'string') return `${name}: ${message}`;
  return String(error);
}

function notBookingError(method: string, how: 'threw' | 'rejected with', error: unknown): ContractViolation {
  return new ContractViolation(
    `${method} ${how} ${describeThrown(error)} — an adapter must reject with a BookingError (see README)`,
  );
}

/** Calls `method` of `adapter`; fails with a ContractViolation on a raw error or no answer within `timeoutMs`. */
async function watchedCall(method: string, call: () => unknown, timeoutMs: number): Promise<unknown> {
  let answer: unknown;
  try {
    answer = call();
  } catch (error) {
    throw isBookingError(error) ? error : notBookingError(method, 'threw', error);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ContractViolation(`${method} did not answer within ${duration(timeoutMs)}`)), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve(answer), deadline]);
  } catch (error) {
    if (error instanceof ContractViolation || isBookingError(error)) throw error;
    throw notBookingError(method, 'rejected with', error);
  } finally {
    clearTimeout(timer);
  }
}

/** `adapter` with every method call watched (see {@link watchedCall}); other members as they are. */
export function watchedAdapter(adapter: BookingAdapter, timeoutMs: number): BookingAdapter {
  return new Proxy(adapter, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) =>
        watchedCall(key, () => (value as (...a: unknown[]) => unknown).apply(target, args), timeoutMs);
    },
  });
}
