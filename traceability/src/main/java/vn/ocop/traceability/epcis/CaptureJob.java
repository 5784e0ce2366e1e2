package vn.ocop.traceability.epcis;

import java.time.Instant;
import java.util.UUID;

/** One EPCIS capture request and what became of it. */
public record CaptureJob(
        UUID id,
        UUID submittedBy,
        UUID producerId,
        Instant submittedAt,
        Instant finishedAt,
        Status status,
        int eventCount) {

    public enum Status {
        /** Accepted, events being stored. */
        RUNNING,
        /** Every event of the document is stored. */
        SUCCEEDED
    }
}
