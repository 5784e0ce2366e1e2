package vn.ocop.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;
import java.util.UUID;

/** The office's full search reindex (the same jobs as {@code /api/v1/office/search/reindex}). */
public interface SearchReindexApi {

    /**
     * A reindex job: {@code done} of {@code total} products so far.
     *
     * @param state RUNNING, DONE or FAILED
     */
    @Serdeable
    record Reindex(UUID id, String state, int done, int total, @Nullable String error) {

        /** Whole per cent done, 100 once finished. */
        public int percent() {
            if ("DONE".equals(state)) {
                return 100;
            }
            return total <= 0 ? 0 : (int) Math.min(100, (long) done * 100 / total);
        }

        public boolean running() {
            return "RUNNING".equals(state);
        }
    }

    /** Starts a reindex in the background, or returns the one already running. */
    Reindex startReindex();

    Optional<Reindex> reindex(UUID id);

    /** The most recently started job, if any. */
    Optional<Reindex> latestReindex();
}
