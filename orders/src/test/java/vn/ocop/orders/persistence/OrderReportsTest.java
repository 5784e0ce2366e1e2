package vn.ocop.orders.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.orders.api.OrderReportsApi;
import vn.ocop.orders.api.OrderReportsApi.Channel;
import vn.ocop.orders.api.OrderReportsApi.MonthlySales;
import vn.ocop.orders.api.OrderReportsApi.TopProduct;

/**
 * The office's sales figures over rows written straight into the orders tables: only confirmed or
 * completed online orders count, counter sales all count, months are Vietnamese (an order placed at
 * 18:00 UTC on 31 December is January's), and top products add both channels.
 */
@MicronautTest(transactional = false)
class OrderReportsTest {

    static final UUID X = UUID.randomUUID(), Y = UUID.randomUUID(), Z = UUID.randomUUID();

    @Inject OrderReportsApi reports;
    @Inject JdbcOperations jdbc;

    private static UUID salePoint;
    private static UUID counter;
    private static UUID warehouse;
    private static int orderNo;

    @BeforeEach
    void sales() {
        if (salePoint != null) {
            return;
        }
        salePoint = UUID.randomUUID();
        counter = UUID.randomUUID();
        warehouse = UUID.randomUUID();
        UUID producer = UUID.randomUUID();
        update(
                "INSERT INTO orders.sale_points (id, name, level, kind, province_code, commune,"
                        + " street, operator_name, created_at, created_by) VALUES (?, 'Trung tâm"
                        + " OCOP', 'PROVINCIAL', 'OCOP_CENTRE', 'ha-noi', 'Hoàn Kiếm', '1 Tràng"
                        + " Tiền', 'Sở Công Thương', now(), ?)",
                salePoint,
                UUID.randomUUID());
        update(
                "INSERT INTO orders.stock_locations (id, kind, producer_id, name, created_at)"
                        + " VALUES (?, 'WAREHOUSE', ?, 'default', now())",
                warehouse,
                producer);
        update(
                "INSERT INTO orders.stock_locations (id, kind, sale_point_id, name, created_at)"
                        + " VALUES (?, 'SALE_POINT', ?, 'Quầy', now())",
                counter,
                salePoint);

        online("CONFIRMED", "2025-03-15T03:00:00Z", 200_000, line(X, 2, 100_000));
        online("COMPLETED", "2025-03-31T16:30:00Z", 50_000, line(Y, 1, 50_000));
        online("CANCELLED", "2025-03-10T03:00:00Z", 999_000, line(X, 9, 111_000));
        online("PENDING_PAYMENT", "2025-03-11T03:00:00Z", 100_000, line(X, 1, 100_000));
        online("COMPLETED", "2025-04-30T23:30:00Z", 70_000, line(Y, 1, 70_000));
        online("CONFIRMED", "2024-12-31T18:00:00Z", 10_000, line(Z, 1, 10_000));
        pos("2025-03-02T02:00:00Z", line(X, 3, 100_000));
        pos("2025-03-20T02:00:00Z", line(Z, 4, 10_000));
        // a VietQR transfer still awaited, and a refunded sale: not sold
        pos("2025-03-21T02:00:00Z", line(X, 7, 100_000), "AWAITING_PAYMENT");
        pos("2025-03-22T02:00:00Z", line(Y, 8, 50_000), "REFUNDED");
    }

    @Test
    void sales_are_counted_per_vietnamese_month_and_channel() {
        assertThat(reports.salesByMonth(2025))
                .containsExactly(
                        new MonthlySales(1, Channel.ONLINE, 1, 10_000),
                        new MonthlySales(3, Channel.ONLINE, 2, 250_000),
                        new MonthlySales(3, Channel.POS, 2, 340_000),
                        new MonthlySales(5, Channel.ONLINE, 1, 70_000));
        assertThat(reports.salesByMonth(2024)).isEmpty();
    }

    @Test
    void top_products_add_both_channels_by_revenue() {
        List<TopProduct> top = reports.topProducts(2025, 10);

        assertThat(top)
                .extracting(TopProduct::productId, TopProduct::quantity, TopProduct::revenueVnd)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(X, 5L, 500_000L),
                        org.assertj.core.groups.Tuple.tuple(Y, 2L, 120_000L),
                        org.assertj.core.groups.Tuple.tuple(Z, 5L, 50_000L));
        assertThat(reports.topProducts(2025, 1)).hasSize(1);
    }

    private record Line(UUID product, long quantity, long price) {}

    private static Line line(UUID product, long quantity, long price) {
        return new Line(product, quantity, price);
    }

    private void online(String status, String placedAt, long goods, Line line) {
        UUID order = UUID.randomUUID(), fulfilment = UUID.randomUUID();
        update(
                "INSERT INTO orders.orders (id, number, status, payment_method, buyer_name,"
                        + " buyer_phone, delivery, province_code, commune, street, goods_vnd,"
                        + " delivery_fee_vnd, total_vnd, placed_at) VALUES (?, ?, ?, 'COD', 'Lan',"
                        + " '0912345678', 'HOME', 'ha-noi', 'Hoàn Kiếm', '1 Hàng Bài', ?, 30000, ?,"
                        + " ?)",
                order,
                "RPT-" + (++orderNo) + "-" + order.toString().substring(0, 6),
                status,
                goods,
                goods + 30_000,
                Timestamp.from(Instant.parse(placedAt)));
        update(
                "INSERT INTO orders.fulfilments (id, order_id, producer_id, location_id, status)"
                        + " VALUES (?, ?, ?, ?, 'TO_PACK')",
                fulfilment,
                order,
                UUID.randomUUID(),
                warehouse);
        update(
                "INSERT INTO orders.order_lines (fulfilment_id, line_no, product_id, variant_sku,"
                        + " name, unit_price_vnd, quantity) VALUES (?, 1, ?, 'SKU', 'Sản phẩm', ?,"
                        + " ?)",
                fulfilment,
                line.product(),
                line.price(),
                line.quantity());
    }

    private void pos(String soldAt, Line line) {
        pos(soldAt, line, "PAID");
    }

    private void pos(String soldAt, Line line, String paymentStatus) {
        UUID sale = UUID.randomUUID();
        update(
                "INSERT INTO orders.pos_sales (id, sale_point_id, location_id, request_hash,"
                        + " payment_method, total_vnd, sold_at, sold_by, number, payment_status)"
                        + " VALUES (?, ?, ?, 'h', 'CASH', ?, ?, ?, ?, ?)",
                sale,
                salePoint,
                counter,
                line.price() * line.quantity(),
                Timestamp.from(Instant.parse(soldAt)),
                UUID.randomUUID(),
                "OCOP-" + soldAt.substring(0, 4) + "-9" + (System.nanoTime() % 100_000_000L),
                paymentStatus);
        update(
                "INSERT INTO orders.pos_sale_lines (sale_id, line_no, product_id, variant_sku,"
                        + " name, unit_price_vnd, quantity) VALUES (?, 1, ?, 'SKU', 'Sản phẩm', ?,"
                        + " ?)",
                sale,
                line.product(),
                line.price(),
                line.quantity());
    }

    private void update(String sql, Object... values) {
        jdbc.execute(
                c -> {
                    try (var ps = c.prepareStatement(sql)) {
                        for (int i = 0; i < values.length; i++) {
                            ps.setObject(i + 1, values[i]);
                        }
                        return ps.executeUpdate();
                    }
                });
    }
}
