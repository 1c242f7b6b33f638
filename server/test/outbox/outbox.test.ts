/**
 * The outbox end to end on PGlite: the notifier writing in the caller's transaction, the worker
 * sending through a real SMTP server (smtp-server) that goes down and comes back, reminders
 * across moves and cancellations, and what a citizen receives.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { sql } from 'kysely';
import type { MunicipalityConfig } from '../../../src/core/municipality.js';
import { ManualClock } from '../../../test/support/manual-clock.js';
import { createCipher } from '../../src/crypto.js';
import { openDatabase, type OpenDatabase } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import type { OutboxLog } from '../../src/outbox/log.js';
import { createMailer, type Mailer } from '../../src/outbox/mailer.js';
import { createNotifier, type NotificationSubject } from '../../src/outbox/notifier.js';
import { reminderTime } from '../../src/outbox/reminder.js';
import { consoleSmsProvider, fileSmsProvider } from '../../src/outbox/sms.js';
import { startOutboxWorker, type OutboxWorker, type OutboxWorkerOptions } from '../../src/outbox/worker.js';
import { TEST_MUNICIPALITY } from '../support/municipality.js';
import { decodedHeader, header, mimeParts, smtpSink, type SmtpSink } from './smtp-sink.js';

const [office] = TEST_MUNICIPALITY.offices;
const [passport] = TEST_MUNICIPALITY.errands;

/** Configuration text is plain text: markup in it must arrive escaped in the HTML part. */
const CONFIG: MunicipalityConfig = {
  ...TEST_MUNICIPALITY,
  offices: [
    { ...office!, email: 'borgerservice@testkommune.dk', accessibilityNote: { da: 'Rampe <b>ved</b> siden & "bagved"' } },
  ],
  errands: [
    { ...passport!, name: { da: 'Pas <script>alert(1)</script>', en: 'Passport <script>alert(1)</script>' }, fee: 727.5 },
  ],
};

const START = '2026-11-26T10:15:00+01:00';
const END = '2026-11-26T10:30:00+01:00';
const CPR_PATTERN = /\b\d{6}-?\d{4}\b/;

function subject(overrides: Partial<NotificationSubject> = {}): NotificationSubject {
  const reference = `BT-${randomBytes(3).toString('hex').toUpperCase()}`;
  return {
    appointmentId: `appt-${reference}`,
    reference,
    token: 'manage-token-abc',
    lang: 'da',
    serviceId: 'pas',
    locationId: 'raadhus',
    start: START,
    end: END,
    citizenName: 'Anna Jensen',
    email: 'anna@example.dk',
    ...overrides,
  };
}

interface Row {
  id: string;
  kind: string;
  channel: string;
  status: string;
  attempts: number;
  due_at: Date;
  payload: string | null;
  last_error: string | null;
  sent_at: Date | null;
  appointment_id: string;
}

let database: OpenDatabase;
let sink: SmtpSink;
let clock: ManualClock;
let smsDir: string;
const logged: string[] = [];
const log: OutboxLog = {
  info: (fields, message) => logged.push(JSON.stringify({ fields, message })),
  warn: (fields, message) => logged.push(JSON.stringify({ fields, message })),
  error: (fields, message) => logged.push(JSON.stringify({ fields, message })),
};
const cipher = createCipher(randomBytes(32));
const workers: OutboxWorker[] = [];
const mailers: Mailer[] = [];

function notifier() {
  return createNotifier({ cipher, clock, manageUrl: 'https://kommune.example/tid?ref={reference}&token={token}' });
}

/**
 * A worker driven by the test's runOnce calls alone: its own polling timer would run the same
 * work at an advance() and leave the test's run nothing to do. (Polling has a test of its own.)
 */
function worker(overrides: Partial<OutboxWorkerOptions> = {}): OutboxWorker {
  const mailer = createMailer({ smtpUrl: sink.url, from: 'Borgerservice <no-reply@testkommune.dk>', directory: smsDir, log });
  mailers.push(mailer);
  const started = startOutboxWorker({
    db: database.db,
    clock: { now: () => clock.now(), setTimeout: () => undefined, clearTimeout: () => undefined },
    mailer,
    sms: fileSmsProvider(smsDir),
    config: CONFIG,
    cipher,
    log,
    ...overrides,
  });
  workers.push(started);
  return started;
}

async function book(s: NotificationSubject): Promise<void> {
  await database.db.transaction().execute((trx) => notifier().booked(trx, s));
}

async function rows(): Promise<Row[]> {
  const result = await sql<Row>`SELECT * FROM outbox ORDER BY seq`.execute(database.db);
  return result.rows;
}

const minutes = (count: number): number => count * 60_000;

before(async () => {
  database = await openDatabase({});
  await migrate(database.db);
});

after(async () => {
  await Promise.all(workers.map((started) => started.stop()));
  for (const mailer of mailers) mailer.close();
  await sink?.close();
  await database.close();
});

beforeEach(async () => {
  await Promise.all(workers.splice(0).map((started) => started.stop()));
  await sql`DELETE FROM outbox`.execute(database.db);
  await sink?.close();
  sink = await smtpSink({ reject: (address) => address.startsWith('nobody@') });
  clock = new ManualClock('2026-11-23T08:00:00Z');
  logged.length = 0;
  if (smsDir) await rm(smsDir, { recursive: true, force: true });
  smsDir = await mkdtemp(join(tmpdir(), 'bt-outbox-'));
});

describe('the notifier writes in the caller’s transaction', () => {
  test('a rolled-back booking writes nothing; a committed one writes its confirmation and reminders', async () => {
    const rolledBack = subject({ phone: '12 34 56 78', smsReminder: true });
    await assert.rejects(
      database.db.transaction().execute(async (trx) => {
        await notifier().booked(trx, rolledBack);
        throw new Error('the seat was taken after all');
      }),
      /seat was taken/,
    );
    assert.equal((await rows()).length, 0);

    const booked = subject({ phone: '12 34 56 78', smsReminder: true });
    await book(booked);
    const written = await rows();
    assert.deepEqual(
      written.map((row) => [row.kind, row.channel, row.status]),
      [
        ['booked', 'email', 'pending'],
        ['reminder', 'email', 'pending'],
        ['reminder', 'sms', 'pending'],
      ],
    );
    assert.equal(written[0]!.due_at.toISOString(), clock.now().toISOString());
    // Wednesday 25 November, 10.15 Copenhagen time.
    assert.equal(written[1]!.due_at.toISOString(), '2026-11-25T09:15:00.000Z');
    for (const row of written) {
      assert.ok(row.payload, 'a pending message keeps its payload');
      assert.doesNotMatch(row.payload, /anna@example|12345678|Anna|manage-token/, 'the payload is encrypted');
    }
  });

  test('no reminder when its time has already passed', async () => {
    clock.set('2026-11-25T16:30:00Z');
    await book(subject({ phone: '12345678', smsReminder: true }));
    assert.deepEqual(
      (await rows()).map((row) => row.kind),
      ['booked'],
    );
  });

  test('a move drops the pending reminders and schedules the new one; a cancellation drops them', async () => {
    const s = subject({ phone: '12345678', smsReminder: true });
    await book(s);
    const moved = { ...s, token: undefined, start: '2026-12-03T17:30:00+01:00', end: '2026-12-03T17:45:00+01:00' };
    await database.db.transaction().execute((trx) => notifier().moved(trx, moved));
    let written = await rows();
    assert.deepEqual(
      written.map((row) => [row.kind, row.channel, row.status, row.payload === null]),
      [
        ['booked', 'email', 'pending', false],
        ['reminder', 'email', 'dropped', true],
        ['reminder', 'sms', 'dropped', true],
        ['moved', 'email', 'pending', false],
        ['reminder', 'email', 'pending', false],
        ['reminder', 'sms', 'pending', false],
      ],
    );
    // A 17.30 appointment is reminded at 16.00 the day before.
    assert.equal(written[4]!.due_at.toISOString(), '2026-12-02T15:00:00.000Z');

    await database.db.transaction().execute((trx) => notifier().cancelled(trx, moved));
    written = await rows();
    assert.deepEqual(
      written.map((row) => [row.kind, row.status]),
      [
        ['booked', 'pending'],
        ['reminder', 'dropped'],
        ['reminder', 'dropped'],
        ['moved', 'pending'],
        ['reminder', 'dropped'],
        ['reminder', 'dropped'],
        ['cancelled', 'pending'],
      ],
    );

    // Nothing but the three announcements ever goes, in the order they were written.
    await sink.listen();
    const started = worker();
    assert.equal(await started.runOnce(), 3);
    clock.advance(10 * 24 * 3_600_000);
    assert.equal(await started.runOnce(), 0);
    assert.deepEqual(
      sink.received.map((mail) => decodedHeader(mail.raw, 'Subject')),
      [
        `Din tid i Borgerservice er bestilt – ${s.reference}`,
        `Din tid i Borgerservice er flyttet – ${s.reference}`,
        `Din tid i Borgerservice er aflyst – ${s.reference}`,
      ],
    );
    const [confirmation, move, cancellation] = sink.received.map((mail) => mimeParts(mail.raw));
    const calendarOf = (parts: typeof confirmation) => parts?.find((part) => part.contentType === 'text/calendar')?.body ?? '';
    const textOf = (parts: typeof confirmation) => parts?.find((part) => part.contentType === 'text/plain')?.body ?? '';
    assert.match(calendarOf(confirmation), /DTSTART;TZID=Europe\/Copenhagen:20261126T101500/);
    assert.match(
      calendarOf(move),
      /DTSTART;TZID=Europe\/Copenhagen:20261203T173000/,
      'the move sends the new time as a calendar file',
    );
    assert.match(textOf(move), /Tid: +torsdag den 3\. december 2026 kl\. 17\.30–17\.45/);
    assert.doesNotMatch(textOf(move), /manage-token/, 'the token is only known when booking');
    assert.match(textOf(move), /ring til Rådhuset på \+45 01 23 45 67/);
    assert.equal(calendarOf(cancellation), '', 'no calendar file with a cancellation');
    assert.match(textOf(cancellation), /Du skal ikke møde op\.[\s\S]*husk at slette den/);
    assert.doesNotMatch(textOf(cancellation), /Pris|Det skal du medbringe/);
  });
});

describe('the worker', () => {
  test('with the mail server down nothing is lost; once it is back every message goes exactly once', async () => {
    const booked = [subject(), subject(), subject({ lang: 'en' })];
    for (const s of booked) await book(s);
    const started = worker();

    assert.equal(await started.runOnce(), 0);
    let pending = (await rows()).filter((row) => row.kind === 'booked');
    for (const row of pending) {
      assert.equal(row.status, 'pending');
      assert.equal(row.attempts, 1);
      assert.match(row.last_error ?? '', /ECONNREFUSED|ECONNECTION|ESOCKET/);
      const wait = row.due_at.getTime() - clock.now().getTime();
      assert.ok(wait >= 15_000 && wait <= 30_000, `first retry after 15–30 s, not ${wait} ms`);
    }
    // Not due again yet: no attempt.
    assert.equal(await started.runOnce(), 0);
    assert.deepEqual(
      (await rows()).filter((row) => row.kind === 'booked').map((row) => row.attempts),
      [1, 1, 1],
    );

    clock.advance(30_000);
    assert.equal(await started.runOnce(), 0);
    pending = (await rows()).filter((row) => row.kind === 'booked');
    for (const row of pending) {
      assert.equal(row.attempts, 2);
      const wait = row.due_at.getTime() - clock.now().getTime();
      assert.ok(wait >= 30_000 && wait <= 60_000, `second retry after 30–60 s, not ${wait} ms`);
    }
    assert.equal(sink.received.length, 0);

    await sink.listen();
    clock.advance(60_000);
    assert.equal(await started.runOnce(), 3);
    clock.advance(minutes(60));
    assert.equal(await started.runOnce(), 0);

    const ids = (await rows()).filter((row) => row.kind === 'booked').map((row) => row.id);
    assert.deepEqual(
      sink.received.map((mail) => mail.messageId).sort(),
      ids.map((id) => `<outbox.${id}@testkommune.dk>`).sort(),
      'each message arrives once, under the Message-ID of its row',
    );
    for (const row of await rows()) {
      if (row.kind !== 'booked') continue;
      assert.equal(row.status, 'sent');
      assert.equal(row.payload, null, 'the personal data is deleted once sent');
      assert.equal(row.last_error, null);
      assert.ok(row.sent_at);
    }

    // The reminders, the day before.
    clock.set(reminderTime(START));
    assert.equal(await started.runOnce(), 3);
    assert.equal(sink.received.length, 6);
    assert.equal(new Set(sink.received.map((mail) => mail.messageId)).size, 6);

    const everything = JSON.stringify(await rows()) + logged.join('\n');
    assert.doesNotMatch(everything, /anna@example|Anna Jensen|manage-token/, 'no personal data left in rows or logs');
  });

  test('the e-mail: Danish text, escaped HTML, the manage link, a calendar file without it, no CPR number', async () => {
    const s = subject();
    await book(s);
    await sink.listen();
    assert.equal(await worker().runOnce(), 1);
    const [mail] = sink.received;
    assert.ok(mail);
    assert.equal(decodedHeader(mail.raw, 'Subject'), `Din tid i Borgerservice er bestilt – ${s.reference}`);
    assert.equal(header(mail.raw, 'Reply-To'), 'borgerservice@testkommune.dk');
    assert.deepEqual(mail.to, ['anna@example.dk']);
    assert.doesNotMatch(mail.raw, CPR_PATTERN);

    const parts = mimeParts(mail.raw);
    const text = parts.find((part) => part.contentType === 'text/plain')?.body ?? '';
    const html = parts.find((part) => part.contentType === 'text/html')?.body ?? '';
    const ics = parts.find((part) => part.contentType === 'text/calendar');
    const link = `https://kommune.example/tid?ref=${s.reference}&token=manage-token-abc`;

    assert.match(text, /^Kære Anna Jensen/);
    assert.match(text, /Ærinde: +Pas <script>alert\(1\)<\/script>/);
    assert.match(text, /Tid: +torsdag den 26\. november 2026 kl\. 10\.15–10\.30/);
    assert.match(text, /Sted: +Rådhuset, Torvet 1, 9999 Testby/);
    assert.match(text, /Pris: +727,50 kr\./);
    assert.match(text, /Det skal du medbringe:\n- Gammelt pas/);
    assert.ok(text.includes(link), 'the manage link is in the text');
    assert.match(text, /Med venlig hilsen\nTestkommune/);

    assert.doesNotMatch(html, /<script>|<b>/, 'no markup from the configuration');
    assert.ok(html.includes('Pas &lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('Rampe &lt;b&gt;ved&lt;/b&gt; siden &amp; &quot;bagved&quot;'));
    assert.ok(html.includes(`<a href="${link.replace('&', '&amp;')}">Ændr eller aflys din tid</a>`));

    assert.ok(ics, 'the calendar file is attached');
    assert.equal(ics.filename, `borgerservice-${s.reference}.ics`);
    const event = new ICAL.Component(ICAL.parse(ics.body) as unknown[]).getFirstSubcomponent('vevent');
    assert.ok(event);
    assert.equal(event.getFirstPropertyValue('uid'), `${s.reference}@borgertid`);
    assert.equal(event.getFirstPropertyValue('summary'), 'Pas <script>alert(1)</script> – Rådhuset');
    assert.equal(event.getFirstPropertyValue('url'), null, 'no manage link in a file that calendars sync and share');
    assert.ok(!ics.body.includes('manage-token-abc'), 'the manage token stays out of the calendar file');
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    assert.equal(start.toString(), '2026-11-26T10:15:00');
    assert.equal(event.getFirstProperty('dtstart')?.getParameter('tzid'), 'Europe/Copenhagen');
  });

  test('the e-mail in English', async () => {
    const s = subject({ lang: 'en' });
    await book(s);
    await sink.listen();
    assert.equal(await worker().runOnce(), 1);
    const [mail] = sink.received;
    assert.ok(mail);
    assert.equal(decodedHeader(mail.raw, 'Subject'), `Your Borgerservice appointment is booked – ${s.reference}`);
    const text = mimeParts(mail.raw).find((part) => part.contentType === 'text/plain')?.body ?? '';
    assert.match(text, /Errand: +Passport <script>/);
    assert.match(text, /Time: +Thursday, 26 November 2026, 10:15–10:30/);
    assert.match(text, /Fee: +DKK 727\.50/);
    assert.match(text, /Please bring:\n- Old passport/);
    assert.match(text, /Kind regards\nTest Municipality/);
  });

  test('a booking without a name is greeted without one', async () => {
    await book(subject({ citizenName: ' ' }));
    await sink.listen();
    assert.equal(await worker().runOnce(), 1);
    const text = mimeParts(sink.received[0]?.raw ?? '').find((part) => part.contentType === 'text/plain')?.body ?? '';
    assert.match(text, /^Kære borger\n/);
  });

  test('a failure after the message went out sends the same message again (same Message-ID and content)', async () => {
    await book(subject());
    await sink.listen();
    const real = createMailer({ smtpUrl: sink.url, from: 'Borgerservice <no-reply@testkommune.dk>', directory: smsDir, log });
    mailers.push(real);
    let crashes = 1;
    const crashingAfterSend: Mailer = {
      async send(mail) {
        await real.send(mail);
        if (crashes-- > 0) throw new Error('process died before marking the message sent');
      },
      close: () => real.close(),
    };
    const started = worker({ mailer: crashingAfterSend });
    assert.equal(await started.runOnce(), 0);
    assert.equal(sink.received.length, 1);
    clock.advance(30_000);
    assert.equal(await started.runOnce(), 1);
    const [first, second] = sink.received;
    assert.ok(first && second);
    assert.equal(first.messageId, second.messageId);
    const body = (raw: string) => mimeParts(raw).map((part) => part.body);
    assert.deepEqual(body(first.raw), body(second.raw));
  });

  test('a message waits for the earlier messages of its appointment', async () => {
    const s = subject();
    await book(s);
    const started = worker();
    assert.equal(await started.runOnce(), 0, 'the mail server is down');
    await database.db
      .transaction()
      .execute((trx) => notifier().moved(trx, { ...s, start: '2026-11-27T10:15:00+01:00', end: '2026-11-27T10:30:00+01:00' }));
    await sink.listen();
    // The move's message is due, the confirmation is still waiting for its retry.
    assert.equal(await started.runOnce(), 0);
    clock.advance(minutes(1));
    assert.equal(await started.runOnce(), 2);
    assert.deepEqual(
      sink.received.map((mail) => decodedHeader(mail.raw, 'Subject')?.split(' – ')[0]),
      ['Din tid i Borgerservice er bestilt', 'Din tid i Borgerservice er flyttet'],
    );
  });

  test('a message whose appointment has passed expires unsent, and its payload is deleted', async () => {
    await book(subject());
    const started = worker();
    assert.equal(await started.runOnce(), 0);
    clock.set('2026-11-26T09:30:00Z');
    await sink.listen();
    assert.equal(await started.runOnce(), 0);
    assert.equal(sink.received.length, 0);
    assert.deepEqual(
      (await rows()).map((row) => [row.kind, row.status, row.payload]),
      [
        ['booked', 'expired', null],
        ['reminder', 'expired', null],
      ],
    );
  });

  test('a recipient the mail server refuses for good is dead at once, and the error names no address', async () => {
    await book(subject({ email: 'nobody@testkommune.dk' }));
    await sink.listen();
    const started = worker();
    assert.equal(await started.runOnce(), 0);
    const [row] = await rows();
    assert.equal(row?.status, 'dead');
    assert.equal(row?.attempts, 1);
    assert.match(row?.last_error ?? '', /^EENVELOPE 550/);
    assert.doesNotMatch(row?.last_error ?? '', /nobody/);
    assert.ok(row?.payload, 'kept so an operator can retry');
    assert.doesNotMatch(logged.join('\n'), /nobody@/);
    assert.ok(logged.some((line) => line.includes('dead')));
    // Once the appointment has passed, the payload goes.
    clock.set('2026-11-26T09:30:00Z');
    await started.runOnce();
    assert.deepEqual(
      (await rows()).map((row) => [row.kind, row.status, row.payload]),
      [
        ['booked', 'dead', null],
        ['reminder', 'expired', null],
      ],
    );
  });

  test('SMS: the confirmation by SMS without an e-mail address, a reminder when asked; no name, no link', async () => {
    const s = subject({ email: undefined, phone: '12 34 56 78', smsReminder: true });
    await book(s);
    const started = worker();
    assert.equal(await started.runOnce(), 1);
    clock.set(reminderTime(START));
    assert.equal(await started.runOnce(), 1);
    const files = (await readdir(smsDir)).sort();
    assert.equal(files.length, 2);
    const texts = await Promise.all(files.map((file) => readFile(join(smsDir, file), 'utf8')));
    const [confirmation, reminder] = texts.sort((a) => (a.includes('bestilt') ? -1 : 1));
    assert.equal(
      confirmation,
      `To: +4512345678\n\nBorgerservice: Din tid er bestilt: Pas <script>alert(1)</script>, torsdag 26. november 2026 kl. 10.15, ` +
        `Rådhuset, Torvet 1. Bestillingsnr. ${s.reference}. Ændr eller aflys: ring +45 01 23 45 67.\n`,
    );
    assert.match(reminder ?? '', /^To: \+4512345678\n\nBorgerservice: Husk din tid torsdag 26\. november 2026 kl\. 10\.15: /);
    for (const text of texts) assert.doesNotMatch(text, /Anna|manage-token|https?:/);
    assert.equal(sink.received.length, 0);
  });

  test('polls on its clock, and stops', async () => {
    await book(subject());
    await sink.listen();
    const started = worker({ clock, pollMs: minutes(1) });
    clock.advance(0);
    await started.runOnce();
    assert.equal(sink.received.length, 1);
    await book(subject());
    clock.advance(minutes(1));
    await started.runOnce();
    assert.equal(sink.received.length, 2);
    await started.stop();
    assert.equal(clock.pendingTimers, 0, 'no poll after stop');
  });

  test('without SMTP_URL, e-mail is written to .eml files (one per message, rewritten on a retry) and the log names no address', async () => {
    await book(subject());
    const mailer = createMailer({ directory: smsDir, log });
    mailers.push(mailer);
    assert.equal(await worker({ mailer }).runOnce(), 1);
    const [row] = await rows();
    const files = await readdir(smsDir);
    assert.deepEqual(files, [`${row?.id}.eml`]);
    const raw = await readFile(join(smsDir, files[0]!), 'utf8');
    assert.equal(header(raw, 'To'), 'anna@example.dk');
    assert.equal(header(raw, 'From'), 'Borgerservice <no-reply@localhost>');
    assert.ok(logged.some((line) => line.includes('.eml')));
    assert.doesNotMatch(logged.join('\n'), /anna@example/);
  });

  test('the console SMS provider logs the text with the number masked', async () => {
    await book(subject({ email: undefined, phone: '+45 12 34 56 78' }));
    assert.equal(await worker({ sms: consoleSmsProvider(log) }).runOnce(), 1);
    const line = logged.find((entry) => entry.includes('Din tid er bestilt'));
    assert.ok(line);
    assert.ok(line.includes('+••••••••78'));
    assert.doesNotMatch(logged.join('\n'), /12345678|12 34 56 78/);
  });

  test('a slow mail server never makes a batch outlast its lease: what is not started in time is given back', async () => {
    for (let index = 0; index < 3; index += 1) await book(subject());
    await sink.listen();
    const real = createMailer({ smtpUrl: sink.url, from: 'Borgerservice <no-reply@testkommune.dk>', directory: smsDir, log });
    mailers.push(real);
    const leaseLeftAtStart: number[] = [];
    const slow: Mailer = {
      async send(mail) {
        const row = await database.db.selectFrom('outbox').select('due_at').where('id', '=', mail.id).executeTakeFirstOrThrow();
        leaseLeftAtStart.push(row.due_at.getTime() - clock.now().getTime());
        await real.send(mail);
        clock.advance(minutes(3));
      },
      close: () => real.close(),
    };
    assert.equal(await worker({ mailer: slow, batchSize: 3, leaseMs: minutes(5) }).runOnce(), 3);
    assert.equal(new Set(sink.received.map((mail) => mail.messageId)).size, 3);
    for (const left of leaseLeftAtStart) assert.ok(left >= minutes(2.5), `a send started with ${left} ms of its lease left`);
    assert.deepEqual(
      (await rows()).filter((row) => row.kind === 'booked').map((row) => [row.status, row.attempts]),
      [
        ['sent', 1],
        ['sent', 1],
        ['sent', 1],
      ],
    );
  });
});
