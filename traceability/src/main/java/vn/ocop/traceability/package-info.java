/**
 * Traceability: production batches (lô), EPCIS 2.0 events, GS1 Digital Link identifiers and the
 * resolver, QR labels, and scans. Owns the {@code traceability} schema. Uses the platform and
 * {@code vn.ocop.catalog.api}; others see it through {@code vn.ocop.traceability.api}.
 */
package vn.ocop.traceability;
