package vn.ocop.traceability.labels;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where label jobs are kept; each call on the caller's transaction. */
public interface LabelJobs {

    void add(LabelJob job);

    Optional<LabelJob> byId(UUID id);

    /** QUEUED → RUNNING; false when another worker has it or it is finished. */
    boolean claim(UUID id, Instant now);

    void progress(UUID id, int done, Instant now);

    void succeeded(UUID id, long fileSize, Instant now);

    void failed(UUID id, String error, Instant now);

    /**
     * Jobs whose worker went quiet before {@code staleBefore}: queued again from the start (done
     * 0), or failed after {@code maxRestarts}. Returns the ids queued again.
     */
    List<UUID> requeueStale(Instant staleBefore, int maxRestarts, Instant now);
}
