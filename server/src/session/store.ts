/**
 * Sessions in the database: a random token in the citizen's cookie, only its hash in the
 * table. Expiry slides with use (an idle citizen is signed out after `idleMs`) but never
 * passes `maxMs` after sign-in, so a forgotten library computer does not stay signed in.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../../src/core/clock.js';
import { hashToken } from '../crypto.js';
import type { Person } from './identity-provider.js';
import type { SessionTables } from './tables.js';

export interface SessionLifetime {
  /** Signed out after this long without a request. Default 30 minutes. */
  idleMs: number;
  /** Signed out this long after sign-in, however busy. Default 8 hours. */
  maxMs: number;
}

export const DEFAULT_SESSION_LIFETIME: SessionLifetime = { idleMs: 30 * 60_000, maxMs: 8 * 60 * 60_000 };

export class SessionStore {
  constructor(
    private readonly db: Kysely<SessionTables>,
    private readonly clock: Clock,
    private readonly lifetime: SessionLifetime = DEFAULT_SESSION_LIFETIME,
  ) {}

  /** Starts a session for `person`; answers the token for the cookie (never stored as such). */
  async create(person: Person): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.db.transaction().execute(async (trx) => {
      // Sign-ins are rare next to reads: a good moment to forget sessions nobody can use.
      await trx.deleteFrom('sessions').where('expires_at', '<=', now).execute();
      await trx
        .insertInto('sessions')
        .values({
          token_hash: hashToken(token),
          person_id: person.id,
          person_name: person.name,
          created_at: now,
          expires_at: new Date(now.getTime() + Math.min(this.lifetime.idleMs, this.lifetime.maxMs)),
        })
        .execute();
    });
    return token;
  }

  /** The person a token belongs to while the session lasts; using it moves the idle expiry on. */
  async find(token: string): Promise<Person | undefined> {
    const now = this.clock.now();
    const row = await this.db
      .selectFrom('sessions')
      .select(['token_hash', 'person_id', 'person_name', 'created_at', 'expires_at'])
      .where('token_hash', '=', hashToken(token))
      .where('expires_at', '>', now)
      .executeTakeFirst();
    if (!row) return undefined;
    // Written at most once per half idle period, not on every request.
    const remaining = row.expires_at.getTime() - now.getTime();
    if (remaining < this.lifetime.idleMs / 2) {
      const until = Math.min(now.getTime() + this.lifetime.idleMs, row.created_at.getTime() + this.lifetime.maxMs);
      if (until > row.expires_at.getTime()) {
        await this.db
          .updateTable('sessions')
          .set({ expires_at: new Date(until) })
          .where('token_hash', '=', row.token_hash)
          .execute();
      }
    }
    return { id: row.person_id, name: row.person_name };
  }

  /** Ends the session (a copied cookie stops working at once); an unknown token is fine. */
  async end(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
  }
}
