/**
 * Retention: personal data lives only as long as it is needed. A number of days after an
 * appointment (`BT_RETENTION_DAYS`) its name, contact data, needs and CPR ciphertexts are
 * deleted; the reference, errand, office and times stay for statistics and for the citizen's
 * own list. Idempotency keys (which can hold an encrypted manage token) go after as many days.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../../src/core/clock.js';
import type { Database } from '../db/schema.js';

const DAY_MS = 86_400_000;

export interface MaintenanceResult {
  /** Appointments whose personal data was deleted now. */
  purged: number;
  /** Lapsed holds whose seats were freed now. */
  holdsReleased: number;
}

export async function purgeExpiredPersonalData(db: Kysely<Database>, clock: Clock, retentionDays: number): Promise<number> {
  const now = clock.now();
  const before = new Date(now.getTime() - retentionDays * DAY_MS);
  return db.transaction().execute(async (trx) => {
    const purged = await trx
      .updateTable('appointments')
      .set({
        citizen_name: null,
        email: null,
        phone: null,
        sms_reminder: false,
        cpr_encrypted: null,
        on_behalf_cpr_encrypted: null,
        on_behalf_relation: null,
        needs: null,
        personal_data_purged_at: now,
      })
      .where('ends_at', '<', before)
      .where('personal_data_purged_at', 'is', null)
      .executeTakeFirst();
    await trx.deleteFrom('idempotency_keys').where('created_at', '<', before).execute();
    return Number(purged.numUpdatedRows);
  });
}

/**
 * Frees every lapsed hold. A claim already frees the lapsed holds of its own slot in its
 * transaction; this keeps the table small between claims.
 */
export async function releaseLapsedHolds(db: Kysely<Database>, clock: Clock): Promise<number> {
  const released = await db.deleteFrom('seats').where('hold_expires_at', '<=', clock.now()).executeTakeFirst();
  return Number(released.numDeletedRows);
}

export async function maintain(db: Kysely<Database>, clock: Clock, retentionDays: number): Promise<MaintenanceResult> {
  return { purged: await purgeExpiredPersonalData(db, clock, retentionDays), holdsReleased: await releaseLapsedHolds(db, clock) };
}
