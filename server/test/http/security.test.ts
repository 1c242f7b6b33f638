/**
 * What the HTTP layer does for safety: CORS for exactly the configured origins, the rate limit
 * as a problem with Retry-After (readable cross-origin), logs without personal data or secrets,
 * and the session seam (who is signed in reaches the backend; the sign-in pages' own CSP).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyRequest } from 'fastify';
import type { SessionSupport } from '../../src/http/app.js';
import { ALLOWED_ORIGIN, TEST_CPR, booking, freeSlotId, testBed, type TestBed } from './harness.js';

describe('CORS', () => {
  let bed: TestBed;
  before(async () => (bed = await testBed()));
  after(() => bed.app.close());

  const preflight = (origin: string) =>
    bed.app.inject({
      method: 'OPTIONS',
      url: '/api/appointments',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key,x-manage-token,accept-language',
      },
    });

  it('answers a preflight from an allowed origin with that exact origin, credentials and the contract headers', async () => {
    const response = await preflight(ALLOWED_ORIGIN);
    assert.equal(response.statusCode, 204);
    assert.equal(response.headers['access-control-allow-origin'], ALLOWED_ORIGIN);
    assert.equal(response.headers['access-control-allow-credentials'], 'true');
    const allowed = String(response.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/);
    for (const header of ['accept-language', 'content-type', 'idempotency-key', 'x-manage-token'])
      assert.ok(allowed.includes(header), header);
    assert.match(String(response.headers.vary), /Origin/);
  });

  it('gives another origin no Access-Control-Allow-Origin, so its browser refuses', async () => {
    for (const origin of ['https://evil.example', 'https://www.kommune.example.evil.example', 'null']) {
      const response = await preflight(origin);
      assert.equal(response.headers['access-control-allow-origin'], undefined, origin);
      const get = await bed.app.inject({ url: '/api/locations', headers: { origin } });
      assert.equal(get.headers['access-control-allow-origin'], undefined, origin);
    }
  });

  it('exposes Retry-After on answers to an allowed origin', async () => {
    const response = await bed.call({ url: '/api/locations', headers: { origin: ALLOWED_ORIGIN } });
    assert.equal(response.headers['access-control-allow-origin'], ALLOWED_ORIGIN);
    assert.match(String(response.headers['access-control-expose-headers']), /Retry-After/i);
  });
});

describe('rate limit', () => {
  let bed: TestBed;
  before(async () => (bed = await testBed({ rateLimit: 2 })));
  after(() => bed.app.close());

  it('answers 429 rate-limited with Retry-After (header and body agree), readable cross-origin; probes are not limited', async () => {
    const headers = { origin: ALLOWED_ORIGIN };
    assert.equal((await bed.call({ url: '/api/locations', headers })).statusCode, 200);
    assert.equal((await bed.call({ url: '/api/locations', headers })).statusCode, 200);
    const limited = await bed.call({ url: '/api/locations', headers });
    assert.equal(limited.statusCode, 429);
    const body = limited.json() as { code: string; retryAfter: number };
    assert.equal(body.code, 'rate-limited');
    assert.ok(body.retryAfter > 0 && body.retryAfter <= 60, String(body.retryAfter));
    assert.equal(limited.headers['retry-after'], String(body.retryAfter));
    assert.equal(limited.headers['access-control-allow-origin'], ALLOWED_ORIGIN);
    assert.match(String(limited.headers['access-control-expose-headers']), /Retry-After/i);
    // Unknown addresses count too, and probes stay answerable.
    assert.equal((await bed.app.inject({ url: '/api/nowhere' })).statusCode, 429);
    assert.equal((await bed.app.inject({ url: '/healthz' })).statusCode, 200);
  });
});

describe('logs', () => {
  let bed: TestBed;
  before(async () => (bed = await testBed()));
  after(() => bed.app.close());

  it('hold neither the CPR number, the contact details, the manage token nor the cookie, at the most verbose level', async () => {
    const slotId = await freeSlotId(bed);
    const booked = await bed.call({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': 'log-key-0001', cookie: 'bt_session=secret-session-id' },
      payload: booking(slotId),
    });
    assert.equal(booked.statusCode, 201, booked.body);
    const { reference, token } = booked.json() as { reference: string; token: string };
    const found = await bed.call({ url: `/api/appointments?reference=${reference}`, headers: { 'x-manage-token': token } });
    assert.equal(found.json().length, 1);
    // A citizen pasting their CPR number into the reference field.
    await bed.call({
      url: `/api/appointments?reference=${TEST_CPR.slice(0, 6)}-${TEST_CPR.slice(6)}`,
      headers: { 'x-manage-token': token },
    });
    await bed.call({ url: `/api/appointments?reference=${TEST_CPR}`, headers: { 'x-manage-token': token } });
    // An identity provider's answer at the sign-in callback, and a token pasted into a link.
    await bed.app.inject({ url: '/api/session/callback?code=provider-code-123&state=state-456' });
    await bed.app.inject({ url: `/api/appointments?reference=${reference}&token=${token}` });

    const log = bed.log();
    assert.match(log, /incoming request/, 'the log was captured');
    assert.match(log, new RegExp(`reference=${reference}`), 'request lines are there');
    for (const secret of [
      TEST_CPR,
      `${TEST_CPR.slice(0, 6)}-${TEST_CPR.slice(6)}`,
      token,
      'karen@example.dk',
      'Testesen',
      'secret-session-id',
    ]) {
      assert.ok(!log.includes(secret), `the log holds ${secret}`);
    }
  });

  it('mask a CPR number in an error message before logging it', async () => {
    const original = bed.backend.book;
    bed.backend.book = async () => {
      throw new Error(`duplicate key value violates unique constraint, Key (cpr)=(${TEST_CPR})`);
    };
    try {
      const slotId = await freeSlotId(bed);
      const response = await bed.call({
        method: 'POST',
        url: '/api/appointments',
        headers: { 'idempotency-key': 'log-key-0002' },
        payload: booking(slotId),
      });
      assert.equal(response.statusCode, 500);
      assert.doesNotMatch(response.body, /cpr|duplicate/i);
      assert.match(bed.log(), /duplicate key value/);
      assert.ok(!bed.log().includes(TEST_CPR));
    } finally {
      bed.backend.book = original;
    }
  });
});

describe('session seam', () => {
  const PERSON = 'person-7f3a';
  const PAGE_CSP = `default-src 'none'; script-src 'self'; style-src 'self'; form-action 'self' ${ALLOWED_ORIGIN}`;
  const signedIn = (request: FastifyRequest) => (request.cookies.bt_session === 'valid' ? PERSON : undefined);
  const session: SessionSupport = {
    operations: {
      getSession: async (request, reply) => {
        const id = signedIn(request);
        return id ? { id, name: 'Test Borger' } : reply.code(204).send();
      },
      login: async (_request, reply) => reply.redirect('/api/session/demo', 303),
      logout: async (_request, reply) => reply.code(204).send(),
    },
    routes: async (app) => {
      app.get('/session/demo', async (_request, reply) =>
        reply
          .type('text/html')
          .header('content-security-policy', PAGE_CSP)
          .header('cross-origin-opener-policy', 'unsafe-none')
          .send('<!doctype html><title>Log ind</title><form method="post"></form>'),
      );
    },
    personOf: async (request) => signedIn(request),
  };
  let bed: TestBed;
  before(async () => (bed = await testBed({ session })));
  after(() => bed.app.close());

  it('routes the contract session operations to the session handlers, validated by the contract', async () => {
    const cookie = { cookie: 'bt_session=valid' };
    const me = await bed.call({ url: '/api/session', headers: cookie });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().id, PERSON);
    assert.equal((await bed.call({ url: '/api/session' })).statusCode, 204);
    assert.equal((await bed.call({ url: '/api/session/login?returnTo=not%20a%20url' })).statusCode, 400);
    assert.equal((await bed.call({ method: 'POST', url: '/api/session/logout' })).statusCode, 400, 'Idempotency-Key is required');
    assert.equal(
      (await bed.call({ method: 'POST', url: '/api/session/logout', headers: { 'idempotency-key': 'logout-key-1' } })).statusCode,
      204,
    );
  });

  it('passes the signed-in person to the backend: a login-only errand books, and "Mine aftaler" lists it', async () => {
    const cookie = { cookie: 'bt_session=valid' };
    const slotId = await freeSlotId(bed, 'navneaendring');
    const anonymous = await bed.call({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': 'session-key-1' },
      payload: booking(slotId, {}, 'navneaendring'),
    });
    assert.equal(anonymous.statusCode, 401);
    const booked = await bed.call({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': 'session-key-2', ...cookie },
      payload: booking(slotId, {}, 'navneaendring'),
    });
    assert.equal(booked.statusCode, 201, booked.body);
    const mine = await bed.call({ url: '/api/appointments', headers: cookie });
    assert.deepEqual(
      (mine.json() as { reference: string }[]).map((appointment) => appointment.reference),
      [booked.json().reference],
    );
  });

  it("leaves the sign-in pages' own CSP and opener policy as they set them (helmet's API policy would break their form and popup)", async () => {
    const page = await bed.app.inject({ url: '/api/session/demo' });
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['content-security-policy'], PAGE_CSP);
    assert.equal(page.headers['cross-origin-opener-policy'], 'unsafe-none');
    const api = await bed.app.inject({ url: '/api/session' });
    assert.equal(api.headers['cross-origin-opener-policy'], undefined);
  });
});
