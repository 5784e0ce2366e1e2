package vn.ocop.orders.persistence;

import static vn.ocop.orders.persistence.JdbcOrders.ts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.orders.domain.Transfer;

/** Transfers producer → sale point ({@code orders.transfers}, {@code orders.transfer_lines}). */
@Singleton
public class JdbcTransfers {

    private final JdbcOperations jdbc;

    JdbcTransfers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Transfer t) {
        jdbc.prepareStatement(
                "INSERT INTO orders.transfers (id, from_location_id, to_location_id, producer_id,"
                        + " status, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setObject(1, t.id());
                    ps.setObject(2, t.fromLocation());
                    ps.setObject(3, t.toLocation());
                    ps.setObject(4, t.producerId());
                    ps.setString(5, t.status().name());
                    ps.setTimestamp(6, ts(t.createdAt()));
                    ps.setObject(7, t.createdBy());
                    return ps.executeUpdate();
                });
        jdbc.prepareStatement(
                "INSERT INTO orders.transfer_lines (transfer_id, variant_sku, lot, quantity) VALUES"
                        + " (?, ?, ?, ?)",
                ps -> {
                    for (Transfer.Line l : t.lines()) {
                        ps.setObject(1, t.id());
                        ps.setString(2, l.sku());
                        ps.setString(3, l.lot());
                        ps.setLong(4, l.quantity());
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                });
    }

    /** Loads and locks a transfer. */
    public Optional<Transfer> lock(UUID id) {
        List<Transfer.Line> lines =
                jdbc.prepareStatement(
                        "SELECT variant_sku, lot, quantity FROM orders.transfer_lines WHERE"
                                + " transfer_id = ? ORDER BY variant_sku, lot NULLS FIRST",
                        ps -> {
                            ps.setObject(1, id);
                            List<Transfer.Line> out = new ArrayList<>();
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    out.add(
                                            new Transfer.Line(
                                                    rs.getString(1),
                                                    rs.getString(2),
                                                    rs.getLong(3)));
                                }
                            }
                            return out;
                        });
        return jdbc.prepareStatement(
                "SELECT id, from_location_id, to_location_id, producer_id, created_at, created_by,"
                        + " status FROM orders.transfers WHERE id = ? FOR UPDATE",
                ps -> {
                    ps.setObject(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) return Optional.<Transfer>empty();
                        return Optional.of(
                                new Transfer(
                                        rs.getObject(1, UUID.class),
                                        rs.getObject(2, UUID.class),
                                        rs.getObject(3, UUID.class),
                                        rs.getObject(4, UUID.class),
                                        lines,
                                        rs.getTimestamp(5).toInstant(),
                                        rs.getObject(6, UUID.class),
                                        Transfer.Status.valueOf(rs.getString(7))));
                    }
                });
    }

    /** A producer's transfers with their lines, newest first. */
    public List<Transfer> ofProducer(UUID producerId, int limit) {
        List<Transfer> out = new ArrayList<>();
        jdbc.prepareStatement(
                "SELECT t.id, t.from_location_id, t.to_location_id, t.producer_id, t.created_at,"
                        + " t.created_by, t.status, l.variant_sku, l.lot, l.quantity FROM (SELECT *"
                        + " FROM orders.transfers WHERE producer_id = ? ORDER BY created_at DESC, id"
                        + " LIMIT ?) t JOIN orders.transfer_lines l ON l.transfer_id = t.id ORDER BY"
                        + " t.created_at DESC, t.id, l.variant_sku, l.lot NULLS FIRST",
                ps -> {
                    ps.setObject(1, producerId);
                    ps.setInt(2, limit);
                    try (ResultSet rs = ps.executeQuery()) {
                        UUID current = null;
                        Object[] head = null;
                        List<Transfer.Line> lines = new ArrayList<>();
                        while (rs.next()) {
                            UUID id = rs.getObject(1, UUID.class);
                            if (!id.equals(current)) {
                                if (current != null) out.add(transfer(head, lines));
                                current = id;
                                lines = new ArrayList<>();
                                head =
                                        new Object[] {
                                            id,
                                            rs.getObject(2, UUID.class),
                                            rs.getObject(3, UUID.class),
                                            rs.getObject(4, UUID.class),
                                            rs.getTimestamp(5).toInstant(),
                                            rs.getObject(6, UUID.class),
                                            rs.getString(7)
                                        };
                            }
                            lines.add(
                                    new Transfer.Line(
                                            rs.getString(8), rs.getString(9), rs.getLong(10)));
                        }
                        if (current != null) out.add(transfer(head, lines));
                    }
                    return out;
                });
        return out;
    }

    private static Transfer transfer(Object[] head, List<Transfer.Line> lines) {
        return new Transfer(
                (UUID) head[0],
                (UUID) head[1],
                (UUID) head[2],
                (UUID) head[3],
                lines,
                (Instant) head[4],
                (UUID) head[5],
                Transfer.Status.valueOf((String) head[6]));
    }

    public void saveStatus(Transfer t, UUID actor, Instant now) {
        jdbc.prepareStatement(
                "UPDATE orders.transfers SET status = ?, shipped_at = CASE WHEN ? = 'SHIPPED' THEN"
                        + " ? ELSE shipped_at END, received_at = CASE WHEN ? = 'RECEIVED' THEN ?"
                        + " ELSE received_at END, received_by = CASE WHEN ? = 'RECEIVED' THEN ?"
                        + " ELSE received_by END WHERE id = ?",
                ps -> {
                    String s = t.status().name();
                    ps.setString(1, s);
                    ps.setString(2, s);
                    ps.setTimestamp(3, ts(now));
                    ps.setString(4, s);
                    ps.setTimestamp(5, ts(now));
                    ps.setString(6, s);
                    ps.setObject(7, actor);
                    ps.setObject(8, t.id());
                    return ps.executeUpdate();
                });
    }

    /** Ids of the transfers shipped to a location and not yet received, oldest first. */
    public List<UUID> shippedTo(UUID locationId) {
        return jdbc.prepareStatement(
                "SELECT id FROM orders.transfers WHERE to_location_id = ? AND status = 'SHIPPED'"
                        + " ORDER BY created_at, id",
                ps -> {
                    ps.setObject(1, locationId);
                    List<UUID> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(rs.getObject(1, UUID.class));
                    }
                    return out;
                });
    }
}
