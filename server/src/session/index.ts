export { createSessions, SESSION_COOKIE, SIGNIN_COOKIE, type SessionOptions, type Sessions } from './plugin.js';
export { demoIdentityProvider, DEMO_CITIZENS, parseDemoCitizens, type DemoCitizen } from './demo-provider.js';
export type { IdentityProvider, Person, SignInResult } from './identity-provider.js';
export { DEFAULT_SESSION_LIFETIME, type SessionLifetime } from './store.js';
export type { SessionTables } from './tables.js';
