package vn.ocop.orders.payment;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Stands in only while no order side implements {@link PayableOrders} (it yields to any other
 * implementation): no order exists, so payment endpoints answer 404 and notifications are recorded
 * as unmatched for the office instead of failing.
 */
@Singleton
@Secondary
class NoPayableOrders implements PayableOrders {

    @Override
    public Optional<PayableOrder> find(String orderNumber) {
        return Optional.empty();
    }

    @Override
    public void settle(String orderNumber, PaymentMethod method, String paymentId) {
        throw new IllegalStateException("No order side: cannot settle " + orderNumber);
    }

    @Override
    public void abandon(String orderNumber, String reason) {
        throw new IllegalStateException("No order side: cannot abandon " + orderNumber);
    }

    @Override
    public void refunded(String orderNumber, String paymentId) {
        throw new IllegalStateException("No order side: cannot refund " + orderNumber);
    }
}
