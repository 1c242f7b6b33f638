/**
 * Places in slots, claimed as rows the database guards: `(slot_id, seat)` is the key and
 * `seat` lies between 1 and the slot's capacity (server/migrations/0001_core.sql). A claim is
 * one `INSERT … SELECT … ON CONFLICT DO NOTHING` of the lowest free seat number; when a
 * concurrent transaction takes that number first, the insert waits for it and then inserts
 * nothing, and the next attempt (a new statement, so it sees the other's seat) tries the next.
 * No "count, then insert": the unique key and the CHECK are the only judges.
 */
import { type Kysely, type Transaction, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import type { BookableSlot } from './catalogue.js';

type Trx = Transaction<Database>;

/** Gives up after this many lost races (each one means another citizen got a seat first). */
const MAX_CLAIM_ATTEMPTS = 16;

/**
 * The slot's row, created the first time one of its places is claimed, with its capacity
 * from the configuration. A raised capacity applies at once; a lowered one only while no
 * seat above it is taken (the seats' CHECK would refuse it).
 */
export async function ensureSlot(trx: Trx, { slot, capacity }: BookableSlot): Promise<void> {
  await trx
    .insertInto('slots')
    .values({
      id: slot.id,
      service_id: slot.serviceId,
      location_id: slot.locationId,
      starts_at: new Date(slot.start),
      ends_at: new Date(slot.end),
      capacity,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
  // Only a changed capacity takes the row lock; an unchanged one leaves concurrent claims alone.
  await sql`UPDATE slots SET capacity = ${capacity}
    WHERE id = ${slot.id} AND capacity <> ${capacity}
      AND (${capacity} > capacity OR NOT EXISTS (SELECT 1 FROM seats WHERE seats.slot_id = slots.id AND seats.seat > ${capacity}))`.execute(
    trx,
  );
}

/** Frees the slot's lapsed holds, in the transaction that is about to need a seat. */
export async function releaseLapsedHolds(trx: Trx, slotId: string, now: Date): Promise<void> {
  await trx.deleteFrom('seats').where('slot_id', '=', slotId).where('hold_expires_at', '<=', now).execute();
}

export type SeatOwner = { appointmentId: string } | { holdId: string; expiresAt: Date };

/** Claims a free seat of the slot (its row must exist); false when every seat is taken. */
export async function claimSeat(trx: Trx, slotId: string, owner: SeatOwner, now: Date): Promise<boolean> {
  await releaseLapsedHolds(trx, slotId, now);
  const appointmentId = 'appointmentId' in owner ? owner.appointmentId : null;
  const holdId = 'holdId' in owner ? owner.holdId : null;
  const expiresAt = 'expiresAt' in owner ? owner.expiresAt : null;
  for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt += 1) {
    const claimed = await sql<{ seat: number }>`
      INSERT INTO seats (slot_id, capacity, seat, appointment_id, hold_id, hold_expires_at, claimed_at)
      SELECT s.id, s.capacity, n, ${appointmentId}::uuid, ${holdId}::text, ${expiresAt}::timestamptz, ${now}::timestamptz
      FROM slots s CROSS JOIN LATERAL generate_series(1, s.capacity) AS n
      WHERE s.id = ${slotId} AND NOT EXISTS (SELECT 1 FROM seats t WHERE t.slot_id = s.id AND t.seat = n)
      ORDER BY n
      LIMIT 1
      ON CONFLICT DO NOTHING
      RETURNING seat`.execute(trx);
    if (claimed.rows.length > 0) return true;
    // Nothing inserted: either no seat was free, or another transaction took ours first.
    const free = await sql<{ free: boolean }>`
      SELECT s.capacity > (SELECT count(*) FROM seats t WHERE t.slot_id = s.id) AS free
      FROM slots s WHERE s.id = ${slotId}`.execute(trx);
    if (!free.rows[0]?.free) return false;
  }
  return false;
}

/**
 * Turns a live hold on the slot into the appointment's seat, keeping its seat number; false
 * when the hold is unknown, lapsed, already used or for another slot.
 */
export async function convertHold(trx: Trx, holdId: string, slotId: string, appointmentId: string, now: Date): Promise<boolean> {
  const converted = await trx
    .updateTable('seats')
    .set({ appointment_id: appointmentId, hold_id: null, hold_expires_at: null, claimed_at: now })
    .where('hold_id', '=', holdId)
    .where('slot_id', '=', slotId)
    .where('hold_expires_at', '>', now)
    .executeTakeFirst();
  return converted.numUpdatedRows > 0n;
}

/** Seats taken per slot id (booked places and live holds) among slots of an errand at an office in a time range. */
export async function claimedSeats(
  db: Trx | Kysely<Database>,
  query: { serviceId: string; locationId: string; from: Date; to: Date },
  now: Date,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('seats')
    .innerJoin('slots', 'slots.id', 'seats.slot_id')
    .select(['slots.id', sql<number>`count(*)::int`.as('taken')])
    .where('slots.service_id', '=', query.serviceId)
    .where('slots.location_id', '=', query.locationId)
    .where('slots.starts_at', '>=', query.from)
    .where('slots.starts_at', '<=', query.to)
    .where((eb) => eb.or([eb('seats.hold_expires_at', 'is', null), eb('seats.hold_expires_at', '>', now)]))
    .groupBy('slots.id')
    .execute();
  return new Map(rows.map((row) => [row.id, row.taken]));
}
