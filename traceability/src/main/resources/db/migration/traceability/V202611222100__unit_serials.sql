-- Unit serials (AI 21) issued for a batch: random, unique per GTIN and lot, numbered in order of
-- issue. gtin and lot repeat the batch's so the GS1 uniqueness rule is a plain constraint.
CREATE TABLE traceability.unit_serials (
    batch_id  uuid        NOT NULL REFERENCES traceability.batches (id),
    gtin      char(14)    NOT NULL,
    lot       varchar(20) NOT NULL,
    ordinal   integer     NOT NULL CHECK (ordinal > 0),
    serial    varchar(20) NOT NULL,
    issued_at timestamptz NOT NULL,
    issued_by uuid        NOT NULL,
    PRIMARY KEY (batch_id, ordinal),
    CONSTRAINT unit_serials_gtin_lot_serial_unique UNIQUE (gtin, lot, serial)
);
