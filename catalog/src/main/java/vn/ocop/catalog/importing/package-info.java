/**
 * Bulk import and export of the catalogue, the way provincial OCOP offices keep their lists: Excel
 * (.xlsx) and CSV files of producers, products with variants, and certificates, with Vietnamese (or
 * English) column headers.
 *
 * <p>An import runs the real use cases ({@code ProducerService}, {@code ProductService}, {@code
 * CertificateService}, {@code ListingService}) for every row inside one transaction, each row group
 * under a savepoint so that one bad row does not hide the next; a dry run rolls the transaction
 * back, a real run commits only when no row failed. Jobs and their progress live in {@code
 * catalog.import_jobs}, so any instance can answer for any job and a job whose instance died is
 * taken over. The export writes the visible catalogue as CSV, XLSX (the same columns the importers
 * read) and a JSON feed for external marketplaces.
 */
package vn.ocop.catalog.importing;
