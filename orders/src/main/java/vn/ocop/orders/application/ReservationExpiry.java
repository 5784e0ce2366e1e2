package vn.ocop.orders.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.orders.domain.Order;
import vn.ocop.orders.domain.Orders;

/**
 * Cancels unpaid VietQR/card orders whose reservation lapsed and releases their stock (through the
 * same path as any cancellation). Rows are claimed with SKIP LOCKED, so several instances share the
 * work and a payment settling the same order meanwhile simply wins or waits.
 */
@Singleton
public class ReservationExpiry {

    static final int BATCH = 50;

    private final Orders orders;
    private final OrderStore store;
    private final Clock clock;

    ReservationExpiry(Orders orders, OrderStore store, Clock clock) {
        this.orders = orders;
        this.store = store;
        this.clock = clock;
    }

    /** Expires up to one batch; returns how many orders it cancelled. */
    @Transactional
    public int expireBatch() {
        var numbers = orders.lockExpired(clock.instant(), BATCH);
        List<Order> expired = new ArrayList<>();
        for (String number : numbers) {
            Order order = orders.lockByNumber(number).orElseThrow();
            order.cancel("reservation expired");
            expired.add(order);
        }
        // one pass over the stock rows of the whole batch, in (location, SKU) order: order by
        // order, the batch held rows a concurrent checkout needed first (a deadlock)
        store.commitAll(expired, "system:expiry", null);
        return numbers.size();
    }
}
