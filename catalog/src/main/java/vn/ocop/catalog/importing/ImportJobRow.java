package vn.ocop.catalog.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code catalog.import_jobs}. Invariant: {@code lockedBy} names the instance running a
 * RUNNING job, and only that instance may write its progress or finish it; the report (JSON) is set
 * once the job has finished.
 */
@MappedEntity(value = "import_jobs", schema = "catalog")
record ImportJobRow(
        @Id UUID id,
        ImportKind kind,
        boolean dryRun,
        @Nullable String fileName,
        UUID requestedBy,
        String requesterRole,
        @Nullable UUID producerId,
        ImportJobState state,
        int rowsTotal,
        int rowsDone,
        @Nullable String report,
        short attempts,
        @Nullable String lockedBy,
        @Nullable Instant heartbeatAt,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt) {}
