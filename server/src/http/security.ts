/**
 * Cross-origin access, security headers and rate limiting. The widget runs on the
 * municipality's own pages, so the API answers CORS for exactly the configured origins, with
 * credentials (the session cookie), the request headers the contract uses, and Retry-After
 * exposed (api/openapi.yaml's description).
 */
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problem.js';

export interface SecurityOptions {
  /** Exact origins (scheme://host[:port]) whose pages may call the API; none = same origin only. */
  corsOrigins: readonly string[];
  /** Requests per minute per client address. */
  rateLimit: number;
}

const ALLOWED_HEADERS = ['Accept-Language', 'Content-Type', 'Idempotency-Key', 'X-Manage-Token'];

/**
 * The API answers JSON only: nothing it sends may run, load or be framed. The session's HTML
 * pages (server/src/session/pages.ts) set a policy of their own over this one.
 */
const API_CSP = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

export async function registerSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  // CORS first: its headers must also be on a 429, or the browser hides the refusal.
  await app.register(cors, {
    origin: options.corsOrigins.length ? [...options.corsOrigins] : false,
    credentials: true,
    methods: ['GET', 'POST', 'DELETE'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: API_CSP },
    // The widget reads answers cross-origin through CORS; CORP only concerns no-cors loads.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    // The sign-in popup (GET /session/login and the pages after it) must keep its opener, the
    // widget (api/openapi.yaml); the JSON answers, which are no documents, gain nothing from COOP.
    crossOriginOpenerPolicy: false,
  });
  await app.register(rateLimit, {
    max: options.rateLimit,
    timeWindow: 60_000,
    // Thrown into the error handler, which answers the problem (with Retry-After, set by the plugin).
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(429, 'rate-limited', { retryAfter: Math.ceil(context.ttl / 1000) }),
  });
}
