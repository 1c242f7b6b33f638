/**
 * Probes outside /api for the platform running the server: `/healthz` says the process
 * answers; `/readyz` says it can serve (the database answers and its migrations are applied),
 * so a load balancer sends no traffic to an instance that would only fail.
 */
import type { FastifyInstance } from 'fastify';
import type { Backend } from '../backend.js';
import { problemDocument } from '../../../src/core/problem.js';
import { sendProblem } from './problem.js';

/** Seconds a balancer might wait before asking an unready instance again. */
const NOT_READY_RETRY_SECONDS = 5;

export async function registerHealth(app: FastifyInstance, backend: Pick<Backend, 'ready'>): Promise<void> {
  const probe = { config: { rateLimit: false } };
  app.get('/healthz', probe, async () => ({ status: 'ok' }));
  app.get('/readyz', probe, async (request, reply) => {
    let ready = false;
    try {
      ready = await backend.ready();
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed');
    }
    if (ready) return { status: 'ready' };
    return sendProblem(reply, problemDocument(503, 'unavailable', { retryAfter: NOT_READY_RETRY_SECONDS }));
  });
}
