/**
 * GS1 Digital Link: parsing and writing the URIs printed in OCOP QR codes ({@code
 * https://host/01/<GTIN>/10/<lot>[/21/<serial>]}), conformant with the GS1 Digital Link URI syntax
 * and the GS1 Barcode Syntax Dictionary as implemented by the GS1 reference engine. Pure Java, no
 * framework: {@link vn.ocop.traceability.digitallink.DigitalLink} is the entry point, failures are
 * {@link vn.ocop.traceability.digitallink.DigitalLinkException}s with a reason. AI rules come from
 * dictionary lines ({@code DictionaryEntries}), not from code. Used by the resolver, labels and
 * batches of this module; other modules will reach it through {@code vn.ocop.traceability.api}.
 */
package vn.ocop.traceability.digitallink;
