package vn.ocop.catalog.importing;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/**
 * Runs import jobs on this instance's import workers. A job is claimed in the database before it
 * runs and beats while it runs, so a job is run by one instance at a time, and a job whose instance
 * died is taken over by another ({@link ImportJobSweeper}) and run again from the start: its rows
 * were never committed.
 */
@Singleton
class ImportJobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobRunner.class);
    private static final int MAX_ATTEMPTS = 3;
    private static final Duration BEAT = Duration.ofMillis(500);

    /** The job was taken over by another instance; this run must not commit. */
    private static final class JobLost extends RuntimeException {
        JobLost(UUID id) {
            super("Import job " + id + " was taken over by another instance");
        }
    }

    private final ImportJobs jobs;
    private final SpreadsheetFiles files;
    private final CatalogImport imports;
    private final TransactionOperations<Connection> transactions;
    private final ImportMessages messages;
    private final Clock clock;
    private final Duration staleAfter;
    private final ExecutorService workers;
    private final String owner;

    ImportJobRunner(
            ImportJobs jobs,
            SpreadsheetFiles files,
            CatalogImport imports,
            TransactionOperations<Connection> transactions,
            ImportMessages messages,
            Clock clock,
            @Value("${ocop.catalog.import.workers:1}") int workers,
            @Value("${ocop.catalog.import.stale-after:2m}") Duration staleAfter) {
        this.jobs = jobs;
        this.files = files;
        this.imports = imports;
        this.transactions = transactions;
        this.messages = messages;
        this.clock = clock;
        this.staleAfter = staleAfter;
        AtomicInteger count = new AtomicInteger();
        this.workers =
                Executors.newFixedThreadPool(
                        workers,
                        task -> {
                            Thread thread =
                                    new Thread(task, "ocop-import-" + count.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        });
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    }

    Duration staleAfter() {
        return staleAfter;
    }

    Future<?> submit(UUID jobId) {
        return workers.submit(() -> run(jobId));
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    private void run(UUID jobId) {
        if (!jobs.claim(jobId, owner, clock.instant().minus(staleAfter))) {
            return;
        }
        ImportJobRow job = jobs.find(jobId).orElseThrow();
        try {
            if (job.attempts() > MAX_ATTEMPTS) {
                fail(job, ImportError.INTERRUPTED);
                return;
            }
            byte[] content = jobs.file(jobId).orElseThrow();
            Sheet sheet =
                    HeaderMap.withHeaderRow(
                            files.read(content, job.fileName(), job.kind().sheetNames()),
                            Columns.of(job.kind()),
                            messages);
            ImportReport report;
            try {
                report = importInTransaction(job, sheet, CatalogImport.Mode.STOP_AT_FIRST_PROBLEM);
            } catch (CatalogImport.ProblemFound problems) {
                report = importInTransaction(job, sheet, CatalogImport.Mode.REPORT_EVERY_PROBLEM);
            }
            if (!report.saved()) {
                jobs.finishAlone(
                        jobId,
                        owner,
                        report.valid() ? ImportJobState.SUCCEEDED : ImportJobState.FAILED,
                        report);
            }
        } catch (JobLost lost) {
            LOG.warn(lost.getMessage());
        } catch (DomainException refused) {
            fail(job, ImportError.UNREADABLE_FILE);
        } catch (RuntimeException failed) {
            LOG.error("Import job {} failed", jobId, failed);
            fail(job, ImportError.ROW_FAILED);
        }
    }

    /**
     * One transaction for the whole file: rolled back for a dry run or any refused row; committed
     * together with the job's end otherwise. A file with problems is run twice: once until its
     * first problem, then again to report all of them (progress starts again from zero).
     */
    private ImportReport importInTransaction(
            ImportJobRow job, Sheet sheet, CatalogImport.Mode mode) {
        Caller caller =
                new Caller(
                        job.requestedBy(),
                        Role.valueOf(job.requesterRole()),
                        job.producerId(),
                        null);
        IntConsumer progress = new Beats(job.id(), sheet.rows().size());
        return transactions.execute(
                TransactionDefinition.DEFAULT,
                status -> {
                    ImportReport report =
                            imports.run(job.kind(), sheet, caller, job.dryRun(), mode, progress);
                    if (job.dryRun() || !report.valid()) {
                        status.setRollbackOnly();
                        return report;
                    }
                    ImportReport saved = report.asSaved();
                    if (!jobs.finishWithImport(job.id(), owner, ImportJobState.SUCCEEDED, saved)) {
                        throw new JobLost(job.id());
                    }
                    return saved;
                });
    }

    private void fail(ImportJobRow job, ImportError error) {
        ImportMessages.Text message = messages.problem(error.code(), Map.of(), error.title());
        ImportIssue issue =
                new ImportIssue(
                        0, null, null, null, null, error.code(), message.vi(), message.en(), null);
        jobs.finishAlone(
                job.id(),
                owner,
                ImportJobState.FAILED,
                new ImportReport(
                        job.kind(),
                        job.dryRun(),
                        false,
                        false,
                        job.rowsTotal(),
                        0,
                        0,
                        0,
                        1,
                        List.of(issue)));
    }

    /** Writes progress at most twice a second, and says when the job was taken over. */
    private final class Beats implements IntConsumer {
        private final UUID id;
        private final int total;
        private Instant last = Instant.EPOCH;

        Beats(UUID id, int total) {
            this.id = id;
            this.total = total;
        }

        @Override
        public void accept(int done) {
            Instant now = clock.instant();
            if (done < total && now.isBefore(last.plus(BEAT))) {
                return;
            }
            last = now;
            if (!jobs.progress(id, owner, done)) {
                throw new JobLost(id);
            }
        }
    }
}
