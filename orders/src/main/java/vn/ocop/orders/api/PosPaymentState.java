package vn.ocop.orders.api;

/** Where a counter sale's money stands, as the receipt and the sale list show it. */
public enum PosPaymentState {
    /** Cash taken at the counter, or the VietQR transfer arrived (or the office confirmed it). */
    PAID,
    /** A VietQR sale whose transfer has not arrived yet. */
    AWAITING_TRANSFER,
    /**
     * A VietQR sale for which money arrived that did not settle it (wrong amount): the office's
     * payment review queue decides.
     */
    NEEDS_REVIEW,
    /** The money went back to the customer. */
    REFUNDED
}
