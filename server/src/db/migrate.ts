/**
 * Applies the plain SQL migrations in server/migrations in file-name order, each in its own
 * transaction together with its row in `schema_migrations`. A transaction-scoped advisory lock
 * makes a second process starting at the same moment wait and then find the work done.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Any fixed number: every borgertid process takes the same lock. */
const MIGRATION_LOCK = 7_146_520_901;

interface Migration {
  version: string;
  sql: string;
  checksum: string;
}

async function readMigrations(dir: string): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(`${dir}/${name}`, 'utf8');
      return { version: name.replace(/\.sql$/, ''), sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    }),
  );
}

export interface MigrateOptions {
  dir?: string;
  log?: { info(message: string): void; warn(message: string): void };
}

/** Applies what is pending; answers the versions applied now. */
export async function migrate(db: Kysely<Database>, options: MigrateOptions = {}): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of await readMigrations(options.dir ?? MIGRATIONS_DIR)) {
    await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
        version text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(trx);
      const done = await trx
        .selectFrom('schema_migrations')
        .select('checksum')
        .where('version', '=', migration.version)
        .executeTakeFirst();
      if (done) {
        if (done.checksum !== migration.checksum) {
          options.log?.warn(`Migration ${migration.version} has changed since it was applied; the change is not applied`);
        }
        return;
      }
      await sql.raw(migration.sql).execute(trx);
      await trx.insertInto('schema_migrations').values({ version: migration.version, checksum: migration.checksum }).execute();
      applied.push(migration.version);
    });
  }
  if (applied.length > 0) options.log?.info(`Applied migrations: ${applied.join(', ')}`);
  return applied;
}

/** The migrations in the directory that the database has not applied (for `/readyz`). */
export async function pendingMigrations(db: Kysely<Database>, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await readMigrations(dir);
  const rows = await db.selectFrom('schema_migrations').select('version').execute();
  const done = new Set(rows.map((row) => row.version));
  return migrations.map((migration) => migration.version).filter((version) => !done.has(version));
}
