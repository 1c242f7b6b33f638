/**
 * Every error leaves the server as an RFC 9457 problem (`application/problem+json`) whose
 * `code` is the `BookingErrorCode` the client exposes (api/openapi.yaml, `Problem`), built by
 * src/core/problem.ts as the msw mocks build theirs. No problem ever echoes the request: no
 * `detail` from an exception message, which might hold what the citizen typed.
 */
import type { FastifyReply } from 'fastify';
import type { BookingError, BookingErrorCode } from '../../../src/core/errors.js';
import { PROBLEM_STATUS, PROBLEM_TITLE, problemDocument, type ProblemDocument } from '../../../src/core/problem.js';

const PROBLEM_MEDIA_TYPE = 'application/problem+json; charset=utf-8';

type Extra = { fields?: Record<string, string>; retryAfter?: number };

/** An error the HTTP layer itself raises, already carrying the status the contract wants. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: BookingErrorCode,
    readonly extra: Extra = {},
  ) {
    super(PROBLEM_TITLE[code]);
    this.name = 'HttpProblem';
  }
}

/** The problem a domain failure stands for, with the status the contract pairs with its code. */
export function problemForBookingError(error: BookingError): ProblemDocument {
  return problemDocument(PROBLEM_STATUS[error.code], error.code, {
    ...(error.fields ? { fields: error.fields } : {}),
    ...(error.code === 'rate-limited' && error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
  });
}

export function sendProblem(reply: FastifyReply, body: ProblemDocument): FastifyReply {
  if (body.retryAfter !== undefined) reply.header('Retry-After', String(body.retryAfter));
  return reply.code(body.status).type(PROBLEM_MEDIA_TYPE).send(body);
}
