package vn.ocop.orders.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ocop.orders.domain.Order;
import vn.ocop.orders.domain.Orders;
import vn.ocop.orders.domain.StockEffect;
import vn.ocop.orders.persistence.StockLedger;

/**
 * Stores what a transition did: the order's new state, its logged transitions, and its stock
 * effects through the ledger. Cancel, expiry, abandoned payment, refund, shipping and returns all
 * end here, so stock is released by one code path.
 */
@Singleton
class OrderStore {

    private final Orders orders;
    private final StockLedger ledger;
    private final Clock clock;

    OrderStore(Orders orders, StockLedger ledger, Clock clock) {
        this.orders = orders;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * @param actor who did it, for the log: {@code account:<id>}, {@code system:expiry}, {@code
     *     payment:<id>}
     * @param actorAccount the acting account for stock movements, null for the system
     */
    void commit(Order order, String actor, UUID actorAccount) {
        commitAll(List.of(order), actor, actorAccount);
    }

    /**
     * Stores several orders' transitions in the caller's transaction; their stock effects are
     * applied together, so the rows are locked in (location, SKU) order across all of them.
     */
    void commitAll(List<Order> changed, String actor, UUID actorAccount) {
        Instant now = clock.instant();
        List<StockLedger.Effect> effects = new ArrayList<>();
        for (Order order : changed) {
            for (StockEffect effect : order.drainStockEffects()) {
                effects.add(new StockLedger.Effect(effect, order.number()));
            }
        }
        ledger.applyAll(effects, actorAccount, now);
        for (Order order : changed) {
            orders.save(order, order.drainTransitions(), actor, now);
        }
    }
}
