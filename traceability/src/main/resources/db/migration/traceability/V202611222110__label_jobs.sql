-- Label PDF jobs: what to print and how far the background worker has got. The file itself is
-- OCOP_DATA_DIR/labels/<id>.pdf. A job whose worker stopped (heartbeat too old) is queued again
-- and printed from the start; after three restarts it is failed.
CREATE TABLE traceability.label_jobs (
    id            uuid PRIMARY KEY,
    batch_id      uuid         NOT NULL REFERENCES traceability.batches (id),
    producer_id   uuid         NOT NULL,
    requested_by  uuid         NOT NULL,
    template      varchar(32)  NOT NULL,
    mode          varchar(16)  NOT NULL,
    ec_level      char(1)      NOT NULL,
    language      varchar(2)   NOT NULL,
    -- serial modes print the serials with ordinals first_ordinal..last_ordinal
    first_ordinal integer,
    last_ordinal  integer,
    total         integer      NOT NULL CHECK (total > 0),
    done          integer      NOT NULL DEFAULT 0 CHECK (done >= 0 AND done <= total),
    status        varchar(16)  NOT NULL,
    restarts      integer      NOT NULL DEFAULT 0,
    error         varchar(500),
    file_size     bigint,
    created_at    timestamptz  NOT NULL,
    started_at    timestamptz,
    finished_at   timestamptz,
    heartbeat_at  timestamptz  NOT NULL
);
CREATE INDEX label_jobs_status_idx ON traceability.label_jobs (status, heartbeat_at);
