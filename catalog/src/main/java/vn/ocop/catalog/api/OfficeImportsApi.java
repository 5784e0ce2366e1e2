package vn.ocop.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;

/**
 * The office's bulk imports as its pages start and follow them: the same jobs and rules as {@code
 * /api/v1/office/imports}.
 */
public interface OfficeImportsApi {

    /** One refused row (as numbered in Excel) and column, in both languages. */
    @Serdeable
    record RowError(
            int row,
            @Nullable String column,
            String messageVi,
            String messageEn,
            @Nullable String value) {

        public String message(Locale locale) {
            return "en".equals(locale.getLanguage()) ? messageEn : messageVi;
        }
    }

    /**
     * An import job.
     *
     * @param kind producers, products or certificates
     * @param state QUEUED, RUNNING, SUCCEEDED or FAILED
     */
    @Serdeable
    record ImportStatus(
            UUID id,
            String kind,
            boolean dryRun,
            @Nullable String fileName,
            String state,
            int rowsTotal,
            int rowsDone,
            int percent,
            boolean finished,
            boolean saved,
            int created,
            int updated,
            int unchanged,
            int errorCount,
            List<RowError> errors) {}

    /**
     * Checks the file at once and queues its import.
     *
     * @param kind producers, products or certificates
     * @throws vn.ocop.kernel.DomainException when the kind is unknown or the file unreadable
     */
    ImportStatus startImport(
            Caller caller, String kind, boolean dryRun, String fileName, byte[] file);

    /**
     * @throws vn.ocop.kernel.DomainException JOB_NOT_FOUND
     */
    ImportStatus importJob(Caller caller, UUID id);
}
