package vn.ocop.orders.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * Sales figures for the OCOP office's reports. Online orders count once confirmed (paid, or cash on
 * delivery accepted) and not cancelled, refunded or returned; counter (POS) sales count all. Months
 * are Vietnamese calendar months; amounts are goods in VND without delivery fees.
 */
public interface OrderReportsApi {

    /** Online (web shop) orders and counter sales at sale points. */
    enum Channel {
        ONLINE,
        POS
    }

    /** Sales of one channel in one month of the year (1 to 12). */
    @Serdeable
    record MonthlySales(int month, Channel channel, long sales, long revenueVnd) {}

    /** A product's sales over the year, both channels together. */
    @Serdeable
    record TopProduct(UUID productId, String name, long quantity, long revenueVnd) {}

    /** Every month of the year with sales, per channel (no zero rows), by month then channel. */
    List<MonthlySales> salesByMonth(int year);

    /** The best-selling products of the year by revenue (then quantity), at most {@code limit}. */
    List<TopProduct> topProducts(int year, int limit);
}
