package vn.ocop.orders.persistence;

import static vn.ocop.orders.persistence.JdbcOrders.ts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Counter sales ({@code orders.pos_sales}, {@code orders.pos_sale_lines}). */
@Singleton
public class JdbcPosSales {

    private final JdbcOperations jdbc;

    JdbcPosSales(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A stored sale.
     *
     * @param number the readable number from the orders' sequence (the payment reference)
     * @param paymentStatus {@code AWAITING_PAYMENT}, {@code PAID} or {@code REFUNDED}
     * @param paymentId the payment log's id of the settling payment, or null
     */
    public record Sale(
            UUID id,
            String number,
            UUID salePointId,
            UUID locationId,
            String requestHash,
            String paymentMethod,
            long totalVnd,
            Instant soldAt,
            UUID soldBy,
            String paymentStatus,
            String paymentId,
            List<Line> lines) {}

    @Serdeable
    public record Line(
            int lineNo,
            UUID productId,
            String sku,
            String gtin,
            String lot,
            String serial,
            String name,
            long unitPriceVnd,
            long quantity) {}

    /**
     * Stores the sale unless its client id is taken: returns false (and stores nothing) when a sale
     * with this id exists or is being stored by a concurrent transaction that then commits.
     */
    public boolean add(Sale s) {
        int inserted =
                jdbc.prepareStatement(
                        "INSERT INTO orders.pos_sales (id, sale_point_id, location_id, request_hash,"
                                + " payment_method, total_vnd, sold_at, sold_by, number,"
                                + " payment_status, payment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                + " ?, ?) ON CONFLICT (id) DO NOTHING",
                        ps -> {
                            ps.setObject(1, s.id());
                            ps.setObject(2, s.salePointId());
                            ps.setObject(3, s.locationId());
                            ps.setString(4, s.requestHash());
                            ps.setString(5, s.paymentMethod());
                            ps.setLong(6, s.totalVnd());
                            ps.setTimestamp(7, ts(s.soldAt()));
                            ps.setObject(8, s.soldBy());
                            ps.setString(9, s.number());
                            ps.setString(10, s.paymentStatus());
                            ps.setString(11, s.paymentId());
                            return ps.executeUpdate();
                        });
        if (inserted == 0) return false;
        jdbc.prepareStatement(
                "INSERT INTO orders.pos_sale_lines (sale_id, line_no, product_id, variant_sku, gtin,"
                        + " lot, serial, name, unit_price_vnd, quantity) VALUES (?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?)",
                ps -> {
                    for (Line l : s.lines()) {
                        ps.setObject(1, s.id());
                        ps.setInt(2, l.lineNo());
                        ps.setObject(3, l.productId());
                        ps.setString(4, l.sku());
                        ps.setString(5, l.gtin());
                        ps.setString(6, l.lot());
                        ps.setString(7, l.serial());
                        ps.setString(8, l.name());
                        ps.setLong(9, l.unitPriceVnd());
                        ps.setLong(10, l.quantity());
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                });
        return true;
    }

    public Optional<Sale> byId(UUID id) {
        return one("id = ?", id, false);
    }

    /** The sale with this readable number. */
    public Optional<Sale> byNumber(String number) {
        return one("number = ?", number, false);
    }

    /** The sale with this number, its row locked until the transaction ends. */
    public Optional<Sale> lockByNumber(String number) {
        return one("number = ?", number, true);
    }

    /** Where the sale's money stands now (and which payment settled it, if any). */
    public void payment(UUID id, String paymentStatus, String paymentId) {
        jdbc.prepareStatement(
                "UPDATE orders.pos_sales SET payment_status = ?, payment_id = coalesce(?,"
                        + " payment_id) WHERE id = ?",
                ps -> {
                    ps.setString(1, paymentStatus);
                    ps.setString(2, paymentId);
                    ps.setObject(3, id);
                    return ps.executeUpdate();
                });
    }

    private Optional<Sale> one(String where, Object key, boolean lock) {
        Optional<Sale> head =
                jdbc.prepareStatement(
                        "SELECT id, sale_point_id, location_id, request_hash, payment_method,"
                                + " total_vnd, sold_at, sold_by, number, payment_status, payment_id"
                                + " FROM orders.pos_sales WHERE "
                                + where
                                + (lock ? " FOR UPDATE" : ""),
                        ps -> {
                            ps.setObject(1, key);
                            try (ResultSet rs = ps.executeQuery()) {
                                if (!rs.next()) return Optional.<Sale>empty();
                                return Optional.of(
                                        new Sale(
                                                rs.getObject(1, UUID.class),
                                                rs.getString(9),
                                                rs.getObject(2, UUID.class),
                                                rs.getObject(3, UUID.class),
                                                rs.getString(4),
                                                rs.getString(5),
                                                rs.getLong(6),
                                                rs.getTimestamp(7).toInstant(),
                                                rs.getObject(8, UUID.class),
                                                rs.getString(10),
                                                rs.getString(11),
                                                List.of()));
                            }
                        });
        return head.map(
                s ->
                        new Sale(
                                s.id(),
                                s.number(),
                                s.salePointId(),
                                s.locationId(),
                                s.requestHash(),
                                s.paymentMethod(),
                                s.totalVnd(),
                                s.soldAt(),
                                s.soldBy(),
                                s.paymentStatus(),
                                s.paymentId(),
                                lines(s.id())));
    }

    private List<Line> lines(UUID saleId) {
        return jdbc.prepareStatement(
                "SELECT line_no, product_id, variant_sku, gtin, lot, serial, name, unit_price_vnd,"
                        + " quantity FROM orders.pos_sale_lines WHERE sale_id = ? ORDER BY"
                        + " line_no",
                ps -> {
                    ps.setObject(1, saleId);
                    List<Line> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(
                                    new Line(
                                            rs.getInt(1),
                                            rs.getObject(2, UUID.class),
                                            rs.getString(3),
                                            rs.getString(4),
                                            rs.getString(5),
                                            rs.getString(6),
                                            rs.getString(7),
                                            rs.getLong(8),
                                            rs.getLong(9)));
                        }
                    }
                    return out;
                });
    }

    /** Ids of a sale point's latest sales, newest first. */
    public List<UUID> latestAt(UUID salePointId, int limit) {
        return jdbc.prepareStatement(
                "SELECT id FROM orders.pos_sales WHERE sale_point_id = ? ORDER BY sold_at DESC, id"
                        + " LIMIT ?",
                ps -> {
                    ps.setObject(1, salePointId);
                    ps.setInt(2, limit);
                    List<UUID> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(rs.getObject(1, UUID.class));
                    }
                    return out;
                });
    }
}
