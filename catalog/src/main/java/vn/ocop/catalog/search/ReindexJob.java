package vn.ocop.catalog.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A full reindex as the office follows it: {@code done} of {@code total} products read so far.
 *
 * @param state RUNNING, DONE or FAILED (a job that made no progress for ten minutes, e.g. because
 *     its instance stopped, is FAILED)
 */
@Serdeable
public record ReindexJob(
        UUID id,
        String engine,
        String state,
        int done,
        int total,
        @Nullable String error,
        Instant startedAt,
        @Nullable Instant finishedAt) {

    public static final String RUNNING = "RUNNING", DONE = "DONE", FAILED = "FAILED";
}
