/**
 * buildServer with the real parts (PGlite in memory, the domain, sessions, the contract's
 * routes), in-process: it starts ready, books with a CPR number without that number reaching
 * the log or the answer (and stores it only encrypted), serves the demonstration sign-in when
 * asked, listens on a free port, and closes cleanly.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { clockAt } from '../../../src/core/clock.js';
import { ManualClock } from '../../../test/support/manual-clock.js';
import { openDatabase, type OpenDatabase } from '../../src/db/database.js';
import { buildServer, type RunningServer } from '../../src/server.js';
import { contractViolations } from './harness.js';

const NOW = new Date('2026-11-23T07:00:00Z');
const CPR = '0101901234';
const ORIGIN = 'https://www.kommune.example';

describe('buildServer over PGlite', () => {
  let database: OpenDatabase;
  let server: RunningServer;
  let dataDir: string;
  const lines: string[] = [];
  const log = () => lines.join('');

  before(async () => {
    dataDir = mkdtempSync('/tmp/bt-http-server-');
    database = await openDatabase({ pgliteDir: 'memory://' });
    server = await buildServer({
      listen: { port: 0, host: '127.0.0.1' },
      database: database.db,
      dataDir,
      cprKey: Buffer.alloc(32, 3).toString('base64'),
      demoSignIn: {},
      corsOrigins: [ORIGIN],
      clock: clockAt(() => NOW),
      log: { level: 'trace', stream: { write: (line) => void lines.push(line) } },
      worker: false,
    });
  });
  after(async () => {
    await server?.close();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const call = async (method: string, url: string, init: { headers?: Record<string, string>; body?: unknown } = {}) => {
    const response = await server.app.inject({
      method: method as 'GET',
      url,
      ...(init.headers ? { headers: init.headers } : {}),
      ...(init.body !== undefined ? { payload: init.body as object } : {}),
    });
    assert.deepEqual(contractViolations(method, url, response), [], `${method} ${url}`);
    return response;
  };

  it('listens on the port it was given and is ready (migrations applied)', async () => {
    assert.match(server.url ?? '', /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    assert.equal((await fetch(`${server.url}/readyz`)).status, 200);
  });

  it('books with a CPR number that appears in no answer and no log line, and is stored only encrypted', async () => {
    const day = '2026-11-24';
    const availability = await call('GET', `/api/availability?serviceId=pas-fornyelse&locationId=centrum&from=${day}&to=${day}`);
    const slotId = (availability.json() as { slots: { id: string }[] }).slots[0]!.id;
    const booked = await call('POST', '/api/appointments', {
      headers: { 'Idempotency-Key': 'server-test-key-1', 'accept-language': 'en' },
      body: {
        slotId,
        serviceId: 'pas-fornyelse',
        locationId: 'centrum',
        citizen: { name: 'Karen Testesen', email: 'karen@example.dk', cpr: CPR },
      },
    });
    assert.equal(booked.statusCode, 201, booked.body);
    const { reference, token, service } = booked.json() as { reference: string; token: string; service: { name: string } };
    assert.equal(service.name, 'Passport – renewal');
    const found = await call('GET', `/api/appointments?reference=${reference}`, { headers: { 'x-manage-token': token } });
    assert.equal((found.json() as unknown[]).length, 1);

    for (const answer of [booked.body, found.body]) assert.ok(!answer.includes(CPR));
    assert.match(log(), /incoming request/);
    for (const secret of [CPR, token, 'karen@example.dk']) assert.ok(!log().includes(secret), `the log holds ${secret}`);
    const { rows } = await sql<{ row: string }>`SELECT row_to_json(a)::text AS row FROM appointments a`.execute(database.db);
    assert.equal(rows.length, 1);
    assert.ok(!rows[0]!.row.includes(CPR), 'the CPR number is stored encrypted');
    assert.ok(!rows[0]!.row.includes(token), 'the manage token is stored hashed');
  });

  it('serves the demonstration sign-in: nobody signed in (204), login redirects (303)', async () => {
    assert.equal((await call('GET', '/api/session')).statusCode, 204);
    const login = await server.app.inject({ url: `/api/session/login?returnTo=${encodeURIComponent(`${ORIGIN}/booking`)}` });
    assert.equal(login.statusCode, 303);
    assert.ok(login.headers.location);
  });
});

describe('buildServer background work', () => {
  it('frees lapsed holds on its clock (every 10 minutes) while the worker is on', { timeout: 60_000 }, async () => {
    const clock = new ManualClock(NOW);
    const dataDir = mkdtempSync('/tmp/bt-http-server-');
    const database = await openDatabase({ pgliteDir: 'memory://' });
    let maintained!: (line: string) => void;
    const maintenance = new Promise<string>((resolve) => (maintained = resolve));
    const server = await buildServer({
      database: database.db,
      dataDir,
      cprKey: Buffer.alloc(32, 6).toString('base64'),
      clock,
      log: { level: 'info', stream: { write: (line) => (line.includes('"msg":"maintenance"') ? maintained(line) : undefined) } },
    });
    try {
      const day = '2026-11-24';
      const availability = await server.app.inject({
        url: `/api/availability?serviceId=flytning&locationId=centrum&from=${day}&to=${day}`,
      });
      const slotId = (availability.json() as { slots: { id: string }[] }).slots[0]!.id;
      const hold = await server.app.inject({
        method: 'POST',
        url: '/api/holds',
        headers: { 'idempotency-key': 'maintenance-hold-1' },
        payload: { slotId, serviceId: 'flytning', locationId: 'centrum' },
      });
      assert.equal(hold.statusCode, 201, hold.body);
      clock.advance(21 * 60_000);
      assert.match(await maintenance, /"holdsReleased":1/);
    } finally {
      await server.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('buildServer close', () => {
  it('lets a request in flight finish on its own database before closing it', async () => {
    const dataDir = mkdtempSync('/tmp/bt-http-server-');
    let server: RunningServer | undefined;
    let closed: Promise<void> | undefined;
    try {
      server = await buildServer({
        listen: { port: 0, host: '127.0.0.1' },
        dataDir,
        cprKey: Buffer.alloc(32, 4).toString('base64'),
        clock: clockAt(() => NOW),
        worker: false,
        log: {
          level: 'info',
          stream: {
            // Close the moment the request has arrived: it is then in flight.
            write: (line) => {
              if (line.includes('incoming request') && line.includes('/api/availability')) closed ??= server!.close();
            },
          },
        },
      });
      const response = await fetch(
        `${server.url}/api/availability?serviceId=pas-fornyelse&locationId=centrum&from=2026-11-24&to=2026-12-20`,
      );
      assert.equal(response.status, 200);
      assert.ok(((await response.json()) as { slots: unknown[] }).slots.length > 0);
      assert.ok(closed, 'the server was closing while it answered');
      await closed;
      await assert.rejects(fetch(`${server.url}/healthz`));
    } finally {
      await server?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('buildServer start-up failures', () => {
  it('closes what it opened and rejects when the configuration file is broken', async () => {
    const dataDir = mkdtempSync('/tmp/bt-http-server-');
    try {
      await assert.rejects(
        buildServer({ dataDir, municipality: join(dataDir, 'missing.yaml'), worker: false, log: { level: 'silent' } }),
        /missing\.yaml/,
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('buildServer without sign-in', () => {
  it('offers no errand that needs sign-in, and says so in the log', { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync('/tmp/bt-http-server-');
    const database = await openDatabase({ pgliteDir: 'memory://' });
    const lines: string[] = [];
    const server = await buildServer({
      database: database.db,
      dataDir,
      cprKey: Buffer.alloc(32, 7).toString('base64'),
      clock: clockAt(() => NOW),
      log: { level: 'warn', stream: { write: (line) => void lines.push(line) } },
      worker: false,
    });
    try {
      const services = (await server.app.inject({ url: '/api/services' })).json() as { id: string; requiresLogin: boolean }[];
      assert.ok(services.length > 0);
      assert.deepEqual(
        services.filter((service) => service.requiresLogin).map((service) => service.id),
        [],
      );
      assert.match(lines.join(''), /not offered: navneaendring/);
      const day = '2026-11-24';
      const availability = await server.app.inject({
        url: `/api/availability?serviceId=navneaendring&locationId=centrum&from=${day}&to=${day}`,
      });
      assert.equal(availability.statusCode, 404);
    } finally {
      await server.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
