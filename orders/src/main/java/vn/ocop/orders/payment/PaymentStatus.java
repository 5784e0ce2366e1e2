package vn.ocop.orders.payment;

/** Where a payment in the log stands. */
public enum PaymentStatus {
    /** Started with a provider (a Stripe Checkout Session); no money yet. */
    PENDING,
    /** Money received; this payment settled its order. At most one per order. */
    SUCCEEDED,
    /**
     * Money received that did not settle the order (wrong amount, order no longer awaiting payment,
     * paid twice): the office decides (confirm manually, or refund outside).
     */
    REVIEW,
    /** The provider reported a failure or the window expired. */
    FAILED,
    /** The money went back to the buyer. */
    REFUNDED
}
