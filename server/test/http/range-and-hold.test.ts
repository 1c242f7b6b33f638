/**
 * Two promises of api/openapi.yaml kept by the real server (buildServer over PGlite, in
 * process): availability ranges of at most `MAX_RANGE_DAYS` (core/schedule's number, the one
 * the contract states), and a hold answer carrying `issuedAt`, the server's own time, so a
 * client with a wrong clock counts the hold down correctly.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { clockAt } from '../../../src/core/clock.js';
import { MAX_RANGE_DAYS } from '../../../src/core/schedule.js';
import { addDays } from '../../../src/core/time.js';
import { openDatabase, type OpenDatabase } from '../../src/db/database.js';
import { buildServer, type RunningServer } from '../../src/server.js';
import { contractViolations } from './harness.js';

const NOW = new Date('2026-11-23T07:00:00Z');
const FROM = '2026-11-24';

describe('the range limit and the hold clock', () => {
  let database: OpenDatabase;
  let server: RunningServer;
  let dataDir: string;

  before(async () => {
    dataDir = mkdtempSync('/tmp/bt-range-hold-');
    database = await openDatabase({ pgliteDir: 'memory://' });
    server = await buildServer({
      database: database.db,
      dataDir,
      cprKey: Buffer.alloc(32, 5).toString('base64'),
      clock: clockAt(() => NOW),
      log: { level: 'fatal' },
      worker: false,
    });
  });
  after(async () => {
    await server?.close();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const call = async (method: 'GET' | 'POST', url: string, body?: object) => {
    const response = await server.app.inject({
      method,
      url,
      ...(body ? { payload: body, headers: { 'Idempotency-Key': 'range-and-hold-1' } } : {}),
    });
    assert.deepEqual(contractViolations(method, url, response), [], `${method} ${url}`);
    return response;
  };
  const availability = (days: number) =>
    call('GET', `/api/availability?serviceId=pas-fornyelse&locationId=centrum&from=${FROM}&to=${addDays(FROM, days - 1)}`);

  it(`serves ${MAX_RANGE_DAYS} days and refuses one more with range-too-long`, async () => {
    const longest = await availability(MAX_RANGE_DAYS);
    assert.equal(longest.statusCode, 200, longest.body);
    const tooLong = await availability(MAX_RANGE_DAYS + 1);
    assert.equal(tooLong.statusCode, 422, tooLong.body);
    assert.equal(tooLong.json().code, 'validation');
    assert.deepEqual(tooLong.json().fields, { to: 'range-too-long' });
  });

  it('states the same limit in api/openapi.yaml', () => {
    const document = parse(readFileSync(new URL('../../../api/openapi.yaml', import.meta.url), 'utf8'));
    const operation = document.paths['/availability'].get;
    assert.match(operation.description, new RegExp(`At most ${MAX_RANGE_DAYS} days`));
    assert.match(operation.description, /range-too-long/);
    assert.match(operation.responses['422'].description, /range-too-long/);
  });

  it('answers a hold with issuedAt, the server’s time, and expiresAt on the same clock', async () => {
    const day = await call('GET', `/api/availability?serviceId=pas-fornyelse&locationId=centrum&from=${FROM}&to=${FROM}`);
    const slotId = (day.json() as { slots: { id: string }[] }).slots[0]!.id;
    const held = await call('POST', '/api/holds', { slotId, serviceId: 'pas-fornyelse', locationId: 'centrum' });
    assert.equal(held.statusCode, 201, held.body);
    const hold = held.json() as { issuedAt: string; expiresAt: string };
    assert.equal(hold.issuedAt, NOW.toISOString());
    assert.ok(Date.parse(hold.expiresAt) > Date.parse(hold.issuedAt));
  });
});
