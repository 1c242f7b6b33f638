/**
 * The reference server assembled: database (migrated), municipality, CPR key, booking rules,
 * sessions, outbox worker and the HTTP application. `main.ts` builds it from the environment;
 * tests build it in-process with what they want to control (a clock, a database, a config, a
 * log stream, the rate limit, no background work).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { systemClock, type Clock, type ClockTimer } from '../../src/core/clock.js';
import type { MunicipalityConfig } from '../../src/core/municipality.js';
import { loadMunicipalityConfig } from './config/municipality.js';
import { createCipher, loadOrCreateKey } from './crypto.js';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import type { Database } from './db/schema.js';
import { createBackend } from './domain/index.js';
import { API_PREFIX, createHttp, registerApi } from './http/app.js';
import type { LogOptions } from './http/logging.js';
import { createMailer } from './outbox/mailer.js';
import { createNotifier } from './outbox/notifier.js';
import { createSmsProvider } from './outbox/sms.js';
import { startOutboxWorker, type OutboxWorker } from './outbox/worker.js';
import { createSessions, demoIdentityProvider, type DemoCitizen } from './session/index.js';

export interface ServerOptions {
  /** Where to listen (port 0: any free port); absent: no socket, for `app.inject`. */
  listen?: { port: number; host: string };
  /**
   * An open Kysely (migrated here, closed by its owner, not by `close()`), or a PostgreSQL URL
   * (`DATABASE_URL`); absent: PGlite in `<dataDir>/pglite`.
   */
  database?: Kysely<Database> | string;
  /** PGlite's data, the development CPR key and the development mail folder (`BT_DATA_DIR`). */
  dataDir: string;
  /** The municipality, or its file (`BT_CONFIG`, JSON or YAML); absent: the sample "Eksempel Kommune". */
  municipality?: MunicipalityConfig | string;
  /** Base64 of 32 bytes (`BT_CPR_KEY`); absent: a development key kept in `dataDir`, with a warning. */
  cprKey?: string;
  /** Days after an appointment its personal data is deleted (`BT_RETENTION_DAYS`). Default 30. */
  retentionDays?: number;
  /** `SMTP_URL`; absent: e-mails are written as .eml files under `<dataDir>/mail`. */
  smtpUrl?: string;
  /** `BT_MAIL_FROM`. */
  mailFrom?: string;
  /** `BT_SMS`: "console" (default) or "file:<directory>". */
  sms?: string;
  /** `BT_MANAGE_URL`: the manage link in confirmations, with `{reference}` and `{token}`. */
  manageUrl?: string;
  /** `BT_DEMO_SIGNIN=1`: the demonstration sign-in, with these citizens (`BT_DEMO_CITIZENS`) or the default two. */
  demoSignIn?: false | { citizens?: DemoCitizen[] };
  /** `BT_CORS_ORIGINS`: exact origins of the pages that embed the widget. */
  corsOrigins?: string[];
  /** `BT_RATE_LIMIT`: requests per minute per client address. Default 300. */
  rateLimit?: number;
  /** `BT_TRUST_PROXY`: a hop count or the proxies' addresses, behind a TLS-terminating proxy. */
  trustProxy?: number | string[];
  /** `LOG_LEVEL` and, for tests, where the lines go. Default level info, standard output. */
  log?: Partial<LogOptions>;
  /** Everything reads time here (`BT_CLOCK_START` in tests). Default the system clock. */
  clock?: Clock;
  /** The outbox worker and the periodic clean-up (retention, lapsed holds). Default true. */
  worker?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  /** http://host:port when listening. */
  url?: string;
  /** Stops accepting, finishes requests in flight, stops the worker, closes the database. */
  close(): Promise<void>;
}

export const DEFAULT_RATE_LIMIT = 300;
export const DEFAULT_RETENTION_DAYS = 30;
/** How often personal data past retention is purged and lapsed holds freed. */
const MAINTENANCE_EVERY_MS = 10 * 60_000;

export async function buildServer(options: ServerOptions): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const corsOrigins = options.corsOrigins ?? [];
  const app = createHttp({
    log: { level: options.log?.level ?? 'info', ...(options.log?.stream ? { stream: options.log.stream } : {}) },
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
  });
  // Whatever is opened is closed again, also when a later step of the start fails, so a failed
  // start leaves nothing running. The app goes first: it stops accepting and lets the requests
  // in flight finish while the database is still there; then the rest, newest first.
  const cleanups: (() => Promise<void> | void)[] = [];
  let closing: Promise<void> | undefined;
  const closeAll = () =>
    (closing ??= (async () => {
      await app.close();
      for (const cleanup of cleanups.reverse()) await cleanup();
    })());
  try {
    const log = app.log;
    const config =
      typeof options.municipality === 'object' ? options.municipality : await loadMunicipalityConfig(options.municipality);

    // The server's own folder (PGlite, the development key, development mail): a new one is made.
    await mkdir(options.dataDir, { recursive: true });
    let db: Kysely<Database>;
    if (typeof options.database === 'object') {
      db = options.database;
    } else {
      const opened = await openDatabase({
        ...(options.database ? { databaseUrl: options.database } : { pgliteDir: join(options.dataDir, 'pglite') }),
        log: { error: (message) => log.error(message) },
      });
      log.info({ database: opened.kind }, 'database open');
      db = opened.db;
      cleanups.push(() => opened.close());
    }
    await migrate(db, { log: { info: (message) => log.info(message), warn: (message) => log.warn(message) } });

    const cipher = createCipher(
      loadOrCreateKey({
        envKey: options.cprKey,
        dataDir: options.dataDir,
        // A generated key is for trying things on PGlite; a real database needs a real key.
        allowGenerated: typeof options.database !== 'string',
        log: { warn: (message) => log.warn(message) },
      }),
    );
    const provider = options.demoSignIn
      ? demoIdentityProvider({ ...(options.demoSignIn.citizens ? { citizens: options.demoSignIn.citizens } : {}) })
      : undefined;
    const backend = createBackend({
      db,
      config: provider ? config : withoutSignInErrands(config, log),
      clock,
      cipher,
      notifier: createNotifier({ cipher, clock, manageUrl: options.manageUrl }),
      retentionDays: options.retentionDays ?? DEFAULT_RETENTION_DAYS,
    });
    const sessions = createSessions({
      db,
      clock,
      provider,
      allowedOrigins: corsOrigins,
      basePath: API_PREFIX,
    });
    if (options.demoSignIn) log.warn('BT_DEMO_SIGNIN is on: anyone can sign in as a fictional citizen. Never in production.');

    await registerApi(app, { backend, session: sessions, corsOrigins, rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT });

    if (options.worker ?? true) {
      const mailer = createMailer({
        smtpUrl: options.smtpUrl,
        from: options.mailFrom,
        directory: join(options.dataDir, 'mail'),
        log,
      });
      cleanups.push(() => mailer.close());
      const worker: OutboxWorker = startOutboxWorker({
        db,
        clock,
        mailer,
        sms: createSmsProvider(options.sms, log),
        config,
        cipher,
        log,
      });
      cleanups.push(() => worker.stop());
      cleanups.push(
        repeat(clock, MAINTENANCE_EVERY_MS, async () => {
          try {
            const result = await backend.maintain();
            if (result.purged || result.holdsReleased) log.info(result, 'maintenance');
          } catch (error) {
            log.error({ err: error }, 'maintenance failed');
          }
        }),
      );
    }

    await app.ready();
    const url = options.listen ? await app.listen({ port: options.listen.port, host: options.listen.host }) : undefined;
    return { app, ...(url ? { url } : {}), close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** Runs `task` every `ms` on the clock's timers, never two at once; answers how to stop it (waiting for a run). */
function repeat(clock: Clock, ms: number, task: () => Promise<void>): () => Promise<void> {
  let timer: ClockTimer | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const schedule = () => {
    timer = clock.setTimeout(() => {
      running = task().finally(() => {
        if (!stopped) schedule();
      });
    }, ms);
  };
  schedule();
  return async () => {
    stopped = true;
    clock.clearTimeout(timer);
    await running;
  };
}

/**
 * Without an identity provider nobody can sign in, so errands that need sign-in cannot be booked:
 * they are not offered at all, rather than offered and then refused after the citizen chose a time.
 */
function withoutSignInErrands(config: MunicipalityConfig, log: { warn(message: string): void }): MunicipalityConfig {
  const loginOnly = config.errands.filter((errand) => errand.requiresLogin);
  if (loginOnly.length === 0) return config;
  log.warn(
    `Sign-in is off, so errands that need it are not offered: ${loginOnly.map((errand) => errand.id).join(', ')}. ` +
      'Configure an identity provider to offer them.',
  );
  return { ...config, errands: config.errands.filter((errand) => !errand.requiresLogin) };
}
