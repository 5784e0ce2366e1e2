package vn.ocop.orders.payment;

import java.util.Optional;

/**
 * The order side of payments: what a payment adapter (COD, VietQR, Stripe, cash) needs to know and
 * change about an order. Implemented by the orders application layer; every method runs inside the
 * caller's transaction, so a payment record and the order's state change commit together.
 *
 * <p>Adapters identify orders by their readable number (e.g. {@code OCOP-2026-000123}), which is
 * also the reference a buyer types into a bank transfer.
 */
public interface PayableOrders {

    /** The order with this number, if any. */
    Optional<PayableOrder> find(String orderNumber);

    /**
     * The full amount was received: an order awaiting payment becomes confirmed; a COD order is
     * marked collected. Calling it again for the same order changes nothing.
     *
     * @param paymentId the payment log's id of the settling payment
     */
    void settle(String orderNumber, PaymentMethod method, String paymentId);

    /**
     * The payment failed or its window expired before money arrived: the order is cancelled and its
     * reserved stock released, through the same path as any cancellation. No-op when the order is
     * no longer awaiting payment.
     */
    void abandon(String orderNumber, String reason);

    /**
     * The money went back to the buyer (a provider refund succeeded): the order is marked refunded
     * and stock not yet shipped is released. Calling it again changes nothing.
     */
    void refunded(String orderNumber, String paymentId);
}
