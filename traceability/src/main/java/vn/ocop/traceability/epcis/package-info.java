/**
 * EPCIS 2.0: every traceability fact is an event in an append-only log ({@code
 * traceability.epcis_events}: the JSON-LD event as JSONB plus indexed columns). Batches record
 * their facts through {@link vn.ocop.traceability.epcis.BatchEvents}; outside systems capture
 * EPCISDocuments that pass GS1's 2.0.1 JSON schema ({@link
 * vn.ocop.traceability.epcis.EpcisSchema}).
 *
 * <p>Identifiers: a batch is the EPC class {@code https://<OCOP_PUBLIC_BASE_URL
 * host>/01/<gtin>/10/<lot>}, the GS1 Digital Link URI its QR code carries. EPCIS 2.0 allows Digital
 * Link URIs wherever an EPC URI may stand, and unlike {@code urn:epc:class:lgtin:} they need no GS1
 * company-prefix length, which the catalogue does not know. Captured events may use either form;
 * both are indexed to the same {@code gtin/lot} key, so a batch's export includes them.
 *
 * <p>Corrections never change a row: a database trigger refuses UPDATE, DELETE and TRUNCATE. An
 * error is corrected by capturing an error declaration (the event repeated with {@code
 * errorDeclaration}) and the corrective events.
 */
package vn.ocop.traceability.epcis;
