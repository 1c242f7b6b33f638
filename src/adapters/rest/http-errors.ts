/** How an HTTP answer that is not a success becomes a `BookingError` (client side). */
import { BookingError, type BookingErrorCode } from '../../core/errors.js';
import { readProblem } from '../../core/decode.js';

/**
 * Seconds from a Retry-After header: delta-seconds or an HTTP date. Undefined when absent
 * or unreadable, never negative.
 */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Statuses a server answers for a path it does not have. */
const MISSING_API_STATUSES = new Set([404, 405]);

function codeForStatus(status: number): BookingErrorCode {
  if (status === 409) return 'slot-taken';
  if (status === 401 || status === 403) return 'auth-required';
  // 413: the body is over the server's limit (`fields: { body: 'too-large' }`).
  if (status === 400 || status === 413 || status === 422) return 'validation';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'unavailable';
  // Any other status is outside the contract.
  return 'invalid-response';
}

/**
 * The status decides the code (the contract fixes one per status); the problem body only
 * adds `fields`. Its `title`/`detail` are not copied: they are the server's words and may
 * one day echo input, and a BookingError message must never carry personal data.
 */
export function errorFromResponse(response: Response, body: unknown, alwaysThere = false): BookingError {
  const { status } = response;
  const problem = readProblem(body);
  // Every error of the contract carries a problem document with a `code`. A 404 or 405
  // without one is not the booking API saying "no such appointment": it is another server
  // (the page's own, a proxy) at a wrong `api` address, which for the citizen is a booking
  // system that cannot be reached. So is any 404 of a resource the contract always has: the
  // reference server answers its problem document for every unknown path, `api` without "/api" too.
  if (MISSING_API_STATUSES.has(status) && (problem.code === undefined || alwaysThere)) {
    const why = problem.code === undefined ? 'without a problem document' : 'for a resource every booking API has';
    return new BookingError('unavailable', `HTTP ${status} ${why}: not the booking API`, { status });
  }
  const code = codeForStatus(status);
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  return new BookingError(code, `HTTP ${status} from the booking API`, {
    status,
    ...(code === 'validation' && problem.fields ? { fields: problem.fields } : {}),
    ...(retryAfter !== undefined && (code === 'rate-limited' || code === 'unavailable') ? { retryAfter } : {}),
  });
}
