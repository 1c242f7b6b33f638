/**
 * Two workers (two pools, as two server processes would have) on one PostgreSQL never send one
 * message twice: the claim's FOR UPDATE SKIP LOCKED and lease. PostgreSQL only: PGlite has one
 * connection, so nothing there is concurrent. Skipped when PostgreSQL is not installed (CI=true
 * makes that an error, in test/support/postgres.mjs).
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { after, before, test } from 'node:test';
import { systemClock } from '../../../src/core/clock.js';
import { createCipher } from '../../src/crypto.js';
import { openDatabase, type OpenDatabase } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { createMailer, type Mailer } from '../../src/outbox/mailer.js';
import { createNotifier } from '../../src/outbox/notifier.js';
import { consoleSmsProvider } from '../../src/outbox/sms.js';
import { startOutboxWorker, type OutboxWorker } from '../../src/outbox/worker.js';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { TEST_MUNICIPALITY } from '../support/municipality.js';
import { smtpSink, type SmtpSink } from './smtp-sink.js';

const MESSAGES = 120;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
// A clock whose timers never fire: the test runs the workers by hand.
const clock = { now: () => systemClock.now(), setTimeout: () => undefined, clearTimeout: () => undefined };

let cluster: TestDatabase | null;
const databases: OpenDatabase[] = [];
const mailers: Mailer[] = [];
const workers: OutboxWorker[] = [];
let sink: SmtpSink;

before(async () => {
  cluster = await testDatabase();
  sink = await smtpSink();
  await sink.listen();
});

after(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  for (const mailer of mailers) mailer.close();
  await Promise.all(databases.map((database) => database.close()));
  await sink.close();
  await cluster?.drop();
});

test('two workers on one PostgreSQL send every message exactly once', async (t) => {
  if (!cluster) return t.skip('PostgreSQL is not installed');
  for (let index = 0; index < 2; index += 1) databases.push(await openDatabase({ databaseUrl: cluster.url, poolSize: 4 }));
  const [first, second] = databases as [OpenDatabase, OpenDatabase];
  await migrate(first.db);

  const cipher = createCipher(randomBytes(32));
  const notifier = createNotifier({ cipher, clock });
  const start = new Date(systemClock.now().getTime() + 3 * 24 * 3_600_000);
  await first.db.transaction().execute(async (trx) => {
    for (let index = 0; index < MESSAGES; index += 1) {
      await notifier.booked(trx, {
        appointmentId: `appointment-${index}`,
        reference: `BT-${String(index).padStart(6, '0')}`,
        lang: 'da',
        serviceId: 'pas',
        locationId: 'raadhus',
        start: start.toISOString(),
        end: new Date(start.getTime() + 15 * 60_000).toISOString(),
        citizenName: 'Anna Jensen',
        email: `citizen${index}@example.dk`,
      });
    }
  });

  const sentBy = await Promise.all(
    databases.map((database) => {
      const mailer = createMailer({
        smtpUrl: sink.url,
        from: 'Borgerservice <no-reply@testkommune.dk>',
        directory: tmpdir(),
        log: silent,
      });
      mailers.push(mailer);
      const worker = startOutboxWorker({
        db: database.db,
        clock,
        mailer,
        sms: consoleSmsProvider(silent),
        config: TEST_MUNICIPALITY,
        cipher,
        log: silent,
        batchSize: 3,
      });
      workers.push(worker);
      return worker.runOnce();
    }),
  );
  t.diagnostic(`sent by the two workers: ${sentBy.join(' + ')}`);

  assert.equal(sentBy[0]! + sentBy[1]!, MESSAGES);
  assert.equal(sink.received.length, MESSAGES, 'no message arrived twice');
  assert.equal(new Set(sink.received.map((mail) => mail.messageId)).size, MESSAGES);
  const { rows } = await second.db
    .selectFrom('outbox')
    .select(({ fn }) => ['status', fn.countAll<string>().as('count')])
    .where('kind', '=', 'booked')
    .groupBy('status')
    .execute()
    .then((result) => ({ rows: result }));
  assert.deepEqual(rows, [{ status: 'sent', count: String(MESSAGES) }]);
});
