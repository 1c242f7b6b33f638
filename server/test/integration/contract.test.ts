/**
 * The adapter contract suite (test/adapters/contract.ts, the one the browser runs against the
 * MemoryAdapter and msw) through the RestAdapter against the real server, started as a child
 * process on the sample municipality: on PGlite and on PostgreSQL. Every exchange is checked
 * against api/openapi.yaml.
 *
 * Fresh state: on PostgreSQL every table is emptied before each test (a connection of the
 * test's own; the server keeps running). PGlite has one connection and the server holds it, so
 * there the suite runs against one server without a reset: each test books slots it found free
 * itself, and a restart per test would cost seconds of CPU each.
 */
import '../support/mocha-globals.js';
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { RestAdapter } from '../../../src/adapters/rest/index.js';
import { adapterContract, type ContractSubject } from '../../../test/adapters/contract.js';
import { takeEverySeat } from '../support/booking.js';
import { cookieJarFetch } from '../support/cookie-jar.js';
import { testDatabase } from '../support/database.js';
import { checkedFetch } from '../support/openapi.js';
import { startServer, type ServerProcess } from '../support/server-process.js';
import { demoSignIn } from '../support/sign-in.js';

/** A RestAdapter of its own per test (its own cookies: a citizen's browser), checked against the contract. */
function subjectOf(server: ServerProcess): ContractSubject {
  const jar = cookieJarFetch();
  const checked = checkedFetch(jar);
  return {
    adapter: new RestAdapter({ baseUrl: server.api, fetch: checked, retries: 0 }),
    takeSlot: (slotId) => takeEverySeat(server.api, slotId),
    signIn: (session) => demoSignIn(server.api, jar, session),
    teardown: async () => {
      assert.ok(checked.checked() > 0, 'no exchange was checked against the contract');
      assert.deepEqual(checked.violations, [], 'every exchange conforms to api/openapi.yaml');
    },
  };
}

describe('the reference server on PGlite', () => {
  let server: ServerProcess;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  adapterContract('RestAdapter + server on PGlite', async () => subjectOf(server));
});

const database = await testDatabase();

describe('the reference server on PostgreSQL', { skip: !database && 'PostgreSQL is not installed' }, () => {
  let server: ServerProcess;
  before(async () => {
    server = await startServer({ databaseUrl: database!.url });
  });
  after(async () => {
    await server.stop();
    await database!.drop();
  });

  adapterContract('RestAdapter + server on PostgreSQL', async () => {
    await database!.truncate();
    return subjectOf(server);
  });
});
