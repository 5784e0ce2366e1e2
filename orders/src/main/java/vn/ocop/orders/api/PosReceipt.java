package vn.ocop.orders.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded counter sale, as its receipt prints it. */
public record PosReceipt(
        UUID id,
        UUID salePointId,
        String salePointName,
        String salePointAddress,
        String paymentMethod,
        long totalVnd,
        Instant soldAt,
        List<Line> lines) {

    /** One line of the receipt. */
    public record Line(
            String name, String sku, String lot, String serial, long unitPriceVnd, long quantity) {
        public long amountVnd() {
            return unitPriceVnd * quantity;
        }
    }
}
