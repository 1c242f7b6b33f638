/**
 * A `BookingError` as an RFC 9457 problem document (api/openapi.yaml, `Problem`): the status
 * the contract pairs with each code and a fixed developer title. Shared by the reference server
 * and the msw mocks, so both answer a failure alike. Titles never echo the request.
 */
import type { BookingErrorCode } from './errors.js';

export const PROBLEM_STATUS: Record<BookingErrorCode, number> = {
  'slot-taken': 409,
  'auth-required': 401,
  validation: 422,
  'not-found': 404,
  'rate-limited': 429,
  network: 502,
  timeout: 504,
  unavailable: 503,
  'invalid-response': 502,
};

export const PROBLEM_TITLE: Record<BookingErrorCode, string> = {
  'slot-taken': 'The slot is no longer free',
  'auth-required': 'Sign-in required',
  validation: 'The request breaks a rule',
  'not-found': 'Not found',
  'rate-limited': 'Too many requests',
  network: 'Bad gateway',
  timeout: 'Gateway timeout',
  unavailable: 'The booking system is unavailable',
  'invalid-response': 'Bad gateway',
};

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  code: BookingErrorCode;
  fields?: Record<string, string>;
  retryAfter?: number;
}

export function problemDocument(
  status: number,
  code: BookingErrorCode,
  extra: { fields?: Record<string, string>; retryAfter?: number | string } = {},
): ProblemDocument {
  return {
    type: `https://borgertid.dk/problems/${code}`,
    title: PROBLEM_TITLE[code],
    status,
    code,
    ...(extra.fields ? { fields: extra.fields } : {}),
    ...(typeof extra.retryAfter === 'number' ? { retryAfter: extra.retryAfter } : {}),
  };
}
