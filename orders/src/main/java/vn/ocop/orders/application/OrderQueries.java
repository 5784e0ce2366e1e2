package vn.ocop.orders.application;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import vn.ocop.orders.api.OrdersError;
import vn.ocop.orders.domain.Order;
import vn.ocop.orders.domain.Orders;
import vn.ocop.platform.identity.api.Caller;

/**
 * Reading orders: buyers their own; anyone an order by number + phone (guests track this way);
 * producers the orders holding one of their fulfilments (only their fulfilments shown); the office
 * everything.
 */
@Singleton
public class OrderQueries {

    private static final int LIMIT = 200;

    private final Orders orders;

    OrderQueries(Orders orders) {
        this.orders = orders;
    }

    @ReadOnly
    public OrderView view(UUID orderId) {
        Order o =
                orders.byId(orderId)
                        .orElseThrow(() -> OrdersError.ORDER_NOT_FOUND.exception("No order"));
        return OrderView.of(o, orders.history(o.id()));
    }

    @ReadOnly
    public List<OrderView> mine(UUID accountId) {
        return orders.byBuyer(accountId, LIMIT).stream()
                .map(o -> OrderView.of(o, List.of()))
                .toList();
    }

    @ReadOnly
    public OrderView mine(UUID accountId, String number) {
        Order o =
                orders.byNumber(number)
                        .filter(x -> accountId.equals(x.buyer().accountId()))
                        .orElseThrow(() -> OrdersError.ORDER_NOT_FOUND.exception("No order"));
        return OrderView.of(o, orders.history(o.id()));
    }

    /** Tracking without an account: the number and the phone given at checkout must match. */
    @ReadOnly
    public OrderView track(String number, String phone) {
        String given = normalise(phone);
        Order o =
                orders.byNumber(number)
                        .filter(x -> !given.isEmpty() && normalise(x.buyer().phone()).equals(given))
                        .orElseThrow(() -> OrdersError.ORDER_NOT_FOUND.exception("No order"));
        return OrderView.of(o, orders.history(o.id()));
    }

    /** A producer's view: only its own fulfilments; the office sees whole orders. */
    @ReadOnly
    public List<OrderView> forProducerOrOffice(Caller caller) {
        UUID producer = caller.isOffice() ? null : caller.producerId();
        return orders.byProducer(producer, LIMIT).stream()
                .map(o -> OrderView.of(o, List.of()))
                .map(v -> caller.isOffice() ? v : v.forProducer(producer))
                .toList();
    }

    @ReadOnly
    public OrderView forProducerOrOffice(Caller caller, String number) {
        Order o =
                orders.byNumber(number)
                        .orElseThrow(() -> OrdersError.ORDER_NOT_FOUND.exception("No order"));
        OrderView v = OrderView.of(o, orders.history(o.id()));
        if (caller.isOffice()) return v;
        if (o.fulfilments().stream().noneMatch(f -> f.producerId().equals(caller.producerId()))) {
            throw OrdersError.ORDER_NOT_FOUND.exception("No order");
        }
        return v.forProducer(caller.producerId());
    }

    static String normalise(String phone) {
        if (phone == null) return "";
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.startsWith("84") ? "0" + digits.substring(2) : digits;
    }
}
