/**
 * Idempotency keys, kept in the database so a repeat finds the first request's result also
 * after a restart. The key's row is inserted first in the operation's own transaction: a
 * concurrent repeat waits on the unique key until the first commits (then reads its result)
 * or rolls back (then does the work itself), so one key never does the work twice. A failed
 * request leaves no row, and the key may be used again.
 */
import type { Selectable, Transaction } from 'kysely';
import type { Database, IdempotencyKeysTable } from '../db/schema.js';
import { fail } from '../../../src/core/errors.js';

type Trx = Transaction<Database>;

export type Operation = 'book' | 'hold' | 'reschedule' | 'cancel';

/** JSON with object keys sorted, so one request always has one fingerprint. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export type EarlierResult = Pick<Selectable<IdempotencyKeysTable>, 'appointment_id' | 'token_encrypted' | 'hold'>;

/**
 * Takes the key for this request, or answers what the first request with it made. The same
 * key with another operation or body is `validation` (`idempotencyKey: 'reused'`).
 */
export async function takeKey(
  trx: Trx,
  key: string,
  operation: Operation,
  fingerprint: string,
  now: Date,
): Promise<EarlierResult | undefined> {
  const inserted = await trx
    .insertInto('idempotency_keys')
    .values({ key, operation, request_fingerprint: fingerprint, created_at: now })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return undefined;
  const earlier = await trx
    .selectFrom('idempotency_keys')
    .select(['operation', 'request_fingerprint', 'appointment_id', 'token_encrypted', 'hold'])
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  if (earlier.operation !== operation || earlier.request_fingerprint !== fingerprint) {
    fail('validation', 'The idempotency key was used for another request', { idempotencyKey: 'reused' });
  }
  return earlier;
}

/** Records what the request made, in its transaction. */
export async function recordResult(
  trx: Trx,
  key: string,
  result: { appointmentId?: string; tokenEncrypted?: string; hold?: NonNullable<EarlierResult['hold']> },
): Promise<void> {
  await trx
    .updateTable('idempotency_keys')
    .set({
      appointment_id: result.appointmentId ?? null,
      token_encrypted: result.tokenEncrypted ?? null,
      hold: result.hold ? JSON.stringify(result.hold) : null,
    })
    .where('key', '=', key)
    .execute();
}
