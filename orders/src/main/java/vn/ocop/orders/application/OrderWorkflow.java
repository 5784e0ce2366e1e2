package vn.ocop.orders.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.domain.Fulfilment;
import vn.ocop.orders.domain.Order;
import vn.ocop.orders.domain.Orders;
import vn.ocop.orders.payment.PaymentMethod;
import vn.ocop.orders.payment.Payments;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/**
 * Moving orders and fulfilments on: producers work their own fulfilments (pack, ship with a
 * tracking number, deliver, failed delivery, goods returned), the office any; buyers and the office
 * cancel before anything ships. Each use case locks the order row, lets the aggregate refuse an
 * invalid transition (409), and stores the change with its log and stock effects.
 */
@Singleton
public class OrderWorkflow {

    private final Orders orders;
    private final OrderStore store;
    private final OrderQueries queries;
    private final Payments payments;

    OrderWorkflow(Orders orders, OrderStore store, OrderQueries queries, Payments payments) {
        this.orders = orders;
        this.store = store;
        this.queries = queries;
        this.payments = payments;
    }

    /** What a producer (or the office) does to one fulfilment. */
    public enum FulfilmentAction {
        PACK,
        SHIP,
        DELIVER,
        FAIL_DELIVERY,
        RETURN
    }

    @Transactional
    public OrderView act(
            Caller caller, String number, UUID fulfilmentId, FulfilmentAction action, String text) {
        Order order = lock(number);
        Fulfilment f = order.fulfilment(fulfilmentId);
        if (!caller.mayActForProducer(f.producerId())) {
            throw OrdersError.NOT_YOURS.exception("Not your fulfilment");
        }
        boolean settledBefore = order.settled();
        switch (action) {
            case PACK -> order.pack(fulfilmentId);
            case SHIP -> {
                if (text == null || text.isBlank() || text.length() > 100) {
                    throw OrdersError.INVALID_FIELD.refuse(
                            "trackingNumber", "A tracking number (1 to 100 characters)");
                }
                order.ship(fulfilmentId, text.strip());
            }
            case DELIVER -> order.deliver(fulfilmentId);
            case FAIL_DELIVERY -> order.failDelivery(fulfilmentId, text);
            case RETURN -> order.returnGoods(fulfilmentId, text);
        }
        store.commit(order, "account:" + caller.accountId(), caller.accountId());
        if (!settledBefore && order.settled() && order.method() == PaymentMethod.COD) {
            // the courier collected the money with the last delivery: the payment log has it too
            payments.codCollected(order.number(), caller.accountId(), "collected on delivery");
        }
        return queries.view(order.id());
    }

    /** The buyer (own order) or the office cancels before anything ships. */
    @Transactional
    public OrderView cancel(Caller caller, String number, String reason) {
        Order order = lock(number);
        boolean buyer =
                caller.role() == Role.CONSUMER
                        && caller.accountId().equals(order.buyer().accountId());
        if (!buyer && !caller.isOffice()) {
            throw OrdersError.ORDER_NOT_FOUND.exception("No order " + number);
        }
        order.cancel(reason == null || reason.isBlank() ? "cancelled" : reason.strip());
        store.commit(order, "account:" + caller.accountId(), caller.accountId());
        return queries.view(order.id());
    }

    private Order lock(String number) {
        return orders.lockByNumber(number)
                .orElseThrow(() -> OrdersError.ORDER_NOT_FOUND.exception("No order " + number));
    }
}
