import type { TFunction } from 'i18next';
import { BookingError } from '../core/errors.js';

/**
 * The citizen-facing, translated message for any failure an adapter call can end in. Unknown
 * errors (a third-party adapter breaking the contract) get a generic message, never raw text.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof BookingError)) return t('common:errors.unknown');
  if (error.code === 'rate-limited' && error.retryAfter) {
    return t('common:errors.rate-limited-seconds', { count: Math.ceil(error.retryAfter) });
  }
  return t(`common:errors.${error.code}`);
}
