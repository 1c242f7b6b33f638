/**
 * Hundreds of citizens press "Book" on the same time at once: a slot with three counters
 * (capacity 3) gets exactly three appointments, every other request is answered 409
 * slot-taken, and nothing else (no 5xx, no fourth seat). On PGlite, on PostgreSQL, and on two
 * server processes sharing one PostgreSQL, where only the database can keep the count.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import { book, bookingFor, TEST_CPR, type BookingAttempt } from '../support/booking.js';
import { testDatabase } from '../support/database.js';
import { firstSlot, TEST_MUNICIPALITY } from '../support/municipality.js';
import { startServer, type ServerProcess } from '../support/server-process.js';

const CITIZENS = 300;
const CAPACITY = 3;

/** Fires CITIZENS bookings for `slotId` at once, spread over `apis` in turn; answers them all (and says how long it took). */
async function burst(t: TestContext, apis: string[], slotId: string): Promise<BookingAttempt[]> {
  const started = performance.now();
  const attempts = await Promise.all(
    Array.from({ length: CITIZENS }, (_, n) => book(apis[n % apis.length]!, bookingFor(slotId, n, { cpr: true }))),
  );
  t.diagnostic(`${CITIZENS} answers in ${Math.round(performance.now() - started)} ms`);
  return attempts;
}

function assertExactlyCapacity(attempts: BookingAttempt[]): void {
  assert.deepEqual(
    attempts.flatMap((attempt) => attempt.violations),
    [],
    'every answer conforms to api/openapi.yaml',
  );
  const booked = attempts.filter((attempt) => attempt.status === 201);
  const others = attempts.filter((attempt) => attempt.status !== 201);
  assert.equal(booked.length, CAPACITY, `exactly ${CAPACITY} of ${CITIZENS} booked`);
  assert.equal(new Set(booked.map((attempt) => attempt.body.reference)).size, CAPACITY, 'three different appointments');
  const refusals = new Map<string, number>();
  for (const { status, body } of others)
    refusals.set(`${status} ${body.code}`, (refusals.get(`${status} ${body.code}`) ?? 0) + 1);
  assert.deepEqual(
    Object.fromEntries(refusals),
    { '409 slot-taken': CITIZENS - CAPACITY },
    'every other answer is 409 slot-taken',
  );
}

/** The slot as the availability shows it afterwards: gone, every seat taken. */
async function assertSlotFull(api: string, slotId: string): Promise<void> {
  const response = await fetch(`${api}/availability?serviceId=pas&locationId=raadhus&from=2026-11-24&to=2026-11-24`);
  assert.equal(response.status, 200);
  const { slots } = (await response.json()) as { slots: Array<{ id: string }> };
  assert.ok(slots.length > 0, 'the day has other free slots');
  assert.ok(!slots.some((slot) => slot.id === slotId), `${slotId} is no longer offered`);
}

describe(`${CITIZENS} simultaneous bookings for one slot of capacity ${CAPACITY}`, () => {
  it('on PGlite: exactly three booked, the rest slot-taken', async (t) => {
    const server = await startServer({ config: TEST_MUNICIPALITY });
    try {
      const slotId = firstSlot('pas');
      assertExactlyCapacity(await burst(t, [server.api], slotId));
      await assertSlotFull(server.api, slotId);
      assert.ok(!server.output().includes(TEST_CPR), 'the CPR number of 300 requests is not in the log');
    } finally {
      await server.stop();
    }
  });

  describe('on PostgreSQL', async () => {
    const database = await testDatabase();
    let servers: ServerProcess[] = [];
    before(async () => {
      if (!database) return;
      // One after the other: both apply migrations at start, and the second finds them applied.
      servers = [await startServer({ config: TEST_MUNICIPALITY, databaseUrl: database.url })];
      servers.push(await startServer({ config: TEST_MUNICIPALITY, databaseUrl: database.url }));
    });
    after(async () => {
      await Promise.all(servers.map((server) => server.stop()));
      await database?.drop();
    });

    const seatsOf = async (slotId: string) =>
      (
        await database!.query<{ seats: string; appointments: string }>(
          `SELECT (SELECT count(*) FROM seats WHERE slot_id = $1) AS seats,
                (SELECT count(*) FROM appointments WHERE slot_id = $1 AND status = 'booked') AS appointments`,
          [slotId],
        )
      )[0];

    it('one server: exactly three booked, three seats in the database', { skip: !database && 'no PostgreSQL' }, async (t) => {
      const slotId = firstSlot('pas', '09:00');
      assertExactlyCapacity(await burst(t, [servers[0]!.api], slotId));
      assert.deepEqual(await seatsOf(slotId), { seats: '3', appointments: '3' });
      await assertSlotFull(servers[0]!.api, slotId);
    });

    it('two server processes on one database: still exactly three', { skip: !database && 'no PostgreSQL' }, async (t) => {
      const slotId = firstSlot('pas', '09:15');
      const attempts = await burst(
        t,
        servers.map((server) => server.api),
        slotId,
      );
      assertExactlyCapacity(attempts);
      assert.deepEqual(await seatsOf(slotId), { seats: '3', appointments: '3' });
      for (const server of servers) {
        await assertSlotFull(server.api, slotId);
        assert.ok(!server.output().includes(TEST_CPR), 'the CPR number of 300 requests is not in the log');
      }
    });
  });
});
