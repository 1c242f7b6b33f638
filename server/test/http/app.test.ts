/**
 * The HTTP layer over the MemoryAdapter double: every status the contract names, request
 * validation from api/openapi.yaml (headers in any case, unknown members refused, not
 * stripped), error mapping to problem+json, and every answer validated against the contract.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BookingError } from '../../../src/core/errors.js';
import type { LightMyRequestResponse } from 'fastify';
import { booking, contractViolations, freeSlotId, problemViolations, testBed, type TestBed } from './harness.js';

const KEY = 'test-key-0001';

describe('HTTP layer: answers and statuses', () => {
  let bed: TestBed;
  before(async () => (bed = await testBed()));
  after(() => bed.app.close());

  it('200: offices, and errands in the language of Accept-Language', async () => {
    const locations = await bed.call({ url: '/api/locations' });
    assert.equal(locations.statusCode, 200);
    assert.ok((locations.json() as unknown[]).length > 0);
    const english = await bed.call({ url: '/api/services?locationId=centrum', headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    const danish = await bed.call({ url: '/api/services?locationId=centrum' });
    const name = (response: typeof english) =>
      (response.json() as { id: string; name: string }[]).find((s) => s.id === 'pas-voksen')?.name;
    assert.equal(name(english), 'Passport – new passport (adult)');
    assert.equal(name(danish), 'Pas – nyt pas (voksen)');
  });

  it('201 for a booking, whatever the case of the Idempotency-Key header; a repeat answers the same appointment', async () => {
    const slotId = await freeSlotId(bed);
    const first = await bed.call({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'IDEMPOTENCY-key': KEY },
      payload: booking(slotId),
    });
    assert.equal(first.statusCode, 201, first.body);
    const again = await bed.call({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'Idempotency-Key': KEY },
      payload: booking(slotId),
    });
    assert.equal(again.statusCode, 201);
    assert.equal(again.json().reference, first.json().reference);
    assert.doesNotMatch(first.body, /0101901234/);
  });

  it('201 for a hold and 204 for giving it back', async () => {
    const slotId = await freeSlotId(bed, 'flytning');
    const hold = await bed.call({
      method: 'POST',
      url: '/api/holds',
      headers: { 'idempotency-key': 'hold-key-0001' },
      payload: { slotId, serviceId: 'flytning', locationId: 'centrum' },
    });
    assert.equal(hold.statusCode, 201, hold.body);
    const released = await bed.call({ method: 'DELETE', url: `/api/holds/${hold.json().id}` });
    assert.equal(released.statusCode, 204);
    assert.equal(released.body, '');
  });

  it('409 slot-taken when the slot has filled', async () => {
    const slotId = await freeSlotId(bed, 'koerekort-fornyelse');
    bed.backend.adapter.takeSlot(slotId);
    const response = await bed.call({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': 'taken-key-01' },
      payload: booking(slotId, {}, 'koerekort-fornyelse'),
    });
    assert.equal(response.statusCode, 409);
    assert.equal(response.json().code, 'slot-taken');
  });

  it('400 validation for a missing Idempotency-Key, naming the header as the contract spells it', async () => {
    const slotId = await freeSlotId(bed);
    const response = await bed.call({ method: 'POST', url: '/api/appointments', payload: booking(slotId) });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(response.json().fields, { 'Idempotency-Key': 'required' });
  });

  it('400 validation for a missing or malformed query parameter', async () => {
    const missing = await bed.call({ url: '/api/availability?serviceId=flytning&locationId=centrum&from=2026-11-24' });
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(missing.json().fields, { to: 'required' });
    const malformed = await bed.call({
      url: '/api/availability?serviceId=flytning&locationId=centrum&from=2026-02-30&to=2026-11-24',
    });
    assert.equal(malformed.statusCode, 400);
    assert.equal(malformed.json().fields.from, 'invalid');
  });

  it('400 before 422: a missing Idempotency-Key is said even when the body breaks the rules too', async () => {
    const response = await bed.call({
      method: 'POST',
      url: '/api/appointments/BT-AAAAAA/reschedule',
      headers: { 'x-manage-token': 'x'.repeat(20) },
      payload: { slotId: 'x', admin: true },
    });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(response.json().fields, { 'Idempotency-Key': 'required' });
  });

  it('400 for control characters in a parameter; 422 for a NUL or a lone surrogate in the body, which PostgreSQL cannot store', async () => {
    const reference = await bed.call({ url: '/api/appointments?reference=BT-%00ABC', headers: { 'x-manage-token': 'token' } });
    assert.equal(reference.statusCode, 400);
    assert.deepEqual(reference.json().fields, { reference: 'invalid' });
    const slotId = await freeSlotId(bed, 'sundhedskort');
    const name = await bed.call({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': 'nul-key-0001' },
      payload: booking(slotId, { citizen: { name: 'Karen\u0000Testesen' } }, 'sundhedskort'),
    });
    assert.equal(name.statusCode, 422);
    assert.deepEqual(name.json().fields, { 'citizen.name': 'invalid' });
    const surrogate = await bed.call({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': 'nul-key-0002', 'content-type': 'application/json' },
      payload: JSON.stringify(booking(slotId, { needs: { other: 'a\ud800b' } }, 'sundhedskort')),
    });
    assert.equal(surrogate.statusCode, 422);
    assert.deepEqual(surrogate.json().fields, { 'needs.other': 'invalid' });
  });

  it('400 for a body that is not JSON or not there', async () => {
    const text = await bed.call({
      method: 'POST',
      url: '/api/holds',
      headers: { 'idempotency-key': KEY, 'content-type': 'text/plain' },
      payload: 'slotId=1',
    });
    assert.equal(text.statusCode, 400);
    const broken = await bed.call({
      method: 'POST',
      url: '/api/holds',
      headers: { 'idempotency-key': KEY, 'content-type': 'application/json' },
      payload: '{"slotId": ',
    });
    assert.equal(broken.statusCode, 400);
    const none = await bed.call({ method: 'POST', url: '/api/holds', headers: { 'idempotency-key': KEY } });
    assert.equal(none.statusCode, 400);
    assert.deepEqual(none.json().fields, { body: 'required' });
  });

  it('422 for unknown members, which are refused rather than stripped (nothing is booked)', async () => {
    const slotId = await freeSlotId(bed, 'sundhedskort');
    const before = bed.backend.adapter.snapshot().bookings.length;
    const response = await bed.call({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': 'unknown-key-1' },
      payload: booking(slotId, { nickname: 'K', citizen: { name: 'Karen', shoeSize: 38 } }, 'sundhedskort'),
    });
    assert.equal(response.statusCode, 422);
    assert.deepEqual(response.json().fields, { nickname: 'unknown', 'citizen.shoeSize': 'unknown' });
    // Also when the media type is written in capitals: the schema is still found and applied.
    const shouted = await bed.call({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': 'unknown-key-2', 'content-type': 'Application/JSON; Charset=UTF-8' },
      payload: JSON.stringify(booking(slotId, { nickname: 'K' }, 'sundhedskort')),
    });
    assert.equal(shouted.statusCode, 422);
    assert.equal(bed.backend.adapter.snapshot().bookings.length, before);
  });

  it('422 with fields for members of the wrong type, and for the rules the backend checks', async () => {
    const slotId = await freeSlotId(bed, 'sundhedskort');
    const wrongType = await bed.call({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': 'type-key-01' },
      payload: booking(slotId, { citizen: { name: 42, smsReminder: 'yes' } }, 'sundhedskort'),
    });
    assert.equal(wrongType.statusCode, 422);
    assert.deepEqual(wrongType.json().fields, { 'citizen.name': 'invalid', 'citizen.smsReminder': 'invalid' });
    const byBackend = await bed.call({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': 'rule-key-01' },
      payload: booking(slotId, { citizen: { name: 'Karen', email: 'not an address' } }, 'sundhedskort'),
    });
    assert.equal(byBackend.statusCode, 422);
    assert.equal(byBackend.json().fields['citizen.email'], 'invalid');
  });

  it('401 auth-required for "Mine aftaler" without a session', async () => {
    const response = await bed.call({ url: '/api/appointments' });
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().code, 'auth-required');
  });

  it('404 not-found for an unknown office, an unknown address, and sign-in without an identity provider', async () => {
    const office = await bed.call({ url: '/api/services?locationId=atlantis' });
    assert.equal(office.statusCode, 404);
    assert.equal(office.json().code, 'not-found');
    // Asked on every page load: a 200 that says so, never an error in the browser's console.
    const session = await bed.call({ url: '/api/session' });
    assert.equal(session.statusCode, 200);
    assert.deepEqual(session.json(), { signIn: false });
    assert.equal(session.headers['cache-control'], 'no-store');
    assert.equal((await bed.call({ url: '/api/session/login' })).statusCode, 404);
    const nowhere = await bed.app.inject({ url: '/api/nowhere' });
    assert.equal(nowhere.statusCode, 404);
    assert.match(String(nowhere.headers['content-type']), /^application\/problem\+json/);
    assert.deepEqual(problemViolations(nowhere.json()), []);
  });

  it('413 problem for a body over the limit', async () => {
    const response = await bed.call({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': KEY, 'content-type': 'application/json' },
      payload: JSON.stringify({ citizen: { name: 'x'.repeat(17 * 1024) } }),
    });
    assert.equal(response.statusCode, 413);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    assert.deepEqual(problemViolations(response.json()), []);
  });

  it('400 for a request body sent as application/problem+json or another type the contract does not take', async () => {
    for (const type of ['application/problem+json', 'text/csv']) {
      const response = await bed.call({
        method: 'POST',
        url: '/api/appointments',
        headers: { 'idempotency-key': KEY, 'content-type': type },
        payload: '{}',
      });
      assert.equal(response.statusCode, 400, type);
      assert.deepEqual(response.json().fields, { 'Content-Type': 'invalid' }, type);
    }
  });

  it('503 unavailable when the backend says so; 500 unavailable without internals for anything unexpected', async () => {
    bed.backend.adapter.failNext('unavailable', 'getLocations');
    const down = await bed.call({ url: '/api/locations' });
    assert.equal(down.statusCode, 503);
    assert.equal(down.json().code, 'unavailable');

    const original = bed.backend.locations;
    bed.backend.locations = async () => {
      throw new Error('relation "secret_table" does not exist at SELECT * FROM secret_table');
    };
    try {
      const broken = await bed.call({ url: '/api/locations' });
      assert.equal(broken.statusCode, 500);
      assert.equal(broken.json().code, 'unavailable');
      assert.doesNotMatch(broken.body, /secret_table|SELECT/);
      assert.match(bed.log(), /secret_table/, 'the cause is logged for the operator');
    } finally {
      bed.backend.locations = original;
    }
  });

  it('a BookingError keeps its fields in the problem', async () => {
    bed.backend.adapter.failNext(new BookingError('validation', 'x', { fields: { to: 'range-too-long' } }), 'getAvailability');
    const response = await bed.call({
      url: '/api/availability?serviceId=flytning&locationId=centrum&from=2026-11-24&to=2026-11-24',
    });
    assert.equal(response.statusCode, 422);
    assert.deepEqual(response.json().fields, { to: 'range-too-long' });
  });

  it('answers are never cached and carry a CSP that lets nothing run', async () => {
    const response = await bed.call({ url: '/api/locations' });
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.match(String(response.headers['content-security-policy']), /default-src 'none'/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
  });
});

describe('HTTP layer: hostile parameters never cause a 5xx', () => {
  let bed: TestBed;
  before(async () => (bed = await testBed()));
  after(() => bed.app.close());

  const hostile = [
    "' OR '1'='1",
    "x'; DROP TABLE appointments; --",
    '"; SELECT pg_sleep(10); --',
    '\u0000',
    'BT-\u0000ABC',
    '\u001b[31mred\u001b[0m',
    '\r\nSet-Cookie: a=b',
    '../../etc/passwd',
    '..',
    '%00%27',
    '\u202egnp.exe',
    'x'.repeat(300),
    '😀'.repeat(40),
  ];
  const q = encodeURIComponent;
  /**
   * Never a 5xx, and whatever it is, an answer the contract documents. (A URL parser reads a
   * ".." path segment as a step up, so such a path names no operation to check against.)
   */
  const refused = (method: string, url: string, response: LightMyRequestResponse) => {
    assert.ok(response.statusCode < 500, `${method} ${url} → ${response.statusCode}`);
    if (new URL(url, 'http://server.test').pathname === url.split('?')[0]) {
      assert.deepEqual(contractViolations(method, url, response), [], `${method} ${url}`);
    }
  };

  it('in every query and path parameter and the manage-token header', async () => {
    for (const value of hostile) {
      const urls = [
        `/api/services?locationId=${q(value)}`,
        `/api/availability?serviceId=${q(value)}&locationId=centrum&from=2026-11-24&to=2026-11-24`,
        `/api/availability?serviceId=flytning&locationId=${q(value)}&from=2026-11-24&to=2026-11-24`,
        `/api/availability?serviceId=flytning&locationId=centrum&from=${q(value)}&to=2026-11-24`,
        `/api/appointments?reference=${q(value)}`,
      ];
      for (const url of urls) {
        refused('GET', url, await bed.app.inject({ url }));
      }
      const posts = [
        { url: `/api/appointments/${q(value)}/cancel`, payload: undefined },
        { url: `/api/appointments/${q(value)}/reschedule`, payload: { slotId: 'x' } },
        { url: '/api/holds', payload: { slotId: value, serviceId: value, locationId: value } },
        { url: '/api/appointments', payload: booking(value, { citizen: { name: value, email: value, phone: value } }) },
      ];
      for (const { url, payload } of posts) {
        const response = await bed.app.inject({
          method: 'POST',
          url,
          headers: { 'idempotency-key': 'hostile-key-1', 'x-manage-token': 'token' },
          ...(payload ? { payload } : {}),
        });
        refused('POST', url, response);
      }
      const release = `/api/holds/${q(value)}`;
      refused('DELETE', release, await bed.app.inject({ method: 'DELETE', url: release }));
    }
  });
});

describe('HTTP layer: probes', () => {
  let bed: TestBed;
  before(async () => (bed = await testBed()));
  after(() => bed.app.close());

  it('/healthz answers while the process runs; /readyz follows the backend', async () => {
    assert.equal((await bed.app.inject({ url: '/healthz' })).statusCode, 200);
    assert.equal((await bed.app.inject({ url: '/readyz' })).statusCode, 200);
    bed.backend.readyState = false;
    const notReady = await bed.app.inject({ url: '/readyz' });
    assert.equal(notReady.statusCode, 503);
    assert.equal(notReady.json().code, 'unavailable');
    assert.ok(notReady.headers['retry-after']);
    assert.deepEqual(problemViolations(notReady.json()), []);
    bed.backend.readyState = new Error('connection refused');
    assert.equal((await bed.app.inject({ url: '/readyz' })).statusCode, 503);
    bed.backend.readyState = true;
    assert.equal((await bed.app.inject({ url: '/readyz' })).statusCode, 200);
  });
});
