package vn.ocop.orders.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ocop.orders.api.OrderReportsApi;

/** {@link OrderReportsApi} in SQL over the orders and counter sales tables. */
@Singleton
class JdbcOrderReports implements OrderReportsApi {

    /** Orders that are sales: confirmed and not undone. */
    private static final String SOLD = "o.status IN ('CONFIRMED', 'COMPLETED')";

    /**
     * A counter sale counts once its money is in, like an online order once confirmed: not while a
     * VietQR transfer is awaited, not after a refund.
     */
    private static final String POS_SOLD = "s.payment_status = 'PAID'";

    private static final int MAX_LIMIT = 100;

    private final JdbcOperations jdbc;
    private final ZoneId zone;

    JdbcOrderReports(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    @Override
    @ReadOnly
    public List<MonthlySales> salesByMonth(int year) {
        String tz = zone.getId();
        return jdbc.prepareStatement(
                "SELECT m, channel, count(*), sum(amount) FROM (SELECT extract(month FROM"
                        + " o.placed_at AT TIME ZONE ?)::int AS m, 'ONLINE' AS channel, o.goods_vnd"
                        + " AS amount FROM orders.orders o WHERE "
                        + SOLD
                        + " AND o.placed_at >= ? AND o.placed_at < ? UNION ALL SELECT"
                        + " extract(month FROM s.sold_at AT TIME ZONE ?)::int, 'POS', s.total_vnd"
                        + " FROM orders.pos_sales s WHERE "
                        + POS_SOLD
                        + " AND s.sold_at >= ? AND s.sold_at < ?) x"
                        + " GROUP BY m, channel ORDER BY m, channel",
                ps -> {
                    Timestamp start = startOf(year), end = startOf(year + 1);
                    ps.setString(1, tz);
                    ps.setTimestamp(2, start);
                    ps.setTimestamp(3, end);
                    ps.setString(4, tz);
                    ps.setTimestamp(5, start);
                    ps.setTimestamp(6, end);
                    List<MonthlySales> rows = new ArrayList<>();
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(
                                    new MonthlySales(
                                            rs.getInt(1),
                                            Channel.valueOf(rs.getString(2)),
                                            rs.getLong(3),
                                            rs.getLong(4)));
                        }
                    }
                    return rows;
                });
    }

    @Override
    @ReadOnly
    public List<TopProduct> topProducts(int year, int limit) {
        return jdbc.prepareStatement(
                "SELECT product_id, min(name), sum(quantity), sum(quantity * unit_price_vnd) AS"
                        + " revenue FROM (SELECT l.product_id, l.name, l.quantity, l.unit_price_vnd"
                        + " FROM orders.order_lines l JOIN orders.fulfilments f ON f.id ="
                        + " l.fulfilment_id JOIN orders.orders o ON o.id = f.order_id WHERE "
                        + SOLD
                        + " AND o.placed_at >= ? AND o.placed_at < ? UNION ALL SELECT"
                        + " l.product_id, l.name, l.quantity, l.unit_price_vnd FROM"
                        + " orders.pos_sale_lines l JOIN orders.pos_sales s ON s.id = l.sale_id"
                        + " WHERE "
                        + POS_SOLD
                        + " AND s.sold_at >= ? AND s.sold_at < ?) x GROUP BY product_id ORDER BY"
                        + " revenue DESC, 3 DESC, product_id LIMIT ?",
                ps -> {
                    Timestamp start = startOf(year), end = startOf(year + 1);
                    ps.setTimestamp(1, start);
                    ps.setTimestamp(2, end);
                    ps.setTimestamp(3, start);
                    ps.setTimestamp(4, end);
                    ps.setInt(5, Math.max(1, Math.min(limit, MAX_LIMIT)));
                    List<TopProduct> rows = new ArrayList<>();
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(
                                    new TopProduct(
                                            rs.getObject(1, UUID.class),
                                            rs.getString(2),
                                            rs.getLong(3),
                                            rs.getLong(4)));
                        }
                    }
                    return rows;
                });
    }

    private Timestamp startOf(int year) {
        return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
    }
}
