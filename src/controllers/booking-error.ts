import type { TFunction } from 'i18next';
import { isBookingError, type BookingErrorCode } from '../core/errors.js';
import { unbroken } from '../core/phone.js';

/** What an element knows that helps a citizen past a failure. */
export interface ErrorContext {
  /**
   * Where the citizen can ring instead: the chosen office's `phone`, else the municipality's
   * (the element's `phone` attribute). Shown as given.
   */
  phone?: string | undefined;
}

/**
 * Failures where the booking system, not the citizen's input, is at fault: besides "try
 * again", the citizen is told whom to ring, so a bad backend day never leaves them stuck.
 */
const RING_INSTEAD: ReadonlySet<BookingErrorCode | 'unknown'> = new Set([
  'network',
  'timeout',
  'unavailable',
  'invalid-response',
  'rate-limited',
  'unknown',
]);

/**
 * The code whose message fits. "Check your connection" only when the device says it is
 * offline: an adapter's `network` (a failed fetch, a raw TypeError turned `network` at the
 * boundary) on a device that is online means the booking system cannot be reached, and
 * telling the citizen to check their internet would send them the wrong way.
 */
function shownCode(error: unknown): BookingErrorCode | 'unknown' {
  if (!isBookingError(error)) return 'unknown';
  const offline = (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false;
  return error.code === 'network' && !offline ? 'unavailable' : error.code;
}

/**
 * The citizen-facing, translated message for any failure an adapter call can end in. Unknown
 * errors (a third-party adapter breaking the contract) get a generic message, never raw text.
 * Backend text never reaches `t()` as a template: the phone is an interpolated value.
 */
export function errorMessage(error: unknown, t: TFunction, context: ErrorContext = {}): string {
  const code = shownCode(error);
  const retryAfter = isBookingError(error) ? error.retryAfter : undefined;
  const message =
    code === 'rate-limited' && retryAfter
      ? t('common:errors.rate-limited-seconds', { count: Math.ceil(retryAfter) })
      : t(`common:errors.${code}`);
  const phone = context.phone?.trim();
  return phone && RING_INSTEAD.has(code) ? `${message} ${t('common:errors.ringInstead', { phone: unbroken(phone) })}` : message;
}
