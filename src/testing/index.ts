/**
 * `borgertid/testing`: prove an adapter for your booking system against the BookingAdapter
 * contract, with any test runner. No assertion library, no DOM: it runs in Node and browsers.
 */
export {
  adapterContract,
  CONTRACT_CPR,
  type AdapterContractOptions,
  type ContractCase,
  type ContractFixtures,
  type ContractResult,
  type ContractSubject,
} from './contract.js';
export { ContractViolation, expectBookingError } from './assert.js';
export { testAuth, type TestAuth } from './test-auth.js';
