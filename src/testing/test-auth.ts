import type { AuthProvider } from '../core/adapter.js';
import type { Session } from '../core/types.js';

/** A fake sign-in whose session a test switches: give it to a MemoryAdapter as `auth`, and `signIn` to the contract. */
export interface TestAuth extends AuthProvider {
  signIn(session: Session | null): void;
}

export function testAuth(): TestAuth {
  let session: Session | null = null;
  return {
    getSession: async () => session,
    login: async () => undefined,
    logout: async () => void (session = null),
    signIn: (next) => void (session = next),
  };
}
