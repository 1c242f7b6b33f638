/**
 * A fresh PostgreSQL database per test file. Under `npm test` the runner starts one cluster and
 * passes its URL as BT_TEST_DATABASE_URL; each file then creates a database of its own in it, so
 * files never see each other's rows. Run by hand without that variable, a file starts a cluster
 * of its own. Answers null when PostgreSQL is not installed (the caller skips; CI=true throws).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startPostgres } from '../../../test/support/postgres.mjs';

export interface TestDatabase {
  url: string;
  /** Runs SQL on a connection of the test's own (never the server's pool). */
  query<Row extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<Row[]>;
  /** Empties every table but the migration record, so the next test starts from a migrated, empty database. */
  truncate(): Promise<void>;
  drop(): Promise<void>;
}

export async function testDatabase(): Promise<TestDatabase | null> {
  let clusterUrl = process.env.BT_TEST_DATABASE_URL;
  const ownCluster = clusterUrl ? undefined : await startPostgres();
  if (!clusterUrl && !ownCluster) return null;
  clusterUrl ??= ownCluster!.url;

  const name = `bt_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.href, max: 2 });

  const query: TestDatabase['query'] = async (sql, values) => (await pool.query(sql, values)).rows;
  return {
    url: url.href,
    query,
    async truncate() {
      const tables = await query<{ name: string }>(
        `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'`,
      );
      if (tables.length) await query(`TRUNCATE ${tables.map((table) => table.name).join(', ')} RESTART IDENTITY CASCADE`);
    },
    async drop() {
      await pool.end();
      if (ownCluster) return ownCluster.stop();
      const client = new pg.Client({ connectionString: clusterUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
