package vn.ocop.orders.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A transfer on its way to the sale point. */
public record PosTransfer(UUID id, String producerName, Instant createdAt, List<Line> lines) {

    /** A variant, its lot when the packs carry one, and how many. */
    public record Line(String sku, String nameVi, String nameEn, String lot, long quantity) {}
}
