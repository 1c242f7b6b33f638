/**
 * Mocha's describe/it/hooks as globals over node:test, so the one adapter contract suite
 * (test/adapters/contract.ts, written for the browser's mocha) runs in Node unchanged.
 * Import this before calling the suite. Only what the suite uses: `this.skip()` inside a
 * test ends it as skipped, as in mocha.
 */
import * as nodeTest from 'node:test';

type TestBody = (this: { skip(): never }) => unknown;

/** Thrown by `this.skip()` to leave the test body, as mocha's Pending does. */
class Skipped extends Error {}

function it(name: string, body: TestBody): void {
  void nodeTest.it(name, async (context) => {
    const mochaContext = {
      skip(): never {
        context.skip();
        throw new Skipped(name);
      },
    };
    try {
      await body.call(mochaContext);
    } catch (error) {
      if (!(error instanceof Skipped)) throw error;
    }
  });
}

const hook =
  (register: (fn: () => Promise<unknown>) => void) =>
  (fn: () => unknown): void =>
    register(async () => fn());

Object.assign(globalThis, {
  describe: (name: string, body: () => void) => void nodeTest.describe(name, body),
  it,
  before: hook(nodeTest.before),
  after: hook(nodeTest.after),
  beforeEach: hook(nodeTest.beforeEach),
  afterEach: hook(nodeTest.afterEach),
});
