/** The domain's refusals, as the adapter contract names them (messages never hold personal data). */
import { BookingError, type BookingErrorCode } from '../../../src/core/errors.js';

export function fail(code: BookingErrorCode, message: string, fields?: Record<string, string>): never {
  throw new BookingError(code, message, fields ? { fields } : {});
}
