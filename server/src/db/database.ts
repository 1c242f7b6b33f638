/**
 * The database: Kysely over node-postgres for both engines, so there is one code path and one
 * SQL dialect. PostgreSQL (a `pg.Pool`) when a URL is given; otherwise PGlite (PostgreSQL in
 * WebAssembly) in a data directory, behind a small pool of one connection that hands itself
 * to one caller at a time, so a transaction owns it from BEGIN to COMMIT.
 */
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DatabaseKind = 'postgres' | 'pglite';

export interface DatabaseOptions {
  /** `DATABASE_URL`: PostgreSQL. Absent → PGlite. */
  databaseUrl?: string;
  /** PGlite's data directory (`BT_DATA_DIR`/pglite); `memory://` keeps it in memory (tests). */
  pgliteDir?: string;
  /** Connections to PostgreSQL. Default 10. */
  poolSize?: number;
  log?: { error(message: string): void };
}

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Closes the pool (and PGlite); the `db` is unusable afterwards. */
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle client losing its server must not crash the process; the next query fails instead.
    pool.on('error', (error) => options.log?.error(`PostgreSQL pool: ${error.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const pglite = await PGlite.create(options.pgliteDir ?? 'memory://');
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new PGlitePool(pglite) }) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}

/**
 * PGlite as a `pg.Pool` with one connection. `connect()` waits until the previous holder
 * has released it, so statements of two transactions never interleave on the one session.
 */
export class PGlitePool implements PostgresPool {
  readonly #pglite: PGlite;
  #turn: Promise<void> = Promise.resolve();

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#turn;
    this.#turn = previous.then(() => released);
    return previous.then(() => this.#client(release));
  }

  async end(): Promise<void> {
    // Waits for the last holder, then closes.
    await this.#turn;
    if (!this.#pglite.closed) await this.#pglite.close();
  }

  #client(release: () => void): PostgresPoolClient {
    const pglite = this.#pglite;
    let released = false;
    async function query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
      if (released) throw new Error('PGlite connection used after release');
      // Without parameters node-postgres uses the simple protocol, which runs several
      // statements (a migration file); PGlite's exec is the same.
      const result = parameters.length === 0 ? (await pglite.exec(sql)).at(-1) : await pglite.query<R>(sql, [...parameters]);
      const rows = (result?.rows ?? []) as R[];
      return {
        command: (result?.command?.toUpperCase() ?? 'SELECT') as PostgresQueryResult<R>['command'],
        rowCount: result?.rowCount ?? result?.affectedRows ?? rows.length,
        rows,
      };
    }
    return {
      query: query as PostgresPoolClient['query'],
      release() {
        if (released) return;
        released = true;
        release();
      },
    };
  }
}
