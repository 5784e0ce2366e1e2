package vn.ocop.catalog.importing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The job tables. Every state change names the expected state and owner, so two instances never
 * both run or finish one job.
 */
final class ImportJobRepositories {

    private ImportJobRepositories() {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Jobs extends CrudRepository<ImportJobRow, UUID> {

        /** Takes a queued job, or a running one whose instance stopped beating. */
        @Query(
                "UPDATE catalog.import_jobs SET state = 'RUNNING', locked_by = :owner,"
                        + " heartbeat_at = :now, started_at = COALESCE(started_at, :now),"
                        + " attempts = attempts + 1, rows_done = 0 WHERE id = :id AND (state ="
                        + " 'QUEUED' OR (state = 'RUNNING' AND heartbeat_at < :staleBefore))")
        int claim(UUID id, String owner, Instant now, Instant staleBefore);

        @Query(
                "UPDATE catalog.import_jobs SET rows_done = :rowsDone, heartbeat_at = :now"
                        + " WHERE id = :id AND state = 'RUNNING' AND locked_by = :owner")
        int progress(UUID id, String owner, int rowsDone, Instant now);

        @Query(
                "UPDATE catalog.import_jobs SET state = :state, rows_done = rows_total,"
                        + " report = :report, finished_at = :now, heartbeat_at = :now"
                        + " WHERE id = :id AND state = 'RUNNING' AND locked_by = :owner")
        int finish(UUID id, String owner, String state, String report, Instant now);

        /** Jobs nobody runs: queued too long (the instance died first) or stale while running. */
        @Query(
                "SELECT id FROM catalog.import_jobs WHERE (state = 'QUEUED' AND created_at <"
                        + " :queuedBefore) OR (state = 'RUNNING' AND heartbeat_at < :staleBefore)"
                        + " ORDER BY created_at LIMIT 20")
        List<UUID> orphans(Instant queuedBefore, Instant staleBefore);

        @Query(
                "DELETE FROM catalog.import_jobs WHERE finished_at IS NOT NULL AND finished_at <"
                        + " :before")
        int purgeFinishedBefore(Instant before);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Files extends CrudRepository<ImportFileRow, UUID> {}
}
