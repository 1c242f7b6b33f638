/**
 * The Kysely types of every table, one interface per migration's tables: the core tables here
 * (server/migrations/0001_core.sql), the outbox's and the sessions' from their own modules.
 * Timestamps are `timestamptz`, which both engines read as `Date`.
 */
import type { ColumnType } from 'kysely';
import type { SpecialNeeds } from '../../../src/core/types.js';
import type { OutboxTables } from '../outbox/tables.js';
import type { SessionTables } from '../session/tables.js';

/** A nullable jsonb column: written as JSON text (both engines take that alike), read as the value. */
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

export interface SlotsTable {
  id: string;
  service_id: string;
  location_id: string;
  starts_at: Date;
  ends_at: Date;
  capacity: number;
}

export interface AppointmentsTable {
  id: string;
  reference: string;
  token_hash: string;
  status: 'booked' | 'cancelled';
  service_id: string;
  location_id: string;
  slot_id: string;
  starts_at: Date;
  ends_at: Date;
  lang: 'da' | 'en';
  person_id: string | null;
  created_at: Date;
  updated_at: Date;
  citizen_name: string | null;
  email: string | null;
  phone: string | null;
  sms_reminder: ColumnType<boolean, boolean | undefined, boolean>;
  cpr_encrypted: string | null;
  on_behalf_cpr_encrypted: string | null;
  on_behalf_relation: 'child' | 'adult' | null;
  needs: NullableJson<SpecialNeeds>;
  personal_data_purged_at: Date | null;
}

export interface SeatsTable {
  slot_id: string;
  capacity: number;
  seat: number;
  appointment_id: string | null;
  hold_id: string | null;
  hold_expires_at: Date | null;
  claimed_at: Date;
}

export interface StoredHold {
  id: string;
  slotId: string;
  expiresAt: string;
}

export interface IdempotencyKeysTable {
  key: string;
  operation: string;
  request_fingerprint: string;
  appointment_id: string | null;
  token_encrypted: string | null;
  hold: NullableJson<StoredHold>;
  created_at: Date;
}

export interface SchemaMigrationsTable {
  version: string;
  checksum: string;
  applied_at: ColumnType<Date, Date | undefined, Date>;
}

export interface CoreTables {
  slots: SlotsTable;
  appointments: AppointmentsTable;
  seats: SeatsTable;
  idempotency_keys: IdempotencyKeysTable;
  schema_migrations: SchemaMigrationsTable;
}

export type Database = CoreTables & OutboxTables & SessionTables;
