import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { BookingError } from '../../../src/core/errors.js';
import { bookingFor, da, onEachEngine, slotOf } from './harness.js';

onEachEngine('capacity', (harness) => {
  it('seats exactly the capacity of each slot however many book them at once', async () => {
    const { backend, db } = harness();
    const slotIds = ['09:00', '09:15', '09:30', '09:45'].map((time) => slotOf('pas', time));
    const attempts = await Promise.allSettled(
      Array.from({ length: 120 }, (_, n) => backend.book(da, bookingFor(slotIds[n % slotIds.length] ?? '', n))),
    );
    const booked = attempts.filter((attempt) => attempt.status === 'fulfilled');
    const refused = attempts.flatMap((attempt) => (attempt.status === 'rejected' ? [attempt.reason as BookingError] : []));
    assert.equal(booked.length, 12);
    assert.deepEqual(new Set(refused.map((error) => error.code)), new Set(['slot-taken']));
    const seats = await db.selectFrom('seats').select(['slot_id', 'seat']).orderBy('slot_id').orderBy('seat').execute();
    assert.deepEqual(
      seats.map((row) => `${row.slot_id.slice(-5)}#${row.seat}`),
      slotIds.flatMap((slotId) => [1, 2, 3].map((seat) => `${slotId.slice(-5)}#${seat}`)),
    );
    const available = await backend.availability(da, {
      serviceId: 'pas',
      locationId: 'raadhus',
      from: '2026-11-24',
      to: '2026-11-24',
    });
    assert.deepEqual(
      available.slots.filter((slot) => slotIds.includes(slot.id)),
      [],
    );
  });

  it('counts remaining places as capacity minus booked seats and live holds', async () => {
    const { backend } = harness();
    const slotId = slotOf('pas', '09:15');
    await backend.book(da, bookingFor(slotId));
    await backend.hold(da, { slotId, serviceId: 'pas', locationId: 'raadhus' });
    const available = await backend.availability(da, {
      serviceId: 'pas',
      locationId: 'raadhus',
      from: '2026-11-24',
      to: '2026-11-24',
    });
    assert.equal(available.slots.find((slot) => slot.id === slotId)?.remaining, 1);
    assert.equal(available.slots.find((slot) => slot.id === slotOf('pas', '09:30'))?.remaining, 3);
  });

  it('refuses a seat beyond the capacity, or a second row for one seat, in the database itself', async () => {
    const { backend, db } = harness();
    const slotId = slotOf('pas', '10:00');
    const appointment = await backend.book(da, bookingFor(slotId));
    const { id } = await db
      .selectFrom('appointments')
      .select('id')
      .where('reference', '=', appointment.reference)
      .executeTakeFirstOrThrow();
    const insertSeat = (seat: number, capacity = 3) =>
      sql`INSERT INTO seats (slot_id, capacity, seat, appointment_id, claimed_at) VALUES (${slotId}, ${capacity}, ${seat}, ${id}, now())`.execute(
        db,
      );
    await assert.rejects(insertSeat(4), /check/i);
    await assert.rejects(insertSeat(0), /check/i);
    await assert.rejects(insertSeat(1), /duplicate key|unique/i);
    // Claiming a larger capacity than the slot's is refused by the foreign key.
    await assert.rejects(insertSeat(4, 4), /foreign key/i);
    // Lowering the slot below a taken seat is refused too.
    await backend.book(da, bookingFor(slotId, 2));
    await assert.rejects(sql`UPDATE slots SET capacity = 1 WHERE id = ${slotId}`.execute(db), /check/i);
    const count = await db
      .selectFrom('seats')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('slot_id', '=', slotId)
      .executeTakeFirstOrThrow();
    assert.equal(count.n, 2);
  });

  it('frees the place of a cancelled appointment at once', async () => {
    const { backend } = harness();
    const slotId = slotOf('kort');
    const first = await backend.book(da, bookingFor(slotId));
    await assert.rejects(backend.book(da, bookingFor(slotId, 2)), { code: 'slot-taken' });
    await backend.cancel({ lang: 'da', token: first.token }, { reference: first.reference });
    const second = await backend.book(da, bookingFor(slotId, 2));
    assert.equal(second.status, 'booked');
  });
});
