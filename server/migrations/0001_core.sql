-- Core booking tables. The database, not the application, guarantees that a slot never seats
-- more citizens than its capacity: a claimed place is a row of `seats`, `(slot_id, seat)` is
-- its key, and `seat` must lie between 1 and the capacity of the `slots` row it points to.
-- Written for PostgreSQL 15 (Debian's); PGlite is newer and accepts the same.

-- A slot gets a row the first time a place in it is claimed; its capacity comes from the
-- municipality's configuration at that moment.
CREATE TABLE slots (
  id text PRIMARY KEY,
  service_id text NOT NULL,
  location_id text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  capacity integer NOT NULL CHECK (capacity >= 1),
  -- The target of the seats' composite foreign key: a seat carries its slot's capacity.
  UNIQUE (id, capacity)
);

CREATE INDEX slots_schedule ON slots (location_id, service_id, starts_at);

CREATE TABLE appointments (
  id uuid PRIMARY KEY,
  -- "BT-7K3Q9M": printed, read aloud, typed back (normalised before lookup).
  reference text NOT NULL UNIQUE,
  -- SHA-256 of the manage token; the token itself is never stored.
  token_hash text NOT NULL UNIQUE,
  status text NOT NULL CHECK (status IN ('booked', 'cancelled')),
  service_id text NOT NULL,
  location_id text NOT NULL,
  slot_id text NOT NULL REFERENCES slots (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  -- The language the citizen booked in, for later messages.
  lang text NOT NULL CHECK (lang IN ('da', 'en')),
  -- The identity provider's opaque id of the citizen who booked signed in ("Mine aftaler").
  person_id text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- Personal data, all emptied by the retention purge (personal_data_purged_at set).
  -- The name of the person the appointment is for, shown on it.
  citizen_name text,
  email text,
  phone text,
  sms_reminder boolean NOT NULL DEFAULT false,
  -- AES-256-GCM ciphertexts ("v1.iv.tag.body"); never the plain number.
  cpr_encrypted text,
  on_behalf_cpr_encrypted text,
  on_behalf_relation text CHECK (on_behalf_relation IN ('child', 'adult')),
  needs jsonb,
  personal_data_purged_at timestamptz
);

CREATE INDEX appointments_person ON appointments (person_id, starts_at) WHERE person_id IS NOT NULL;
CREATE INDEX appointments_unpurged ON appointments (ends_at) WHERE personal_data_purged_at IS NULL;

-- One claimed place: a booked appointment's, or a hold's until it lapses.
CREATE TABLE seats (
  slot_id text NOT NULL,
  capacity integer NOT NULL,
  seat integer NOT NULL,
  -- Not unique: while an appointment moves, its new seat is claimed before the old is let go.
  appointment_id uuid REFERENCES appointments (id) ON DELETE CASCADE,
  hold_id text UNIQUE,
  hold_expires_at timestamptz,
  claimed_at timestamptz NOT NULL,
  PRIMARY KEY (slot_id, seat),
  CHECK (seat BETWEEN 1 AND capacity),
  -- A seat is either an appointment's or a hold's, and a hold always lapses.
  CHECK ((appointment_id IS NULL) <> (hold_id IS NULL)),
  CHECK ((hold_id IS NULL) = (hold_expires_at IS NULL)),
  -- Raising a slot's capacity carries over to its seats; lowering it below a claimed seat
  -- is refused by the CHECK above.
  FOREIGN KEY (slot_id, capacity) REFERENCES slots (id, capacity) ON UPDATE CASCADE
);

CREATE INDEX seats_appointment ON seats (appointment_id) WHERE appointment_id IS NOT NULL;
CREATE INDEX seats_hold_expiry ON seats (hold_expires_at) WHERE hold_expires_at IS NOT NULL;

-- A POST's Idempotency-Key: the first request's fingerprint and what it made, so a repeat
-- (also after a restart) answers the same and a different request with the key is refused.
CREATE TABLE idempotency_keys (
  key text PRIMARY KEY,
  operation text NOT NULL,
  -- Keyed HMAC of the request (it may hold a CPR number), never the request itself.
  request_fingerprint text NOT NULL,
  appointment_id uuid REFERENCES appointments (id) ON DELETE CASCADE,
  -- book: the manage token, encrypted, so a repeat can answer it as the first answer did.
  token_encrypted text,
  -- holdSlot: the hold as first answered (no personal data).
  hold jsonb,
  created_at timestamptz NOT NULL
);

CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
