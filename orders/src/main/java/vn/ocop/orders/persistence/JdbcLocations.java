package vn.ocop.orders.persistence;

import static vn.ocop.orders.persistence.JdbcOrders.ts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.orders.domain.SalePoint;

/** Sale points and stock locations ({@code orders.sale_points}, {@code orders.stock_locations}). */
@Singleton
public class JdbcLocations {

    private final JdbcOperations jdbc;

    JdbcLocations(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A stock location as read. */
    public record Location(UUID id, String kind, UUID producerId, UUID salePointId, String name) {}

    /** The producer's default warehouse, created on first use (safe under concurrency). */
    public UUID defaultWarehouse(UUID producerId, Instant now) {
        Optional<UUID> existing = warehouseOf(producerId);
        if (existing.isPresent()) return existing.get();
        jdbc.prepareStatement(
                "INSERT INTO orders.stock_locations (id, kind, producer_id, name, created_at) VALUES"
                        + " (?, 'WAREHOUSE', ?, 'default', ?) ON CONFLICT (producer_id) WHERE kind ="
                        + " 'WAREHOUSE' AND name = 'default' DO NOTHING",
                ps -> {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, producerId);
                    ps.setTimestamp(3, ts(now));
                    return ps.executeUpdate();
                });
        return warehouseOf(producerId).orElseThrow();
    }

    public Optional<UUID> warehouseOf(UUID producerId) {
        return jdbc.prepareStatement(
                "SELECT id FROM orders.stock_locations WHERE producer_id = ? AND kind = 'WAREHOUSE'"
                        + " AND name = 'default'",
                ps -> {
                    ps.setObject(1, producerId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next()
                                ? Optional.of(rs.getObject(1, UUID.class))
                                : Optional.<UUID>empty();
                    }
                });
    }

    public Optional<Location> location(UUID id) {
        return jdbc.prepareStatement(
                "SELECT id, kind, producer_id, sale_point_id, name FROM orders.stock_locations"
                        + " WHERE id = ?",
                ps -> {
                    ps.setObject(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) return Optional.<Location>empty();
                        return Optional.of(
                                new Location(
                                        rs.getObject(1, UUID.class),
                                        rs.getString(2),
                                        rs.getObject(3, UUID.class),
                                        rs.getObject(4, UUID.class),
                                        rs.getString(5)));
                    }
                });
    }

    public void addSalePoint(SalePoint sp) {
        jdbc.prepareStatement(
                "INSERT INTO orders.sale_points (id, name, level, kind, province_code, commune,"
                        + " street, operator_name, operator_phone, producer_id, active, created_at,"
                        + " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setObject(1, sp.id());
                    ps.setString(2, sp.name());
                    ps.setString(3, sp.level().name());
                    ps.setString(4, sp.kind().name());
                    ps.setString(5, sp.provinceCode());
                    ps.setString(6, sp.commune());
                    ps.setString(7, sp.street());
                    ps.setString(8, sp.operatorName());
                    ps.setString(9, sp.operatorPhone());
                    ps.setObject(10, sp.producerId());
                    ps.setBoolean(11, sp.active());
                    ps.setTimestamp(12, ts(sp.createdAt()));
                    ps.setObject(13, sp.createdBy());
                    return ps.executeUpdate();
                });
        jdbc.prepareStatement(
                "INSERT INTO orders.stock_locations (id, kind, producer_id, sale_point_id, name,"
                        + " created_at) VALUES (?, 'SALE_POINT', ?, ?, ?, ?)",
                ps -> {
                    ps.setObject(1, sp.locationId());
                    ps.setObject(2, sp.producerId());
                    ps.setObject(3, sp.id());
                    ps.setString(4, sp.name());
                    ps.setTimestamp(5, ts(sp.createdAt()));
                    return ps.executeUpdate();
                });
    }

    private static final String SP_COLUMNS =
            "s.id, s.name, s.level, s.kind, s.province_code, s.commune, s.street,"
                    + " s.operator_name, s.operator_phone, s.producer_id, s.active, s.created_at,"
                    + " s.created_by, l.id FROM orders.sale_points s JOIN orders.stock_locations l"
                    + " ON l.sale_point_id = s.id AND l.kind = 'SALE_POINT'";

    public Optional<SalePoint> salePoint(UUID id) {
        return salePoints("SELECT " + SP_COLUMNS + " WHERE s.id = ?", id).stream().findFirst();
    }

    public List<SalePoint> salePoints() {
        return salePoints("SELECT " + SP_COLUMNS + " ORDER BY s.province_code, s.name");
    }

    private List<SalePoint> salePoints(String sql, Object... params) {
        return jdbc.prepareStatement(
                sql,
                ps -> {
                    JdbcOrders.bind(ps, params);
                    List<SalePoint> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(salePoint(rs));
                    }
                    return out;
                });
    }

    private static SalePoint salePoint(ResultSet rs) throws SQLException {
        return new SalePoint(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                SalePoint.Level.valueOf(rs.getString(3)),
                SalePoint.Kind.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getObject(10, UUID.class),
                rs.getBoolean(11),
                rs.getTimestamp(12).toInstant(),
                rs.getObject(13, UUID.class),
                rs.getObject(14, UUID.class));
    }
}
