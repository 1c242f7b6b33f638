/**
 * Sends what the notifier wrote to the outbox: at least once, in order per appointment, with
 * retries and backoff, safe with several server processes on one PostgreSQL.
 *
 * - Claim: one statement picks due rows with `FOR UPDATE SKIP LOCKED` (two workers never pick
 *   the same row) and moves their `due_at` a lease ahead, so no other worker takes them while
 *   this one sends. Sending happens outside any transaction (on PGlite a transaction held open
 *   across an SMTP conversation would stall every booking on its one connection). Rows of a
 *   batch not started within half the lease are given back, so a slow server cannot make a
 *   send run past its lease.
 * - Success: the row is marked sent and its payload (the personal data) deleted. A crash between
 *   sending and marking leaves the row to be sent again when the lease ends, with the same
 *   Message-ID (derived from the row id): at least once, recognisably the same message.
 * - Failure: the error is recorded (code and a redacted message, never an address or number)
 *   and the row is due again after an exponential backoff with jitter, capped at an hour; after
 *   `maxAttempts`, or at once when the mail server refuses the recipient for good (5xx), it is
 *   dead: logged as an error and kept (payload too, until the appointment has passed) so an
 *   operator can set it pending again.
 * - Order: a message waits while an earlier non-reminder message for the same appointment and
 *   channel is pending, so "moved" never overtakes "booked" after an outage.
 * - Messages whose appointment has passed are expired instead of sent, and their payload deleted.
 * - All time comes from the injected Clock, so tests move time instead of sleeping.
 */
import { type Kysely, sql } from 'kysely';
import type { Clock, ClockTimer } from '../../../src/core/clock.js';
import type { MunicipalityConfig } from '../../../src/core/municipality.js';
import type { Cipher } from '../crypto.js';
import type { Database } from '../db/schema.js';
import type { OutboxLog } from './log.js';
import type { Mailer } from './mailer.js';
import { renderEmail, renderSms } from './render.js';
import type { SmsProvider } from './sms.js';
import type { OutboxChannel, OutboxKind, OutboxPayload } from './tables.js';

export interface OutboxWorkerOptions {
  db: Kysely<Database>;
  clock: Clock;
  mailer: Mailer;
  sms: SmsProvider;
  config: MunicipalityConfig;
  cipher: Pick<Cipher, 'decrypt'>;
  log: OutboxLog;
  /** How often to look for due messages. Default 5000 ms. */
  pollMs?: number;
  /** Attempts before a message is dead. Default 50 (about two days at the one-hour cap). */
  maxAttempts?: number;
  /** Rows claimed at a time. Default 10. */
  batchSize?: number;
  /** How long a claimed row is this worker's. Default 5 minutes (far above the SMTP timeouts). */
  leaseMs?: number;
  /** 0 ≤ x < 1; the jitter's source. Default Math.random. */
  random?: () => number;
}

export interface OutboxWorker {
  /** Stops polling and waits for a run in progress. */
  stop(): Promise<void>;
  /** Sends everything due now; answers how many messages were sent. */
  runOnce(): Promise<number>;
}

const RETRY_BASE_MS = 30_000;
const RETRY_CAP_MS = 3_600_000;

/**
 * The wait after the `attempts`-th failed attempt: 30 s doubling to at most an hour, with
 * "equal jitter" (between half and all of it), so many messages failing together (a mail
 * server outage) do not all come back in the same second.
 */
export function retryDelay(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

/** What nodemailer and most clients put on an error (anything may be thrown). */
interface ErrorFields {
  code?: unknown;
  responseCode?: unknown;
  name?: unknown;
  message?: unknown;
}

function fieldsOf(error: unknown): ErrorFields {
  return typeof error === 'object' && error !== null ? error : {};
}

/** An error as recorded on the row: code, SMTP response code, and a message without addresses or numbers. */
export function describeError(error: unknown): string {
  const fields = fieldsOf(error);
  const code = typeof fields.code === 'string' ? fields.code : typeof fields.name === 'string' ? fields.name : 'Error';
  const response = typeof fields.responseCode === 'number' ? ` ${fields.responseCode}` : '';
  const message = (typeof fields.message === 'string' ? fields.message : String(error))
    .replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '<address>')
    .replace(/\+?\d[\d\s-]{4,}\d/g, '<number>')
    .slice(0, 300);
  return `${code}${response}: ${message}`;
}

/** The mail server refused the recipient for good (e.g. 550 no such mailbox): retrying cannot help. */
function isPermanent(error: unknown): boolean {
  const { code, responseCode } = fieldsOf(error);
  return code === 'EENVELOPE' && typeof responseCode === 'number' && responseCode >= 500;
}

interface ClaimedRow {
  id: string;
  seq: string;
  reference: string;
  kind: OutboxKind;
  channel: OutboxChannel;
  attempts: number;
  payload: string;
  created_at: Date;
}

export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, clock, mailer, sms, config, cipher, log } = options;
  const pollMs = options.pollMs ?? 5_000;
  const maxAttempts = options.maxAttempts ?? 50;
  const batchSize = options.batchSize ?? 10;
  const leaseMs = options.leaseMs ?? 300_000;
  const random = options.random ?? Math.random;

  /** Deletes the payload of messages whose appointment has passed; pending ones become expired. */
  async function expire(now: Date): Promise<void> {
    const result = await sql`
      UPDATE outbox SET payload = NULL, status = CASE WHEN status = 'pending' THEN 'expired' ELSE status END
      WHERE status IN ('pending', 'dead') AND payload IS NOT NULL AND expires_at <= ${now}`.execute(db);
    const count = Number(result.numAffectedRows ?? 0);
    if (count > 0) log.warn({ count }, 'Outbox: messages expired unsent (their appointment has passed)');
  }

  async function claim(now: Date): Promise<ClaimedRow[]> {
    const result = await sql<ClaimedRow>`
      UPDATE outbox SET due_at = ${new Date(now.getTime() + leaseMs)}, attempts = attempts + 1
      WHERE id IN (
        SELECT candidate.id FROM outbox AS candidate
        WHERE candidate.status = 'pending' AND candidate.due_at <= ${now}
          AND NOT EXISTS (
            SELECT 1 FROM outbox AS earlier
            WHERE earlier.appointment_id = candidate.appointment_id AND earlier.channel = candidate.channel
              AND earlier.status = 'pending' AND earlier.kind <> 'reminder' AND earlier.seq < candidate.seq)
        ORDER BY candidate.due_at, candidate.seq
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, seq, reference, kind, channel, attempts, payload, created_at`.execute(db);
    // UPDATE … RETURNING does not keep the sub-select's order: back to write order.
    return [...result.rows].sort((a, b) => Number(a.seq) - Number(b.seq));
  }

  async function deliver(row: ClaimedRow): Promise<void> {
    const payload = JSON.parse(cipher.decrypt(row.payload)) as OutboxPayload;
    if (row.channel === 'email') {
      const email = renderEmail(row.kind, payload, config, row.created_at);
      await mailer.send({ id: row.id, to: payload.to, ...email });
    } else {
      await sms.send(payload.to, renderSms(row.kind, payload, config), { id: row.id });
    }
  }

  async function markSent(row: ClaimedRow): Promise<void> {
    // Also when a move dropped it meanwhile: the record says what the citizen received.
    await db
      .updateTable('outbox')
      .set({ status: 'sent', sent_at: clock.now(), payload: null, last_error: null })
      .where('id', '=', row.id)
      .execute();
    log.info(
      { outboxId: row.id, reference: row.reference, kind: row.kind, channel: row.channel, attempts: row.attempts },
      'Outbox: sent',
    );
  }

  async function markFailed(row: ClaimedRow, error: unknown): Promise<void> {
    const description = describeError(error);
    const dead = isPermanent(error) || row.attempts >= maxAttempts;
    const dueAt = new Date(clock.now().getTime() + retryDelay(row.attempts, random));
    await db
      .updateTable('outbox')
      .set({ status: dead ? 'dead' : 'pending', last_error: description, due_at: dueAt })
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .execute();
    const fields = {
      outboxId: row.id,
      reference: row.reference,
      kind: row.kind,
      channel: row.channel,
      attempts: row.attempts,
      error: description,
    };
    if (dead) log.error(fields, 'Outbox: message given up (dead); set it pending again to retry');
    else log.warn({ ...fields, retryAt: dueAt.toISOString() }, 'Outbox: sending failed, will retry');
  }

  /** Gives claimed rows back unattempted: due at once, for any worker. */
  async function release(rows: ClaimedRow[]): Promise<void> {
    await db
      .updateTable('outbox')
      .set((eb) => ({ due_at: clock.now(), attempts: eb('attempts', '-', 1) }))
      .where(
        'id',
        'in',
        rows.map((row) => row.id),
      )
      .where('status', '=', 'pending')
      .execute();
  }

  async function run(): Promise<number> {
    await expire(clock.now());
    let sent = 0;
    for (;;) {
      const claimedAt = clock.now();
      const rows = await claim(claimedAt);
      if (rows.length === 0) return sent;
      for (const [index, row] of rows.entries()) {
        // A slow mail server could make this batch outlast its lease, and another worker could
        // then take the rest too: what is not started within half the lease is given back.
        if (clock.now().getTime() - claimedAt.getTime() > leaseMs / 2) {
          await release(rows.slice(index));
          break;
        }
        try {
          await deliver(row);
        } catch (error) {
          await markFailed(row, error);
          continue;
        }
        await markSent(row);
        sent += 1;
      }
    }
  }

  // One run at a time per worker: the timer's and a caller's runs queue up.
  let queue: Promise<unknown> = Promise.resolve();
  function runOnce(): Promise<number> {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  }

  let stopped = false;
  let timer: ClockTimer | undefined;
  function schedule(delay: number): void {
    timer = clock.setTimeout(() => {
      timer = undefined;
      runOnce()
        .catch((error: unknown) =>
          log.error({ error: describeError(error) }, 'Outbox: run failed; trying again at the next poll'),
        )
        .finally(() => {
          if (!stopped) schedule(pollMs);
        });
    }, delay);
  }
  schedule(0);

  return {
    runOnce,
    async stop() {
      stopped = true;
      clock.clearTimeout(timer);
      await queue;
    },
  };
}
