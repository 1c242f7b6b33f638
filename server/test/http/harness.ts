/**
 * An HTTP-only test bed: the Fastify app over the MemoryAdapter double, its log lines captured,
 * and every answer checked against api/openapi.yaml with the test owner's validator
 * (server/test/support/openapi.ts).
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createApp, type AppOptions } from '../../src/http/app.js';
import { openApiContract } from '../support/openapi.js';
import { memoryBackend, type MemoryBackend } from './memory-backend.js';

/** A Monday morning in Copenhagen, before opening. */
export const NOW = new Date('2026-11-23T07:00:00Z');
export const ALLOWED_ORIGIN = 'https://www.kommune.example';
export const TEST_CPR = '0101901234';

export interface TestBed {
  app: FastifyInstance;
  backend: MemoryBackend;
  /** Everything logged so far, one JSON object a line. */
  log(): string;
  /** Injects a request and checks the answer against the contract (throwing on violations). */
  call(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse>;
}

export async function testBed(options: Partial<Omit<AppOptions, 'backend'>> = {}): Promise<TestBed> {
  const backend = memoryBackend({ now: () => NOW });
  const lines: string[] = [];
  const app = await createApp({
    backend,
    corsOrigins: [ALLOWED_ORIGIN],
    rateLimit: 1000,
    log: { level: 'trace', stream: { write: (line) => void lines.push(line) } },
    ...options,
  });
  await app.ready();
  return {
    app,
    backend,
    log: () => lines.join(''),
    async call(request) {
      const response = await app.inject(request);
      const violations = contractViolations(request.method ?? 'GET', request.url, response);
      if (violations.length) throw new Error(`Contract violations:\n${violations.join('\n')}\n${response.body}`);
      return response;
    },
  };
}

export function contractViolations(method: string, url: string, response: LightMyRequestResponse): string[] {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
  }
  return openApiContract().checkResponse(
    { method, url: `http://server.test${url}` },
    { status: response.statusCode, headers, text: response.body },
  );
}

/** Errors of a problem body against the contract's Problem schema (for statuses outside the contract, e.g. 413). */
export function problemViolations(body: unknown): string[] {
  return openApiContract().validate({ $ref: '#/components/schemas/Problem' }, body, 'problem');
}

/** The first free slot of an errand at an office on the test day after NOW. */
export async function freeSlotId(bed: TestBed, serviceId = 'pas-fornyelse', locationId = 'centrum'): Promise<string> {
  const response = await bed.call({
    url: `/api/availability?serviceId=${serviceId}&locationId=${locationId}&from=2026-11-24&to=2026-11-24`,
  });
  const slot = (response.json() as { slots: { id: string }[] }).slots[0];
  if (!slot) throw new Error('no free slot on the test day');
  return slot.id;
}

export function booking(slotId: string, extra: Record<string, unknown> = {}, serviceId = 'pas-fornyelse') {
  return {
    slotId,
    serviceId,
    locationId: 'centrum',
    citizen: { name: 'Karen Testesen', email: 'karen@example.dk', cpr: TEST_CPR },
    ...extra,
  };
}
