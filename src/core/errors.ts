export type BookingErrorCode =
  | 'slot-taken'
  | 'auth-required'
  | 'validation'
  | 'not-found'
  | 'rate-limited'
  | 'network'
  | 'timeout'
  | 'unavailable'
  | 'invalid-response';

export const BOOKING_ERROR_CODES: readonly BookingErrorCode[] = [
  'slot-taken',
  'auth-required',
  'validation',
  'not-found',
  'rate-limited',
  'network',
  'timeout',
  'unavailable',
  'invalid-response',
];

export interface BookingErrorDetails {
  /** For `validation`: a reason code per field path, e.g. `{ "citizen.cpr": "invalid" }`. */
  fields?: Record<string, string>;
  /** For `rate-limited`: seconds to wait before trying again. */
  retryAfter?: number;
  /** HTTP status, when the error came from HTTP. */
  status?: number;
}

/**
 * Marks every BookingError, whichever copy of the library made it: an app's npm copy and a
 * CMS's CDN copy on one page each have their own class, so an adapter of one rejects into the
 * elements of the other. `Symbol.for` is the one key both copies share.
 */
const BRAND = Symbol.for('borgertid.BookingError');

/**
 * The one error every adapter rejects with. Elements branch on `code` only; `message` is
 * for developers (English, never shown to citizens, never holding a CPR number).
 */
export class BookingError extends Error {
  /**
   * `error instanceof BookingError` holds for another copy's BookingError too (by its brand),
   * so every check in the library, and in an app, works across copies. A subclass keeps the
   * ordinary prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return this === BookingError ? isBookingError(value) : Function.prototype[Symbol.hasInstance].call(this, value);
  }

  readonly code: BookingErrorCode;
  readonly details: BookingErrorDetails;

  constructor(code: BookingErrorCode, message: string, details: BookingErrorDetails = {}) {
    super(message);
    this.name = 'BookingError';
    this.code = code;
    this.details = details;
  }

  get retryAfter(): number | undefined {
    return this.details.retryAfter;
  }

  get fields(): Record<string, string> | undefined {
    return this.details.fields;
  }

  /** Whether trying the same call again may succeed without the citizen changing anything. */
  get retryable(): boolean {
    return ['network', 'timeout', 'unavailable', 'rate-limited'].includes(this.code);
  }
}

Object.defineProperty(BookingError.prototype, BRAND, { value: true });

/** Whether `value` is a BookingError of any copy of borgertid (checked by brand, not by class). */
export function isBookingError(value: unknown): value is BookingError {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

/** Rejects as a backend does: a `BookingError` with the fields at fault (messages never hold personal data). */
export function fail(code: BookingErrorCode, message: string, fields?: Record<string, string>): never {
  throw new BookingError(code, message, fields ? { fields } : {});
}
