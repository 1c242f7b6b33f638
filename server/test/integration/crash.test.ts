/**
 * The server killed with SIGKILL in the middle of a burst of bookings on PostgreSQL: after a
 * restart, every booking that was answered 201 exists and opens with its token, and nothing is
 * half-written (no seat without its appointment, no booked appointment without its seat or its
 * confirmation in the outbox). Requests cut off by the kill are retried with their
 * Idempotency-Key, as the widget does: each key ends up with at most one appointment.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, bookingFor, type BookingAttempt } from '../support/booking.js';
import { testDatabase } from '../support/database.js';
import { TEST_MUNICIPALITY } from '../support/municipality.js';
import { startServer, type ServerProcess } from '../support/server-process.js';

/** Bookings in flight at any moment, and how many answers to wait for before the kill. */
const IN_FLIGHT = 16;
const KILL_AFTER_BOOKED = 60;

/** Distinct slots, so the burst measures writes and not refusals: health cards, 09:00–14:50 on weekdays. */
function* healthCardSlots(): Generator<string> {
  for (const date of ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01']) {
    for (let minutes = 9 * 60; minutes < 15 * 60; minutes += 10) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      yield `raadhus:sundhedskort:${date}T${time}`;
    }
  }
}

interface Outcome {
  slotId: string;
  idempotencyKey: string;
  attempt?: BookingAttempt;
  /** The request failed on the wire (the process died under it). */
  cutOff?: boolean;
}

describe('SIGKILL in the middle of a burst of bookings (PostgreSQL)', async () => {
  const database = await testDatabase();
  let server: ServerProcess;
  before(async () => {
    if (database) server = await startServer({ config: TEST_MUNICIPALITY, databaseUrl: database.url });
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('keeps every answered booking and writes nothing by halves', { skip: !database && 'no PostgreSQL' }, async (t) => {
    const slots = healthCardSlots();
    const outcomes: Outcome[] = [];
    let booked = 0;
    let killed: Promise<void> | undefined;

    // IN_FLIGHT citizens book one slot after another until the process is gone.
    const citizen = async () => {
      for (let next = slots.next(); !next.done && !killed; next = slots.next()) {
        const outcome: Outcome = { slotId: next.value, idempotencyKey: crypto.randomUUID() };
        outcomes.push(outcome);
        try {
          outcome.attempt = await book(server.api, bookingFor(next.value, outcomes.length), outcome.idempotencyKey);
          if (outcome.attempt.status === 201 && ++booked === KILL_AFTER_BOOKED) killed = server.kill('SIGKILL');
        } catch {
          outcome.cutOff = true;
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, citizen));
    await killed;
    assert.ok(killed, `the burst ran out of slots before ${KILL_AFTER_BOOKED} bookings`);
    assert.equal(server.child.signalCode, 'SIGKILL');

    const answered = outcomes.filter((outcome) => outcome.attempt?.status === 201);
    const unexpected = outcomes.filter((outcome) => outcome.attempt && outcome.attempt.status !== 201);
    assert.deepEqual(
      unexpected.map(({ attempt }) => `${attempt!.status} ${attempt!.body.code}`),
      [],
      'before the kill, every booking of a free slot succeeded',
    );

    assert.deepEqual(
      outcomes.flatMap((outcome) => outcome.attempt?.violations ?? []),
      [],
      'every answer conforms to api/openapi.yaml',
    );

    server = await server.restart();

    // Every 201 is in the database, booked, and opens with its manage token.
    const rows = await database!.query<{ reference: string; status: string }>(
      'SELECT reference, status FROM appointments WHERE reference = ANY($1)',
      [answered.map((outcome) => outcome.attempt!.body.reference)],
    );
    assert.equal(rows.length, answered.length, 'every appointment answered 201 survived the kill');
    assert.ok(rows.every((row) => row.status === 'booked'));
    for (const { attempt } of answered.slice(0, 10)) {
      const response = await fetch(`${server.api}/appointments?reference=${attempt!.body.reference}`, {
        headers: { 'X-Manage-Token': String(attempt!.body.token) },
      });
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as unknown[]).length, 1);
    }

    await assertNothingHalfWritten();

    // The widget retries a cut-off request with the same key: it gets the booking the server
    // made before it died, or a new one, never two.
    const cutOff = outcomes.filter((outcome) => outcome.cutOff);
    const bookedInDatabase = async () =>
      Number((await database!.query<{ n: string }>("SELECT count(*) AS n FROM appointments WHERE status = 'booked'"))[0]!.n);
    const committedUnanswered = (await bookedInDatabase()) - answered.length;
    t.diagnostic(
      `killed after ${answered.length} bookings answered 201; ${cutOff.length} requests cut off, ` +
        `${committedUnanswered} of them committed before the kill`,
    );
    for (const outcome of cutOff) {
      const retry = await book(server.api, bookingFor(outcome.slotId, outcomes.indexOf(outcome) + 1), outcome.idempotencyKey);
      assert.equal(retry.status, 201, `retry of ${outcome.slotId}: ${JSON.stringify(retry.body)}`);
    }
    assert.equal(await bookedInDatabase(), answered.length + cutOff.length, 'one appointment per idempotency key');
    await assertNothingHalfWritten();
  });

  /** The invariants of a booking written whole, checked in the database. */
  async function assertNothingHalfWritten(): Promise<void> {
    const [counts] = await database!.query<Record<string, string>>(`
      SELECT
        (SELECT count(*) FROM seats s WHERE s.appointment_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.id = s.appointment_id AND a.status = 'booked')) AS seats_without_booking,
        (SELECT count(*) FROM appointments a WHERE a.status = 'booked'
           AND (SELECT count(*) FROM seats s WHERE s.appointment_id = a.id) <> 1) AS bookings_without_one_seat,
        (SELECT count(*) FROM appointments a WHERE a.status = 'booked'
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.appointment_id = a.id::text AND o.kind = 'booked' AND o.channel = 'email')) AS bookings_without_confirmation,
        (SELECT count(*) FROM seats WHERE hold_id IS NOT NULL) AS holds`);
    assert.deepEqual(counts, {
      seats_without_booking: '0',
      bookings_without_one_seat: '0',
      bookings_without_confirmation: '0',
      holds: '0',
    });
  }
});
