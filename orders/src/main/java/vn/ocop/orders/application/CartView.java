package vn.ocop.orders.application;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * A cart priced now from the catalogue. {@code cartId} is the guest cart's secret id (keep it in a
 * cookie or send it back as {@code X-Cart-Id}); null for an account's cart.
 */
@Serdeable
public record CartView(UUID cartId, List<Line> lines, long goodsVnd) {

    /** {@code available} is false when the variant can no longer be bought (with the reason). */
    @Serdeable
    public record Line(
            String sku,
            String name,
            long quantity,
            Long unitPriceVnd,
            Long amountVnd,
            boolean available,
            String reason) {}
}
