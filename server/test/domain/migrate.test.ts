import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type OpenDatabase, openDatabase } from '../../src/db/database.js';
import { migrate, pendingMigrations } from '../../src/db/migrate.js';
import { testDatabase } from '../support/database.js';

describe('migrations', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bt-migrations-'));
    await writeFile(join(dir, '0001_a.sql'), 'CREATE TABLE a (id int PRIMARY KEY);\nINSERT INTO a VALUES (1);');
    await writeFile(join(dir, '0002_b.sql'), 'CREATE TABLE b (id int PRIMARY KEY);');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  async function check(open: () => Promise<OpenDatabase>): Promise<void> {
    const first = await open();
    const second = await open();
    try {
      assert.deepEqual(await pendingMigrations(first.db, dir).catch(() => ['no table yet']), ['no table yet']);
      // Two processes starting at once: one applies, the other waits and finds it done.
      const [one, two] = await Promise.all([migrate(first.db, { dir }), migrate(second.db, { dir })]);
      assert.deepEqual([...one, ...two].sort(), ['0001_a', '0002_b']);
      assert.deepEqual(await migrate(first.db, { dir }), []);
      assert.deepEqual(await pendingMigrations(first.db, dir), []);
      const rows = await sql<{ id: number }>`SELECT id FROM a`.execute(first.db);
      assert.deepEqual(rows.rows, [{ id: 1 }]);

      // A failing migration leaves nothing of itself behind.
      await writeFile(join(dir, '0003_bad.sql'), 'CREATE TABLE c (id int);\nSELECT no_such_function();');
      await assert.rejects(migrate(first.db, { dir }));
      assert.deepEqual(await pendingMigrations(first.db, dir), ['0003_bad']);
      await assert.rejects(sql`SELECT * FROM c`.execute(first.db), /relation "c" does not exist/);
    } finally {
      await rm(join(dir, '0003_bad.sql'), { force: true });
      await first.close();
      await second.close();
    }
  }

  it('applies each file once, in order, in a transaction, also when two start at once (PGlite)', async () => {
    const pglite = await openDatabase({ pgliteDir: 'memory://' });
    // One PGlite is one process's database: both "processes" share it.
    await check(async () => ({ ...pglite, close: async () => {} }));
    await pglite.close();
  });

  it(
    'applies each file once, in order, in a transaction, also when two start at once (PostgreSQL)',
    { skip: !process.env.BT_TEST_DATABASE_URL },
    async () => {
      const database = await testDatabase();
      assert.ok(database);
      try {
        await check(() => openDatabase({ databaseUrl: database.url }));
      } finally {
        await database.drop();
      }
    },
  );
});
