/**
 * Printable label sheets (PDF): A4 grids for office printers and 40 × 30 mm roll labels for thermal
 * printers at 203 and 300 dpi. Each label carries the QR code of a batch's or a unit's GS1 Digital
 * Link and, readable by people, the product name (Vietnamese, with an embedded Unicode font), the
 * lot, the expiry or best-before date and the serial. On roll labels the QR module is a whole
 * number of printer dots and at least 0.396 mm, so every module prints the same width.
 *
 * <p>{@link vn.ocop.traceability.labels.LabelSheet} writes page by page through a scratch file, so
 * 10,000 labels never sit in memory; {@link vn.ocop.traceability.labels.LabelJobs} runs big sheets
 * in the background with progress kept in {@code traceability.label_jobs}.
 */
package vn.ocop.traceability.labels;
