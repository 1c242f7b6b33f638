-- Confirmations and reminders, written in the booking's own transaction and sent by the outbox
-- worker (server/src/outbox/worker.ts). One row per message and channel.
--
-- Personal data (the address or number, the manage link with its token, the citizen's name)
-- lives only in `payload`, encrypted with the server's AES-256-GCM key, and only while the
-- message may still go: the worker sets it to NULL once the message is sent, superseded or too
-- late. What remains is the record of what went when, without personal data.
CREATE TABLE outbox (
  -- A random UUID made by the server: the e-mail's Message-ID is derived from it, so a message
  -- sent twice after a crash between sending and marking is recognisably the same message.
  id uuid PRIMARY KEY,
  -- Write order: messages for one appointment go out in this order (see the worker's claim).
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  appointment_id text NOT NULL,
  -- The booking reference (BT-…): not personal data, and what support staff search for.
  reference text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('booked', 'reminder', 'moved', 'cancelled')),
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  -- pending: to be sent at due_at; sent; dropped: superseded by a move or cancellation;
  -- expired: the appointment passed before it could go; dead: given up after too many failures
  -- (payload kept until expires_at, so an operator can set it pending again).
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dropped', 'expired', 'dead')),
  -- When the message is due; while a worker sends it, the end of that worker's lease.
  due_at timestamptz NOT NULL,
  -- After this the message is pointless (the appointment has begun or ended).
  expires_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  -- The last failure's error code and a redacted message (never an address or a number).
  last_error text,
  payload text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  CHECK (status IN ('pending', 'dead') OR payload IS NULL),
  CHECK (status <> 'pending' OR payload IS NOT NULL),
  CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);

-- The worker's claim: pending rows by due time.
CREATE INDEX outbox_pending_due ON outbox (due_at, seq) WHERE status = 'pending';
-- Moves and cancellations find an appointment's pending messages; the claim checks for an
-- appointment's earlier pending message.
CREATE INDEX outbox_pending_appointment ON outbox (appointment_id, channel, seq) WHERE status = 'pending';
-- The worker's sweep of messages whose appointment has passed while they still hold personal data.
CREATE INDEX outbox_unsent_expiry ON outbox (expires_at) WHERE payload IS NOT NULL;
