/**
 * The logger's options: structured (pino, built into Fastify), and personal data removed at the
 * logger rather than at each call site. Bodies are never logged; secrets in headers are
 * censored should anything log headers; a CPR-shaped number typed into a query string (a
 * citizen pasting it into the reference field) and secret query values (an identity provider's
 * code and state at the sign-in callback) are masked in the logged URL; errors are logged
 * without the extra members drivers attach (PostgreSQL's `detail` repeats the row's values).
 */
import type { FastifyRequest, FastifyServerOptions, LogLevel } from 'fastify';

export interface LogOptions {
  level: LogLevel;
  /** Where log lines go (one JSON object a line); default standard output. Tests capture them here. */
  stream?: { write(line: string): void };
}

const SECRET_HEADERS = ['authorization', 'cookie', 'x-manage-token', 'idempotency-key'];

const REDACTED_PATHS = [
  ...SECRET_HEADERS.map((name) => `req.headers["${name}"]`),
  'res.headers["set-cookie"]',
  'req.body',
  'res.body',
];

/** Ten digits, or six and four around a hyphen or space: what a CPR number looks like typed. */
const CPR_LIKE = /(?<![0-9])[0-9]{6}(?:-|\s|%20|%2D|\+)?[0-9]{4}(?![0-9])/gi;

/** Query parameters that carry a secret: a manage token pasted into a link, an identity provider's code and state. */
const SECRET_QUERY = /([?&](?:token|code|state|id_token|access_token)=)[^&#]*/gi;

function maskCprLike(text: string): string {
  return text.replace(CPR_LIKE, '[cpr?]');
}

/** A request URL as logged: CPR-shaped numbers and secret query values masked. */
export function loggableUrl(url: string): string {
  return maskCprLike(url).replace(SECRET_QUERY, '$1[redacted]');
}

export function loggerOptions(options: LogOptions): FastifyServerOptions['logger'] {
  return {
    level: options.level,
    ...(options.stream ? { stream: options.stream } : {}),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: loggableUrl(request.url),
        remoteAddress: request.ip,
      }),
      err: (error: Error & { code?: unknown; statusCode?: unknown }) => ({
        type: error.name,
        message: maskCprLike(error.message),
        ...(typeof error.code === 'string' ? { code: error.code } : {}),
        ...(typeof error.statusCode === 'number' ? { statusCode: error.statusCode } : {}),
        stack: maskCprLike(error.stack ?? ''),
      }),
    },
  };
}
