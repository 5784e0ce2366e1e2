package vn.ocop.orders.domain;

/** Where an order as a whole stands. */
public enum OrderStatus {
    /** VietQR or card chosen, money not yet in; stock is reserved until {@code reservedUntil}. */
    PENDING_PAYMENT,
    /** Paid, or COD: producers pack and ship their fulfilments. */
    CONFIRMED,
    /** Every fulfilment delivered and the money received. */
    COMPLETED,
    /** Cancelled (by buyer, office or an abandoned payment) before anything shipped. */
    CANCELLED,
    /** The money went back to the buyer. */
    REFUNDED,
    /** Every shipped fulfilment came back (failed delivery or return) and nothing is delivered. */
    RETURNED;

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED || this == REFUNDED || this == RETURNED;
    }
}
