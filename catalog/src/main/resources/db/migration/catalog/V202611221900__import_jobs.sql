-- Bulk imports run as jobs whose state lives here, so any instance can answer for any job and a
-- job whose instance stopped is taken over by another (the file is kept until the job finishes).
CREATE TABLE import_jobs (
    id              UUID PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('PRODUCERS', 'PRODUCTS', 'CERTIFICATES')),
    dry_run         BOOLEAN      NOT NULL,
    file_name       VARCHAR(255),
    -- who asked: the import runs with their rights (a producer member only for its producer)
    requested_by    UUID         NOT NULL,
    requester_role  VARCHAR(32)  NOT NULL,
    producer_id     UUID,
    state           VARCHAR(16)  NOT NULL
        CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    rows_total      INTEGER      NOT NULL CHECK (rows_total >= 0),
    rows_done       INTEGER      NOT NULL DEFAULT 0 CHECK (rows_done >= 0),
    -- the import report as JSON, once finished
    report          TEXT,
    attempts        SMALLINT     NOT NULL DEFAULT 0,
    -- the instance running the job, and when it last said it is alive
    locked_by       VARCHAR(200),
    heartbeat_at    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ,
    CONSTRAINT import_jobs_finished CHECK (
        (state IN ('SUCCEEDED', 'FAILED')) = (finished_at IS NOT NULL AND report IS NOT NULL))
);
CREATE INDEX import_jobs_unfinished ON import_jobs (state, created_at)
    WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX import_jobs_finished_at ON import_jobs (finished_at) WHERE finished_at IS NOT NULL;

CREATE TABLE import_files (
    job_id   UUID PRIMARY KEY REFERENCES import_jobs (id) ON DELETE CASCADE,
    content  BYTEA NOT NULL
);
