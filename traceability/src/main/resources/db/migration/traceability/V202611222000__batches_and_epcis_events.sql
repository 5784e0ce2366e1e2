-- Production batches (lô sản phẩm): the current state of each batch, one row per GTIN and lot.
-- Raw-material inputs, process steps, lab tests and the retained sample are value objects of the
-- batch that never change after registration; they live in the details column as JSON.
CREATE TABLE traceability.batches (
    id               uuid PRIMARY KEY,
    gtin             char(14)      NOT NULL,
    lot              varchar(20)   NOT NULL,
    product_id       uuid          NOT NULL,
    variant_sku      varchar(64),
    producer_id      uuid          NOT NULL,
    production_date  date          NOT NULL,
    expiry_date      date,
    best_before_date date,
    quantity         numeric(16, 3) NOT NULL CHECK (quantity > 0),
    unit             varchar(8)    NOT NULL,
    production_site  varchar(300)  NOT NULL,
    details          jsonb         NOT NULL,
    registered_at    timestamptz   NOT NULL,
    registered_by    uuid          NOT NULL,
    recalled_at      timestamptz,
    recalled_by      uuid,
    recalled_by_role varchar(32),
    recall_reason    varchar(1000),
    CONSTRAINT batches_gtin_lot_unique UNIQUE (gtin, lot),
    CONSTRAINT batches_end_date_present CHECK (expiry_date IS NOT NULL OR best_before_date IS NOT NULL),
    CONSTRAINT batches_recall_complete CHECK (
        (recalled_at IS NULL AND recall_reason IS NULL AND recalled_by IS NULL)
        OR (recalled_at IS NOT NULL AND recall_reason IS NOT NULL AND recalled_by IS NOT NULL))
);
CREATE INDEX batches_producer_gtin_idx ON traceability.batches (producer_id, gtin);

-- One EPCIS capture request: validated whole, stored whole (all its events or none).
CREATE TABLE traceability.capture_jobs (
    id           uuid PRIMARY KEY,
    submitted_by uuid        NOT NULL,
    producer_id  uuid,
    submitted_at timestamptz NOT NULL,
    finished_at  timestamptz,
    status       varchar(16) NOT NULL,
    event_count  integer     NOT NULL
);

-- Every traceability fact as an EPCIS 2.0 event: the JSON-LD event as captured or recorded, plus
-- the columns queries filter on. Append-only: corrections are error declarations (a new row that
-- repeats the event with errorDeclaration) plus corrective events.
CREATE TABLE traceability.epcis_events (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id          text        NOT NULL,
    event_type        varchar(40) NOT NULL,
    action            varchar(8),
    biz_step          text,
    disposition       text,
    event_time        timestamptz NOT NULL,
    record_time       timestamptz NOT NULL,
    -- every EPC and EPC class the event names (epcList, quantityList, parent, child, input, output)
    epcs              text[]      NOT NULL,
    -- "<gtin-14>/<lot>" of each lot the identifiers name, whatever their syntax (Digital Link or URN)
    lots              text[]      NOT NULL,
    batch_id          uuid REFERENCES traceability.batches (id),
    producer_ids      uuid[]      NOT NULL,
    capture_id        uuid REFERENCES traceability.capture_jobs (id),
    error_declaration boolean     NOT NULL,
    document          jsonb       NOT NULL
);
CREATE INDEX epcis_events_event_id_idx ON traceability.epcis_events (event_id);
CREATE INDEX epcis_events_biz_step_time_idx ON traceability.epcis_events (biz_step, event_time);
CREATE INDEX epcis_events_time_idx ON traceability.epcis_events (event_time, id);
CREATE INDEX epcis_events_epcs_idx ON traceability.epcis_events USING gin (epcs);
CREATE INDEX epcis_events_lots_idx ON traceability.epcis_events USING gin (lots);
CREATE INDEX epcis_events_producers_idx ON traceability.epcis_events USING gin (producer_ids);
CREATE INDEX epcis_events_batch_idx ON traceability.epcis_events (batch_id);

CREATE FUNCTION traceability.refuse_epcis_event_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'traceability.epcis_events is append-only: % refused', TG_OP
        USING ERRCODE = 'integrity_constraint_violation',
              HINT = 'Record an error declaration and a corrective event instead.';
END;
$$;

CREATE TRIGGER epcis_events_no_update_or_delete
    BEFORE UPDATE OR DELETE ON traceability.epcis_events
    FOR EACH ROW EXECUTE FUNCTION traceability.refuse_epcis_event_change();

CREATE TRIGGER epcis_events_no_truncate
    BEFORE TRUNCATE ON traceability.epcis_events
    FOR EACH STATEMENT EXECUTE FUNCTION traceability.refuse_epcis_event_change();
