/**
 * Aborting a call: every adapter method rejects with a BookingError and nothing else, so a
 * cancelled call has to be told apart from a failed one by the error's code.
 */
import { BookingError } from '../../core/errors.js';

/**
 * The BookingError for an aborted signal: its reason when that already is a BookingError,
 * `timeout` when the reason is a `TimeoutError` (as from `AbortSignal.timeout()`), and
 * otherwise `network` with the message "aborted" (the caller gave up on the call).
 */
export function abortError(signal: AbortSignal): BookingError {
  const reason: unknown = signal.reason;
  if (reason instanceof BookingError) return reason;
  if (isNamedError(reason, 'TimeoutError')) return new BookingError('timeout', 'The call timed out');
  return new BookingError('network', 'aborted');
}

function isNamedError(value: unknown, name: string): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === name;
}

/** Rejects at once when the signal is already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/**
 * Waits `ms` milliseconds (a simulated round trip), rejecting as soon as the signal aborts.
 * With `ms` ≤ 0 it settles in a microtask.
 */
export function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    if (ms <= 0) {
      resolve();
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
