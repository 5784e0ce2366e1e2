package vn.ocop.catalog.importing;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;

/**
 * Import jobs in PostgreSQL. Progress and the end of a failed or dry run are written in short
 * transactions of their own, so other instances see them while the import's long transaction is
 * still open; the end of a successful real run is written inside the import's transaction, so the
 * job says "succeeded" exactly when the rows are saved.
 */
@Singleton
class ImportJobs {

    private final ImportJobRepositories.Jobs jobs;
    private final ImportJobRepositories.Files files;
    private final ObjectMapper json;
    private final Clock clock;

    ImportJobs(
            ImportJobRepositories.Jobs jobs,
            ImportJobRepositories.Files files,
            ObjectMapper json,
            Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public UUID create(
            ImportKind kind,
            boolean dryRun,
            String fileName,
            byte[] content,
            int rowsTotal,
            Caller caller) {
        UUID id = UUID.randomUUID();
        jobs.save(
                new ImportJobRow(
                        id,
                        kind,
                        dryRun,
                        fileName,
                        caller.accountId(),
                        caller.role().name(),
                        caller.producerId(),
                        ImportJobState.QUEUED,
                        rowsTotal,
                        0,
                        null,
                        (short) 0,
                        null,
                        null,
                        clock.instant(),
                        null,
                        null));
        files.save(new ImportFileRow(id, content));
        return id;
    }

    /** Takes the job for this instance; false when another instance has it or it has finished. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public boolean claim(UUID id, String owner, Instant staleBefore) {
        return jobs.claim(id, owner, clock.instant(), staleBefore) == 1;
    }

    /** Records progress (and that this instance is alive); false when the job was taken over. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public boolean progress(UUID id, String owner, int rowsDone) {
        return jobs.progress(id, owner, rowsDone, clock.instant()) == 1;
    }

    /** Finishes the job in the caller's transaction: it commits with the imported rows. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean finishWithImport(
            UUID id, String owner, ImportJobState state, ImportReport report) {
        return finish(id, owner, state, report);
    }

    /** Finishes the job in a transaction of its own (dry runs, failures). */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public boolean finishAlone(UUID id, String owner, ImportJobState state, ImportReport report) {
        return finish(id, owner, state, report);
    }

    private boolean finish(UUID id, String owner, ImportJobState state, ImportReport report) {
        boolean finished =
                jobs.finish(id, owner, state.name(), write(report), clock.instant()) == 1;
        if (finished) {
            files.deleteById(id);
        }
        return finished;
    }

    @ReadOnly
    public Optional<ImportJobRow> find(UUID id) {
        return jobs.findById(id);
    }

    @ReadOnly
    public Optional<byte[]> file(UUID id) {
        return files.findById(id).map(ImportFileRow::content);
    }

    @ReadOnly
    public List<UUID> orphans(Instant queuedBefore, Instant staleBefore) {
        return jobs.orphans(queuedBefore, staleBefore);
    }

    @Transactional
    public int purgeFinishedBefore(Instant before) {
        return jobs.purgeFinishedBefore(before);
    }

    ImportJobView view(ImportJobRow row) {
        int percent =
                row.rowsTotal() == 0
                        ? (row.state().finished() ? 100 : 0)
                        : (int) Math.min(100, (100L * row.rowsDone()) / row.rowsTotal());
        return new ImportJobView(
                row.id(),
                row.kind(),
                row.dryRun(),
                row.fileName(),
                row.state(),
                row.rowsTotal(),
                row.rowsDone(),
                percent,
                row.createdAt(),
                row.startedAt(),
                row.finishedAt(),
                row.report() == null ? null : read(row.report()));
    }

    private String write(ImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportReport read(String report) {
        try {
            return json.readValue(report, Argument.of(ImportReport.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
