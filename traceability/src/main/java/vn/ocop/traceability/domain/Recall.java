package vn.ocop.traceability.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Who recalled a batch, when, in which role and why: kept for the audit and shown on scans. */
public record Recall(String reason, Instant at, UUID by, String byRole) {
    public Recall {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(byRole, "byRole");
    }
}
