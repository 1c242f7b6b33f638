/**
 * The booking rules over the database: `createBackend` implements `Backend`
 * (server/src/backend.ts) with one transaction per use case. Capacity is the database's job
 * (./seats.ts); idempotency keys live in the same transaction as the work they guard
 * (./idempotency.ts); messages are written by the notifier inside the transaction that
 * books, moves or cancels, so a committed change always has its message and a rolled-back
 * one never does.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { bookingFieldErrors } from '../../../src/core/booking-validation.js';
import type { Clock } from '../../../src/core/clock.js';
import { type MunicipalityConfig, localizeLocation, localizeService } from '../../../src/core/municipality.js';
import { offersAt } from '../../../src/core/schedule.js';
import { copenhagenToday } from '../../../src/core/time.js';
import type { Appointment, Hold } from '../../../src/core/types.js';
import type { Backend, RequestContext } from '../backend.js';
import { type Cipher, hashToken, newHoldId, newToken } from '../crypto.js';
import { newReference, normaliseReference } from '../../../src/core/reference.js';
import { pendingMigrations } from '../db/migrate.js';
import type { NotificationSubject, Notifier } from '../outbox/notifier.js';
import type { Database } from '../db/schema.js';
import { type AppointmentRow, toAppointment } from './appointments.js';
import { personalData } from './booking-data.js';
import { type BookableSlot, Catalogue } from './catalogue.js';
import { fail } from '../../../src/core/errors.js';
import { type Operation, canonicalJson, recordResult, takeKey } from './idempotency.js';
import { type MaintenanceResult, maintain } from './retention.js';
import { claimSeat, claimedSeats, convertHold, ensureSlot } from './seats.js';

type Trx = Transaction<Database>;

export interface BackendDeps {
  db: Kysely<Database>;
  config: MunicipalityConfig;
  clock: Clock;
  cipher: Cipher;
  notifier: Notifier;
  /** Days after an appointment its personal data is deleted (`BT_RETENTION_DAYS`). */
  retentionDays: number;
  /** How long a hold lasts. Default 600 (the MemoryAdapter's). */
  holdSeconds?: number;
}

/** `Backend` plus the periodic clean-up its deps configure (run it from a timer). */
export interface DomainBackend extends Backend {
  /** Purges personal data past retention and frees lapsed holds. */
  maintain(): Promise<MaintenanceResult>;
}

/** How far back a signed-in citizen's own list reaches (by the appointment's end), as the MemoryAdapter. */
export const RECENT_PAST_DAYS = 90;
const DAY_MS = 86_400_000;
const DEFAULT_HOLD_SECONDS = 600;
/** Fresh references until one is unused; 31^6 of them make a second try rare already. */
const REFERENCE_ATTEMPTS = 8;

export function createBackend(deps: BackendDeps): DomainBackend {
  const { db, clock, cipher, notifier } = deps;
  const catalogue = new Catalogue(deps.config);
  const holdMs = (deps.holdSeconds ?? DEFAULT_HOLD_SECONDS) * 1000;

  const answer = (row: AppointmentRow, ctx: RequestContext, token?: string): Appointment =>
    toAppointment(row, catalogue, ctx.lang, token);

  /** Runs `work` in a transaction under the request's idempotency key, if it has one. */
  async function once<T>(
    ctx: RequestContext,
    operation: Operation,
    request: unknown,
    work: (trx: Trx, now: Date) => Promise<T>,
    replay: (trx: Trx, earlier: NonNullable<Awaited<ReturnType<typeof takeKey>>>) => Promise<T>,
  ): Promise<T> {
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const key = ctx.idempotencyKey;
      if (key) {
        const earlier = await takeKey(trx, key, operation, cipher.fingerprint(canonicalJson(request)), now);
        if (earlier) return replay(trx, earlier);
      }
      return work(trx, now);
    });
  }

  async function appointmentById(trx: Trx, id: string | null): Promise<AppointmentRow> {
    const row =
      id === null ? undefined : await trx.selectFrom('appointments').selectAll().where('id', '=', id).executeTakeFirst();
    // The key's row and its appointment are written in one transaction; one without the other is a bug.
    return row ?? fail('unavailable', 'An idempotency key lost its appointment');
  }

  /** The appointment a manage call names (locked for the change): by token, or signed in as its booker. */
  async function manageable(trx: Trx, ctx: RequestContext, reference: string): Promise<AppointmentRow> {
    const token = ctx.token || undefined;
    let query = trx.selectFrom('appointments').selectAll().where('reference', '=', normaliseReference(reference));
    query =
      token !== undefined ? query.where('token_hash', '=', hashToken(token)) : query.where('person_id', '=', ctx.personId ?? '');
    return (await query.forUpdate().executeTakeFirst()) ?? fail('not-found', 'No appointment matches this reference and token');
  }

  /** A reference alone is printed on paper: without the token, only a signed-in citizen may go on. */
  function requireManageRight(ctx: RequestContext): void {
    if (!ctx.token && !ctx.personId) fail('auth-required', 'Give the manage token or sign in');
  }

  function subject(row: AppointmentRow, token?: string): NotificationSubject {
    return {
      appointmentId: row.id,
      reference: row.reference,
      ...(token !== undefined ? { token } : {}),
      lang: row.lang,
      serviceId: row.service_id,
      locationId: row.location_id,
      start: answer(row, { lang: row.lang }).start,
      end: answer(row, { lang: row.lang }).end,
      citizenName: row.citizen_name ?? '',
      ...(row.email !== null ? { email: row.email } : {}),
      ...(row.phone !== null ? { phone: row.phone } : {}),
      smsReminder: row.sms_reminder,
    };
  }

  function requireSlotOf(slotId: string, serviceId: string, locationId: string): void {
    const key = catalogue.requireSlotKey(slotId);
    if (key.serviceId !== serviceId || key.locationId !== locationId) {
      fail('validation', 'The slot belongs to another service or location', { slotId: 'mismatch' });
    }
  }

  async function insertAppointment(
    trx: Trx,
    values: Omit<AppointmentRow, 'reference' | 'needs'> & { needs: string | null },
  ): Promise<AppointmentRow> {
    for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt += 1) {
      const row = await trx
        .insertInto('appointments')
        .values({ ...values, reference: newReference() })
        .onConflict((conflict) => conflict.column('reference').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (row) return row;
    }
    return fail('unavailable', 'No free booking reference was found');
  }

  /** The seat for an appointment in a slot: the held one with `holdId`, else a free one. */
  async function seat(
    trx: Trx,
    bookable: BookableSlot,
    appointmentId: string,
    holdId: string | undefined,
    now: Date,
  ): Promise<void> {
    await ensureSlot(trx, bookable);
    if (holdId) {
      if (!(await convertHold(trx, holdId, bookable.slot.id, appointmentId, now))) {
        fail('slot-taken', 'The hold has lapsed or is not for this slot');
      }
    } else if (!(await claimSeat(trx, bookable.slot.id, { appointmentId }, now))) {
      fail('slot-taken', 'The slot is fully booked');
    }
  }

  return {
    async locations(ctx) {
      return deps.config.offices.map((office) => localizeLocation(office, ctx.lang));
    },

    async services(ctx, { locationId }) {
      if (locationId !== undefined) catalogue.requireOffice(locationId);
      return deps.config.errands
        .filter((errand) => locationId === undefined || offersAt(errand, locationId))
        .map((errand) => localizeService(errand, ctx.lang));
    },

    async availability(ctx, query) {
      const now = clock.now();
      const { slots, closedDays, capacity } = catalogue.schedule(query, now, ctx.lang);
      const first = slots[0];
      const last = slots.at(-1);
      if (!first || !last) return { slots: [], closedDays };
      const taken = await claimedSeats(
        db,
        { serviceId: query.serviceId, locationId: query.locationId, from: new Date(first.start), to: new Date(last.start) },
        now,
      );
      const free = slots
        .map((slot) => ({ ...slot, remaining: capacity - (taken.get(slot.id) ?? 0) }))
        .filter((slot) => slot.remaining > 0);
      return { slots: free, closedDays };
    },

    async hold(ctx, query) {
      catalogue.requireErrand(query.serviceId);
      catalogue.requireOffice(query.locationId);
      requireSlotOf(query.slotId, query.serviceId, query.locationId);
      return once<Hold>(
        ctx,
        'hold',
        query,
        async (trx, now) => {
          const bookable = catalogue.bookable(query.slotId, now) ?? fail('slot-taken', 'The slot is no longer available');
          await ensureSlot(trx, bookable);
          const hold: Hold = {
            id: newHoldId(),
            slotId: bookable.slot.id,
            expiresAt: new Date(now.getTime() + holdMs).toISOString(),
            // The server's own time: a client whose clock is off counts the hold from it.
            issuedAt: now.toISOString(),
          };
          if (!(await claimSeat(trx, hold.slotId, { holdId: hold.id, expiresAt: new Date(hold.expiresAt) }, now))) {
            fail('slot-taken', 'The slot is fully booked');
          }
          if (ctx.idempotencyKey) await recordResult(trx, ctx.idempotencyKey, { hold });
          return hold;
        },
        async (_trx, earlier) => earlier.hold ?? fail('unavailable', 'An idempotency key lost its hold'),
      );
    },

    async releaseHold(_ctx, holdId) {
      // An unknown, lapsed or used hold is not an error: the place is free either way.
      await db.deleteFrom('seats').where('hold_id', '=', holdId).execute();
    },

    async book(ctx, request) {
      const errand = catalogue.requireErrand(request.serviceId);
      catalogue.requireOffice(request.locationId);
      const fields = bookingFieldErrors(request, localizeService(errand, ctx.lang), copenhagenToday(clock.now()));
      if (fields) fail('validation', 'The booking request is incomplete or invalid', fields);
      requireSlotOf(request.slotId, request.serviceId, request.locationId);
      if (errand.requiresLogin && !ctx.personId) fail('auth-required', 'This service requires sign-in');
      return once(
        ctx,
        'book',
        request,
        async (trx, now) => {
          const bookable = catalogue.bookable(request.slotId, now) ?? fail('slot-taken', 'The slot is no longer available');
          const id = randomUUID();
          const token = newToken();
          // The slot's row first: the appointment and its seat both point to it.
          await ensureSlot(trx, bookable);
          const row = await insertAppointment(trx, {
            id,
            token_hash: hashToken(token),
            status: 'booked',
            service_id: bookable.slot.serviceId,
            location_id: bookable.slot.locationId,
            slot_id: bookable.slot.id,
            starts_at: new Date(bookable.slot.start),
            ends_at: new Date(bookable.slot.end),
            lang: ctx.lang,
            person_id: ctx.personId ?? null,
            created_at: now,
            updated_at: now,
            personal_data_purged_at: null,
            ...personalData(request, cipher, copenhagenToday(now)),
          });
          await seat(trx, bookable, id, request.holdId, now);
          await notifier.booked(trx, subject(row, token));
          if (ctx.idempotencyKey)
            await recordResult(trx, ctx.idempotencyKey, { appointmentId: id, tokenEncrypted: cipher.encrypt(token) });
          return answer(row, ctx, token);
        },
        async (trx, earlier) => {
          const row = await appointmentById(trx, earlier.appointment_id);
          return answer(row, ctx, earlier.token_encrypted === null ? undefined : cipher.decrypt(earlier.token_encrypted));
        },
      );
    },

    async appointments(ctx, { reference }) {
      const token = ctx.token || undefined;
      if (!reference && token === undefined) {
        // "Mine aftaler": what the signed-in citizen booked, upcoming and the recent past.
        if (!ctx.personId) fail('auth-required', 'Sign in to see your own appointments');
        const since = new Date(clock.now().getTime() - RECENT_PAST_DAYS * DAY_MS);
        const rows = await db
          .selectFrom('appointments')
          .selectAll()
          .where('person_id', '=', ctx.personId)
          .where('ends_at', '>=', since)
          .orderBy('starts_at', 'desc')
          .execute();
        return rows.map((row) => answer(row, ctx));
      }
      requireManageRight(ctx);
      // A wrong token, an unknown reference and someone else's reference all answer [] alike.
      let query = db.selectFrom('appointments').selectAll();
      if (reference) query = query.where('reference', '=', normaliseReference(reference));
      query =
        token !== undefined
          ? query.where('token_hash', '=', hashToken(token))
          : query.where('person_id', '=', ctx.personId ?? '');
      const row = await query.executeTakeFirst();
      return row ? [answer(row, ctx, token)] : [];
    },

    async reschedule(ctx, query) {
      requireManageRight(ctx);
      const request = { reference: normaliseReference(query.reference), slotId: query.slotId, holdId: query.holdId };
      return once(
        ctx,
        'reschedule',
        request,
        async (trx, now) => {
          const row = await manageable(trx, ctx, query.reference);
          if (row.status === 'cancelled')
            fail('validation', 'A cancelled appointment cannot be moved', { reference: 'cancelled' });
          if (query.slotId === row.slot_id) {
            // Nothing moves; a hold the caller took on the time it already has is given back.
            if (query.holdId)
              await trx.deleteFrom('seats').where('hold_id', '=', query.holdId).where('slot_id', '=', row.slot_id).execute();
            if (ctx.idempotencyKey) await recordResult(trx, ctx.idempotencyKey, { appointmentId: row.id });
            return answer(row, ctx, ctx.token || undefined);
          }
          const key = catalogue.requireSlotKey(query.slotId);
          if (key.serviceId !== row.service_id) {
            fail('validation', 'An appointment can only move to a slot of the same service', { slotId: 'service-mismatch' });
          }
          const bookable = catalogue.bookable(query.slotId, now) ?? fail('slot-taken', 'The new slot is no longer available');
          // The new seat is taken before the old one is let go: a failure here leaves the appointment where it was.
          await seat(trx, bookable, row.id, query.holdId, now);
          await trx.deleteFrom('seats').where('appointment_id', '=', row.id).where('slot_id', '=', row.slot_id).execute();
          const moved = await trx
            .updateTable('appointments')
            .set({
              slot_id: bookable.slot.id,
              location_id: bookable.slot.locationId,
              starts_at: new Date(bookable.slot.start),
              ends_at: new Date(bookable.slot.end),
              updated_at: now,
            })
            .where('id', '=', row.id)
            .returningAll()
            .executeTakeFirstOrThrow();
          await notifier.moved(trx, subject(moved));
          if (ctx.idempotencyKey) await recordResult(trx, ctx.idempotencyKey, { appointmentId: row.id });
          return answer(moved, ctx, ctx.token || undefined);
        },
        async (trx, earlier) => answer(await appointmentById(trx, earlier.appointment_id), ctx, ctx.token || undefined),
      );
    },

    async cancel(ctx, query) {
      requireManageRight(ctx);
      return once(
        ctx,
        'cancel',
        { reference: normaliseReference(query.reference) },
        async (trx, now) => {
          let row = await manageable(trx, ctx, query.reference);
          if (row.status !== 'cancelled') {
            await trx.deleteFrom('seats').where('appointment_id', '=', row.id).execute();
            row = await trx
              .updateTable('appointments')
              .set({ status: 'cancelled', updated_at: now })
              .where('id', '=', row.id)
              .returningAll()
              .executeTakeFirstOrThrow();
            await notifier.cancelled(trx, subject(row));
          }
          if (ctx.idempotencyKey) await recordResult(trx, ctx.idempotencyKey, { appointmentId: row.id });
          return answer(row, ctx, ctx.token || undefined);
        },
        async (trx, earlier) => answer(await appointmentById(trx, earlier.appointment_id), ctx, ctx.token || undefined),
      );
    },

    async ready() {
      try {
        return (await pendingMigrations(db)).length === 0;
      } catch {
        return false;
      }
    },

    maintain: () => maintain(db, clock, deps.retentionDays),
  };
}
