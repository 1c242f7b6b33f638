/** The server side of errors: a `BookingError` as an RFC 9457 problem response. */
import { HttpResponse } from 'msw';
import { BookingError, type BookingErrorCode } from '../core/errors.js';
import { PROBLEM_STATUS, problemDocument } from '../core/problem.js';

/** Headers every answer carries, as a real cross-origin deployment would send them. */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
};

/** The code a failure injected by status alone stands for, as the contract pairs them. */
export function codeForStatus(status: number): BookingErrorCode {
  if (status === 409) return 'slot-taken';
  if (status === 401 || status === 403) return 'auth-required';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'unavailable';
  return 'validation';
}

export function problemResponse(
  status: number,
  code: BookingErrorCode,
  extra: { fields?: Record<string, string>; retryAfter?: number | string } = {},
): Response {
  const headers: Record<string, string> = { ...CORS_HEADERS, 'Content-Type': 'application/problem+json' };
  if (extra.retryAfter !== undefined) headers['Retry-After'] = String(extra.retryAfter);
  return HttpResponse.json(problemDocument(status, code, extra), { status, headers });
}

/** Whatever an adapter threw, as the problem a server would answer with. */
export function problemFor(error: unknown): Response {
  if (error instanceof BookingError) {
    return problemResponse(PROBLEM_STATUS[error.code], error.code, {
      fields: error.fields,
      retryAfter: error.code === 'rate-limited' ? error.retryAfter : undefined,
    });
  }
  return problemResponse(500, 'unavailable');
}
