/**
 * What the domain tests share: a migrated database per test file on PGlite (and on PostgreSQL
 * when BT_TEST_DATABASE_URL is set), emptied between tests; a
 * clock the test moves; a notifier that records what it was told; a small municipality.
 */
import { after, afterEach, before, describe } from 'node:test';
import { type Kysely, sql } from 'kysely';
import type { Clock } from '../../../src/core/clock.js';
import type { MunicipalityConfig } from '../../../src/core/municipality.js';
import type { BookingRequest } from '../../../src/core/types.js';
import type { RequestContext } from '../../src/backend.js';
import { createCipher } from '../../src/crypto.js';
import { type DatabaseKind, openDatabase } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import type { Database } from '../../src/db/schema.js';
import { type DomainBackend, createBackend } from '../../src/domain/index.js';
import type { NotificationSubject, Notifier } from '../../src/outbox/notifier.js';
import { testDatabase } from '../support/database.js';

/** Monday 23 November 2026, 09:00 in Copenhagen. */
export const NOW = new Date('2026-11-23T08:00:00Z');
/** A made-up CPR number with a valid date (the contract suite's). */
export const TEST_CPR = '0101901238';

export const MUNICIPALITY: MunicipalityConfig = {
  name: { da: 'Testkommune', en: 'Test Municipality' },
  horizonDays: 400,
  offices: [
    {
      id: 'raadhus',
      name: { da: 'Rådhuset', en: 'The Town Hall' },
      address: { street: 'Torvet 1', postalCode: '9999', city: 'Testby' },
      openingHours: ([1, 2, 3, 4, 5] as const).map((weekday) => ({
        weekday,
        intervals: [
          { open: '09:00', close: '12:00' },
          { open: '12:30', close: '15:00' },
        ],
      })),
      closures: [{ from: '2026-12-07', to: '2026-12-08', reason: { da: 'Flytning', en: 'Moving house' } }],
    },
  ],
  errands: [
    {
      id: 'pas',
      name: { da: 'Pas', en: 'Passport' },
      category: 'pas',
      description: { da: 'Nyt pas', en: 'New passport' },
      durationMinutes: 15,
      documentsToBring: [{ da: 'Gammelt pas', en: 'Old passport' }],
      requiresLogin: false,
      requiresCpr: true,
      capacity: 3,
    },
    {
      id: 'kort',
      name: { da: 'Sundhedskort', en: 'Health card' },
      category: 'sundhed',
      description: { da: 'Nyt sundhedskort', en: 'New health card' },
      durationMinutes: 10,
      documentsToBring: [],
      requiresLogin: false,
      capacity: 1,
    },
    {
      id: 'skat',
      name: { da: 'Skat', en: 'Tax' },
      category: 'skat',
      description: { da: 'Forskudsopgørelse', en: 'Preliminary tax' },
      durationMinutes: 30,
      documentsToBring: [],
      requiresLogin: true,
    },
  ],
};

/** A slot id at the Town Hall on Tuesday 24 November 2026. */
export const slotOf = (errand: 'pas' | 'kort' | 'skat', time = '09:00', date = '2026-11-24'): string =>
  `raadhus:${errand}:${date}T${time}`;

export function bookingFor(slotId: string, n = 1, extra: Partial<BookingRequest> = {}): BookingRequest {
  const [locationId = '', serviceId = ''] = slotId.split(':');
  return {
    slotId,
    serviceId,
    locationId,
    citizen: { name: `Borger ${n}`, email: `borger${n}@example.dk`, ...(serviceId === 'pas' ? { cpr: TEST_CPR } : {}) },
    ...extra,
  };
}

export class TestClock implements Clock {
  current = new Date(NOW);
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  setTimeout(): never {
    throw new Error('The domain sets no timers');
  }
  clearTimeout(): void {}
}

export class RecordingNotifier implements Notifier {
  readonly sent: Array<{ kind: 'booked' | 'moved' | 'cancelled'; subject: NotificationSubject }> = [];
  /** Makes every call throw, to prove the booking rolls back with its message. */
  failing = false;
  booked = async (_trx: unknown, subject: NotificationSubject) => this.#record('booked', subject);
  moved = async (_trx: unknown, subject: NotificationSubject) => this.#record('moved', subject);
  cancelled = async (_trx: unknown, subject: NotificationSubject) => this.#record('cancelled', subject);
  #record(kind: 'booked' | 'moved' | 'cancelled', subject: NotificationSubject): void {
    if (this.failing) throw new Error('notifier down');
    this.sent.push({ kind, subject });
  }
}

export const KEY = Buffer.alloc(32, 7);
export const cipher = createCipher(KEY);

export interface Harness {
  kind: DatabaseKind;
  db: Kysely<Database>;
  clock: TestClock;
  notifier: RecordingNotifier;
  backend: DomainBackend;
  /** A fresh backend on the same database (a restart). */
  restart(): DomainBackend;
}

export const da: RequestContext = { lang: 'da' };

/** PGlite always; PostgreSQL too when the run has a cluster (npm test, CI). */
const ENGINES: DatabaseKind[] = process.env.BT_TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/**
 * `describe`s `body` once per engine, with a migrated database for the file, emptied and with
 * a fresh clock, notifier and backend after every test.
 */
export function onEachEngine(title: string, body: (harness: () => Harness) => void): void {
  for (const kind of ENGINES) {
    describe(`${title} (${kind})`, () => {
      let harness: Harness | undefined;
      let close: () => Promise<void> = async () => {};
      before(async () => {
        let databaseUrl: string | undefined;
        if (kind === 'postgres') {
          const database = await testDatabase();
          if (!database) throw new Error('BT_TEST_DATABASE_URL is set but no database could be created');
          databaseUrl = database.url;
          close = () => database.drop();
        }
        const opened = await openDatabase(databaseUrl ? { databaseUrl } : { pgliteDir: 'memory://' });
        const dropDatabase = close;
        close = async () => {
          await opened.close();
          await dropDatabase();
        };
        await migrate(opened.db);
        harness = fresh(opened.db, kind);
      });
      afterEach(async () => {
        if (!harness) return;
        await sql`TRUNCATE slots, seats, appointments, idempotency_keys CASCADE`.execute(harness.db);
        harness = fresh(harness.db, kind);
      });
      after(() => close());
      body(() => {
        if (!harness) throw new Error('The database is not open');
        return harness;
      });
    });
  }
}

function fresh(db: Kysely<Database>, kind: DatabaseKind): Harness {
  const clock = new TestClock();
  const notifier = new RecordingNotifier();
  const make = () => createBackend({ db, config: MUNICIPALITY, clock, cipher, notifier, retentionDays: 30 });
  return { kind, db, clock, notifier, backend: make(), restart: make };
}
