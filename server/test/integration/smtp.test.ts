/**
 * Confirmations survive a mail server outage, end to end through the server: citizens book
 * while nothing listens on SMTP_URL (the outbox records failed attempts), then a real SMTP
 * server (smtp-server) comes up on that address, and every confirmation arrives exactly once,
 * with its calendar file. The outbox's own tests cover the backoff and ordering at unit level;
 * this one proves the whole path. On PostgreSQL (the outbox is read from a connection of the test's own).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { book, bookingFor } from '../support/booking.js';
import { testDatabase } from '../support/database.js';
import { TEST_MUNICIPALITY } from '../support/municipality.js';
import { freePort, startServer, type ServerProcess } from '../support/server-process.js';

/** Long enough for the worker's first retry (30 s backoff at most, with a 5 s poll), generous for a busy machine. */
const DELIVERED_WITHIN_MS = 120_000;

interface Received {
  to: string[];
  text: string;
}

/** Resolves when `condition` holds, checked every 200 ms; rejects after `ms`, with what `explain` says. */
async function until<T>(
  what: string,
  ms: number,
  condition: () => Promise<T | undefined>,
  explain: () => Promise<unknown>,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await condition();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(await explain())}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('SMTP down, then up', async () => {
  const database = await testDatabase();
  const smtpPort = await freePort();
  let server: ServerProcess;
  let smtp: SMTPServer | undefined;
  const received: Received[] = [];

  before(async () => {
    if (!database) return;
    server = await startServer({
      config: TEST_MUNICIPALITY,
      databaseUrl: database.url,
      env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, BT_MAIL_FROM: 'Borgerservice <no-reply@test.example>' },
    });
  });
  after(async () => {
    await server?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    await database?.drop();
  });

  const outbox = () => database!.query('SELECT kind, channel, status, attempts, due_at, last_error FROM outbox ORDER BY seq');

  it('delivers every confirmation once the mail server is back', { skip: !database && 'no PostgreSQL' }, async () => {
    // A week ahead, so no reminder falls due while the test runs: only the confirmations go.
    const citizens = [1, 2, 3].map((n) => ({ n, slotId: `raadhus:sundhedskort:2026-11-30T1${n}:00` }));
    const references: string[] = [];
    for (const { n, slotId } of citizens) {
      const attempt = await book(server.api, bookingFor(slotId, n));
      assert.equal(attempt.status, 201, JSON.stringify(attempt.body));
      references.push(String(attempt.body.reference));
    }

    // Down: every confirmation was tried and failed, none sent.
    await until(
      'failed delivery attempts',
      DELIVERED_WITHIN_MS,
      async () => {
        const rows = await database!.query<{ attempts: number; status: string }>(
          "SELECT attempts, status FROM outbox WHERE channel = 'email' AND kind = 'booked'",
        );
        return rows.length === 3 && rows.every((row) => row.attempts >= 1 && row.status === 'pending') ? rows : undefined;
      },
      outbox,
    );
    assert.equal(received.length, 0);

    // Up: a real SMTP server on the configured address.
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((address) => address.address), text });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp!.listen(smtpPort, '127.0.0.1', resolve));

    await until(
      'every confirmation sent',
      DELIVERED_WITHIN_MS,
      async () => {
        const rows = await database!.query<{ status: string }>(
          "SELECT status FROM outbox WHERE channel = 'email' AND kind = 'booked'",
        );
        return rows.length === 3 && rows.every((row) => row.status === 'sent') ? rows : undefined;
      },
      outbox,
    );

    // Once each: three messages, one per citizen, each naming its booking and carrying the .ics.
    assert.deepEqual(received.map((message) => message.to).sort(), [
      ['borger1@example.dk'],
      ['borger2@example.dk'],
      ['borger3@example.dk'],
    ]);
    for (const reference of references) {
      const messages = received.filter((message) => message.text.includes(reference));
      assert.equal(messages.length, 1, `one confirmation for ${reference}`);
      assert.match(messages[0]!.text, /Content-Type: text\/calendar/i, 'the calendar file is attached');
    }
    const [payloads] = await database!.query<{ kept: string }>(
      "SELECT count(*) AS kept FROM outbox WHERE kind = 'booked' AND payload IS NOT NULL",
    );
    assert.equal(payloads!.kept, '0', 'personal data leaves the outbox once sent');
  });
});
