package vn.ocop.catalog.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * An import job as clients poll it: its state, how many rows are done of how many, and once it has
 * finished, its report.
 */
@Serdeable
public record ImportJobView(
        UUID id,
        ImportKind kind,
        boolean dryRun,
        @Nullable String fileName,
        ImportJobState state,
        int rowsTotal,
        int rowsDone,
        int percent,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable ImportReport report) {}
