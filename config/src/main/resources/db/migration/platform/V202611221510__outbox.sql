-- Transactional outbox: a module writes a row in the same transaction as its own change; the
-- outbox worker (vn.ocop.platform.outbox) claims due rows with FOR UPDATE SKIP LOCKED under a
-- lease, runs the topic's handler outside any transaction and records the result.
--   PENDING  waiting for (or leased for) a delivery; attempts counts deliveries started
--   DONE     handled; purged after the retention period
--   DEAD     every attempt failed; kept until an operator requeues it
CREATE TABLE outbox_messages (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic            VARCHAR(100)  NOT NULL,
    message_key      VARCHAR(200)  NOT NULL,
    payload          JSONB         NOT NULL,
    status           VARCHAR(16)   NOT NULL DEFAULT 'PENDING'
        CHECK (status IN ('PENDING', 'DONE', 'DEAD')),
    attempts         INTEGER       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    locked_until     TIMESTAMPTZ,
    locked_by        VARCHAR(200),
    last_error       VARCHAR(2000),
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    processed_at     TIMESTAMPTZ,
    CONSTRAINT outbox_messages_lease CHECK ((locked_until IS NULL) = (locked_by IS NULL)),
    CONSTRAINT outbox_messages_lease_only_pending CHECK (status = 'PENDING' OR locked_by IS NULL),
    CONSTRAINT outbox_messages_processed CHECK ((status = 'PENDING') = (processed_at IS NULL))
);

-- The poll: due pending rows in order (leased rows are filtered on locked_until).
CREATE INDEX outbox_messages_due ON outbox_messages (next_attempt_at, id) WHERE status = 'PENDING';
-- The office's dead-letter list, newest first.
CREATE INDEX outbox_messages_dead ON outbox_messages (processed_at DESC, id) WHERE status = 'DEAD';
-- Retention of handled rows.
CREATE INDEX outbox_messages_done ON outbox_messages (processed_at) WHERE status = 'DONE';

-- A queue table churns: vacuum it long before the default 20 % of dead tuples.
ALTER TABLE outbox_messages SET (autovacuum_vacuum_scale_factor = 0.02,
                                 autovacuum_analyze_scale_factor = 0.05);
