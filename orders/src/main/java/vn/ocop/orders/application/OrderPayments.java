package vn.ocop.orders.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.orders.domain.Order;
import vn.ocop.orders.domain.OrderStatus;
import vn.ocop.orders.domain.Orders;
import vn.ocop.orders.payment.PayableOrder;
import vn.ocop.orders.payment.PayableOrders;
import vn.ocop.orders.payment.PaymentMethod;

/**
 * The order side of payments. Each method joins the caller's transaction (MANDATORY would force
 * adapters to open one; REQUIRED lets a test or job call it alone too), locks the order row and
 * stores the change through {@link OrderStore}, so an abandoned payment releases stock exactly as a
 * cancellation does. A number no order has may be a counter sale's (same sequence): those are found
 * and settled through {@link PosSalePayments}.
 */
@Singleton
class OrderPayments implements PayableOrders {

    private static final Logger LOG = LoggerFactory.getLogger(OrderPayments.class);

    private final Orders orders;
    private final OrderStore store;
    private final PosSalePayments counterSales;

    OrderPayments(Orders orders, OrderStore store, PosSalePayments counterSales) {
        this.orders = orders;
        this.store = store;
        this.counterSales = counterSales;
    }

    @Override
    @Transactional
    public Optional<PayableOrder> find(String orderNumber) {
        return orders.byNumber(orderNumber)
                .map(OrderPayments::payable)
                .or(() -> counterSales.find(orderNumber));
    }

    @Override
    @Transactional
    public void settle(String orderNumber, PaymentMethod method, String paymentId) {
        Optional<Order> found = orders.lockByNumber(orderNumber);
        if (found.isEmpty() && counterSales.settle(orderNumber, paymentId)) return;
        Order order = found.orElseThrow(() -> notFound(orderNumber));
        if (order.status().isFinal() && order.status() != OrderStatus.COMPLETED) {
            LOG.warn(
                    "Payment {} for order {} in status {} changes nothing",
                    paymentId,
                    orderNumber,
                    order.status());
            return;
        }
        if (order.settle(paymentId)) {
            store.commit(order, "payment:" + paymentId, null);
        }
    }

    @Override
    @Transactional
    public void abandon(String orderNumber, String reason) {
        Optional<Order> found = orders.lockByNumber(orderNumber);
        if (found.isEmpty() && counterSales.abandon(orderNumber, reason)) return;
        Order order = found.orElseThrow(() -> notFound(orderNumber));
        if (order.status() != OrderStatus.PENDING_PAYMENT) return;
        order.cancel(reason == null ? "payment abandoned" : reason);
        store.commit(order, "payment", null);
    }

    @Override
    @Transactional
    public void refunded(String orderNumber, String paymentId) {
        Optional<Order> found = orders.lockByNumber(orderNumber);
        if (found.isEmpty() && counterSales.refunded(orderNumber, paymentId)) return;
        Order order = found.orElseThrow(() -> notFound(orderNumber));
        if (!order.settled() || order.status() == OrderStatus.CANCELLED) {
            LOG.warn("Refund {} for unpaid order {} changes nothing", paymentId, orderNumber);
            return;
        }
        if (order.refund(paymentId)) {
            store.commit(order, "payment:" + paymentId, null);
        }
    }

    static PayableOrder payable(Order o) {
        return new PayableOrder(
                o.number(),
                o.totalVnd(),
                o.method(),
                o.status() == OrderStatus.PENDING_PAYMENT,
                o.settled(),
                o.reservedUntil(),
                o.buyer().accountId(),
                o.buyer().phone(),
                o.buyer().email());
    }

    private static RuntimeException notFound(String number) {
        return vn.ocop.orders.api.OrdersError.ORDER_NOT_FOUND.exception("No order " + number);
    }
}
