package vn.ocop.orders.payment;

/** How a buyer pays. */
public enum PaymentMethod {
    /** Cash on delivery: the order is confirmed unpaid and settled when the courier collects. */
    COD,
    /** Bank transfer by a dynamic VietQR code carrying the amount and the order number. */
    VIETQR,
    /** International card through Stripe Checkout (off when no Stripe key is configured). */
    CARD,
    /** Cash at a sale point's counter. */
    CASH
}
