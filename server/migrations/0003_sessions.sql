-- Signed-in citizens (server/src/session). The cookie's value is never stored, only its hash.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  person_id text NOT NULL CHECK (length(person_id) BETWEEN 1 AND 200),
  person_name text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  CHECK (expires_at > created_at)
);

-- Expired rows are swept at each sign-in.
CREATE INDEX sessions_expires_at ON sessions (expires_at);
