package vn.ocop.traceability.labels;

import java.time.Instant;
import java.util.UUID;

/**
 * A request to print labels of a batch and how far it has got.
 *
 * @param firstOrdinal first serial printed (serial modes), else null
 * @param lastOrdinal last serial printed (serial modes), else null
 */
public record LabelJob(
        UUID id,
        UUID batchId,
        UUID producerId,
        UUID requestedBy,
        LabelTemplate template,
        Mode mode,
        String ecLevel,
        String language,
        Integer firstOrdinal,
        Integer lastOrdinal,
        int total,
        int done,
        Status status,
        String error,
        Long fileSize,
        Instant createdAt,
        Instant finishedAt) {

    public enum Mode {
        /** {@code quantity} labels of the batch's own code. */
        BATCH,
        /** Issues {@code quantity} new serials and prints one label each. */
        NEW_SERIALS,
        /** One label for each serial the batch already has. */
        EACH_SERIAL
    }

    public enum Status {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    public int percent() {
        return (int) Math.floor(100.0 * done / total);
    }
}
