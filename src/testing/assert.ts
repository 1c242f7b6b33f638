/**
 * The few checks the contract suite makes, as plain functions: the package must not carry an
 * assertion library (chai would become a runtime dependency of every app that imports
 * `borgertid/testing`), and any runner treats a thrown Error as a failed test.
 */
import { isBookingError, type BookingError, type BookingErrorCode } from '../core/errors.js';

/** A failed contract check: `message` says what the backend did wrong. */
export class ContractViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractViolation';
  }
}

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ContractViolation(message);
}

/** Structural equality of JSON-like data (what adapters answer), key order aside. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

export function checkSame(actual: unknown, expected: unknown, what: string): void {
  check(sameData(actual, expected), `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Checks that `actual` has each of `expected`'s members with the same value (others may follow). */
export function checkIncludes(actual: object | undefined, expected: Record<string, unknown>, what: string): void {
  check(actual !== undefined, `${what}: missing`);
  for (const [key, value] of Object.entries(expected)) {
    checkSame((actual as Record<string, unknown>)[key], value, `${what}.${key}`);
  }
}

/**
 * Resolves with the BookingError `promise` rejects with, when its code is `code`; throws
 * otherwise. Recognises a BookingError of any copy of borgertid (by its brand).
 */
export async function expectBookingError(promise: Promise<unknown>, code: BookingErrorCode): Promise<BookingError> {
  let outcome: unknown;
  try {
    outcome = await promise;
  } catch (error) {
    // A call the cases watch (calls.ts) already said what went wrong.
    if (error instanceof ContractViolation) throw error;
    check(isBookingError(error), `Expected a ${code} BookingError, got the rejection ${String(error)}`);
    check(error.code === code, `Expected a ${code} BookingError, got ${error.code}: ${error.message}`);
    return error;
  }
  throw new ContractViolation(`Expected a ${code} BookingError, got the answer ${JSON.stringify(outcome)}`);
}
