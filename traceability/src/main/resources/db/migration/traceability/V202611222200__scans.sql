-- Every resolve of a code (a "scan"): what was scanned, when, roughly where (only if the client said
-- so: a province, or a position rounded to 0.1°), by whom in kind (a consumer or sale-point staff).
-- The client's IP address is never stored: client_key is an HMAC-SHA256 of it under the app secret,
-- enough to tell repeated scans from one device apart without knowing the address.
CREATE TABLE traceability.scans (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    gtin          char(14)     NOT NULL,
    lot           varchar(20)  NOT NULL DEFAULT '',
    serial        varchar(20)  NOT NULL DEFAULT '',
    batch_id      uuid,
    producer_id   uuid,
    scanned_at    timestamptz  NOT NULL,
    channel       varchar(16)  NOT NULL CHECK (channel IN ('CONSUMER', 'SALE_POINT_STAFF')),
    province_code varchar(40),
    lat           numeric(4, 1) CHECK (lat BETWEEN -90 AND 90),
    lon           numeric(4, 1) CHECK (lon BETWEEN -180 AND 180),
    client_key    varchar(64),
    CONSTRAINT scans_position_whole CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE INDEX scans_code_time_idx ON traceability.scans (gtin, lot, serial, scanned_at);
CREATE INDEX scans_batch_idx ON traceability.scans (batch_id);

-- Scans per code (a serial, or a lot scanned without serial, or a bare GTIN).
CREATE TABLE traceability.scan_counters (
    gtin           char(14)    NOT NULL,
    lot            varchar(20) NOT NULL,
    serial         varchar(20) NOT NULL,
    batch_id       uuid,
    producer_id    uuid,
    consumer_scans bigint      NOT NULL DEFAULT 0,
    staff_scans    bigint      NOT NULL DEFAULT 0,
    first_at       timestamptz NOT NULL,
    last_at        timestamptz NOT NULL,
    PRIMARY KEY (gtin, lot, serial)
);
CREATE INDEX scan_counters_producer_idx ON traceability.scan_counters (producer_id);

-- Counterfeit signals per code and reason: how often they fired, first and last time, and the
-- detail of the last one.
CREATE TABLE traceability.scan_flags (
    gtin        char(14)     NOT NULL,
    lot         varchar(20)  NOT NULL,
    serial      varchar(20)  NOT NULL,
    reason      varchar(32)  NOT NULL
        CHECK (reason IN ('TOO_MANY_SCANS', 'IMPOSSIBLE_TRAVEL', 'NEVER_SHIPPED', 'RECALLED')),
    batch_id    uuid,
    producer_id uuid,
    count       bigint       NOT NULL,
    first_at    timestamptz  NOT NULL,
    last_at     timestamptz  NOT NULL,
    detail      varchar(500) NOT NULL,
    PRIMARY KEY (gtin, lot, serial, reason)
);
CREATE INDEX scan_flags_last_idx ON traceability.scan_flags (last_at DESC);

-- Idempotence of events other modules report through the outbox (shipping, receiving, retail
-- selling): one row per message's business key, written in the transaction that appends the event.
CREATE TABLE traceability.reported_events (
    source_key  varchar(300) PRIMARY KEY,
    event_id    text         NOT NULL,
    recorded_at timestamptz  NOT NULL
);
