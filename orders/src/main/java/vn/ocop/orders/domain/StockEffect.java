package vn.ocop.orders.domain;

import java.util.List;
import java.util.UUID;

/**
 * What a transition does to stock at a fulfilment's location: the application applies it through
 * the one stock path ({@code StockLedger}).
 */
public record StockEffect(Kind kind, UUID locationId, List<OrderLine> lines) {

    public enum Kind {
        /** Reserved goods are no longer wanted: reserved goes down. */
        RELEASE,
        /** Reserved goods leave the location: on hand and reserved go down. */
        SHIP,
        /** Shipped goods came back: on hand goes up. */
        RESTOCK
    }
}
