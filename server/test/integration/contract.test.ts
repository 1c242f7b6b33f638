/**
 * The adapter contract suite (the package's `borgertid/testing`, src/testing/, the same cases the
 * browser runs against the MemoryAdapter and msw) through the RestAdapter against the real
 * server, started as a child process on the sample municipality: on PGlite and on PostgreSQL.
 * Every exchange is checked against api/openapi.yaml. The cases are registered with node:test
 * directly, as a vendor would with their own runner: the package needs no mocha.
 *
 * Fresh state: on PostgreSQL every table is emptied before each test (a connection of the
 * test's own; the server keeps running). PGlite has one connection and the server holds it, so
 * there the suite runs against one server without a reset: each test books slots it found free
 * itself, and a restart per test would cost seconds of CPU each.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RestAdapter } from '../../../src/adapters/rest/index.js';
import { adapterContract, type ContractSubject } from '../../../src/testing/index.js';
import { takeEverySeat } from '../support/booking.js';
import { cookieJarFetch } from '../support/cookie-jar.js';
import { testDatabase } from '../support/database.js';
import { checkedFetch } from '../support/openapi.js';
import { CLOCK_START, startServer, type ServerProcess } from '../support/server-process.js';
import { demoSignIn } from '../support/sign-in.js';

/**
 * The contract's cases as node:test tests, a suite per part of the contract (as the browser's
 * mocha registration names them). The clock is where the test server's clock starts (it runs
 * on from there, so its free slots are still after this `now`).
 */
function contract(name: string, makeAdapter: () => Promise<ContractSubject>): void {
  const cases = adapterContract({ makeAdapter, clock: { now: () => new Date(CLOCK_START) } });
  describe(`BookingAdapter contract: ${name}`, () => {
    for (const group of new Set(cases.map((entry) => entry.group))) {
      describe(group, () => {
        for (const entry of cases.filter((candidate) => candidate.group === group)) {
          it(entry.name, async (context) => {
            const result = await entry.run();
            if (result.status === 'skipped') context.skip(result.reason);
          });
        }
      });
    }
  });
}

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

  contract('RestAdapter + server on PGlite', async () => subjectOf(server));
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

  contract('RestAdapter + server on PostgreSQL', async () => {
    await database!.truncate();
    return subjectOf(server);
  });
});
