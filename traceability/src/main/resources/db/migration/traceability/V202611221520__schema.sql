COMMENT ON SCHEMA traceability IS 'Batches, EPCIS events, GS1 Digital Link identifiers, QR labels, scans (owned by the traceability module)';
