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
 * The one error every adapter rejects with. Elements branch on `code` only; `message` is
 * for developers (English, never shown to citizens, never holding a CPR number).
 */
export class BookingError extends Error {
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

export function isBookingError(value: unknown): value is BookingError {
  return value instanceof BookingError;
}

/** Rejects as a backend does: a `BookingError` with the fields at fault (messages never hold personal data). */
export function fail(code: BookingErrorCode, message: string, fields?: Record<string, string>): never {
  throw new BookingError(code, message, fields ? { fields } : {});
}
