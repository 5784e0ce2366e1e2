package vn.ocop.traceability.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import vn.ocop.traceability.serials.UnitSerial;
import vn.ocop.traceability.serials.UnitSerials;

/** Serials in {@code traceability.unit_serials}. */
@Singleton
class JdbcUnitSerials implements UnitSerials {

    private static final int CHUNK = 2000;

    private final JdbcOperations jdbc;

    JdbcUnitSerials(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int lockAndCount(UUID batchId) {
        jdbc.prepareStatement(
                "SELECT id FROM traceability.batches WHERE id = ? FOR UPDATE",
                ps -> {
                    ps.setObject(1, batchId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next();
                    }
                });
        return count(batchId);
    }

    @Override
    public Set<String> addNew(
            UUID batchId,
            String gtin14,
            String lot,
            int firstOrdinal,
            List<String> serials,
            UUID issuedBy,
            Instant at) {
        Set<String> stored =
                jdbc.prepareStatement(
                        "INSERT INTO traceability.unit_serials (batch_id, gtin, lot, ordinal,"
                                + " serial, issued_at, issued_by) SELECT ?, ?, ?, ? - 1 + n, s,"
                                + " ?, ? FROM unnest(?::text[]) WITH ORDINALITY AS t(s, n)"
                                + " ON CONFLICT (gtin, lot, serial) DO NOTHING RETURNING serial",
                        ps -> {
                            Array array =
                                    ps.getConnection()
                                            .createArrayOf("text", serials.toArray(String[]::new));
                            ps.setObject(1, batchId);
                            ps.setString(2, gtin14);
                            ps.setString(3, lot);
                            ps.setInt(4, firstOrdinal);
                            ps.setObject(5, JdbcBatches.timestamp(at));
                            ps.setObject(6, issuedBy);
                            ps.setArray(7, array);
                            Set<String> inserted = new HashSet<>();
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    inserted.add(rs.getString(1));
                                }
                            }
                            return inserted;
                        });
        Set<String> taken = new HashSet<>(serials);
        taken.removeAll(stored);
        return taken;
    }

    @Override
    public int count(UUID batchId) {
        return jdbc.prepareStatement(
                "SELECT count(*) FROM traceability.unit_serials WHERE batch_id = ?",
                ps -> {
                    ps.setObject(1, batchId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
    }

    @Override
    public boolean contains(UUID batchId, String serial) {
        return jdbc.prepareStatement(
                "SELECT 1 FROM traceability.unit_serials WHERE batch_id = ? AND serial = ?",
                ps -> {
                    ps.setObject(1, batchId);
                    ps.setString(2, serial);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next();
                    }
                });
    }

    @Override
    public int lastOrdinal(UUID batchId) {
        return jdbc.prepareStatement(
                "SELECT coalesce(max(ordinal), 0) FROM traceability.unit_serials WHERE batch_id = ?",
                ps -> {
                    ps.setObject(1, batchId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
    }

    @Override
    public List<UnitSerial> page(UUID batchId, int offset, int limit) {
        return jdbc.prepareStatement(
                "SELECT ordinal, serial, issued_at FROM traceability.unit_serials"
                        + " WHERE batch_id = ? ORDER BY ordinal OFFSET ? LIMIT ?",
                ps -> {
                    ps.setObject(1, batchId);
                    ps.setInt(2, offset);
                    ps.setInt(3, limit);
                    return read(ps.executeQuery());
                });
    }

    @Override
    public List<UnitSerial> range(UUID batchId, int after, int last, int limit) {
        return jdbc.prepareStatement(
                "SELECT ordinal, serial, issued_at FROM traceability.unit_serials"
                        + " WHERE batch_id = ? AND ordinal > ? AND ordinal <= ? ORDER BY ordinal"
                        + " LIMIT ?",
                ps -> {
                    ps.setObject(1, batchId);
                    ps.setInt(2, after);
                    ps.setInt(3, last);
                    ps.setInt(4, limit);
                    return read(ps.executeQuery());
                });
    }

    @Override
    public void each(UUID batchId, int fromOrdinal, Consumer<UnitSerial> action) {
        int after = fromOrdinal - 1;
        while (true) {
            int from = after;
            List<UnitSerial> chunk =
                    jdbc.prepareStatement(
                            "SELECT ordinal, serial, issued_at FROM traceability.unit_serials"
                                    + " WHERE batch_id = ? AND ordinal > ? ORDER BY ordinal"
                                    + " LIMIT ?",
                            ps -> {
                                ps.setObject(1, batchId);
                                ps.setInt(2, from);
                                ps.setInt(3, CHUNK);
                                return read(ps.executeQuery());
                            });
            chunk.forEach(action);
            if (chunk.size() < CHUNK) {
                return;
            }
            after = chunk.get(chunk.size() - 1).ordinal();
        }
    }

    private static List<UnitSerial> read(ResultSet rs) throws SQLException {
        try (rs) {
            List<UnitSerial> serials = new ArrayList<>();
            while (rs.next()) {
                serials.add(
                        new UnitSerial(
                                rs.getInt("ordinal"),
                                rs.getString("serial"),
                                JdbcBatches.instant(rs, "issued_at")));
            }
            return serials;
        }
    }
}
