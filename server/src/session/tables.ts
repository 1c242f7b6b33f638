/**
 * The sessions table (migrations/0003_sessions.sql) as Kysely sees it; `Database` in
 * ../db/schema.ts composes it.
 */
export interface SessionTables {
  sessions: SessionRow;
}

export interface SessionRow {
  /** SHA-256 (hex) of the cookie's value: a stolen database holds no usable cookie. */
  token_hash: string;
  /** The identity provider's opaque id for the person (`Session.id`); never a CPR number. */
  person_id: string;
  person_name: string;
  created_at: Date;
  /** Slides forward with use, never past `created_at` + the session's longest life. */
  expires_at: Date;
}
