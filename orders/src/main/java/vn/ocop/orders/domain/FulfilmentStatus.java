package vn.ocop.orders.domain;

/** One producer's part of an order. */
public enum FulfilmentStatus {
    AWAITING_PAYMENT,
    TO_PACK,
    PACKED,
    SHIPPED,
    DELIVERED,
    DELIVERY_FAILED,
    RETURNED,
    CANCELLED;

    /** Before shipping the goods are only reserved at the producer's location. */
    public boolean holdsReservation() {
        return this == AWAITING_PAYMENT || this == TO_PACK || this == PACKED;
    }

    /** Goods left the location (shipped, delivered or on the way back). */
    public boolean goodsOut() {
        return this == SHIPPED || this == DELIVERED || this == DELIVERY_FAILED;
    }
}
