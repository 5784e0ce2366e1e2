package vn.ocop.orders.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.ocop.orders.api.OrdersError;

/**
 * Goods a producer sends from its warehouse to a sale point: created → shipped (stock leaves the
 * warehouse) → received (stock arrives at the sale point); cancelled only before shipping.
 */
public final class Transfer {

    public enum Status {
        CREATED,
        SHIPPED,
        RECEIVED,
        CANCELLED
    }

    /** A variant, optionally the batch (lot) its packs come from, and how many. */
    public record Line(String sku, String lot, long quantity) {
        public Line {
            if (quantity <= 0) throw new IllegalArgumentException("quantity must be positive");
        }
    }

    private final UUID id;
    private final UUID fromLocation;
    private final UUID toLocation;
    private final UUID producerId;
    private final List<Line> lines;
    private final Instant createdAt;
    private final UUID createdBy;
    private Status status;

    public Transfer(
            UUID id,
            UUID fromLocation,
            UUID toLocation,
            UUID producerId,
            List<Line> lines,
            Instant createdAt,
            UUID createdBy,
            Status status) {
        if (lines.isEmpty()) throw new IllegalArgumentException("A transfer needs lines");
        this.id = id;
        this.fromLocation = fromLocation;
        this.toLocation = toLocation;
        this.producerId = producerId;
        this.lines = List.copyOf(lines);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.status = status;
    }

    public void ship() {
        require(Status.CREATED, "ship");
        status = Status.SHIPPED;
    }

    public void receive() {
        require(Status.SHIPPED, "receive");
        status = Status.RECEIVED;
    }

    private void require(Status expected, String action) {
        if (status != expected) {
            throw OrdersError.INVALID_TRANSITION.exception(
                    "Cannot " + action + " transfer " + id + " in status " + status);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID fromLocation() {
        return fromLocation;
    }

    public UUID toLocation() {
        return toLocation;
    }

    public UUID producerId() {
        return producerId;
    }

    public List<Line> lines() {
        return lines;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Status status() {
        return status;
    }
}
