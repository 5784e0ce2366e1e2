package vn.ocop.orders.domain;

import java.util.List;
import java.util.UUID;

/**
 * One producer's part of an order, served from one stock location. Its status only moves through
 * {@link Order}, which guards every transition.
 */
public final class Fulfilment {

    private final UUID id;
    private final UUID producerId;
    private final UUID locationId;
    private final List<OrderLine> lines;
    private FulfilmentStatus status;
    private String trackingNumber;

    public Fulfilment(
            UUID id,
            UUID producerId,
            UUID locationId,
            List<OrderLine> lines,
            FulfilmentStatus status,
            String trackingNumber) {
        if (lines.isEmpty()) throw new IllegalArgumentException("A fulfilment needs lines");
        this.id = id;
        this.producerId = producerId;
        this.locationId = locationId;
        this.lines = List.copyOf(lines);
        this.status = status;
        this.trackingNumber = trackingNumber;
    }

    public UUID id() {
        return id;
    }

    public UUID producerId() {
        return producerId;
    }

    public UUID locationId() {
        return locationId;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public FulfilmentStatus status() {
        return status;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public long goodsVnd() {
        return lines.stream().mapToLong(OrderLine::amountVnd).sum();
    }

    void moveTo(FulfilmentStatus next) {
        status = next;
    }

    void track(String number) {
        trackingNumber = number;
    }
}
