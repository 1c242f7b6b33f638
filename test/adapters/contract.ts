/**
 * The BookingAdapter contract (the package's `borgertid/testing`, src/testing/contract.ts)
 * registered as a mocha suite (web-test-runner's globals), run here against the memory adapter
 * and REST over msw. The reference server's test (server/test/integration/contract.test.ts)
 * registers the same cases with node:test directly, as a vendor would with their own runner.
 *
 * The repo's tests pin the backend clock to CONTRACT_NOW, so their sample data is the same on
 * every run; the cases themselves take any clock.
 */
/// <reference types="mocha" />
import { clockAt } from '../../src/core/clock.js';
import { adapterContract as contractCases, type ContractSubject } from '../../src/testing/index.js';

export { expectBookingError, testAuth, type ContractSubject } from '../../src/testing/index.js';

/** Monday 23 November 2026, 09:00 in Copenhagen. */
export const CONTRACT_NOW = new Date('2026-11-23T08:00:00Z');
export const contractClock = (): Date => new Date(CONTRACT_NOW);

export function adapterContract(name: string, makeAdapter: () => Promise<ContractSubject>): void {
  const cases = contractCases({ makeAdapter, clock: clockAt(contractClock) });
  describe(`BookingAdapter contract: ${name}`, () => {
    for (const group of new Set(cases.map((entry) => entry.group))) {
      describe(group, () => {
        for (const entry of cases.filter((candidate) => candidate.group === group)) {
          it(entry.name, async function () {
            const result = await entry.run();
            if (result.status === 'skipped') this.skip();
          });
        }
      });
    }
  });
}
