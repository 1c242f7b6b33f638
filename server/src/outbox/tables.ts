/**
 * The outbox's table as Kysely sees it (server/migrations/0002_outbox.sql). The domain's
 * `Database` (server/src/db/schema.ts) composes `OutboxTables`, so the notifier can write in
 * the booking's own transaction.
 */
import type { ColumnType, Generated } from 'kysely';
import type { NotificationSubject } from './notifier.js';

/** What happened to the appointment: the message that tells the citizen. */
export type OutboxKind = 'booked' | 'reminder' | 'moved' | 'cancelled';
export type OutboxChannel = 'email' | 'sms';
export type OutboxStatus = 'pending' | 'sent' | 'dropped' | 'expired' | 'dead';

/** A timestamptz: read as a Date, written as a Date. */
type Instant = ColumnType<Date, Date, Date>;

export interface OutboxTable {
  id: string;
  /** bigint identity; pg reads bigint as a string. */
  seq: ColumnType<string, never, never>;
  appointment_id: string;
  reference: string;
  kind: OutboxKind;
  channel: OutboxChannel;
  status: Generated<OutboxStatus>;
  due_at: Instant;
  expires_at: Instant;
  attempts: Generated<number>;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
  /** `Cipher.encrypt` of an `OutboxPayload` as JSON; NULL once the message has no use for it. */
  payload: ColumnType<string | null, string, string | null>;
  created_at: ColumnType<Date, Date, never>;
  sent_at: ColumnType<Date | null, never, Date | null>;
}

/**
 * What one message needs until it is sent, kept encrypted in `payload`. Only this message's
 * channel's address is in it, and never a CPR number (the notifier is never given one).
 */
export interface OutboxPayload extends Pick<
  NotificationSubject,
  'reference' | 'lang' | 'serviceId' | 'locationId' | 'start' | 'end' | 'citizenName'
> {
  /** The e-mail address, or the phone number in E.164. */
  to: string;
  /** The manage link with its token: only in the confirmation e-mail. */
  manageUrl?: string;
}

export interface OutboxTables {
  outbox: OutboxTable;
}
