/**
 * Traceability: production batches (lô), EPCIS 2.0 events, GS1 Digital Link identifiers and the
 * resolver, QR labels, and scans. Owns the {@code traceability} schema. Uses the platform and
 * {@code vn.ocop.catalog.api} (a batch's GTIN must be a catalogue variant of the registering
 * producer); others see it through {@code vn.ocop.traceability.api} ({@code TraceabilityApi}: a
 * batch by GTIN and lot, and whether it may be sold).
 *
 * <p>Layers: {@code domain} (the {@code Batch} aggregate, plain Java), {@code application} (use
 * cases, the transaction boundary), {@code persistence} (JDBC), {@code epcis} (events, documents,
 * schema), {@code web} (controllers), {@code digitallink} (the URI codec), {@code serials} (unit
 * serials), {@code qr} (batch and unit QR codes through the platform's renderer), {@code labels}
 * (PDF label sheets and background label jobs).
 */
package vn.ocop.traceability;
