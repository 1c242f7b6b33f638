/**
 * Every error leaves the server as an RFC 9457 problem (`application/problem+json`) whose
 * `code` is the `BookingErrorCode` the client exposes (api/openapi.yaml, `Problem`). Titles
 * are fixed developer texts and no problem ever echoes the request: no `detail` from an
 * exception message, which might hold what the citizen typed.
 */
import type { FastifyReply } from 'fastify';
import { BookingError, type BookingErrorCode } from '../../../src/core/errors.js';

// The two tables below are src/mocks/problem.ts's, which cannot be imported here (it pulls msw).
// They move to src/core/problem.ts (request /work/briefs/requests/http-1.md); then this imports them.
const STATUS: Record<BookingErrorCode, number> = {
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

const TITLE: Record<BookingErrorCode, string> = {
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

export const PROBLEM_MEDIA_TYPE = 'application/problem+json; charset=utf-8';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: BookingErrorCode;
  fields?: Record<string, string>;
  retryAfter?: number;
}

/** An error the HTTP layer itself raises, already carrying the status the contract wants. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: BookingErrorCode,
    readonly extra: { fields?: Record<string, string>; retryAfter?: number } = {},
  ) {
    super(TITLE[code]);
    this.name = 'HttpProblem';
  }
}

export function problem(status: number, code: BookingErrorCode, extra: HttpProblem['extra'] = {}): Problem {
  return {
    type: `https://borgertid.dk/problems/${code}`,
    title: TITLE[code],
    status,
    code,
    ...(extra.fields ? { fields: extra.fields } : {}),
    ...(extra.retryAfter !== undefined ? { retryAfter: extra.retryAfter } : {}),
  };
}

/** The problem a domain failure stands for, with the status the contract pairs with its code. */
export function problemForBookingError(error: BookingError): Problem {
  return problem(STATUS[error.code], error.code, {
    ...(error.fields ? { fields: error.fields } : {}),
    ...(error.code === 'rate-limited' && error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
  });
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  if (body.retryAfter !== undefined) reply.header('Retry-After', String(body.retryAfter));
  return reply.code(body.status).type(PROBLEM_MEDIA_TYPE).send(body);
}
