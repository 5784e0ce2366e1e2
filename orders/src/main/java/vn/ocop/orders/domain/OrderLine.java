package vn.ocop.orders.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A priced line of a fulfilment; the price is the catalogue's at checkout. */
public record OrderLine(
        int lineNo,
        UUID productId,
        String variantSku,
        String name,
        long unitPriceVnd,
        long quantity,
        String lot,
        LocalDate bookingDate) {

    public OrderLine {
        if (quantity <= 0) throw new IllegalArgumentException("quantity must be positive");
        if (unitPriceVnd < 0) throw new IllegalArgumentException("price must not be negative");
    }

    public long amountVnd() {
        return Math.multiplyExact(unitPriceVnd, quantity);
    }
}
