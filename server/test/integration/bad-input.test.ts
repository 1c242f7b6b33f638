/**
 * What a careless or hostile client sends: unknown members (422), no Idempotency-Key (400), a
 * body over the size limit (413), SQL and control characters in every parameter (a 4xx or an
 * ordinary answer, never a 5xx), and a CPR number that must never come back, neither in a
 * response nor in the server's log (its captured stdout and stderr, at LOG_LEVEL=debug).
 * On PostgreSQL when it is installed, else on PGlite.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { bookingFor, TEST_CPR } from '../support/booking.js';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { firstSlot, TEST_MUNICIPALITY } from '../support/municipality.js';
import { openApiContract } from '../support/openapi.js';
import { startServer, type ServerProcess } from '../support/server-process.js';

/** Strings that have broken servers: SQL, NUL and other control characters, odd Unicode, paths, length. */
const HOSTILE = [
  "' OR '1'='1",
  "'; DROP TABLE appointments; --",
  'x") OR 1=1; SELECT pg_sleep(5); --',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u001b[31m\u007f\u0085',
  '\r\nX-Injected: 1',
  '\u202e\u200b\ufeff',
  '\ud800',
  '%00%27%22',
  '../../../etc/passwd',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  'x'.repeat(3000),
];

/** Header values must be printable ASCII, or fetch itself refuses to send them. */
const headerSafe = (value: string) => /^[\x20-\x7e]*$/.test(value) && value.length < 1000;

const LONE_SURROGATE = '%ED%A0%80';

/** Percent-encoding; a lone surrogate (which encodeURIComponent refuses) goes as the invalid UTF-8 bytes a raw client could send. */
function urlEncode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return LONE_SURROGATE;
  }
}

/** The other CPR numbers a request below carries (valid dates and check digits, made up). */
const ON_BEHALF_CPR = '0101141234';
const CPR_SHAPES = (cpr: string) => [cpr, `${cpr.slice(0, 6)}-${cpr.slice(6)}`];

interface Exchange {
  what: string;
  status: number;
  text: string;
  contract: string[];
}

describe('bad input', async () => {
  const database: TestDatabase | null = await testDatabase();
  let server: ServerProcess;
  const exchanges: Exchange[] = [];

  before(async () => {
    server = await startServer({
      config: TEST_MUNICIPALITY,
      ...(database ? { databaseUrl: database.url } : {}),
      env: { LOG_LEVEL: 'debug' },
    });
  });
  after(async () => {
    await server.stop();
    await database?.drop();
  });

  /** Sends one request; keeps its answer for the CPR check and its conformance to the contract. */
  async function send(what: string, path: string, init: RequestInit & { body?: string } = {}): Promise<Exchange> {
    const url = `${server.api}${path}`;
    const response = await fetch(url, { ...init, redirect: 'manual' });
    const text = await response.text();
    const contract = openApiContract().checkResponse(
      // The checker decodes path parameters; the answer's shape does not depend on an undecodable one.
      { method: init.method ?? 'GET', url: url.replaceAll(LONE_SURROGATE, 'x') },
      { status: response.status, headers: response.headers, text },
    );
    const exchange = { what, status: response.status, text, contract };
    exchanges.push(exchange);
    return exchange;
  }

  const post = (what: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    send(what, path, {
      method: 'POST',
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        'Idempotency-Key': randomUUID(),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  const booking = (n: number) => bookingFor(firstSlot('pas', '10:00'), n, { cpr: true });

  it('refuses unknown members with 422', async () => {
    for (const [what, path, body] of [
      ['booking', '/appointments', { ...booking(1), admin: true }],
      ['citizen', '/appointments', { ...booking(2), citizen: { ...booking(2).citizen, role: 'staff' } }],
      ['needs', '/appointments', { ...booking(3), needs: { wheelchair: true } }],
      ['hold', '/holds', { serviceId: 'pas', locationId: 'raadhus', slotId: firstSlot('pas'), extra: 1 }],
    ] as const) {
      const { status, text, contract } = await post(what, path, body);
      assert.equal(status, 422, `${what}: ${text}`);
      assert.deepEqual(contract, [], what);
    }
  });

  it('refuses a POST without an Idempotency-Key with 400', async () => {
    for (const path of ['/appointments', '/holds', '/appointments/BT-AAAAAA/cancel', '/appointments/BT-AAAAAA/reschedule']) {
      const body = path === '/holds' ? { serviceId: 'pas', locationId: 'raadhus', slotId: firstSlot('pas') } : booking(4);
      const { status, text, contract } = await send(`no key ${path}`, path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Manage-Token': 'x'.repeat(20) },
        body: JSON.stringify(body),
      });
      assert.equal(status, 400, `${path}: ${text}`);
      assert.deepEqual(contract, [], path);
    }
  });

  it('refuses a body over the size limit with 413', async () => {
    const huge = { ...booking(5), needs: { other: 'x'.repeat(2 * 1024 * 1024) } };
    const { status, text, contract } = await post('huge', '/appointments', huge);
    assert.equal(status, 413, text);
    assert.deepEqual(contract, []);
  });

  it('answers SQL and control characters in every parameter without a 5xx, and stays whole', async () => {
    const day = '2026-11-24';
    const slot = firstSlot('pas', '11:00');
    const problems: string[] = [];
    for (const hostile of HOSTILE) {
      const q = urlEncode(hostile);
      const path = q;
      const attempts: Array<[string, Promise<Exchange>, boolean]> = [
        // [what, answer, must it be refused (4xx)?]
        ['services locationId', send('', `/services?locationId=${q}`), true],
        ['availability serviceId', send('', `/availability?serviceId=${q}&locationId=raadhus&from=${day}&to=${day}`), true],
        ['availability locationId', send('', `/availability?serviceId=pas&locationId=${q}&from=${day}&to=${day}`), true],
        ['availability from', send('', `/availability?serviceId=pas&locationId=raadhus&from=${q}&to=${day}`), true],
        ['availability to', send('', `/availability?serviceId=pas&locationId=raadhus&from=${day}&to=${q}`), true],
        ['book slotId', post('', '/appointments', { ...booking(6), slotId: hostile }), true],
        ['book serviceId', post('', '/appointments', { ...booking(7), serviceId: hostile }), true],
        ['book locationId', post('', '/appointments', { ...booking(8), locationId: hostile }), true],
        ['book holdId', post('', '/appointments', { ...booking(9), holdId: hostile }), true],
        ['book cpr', post('', '/appointments', { ...booking(10), citizen: { ...booking(10).citizen, cpr: hostile } }), true],
        ['book email', post('', '/appointments', { ...booking(11), citizen: { ...booking(11).citizen, email: hostile } }), true],
        ['book phone', post('', '/appointments', { ...booking(12), citizen: { ...booking(12).citizen, phone: hostile } }), true],
        // Free text may be accepted (a name is a name): never a 5xx.
        [
          'book name',
          post('', '/appointments', { ...bookingFor(slot, 13, { cpr: true }), citizen: { name: hostile, cpr: TEST_CPR } }),
          false,
        ],
        ['book needs', post('', '/appointments', { ...bookingFor(slot, 14, { cpr: true }), needs: { other: hostile } }), false],
        ['hold slotId', post('', '/holds', { serviceId: 'pas', locationId: 'raadhus', slotId: hostile }), true],
        ['release holdId', send('', `/holds/${path}`, { method: 'DELETE', headers: { 'Idempotency-Key': randomUUID() } }), false],
        [
          'appointments reference',
          send('', `/appointments?reference=${q}`, { headers: { 'X-Manage-Token': 'x'.repeat(20) } }),
          false,
        ],
        ['cancel reference', post('', `/appointments/${path}/cancel`, undefined, { 'X-Manage-Token': 'x'.repeat(20) }), true],
        [
          'reschedule reference',
          post('', `/appointments/${path}/reschedule`, { slotId: slot }, { 'X-Manage-Token': 'x'.repeat(20) }),
          true,
        ],
        [
          'reschedule slotId',
          post('', '/appointments/BT-AAAAAA/reschedule', { slotId: hostile }, { 'X-Manage-Token': 'x'.repeat(20) }),
          true,
        ],
        ['login returnTo', send('', `/session/login?returnTo=${q}`), true],
      ];
      if (headerSafe(hostile)) {
        attempts.push(
          ['manage token', send('', '/appointments?reference=BT-AAAAAA', { headers: { 'X-Manage-Token': hostile } }), false],
          ['idempotency key', post('', '/appointments', booking(15), { 'Idempotency-Key': hostile }), false],
          ['accept-language', send('', '/locations', { headers: { 'Accept-Language': hostile } }), false],
        );
      }
      for (const [what, answer, refused] of attempts) {
        const exchange = await answer;
        const { status, text, contract } = exchange;
        const label = `${what} = ${JSON.stringify(hostile.slice(0, 40))}`;
        exchange.what = label;
        if (status >= 500) problems.push(`${label}: ${status} ${text.slice(0, 200)}`);
        else if (refused && status < 400) problems.push(`${label} must be refused: ${status} ${text.slice(0, 200)}`);
        problems.push(...contract.map((violation) => `${label}: ${violation}`));
      }
    }
    // Every failure at once: one broken parameter must not hide the next.
    assert.deepEqual(problems, [], 'never a 5xx, hostile ids refused, every answer as the contract says');
    // Nothing was dropped or corrupted: the catalogue answers, and a citizen can still book.
    const locations = await send('locations', '/locations');
    assert.equal(locations.status, 200);
    const ordinary = await post('ordinary', '/appointments', bookingFor(firstSlot('sundhedskort', '12:00'), 16));
    assert.equal(ordinary.status, 201, ordinary.text);
    if (database) {
      const [{ tables } = { tables: '' }] = await database.query<{ tables: string }>(
        "SELECT count(*) AS tables FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('appointments', 'seats', 'slots', 'outbox')",
      );
      assert.equal(tables, '4');
    }
  });

  it('never shows a CPR number in a response or the log', async () => {
    // The errand needs a CPR number: book with one, on behalf of a child with another, fail
    // with one (slot taken, invalid field), and look the booking up.
    const slotId = firstSlot('pas', '13:00');
    const first = await post('cpr booking', '/appointments', {
      ...bookingFor(slotId, 20, { cpr: true }),
      onBehalfOf: { relation: 'child', name: 'Barn Testesen', cpr: ON_BEHALF_CPR },
    });
    assert.equal(first.status, 201, first.text);
    const { reference, token } = JSON.parse(first.text) as { reference: string; token: string };
    for (let n = 21; n < 25; n += 1) await post('cpr booking', '/appointments', bookingFor(slotId, n, { cpr: true }));
    await post('cpr invalid', '/appointments', {
      ...bookingFor(slotId, 26),
      citizen: { name: 'X', cpr: '0101901239', email: 'no' },
    });
    await post('cpr unknown member', '/appointments', { ...bookingFor(slotId, 27, { cpr: true }), cprAgain: TEST_CPR });
    await send('lookup', `/appointments?reference=${reference}`, { headers: { 'X-Manage-Token': token } });
    assert.ok(
      exchanges.some((exchange) => exchange.status === 409),
      'a booking was refused as slot-taken',
    );

    const log = server.output();
    assert.ok(log.length > 0, 'the server logged something (LOG_LEVEL=debug)');
    for (const cpr of [TEST_CPR, ON_BEHALF_CPR, '0101901239']) {
      for (const shape of CPR_SHAPES(cpr)) {
        assert.ok(!log.includes(shape), `the log holds the CPR number ${shape}`);
        const leaking = exchanges.filter((exchange) => exchange.text.includes(shape)).map((exchange) => exchange.what);
        assert.deepEqual(leaking, [], `responses holding ${shape}`);
      }
    }
  });
});
