package vn.ocop.catalog.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;

/**
 * A producer member's import of its own products from an .xlsx or .csv file, for the producer's
 * pages: the same checks and background job as {@code /api/v1/producer/imports/products}. A file
 * that cannot be read at all is refused at once (a {@link vn.ocop.kernel.DomainException}); a file
 * with refused rows runs to FAILED and saves nothing, its report listing each row's problems.
 */
public interface ProducerImportsApi {

    /** Queues a real (not dry) import of the member's products and returns the job at once. */
    ImportStatus startProductImport(Caller caller, String fileName, byte[] content);

    /** One of the member's producer's import jobs. */
    ImportStatus importJob(Caller caller, UUID jobId);

    /** The empty products workbook with instructions, headers in the given language. */
    byte[] productTemplate(Locale locale);

    /**
     * @param state QUEUED, RUNNING, SUCCEEDED (every row saved) or FAILED (nothing saved)
     * @param errors at most the first 1,000 problems; {@code errorCount} counts them all
     */
    record ImportStatus(
            UUID id,
            String fileName,
            String state,
            int rowsTotal,
            int rowsDone,
            int percent,
            boolean saved,
            int created,
            int updated,
            int unchanged,
            int errorCount,
            List<RowError> errors) {

        public boolean finished() {
            return "SUCCEEDED".equals(state) || "FAILED".equals(state);
        }
    }

    /**
     * One refused cell or row: the spreadsheet row as Excel numbers it, the column's header in both
     * languages, the reason in both languages and the value as written.
     */
    record RowError(
            int row,
            String columnVi,
            String columnEn,
            String code,
            String messageVi,
            String messageEn,
            String value) {}
}
