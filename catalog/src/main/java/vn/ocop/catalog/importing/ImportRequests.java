package vn.ocop.catalog.importing;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.multipart.CompletedFileUpload;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/**
 * What the import endpoints do: check the file at once (a file that cannot be imported is a 4xx
 * before any job exists), queue the job, and for a dry run wait a little for its report.
 */
@Singleton
class ImportRequests {

    private final SpreadsheetFiles files;
    private final ImportJobs jobs;
    private final ImportJobRunner runner;
    private final ImportMessages messages;
    private final Duration dryRunWait;

    ImportRequests(
            SpreadsheetFiles files,
            ImportJobs jobs,
            ImportJobRunner runner,
            ImportMessages messages,
            @Value("${ocop.catalog.import.dry-run-wait:20s}") Duration dryRunWait) {
        this.files = files;
        this.jobs = jobs;
        this.runner = runner;
        this.messages = messages;
        this.dryRunWait = dryRunWait;
    }

    static ImportKind kind(String path) {
        return ImportKind.fromPath(path)
                .orElseThrow(
                        () ->
                                new DomainException(
                                        ImportError.UNKNOWN_KIND,
                                        "No import of " + path,
                                        java.util.List.of(),
                                        Map.of("kind", String.valueOf(path))));
    }

    /**
     * Starts an import. A real run returns at once (the job is queued or running); a dry run
     * returns its finished job when the report is ready within the wait, else the running job.
     */
    ImportJobView start(
            ImportKind kind, boolean dryRun, String fileName, byte[] file, Caller caller) {
        if (caller.role() == Role.PRODUCER_MEMBER && kind != ImportKind.PRODUCTS) {
            throw new DomainException(
                    CatalogError.NOT_YOUR_PRODUCER, "Producers import only their own products");
        }
        Sheet sheet =
                HeaderMap.withHeaderRow(
                        files.read(file, fileName, kind.sheetNames()), Columns.of(kind), messages);
        UUID id = jobs.create(kind, dryRun, fileName, file, sheet.rows().size(), caller);
        Future<?> running = runner.submit(id);
        if (dryRun) {
            waitFor(running);
        }
        return job(id, caller);
    }

    /** A job the caller may see: the office sees every job, a member its producer's. */
    ImportJobView job(UUID id, Caller caller) {
        return jobs.find(id)
                .filter(
                        row ->
                                caller.isOffice()
                                        || (caller.producerId() != null
                                                && caller.producerId().equals(row.producerId())))
                .map(jobs::view)
                .orElseThrow(
                        () ->
                                new DomainException(
                                        ImportError.JOB_NOT_FOUND, "No import job " + id));
    }

    /** An uploaded part's bytes; none for a missing part (refused as an empty file). */
    static byte[] bytes(CompletedFileUpload file) {
        if (file == null) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitFor(Future<?> running) {
        try {
            running.get(dryRunWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            // the client polls the job instead
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
