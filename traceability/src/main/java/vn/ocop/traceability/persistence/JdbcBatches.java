package vn.ocop.traceability.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.Batches;

/** Batches in {@code traceability.batches}, on the caller's transaction. */
@Singleton
class JdbcBatches implements Batches {

    private static final String COLUMNS =
            "id, gtin, lot, product_id, variant_sku, producer_id, production_date, expiry_date,"
                    + " best_before_date, quantity, unit, production_site, details, registered_at,"
                    + " registered_by, recalled_at, recalled_by, recalled_by_role, recall_reason";

    private final JdbcOperations jdbc;

    JdbcBatches(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Batch> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM traceability.batches WHERE id = ?", id);
    }

    @Override
    public Optional<Batch> byCode(String gtin14, String lot) {
        return one(
                "SELECT " + COLUMNS + " FROM traceability.batches WHERE gtin = ? AND lot = ?",
                gtin14,
                lot);
    }

    @Override
    public List<Batch> find(UUID producerId, String gtin14, int limit) {
        return jdbc.prepareStatement(
                "SELECT "
                        + COLUMNS
                        + " FROM traceability.batches WHERE (CAST(? AS uuid) IS NULL OR"
                        + " producer_id = ?) AND (CAST(? AS text) IS NULL OR gtin = ?)"
                        + " ORDER BY registered_at DESC, id LIMIT ?",
                ps -> {
                    ps.setObject(1, producerId);
                    ps.setObject(2, producerId);
                    ps.setString(3, gtin14);
                    ps.setString(4, gtin14);
                    ps.setInt(5, limit);
                    return all(ps);
                });
    }

    @Override
    public void add(Batch batch) {
        BatchRow row = BatchMapping.toRow(batch);
        int inserted =
                jdbc.prepareStatement(
                        "INSERT INTO traceability.batches ("
                                + COLUMNS
                                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?,"
                                + " ?, ?, ?) ON CONFLICT (gtin, lot) DO NOTHING",
                        ps -> {
                            ps.setObject(1, row.id());
                            ps.setString(2, row.gtin());
                            ps.setString(3, row.lot());
                            ps.setObject(4, row.productId());
                            ps.setString(5, row.variantSku());
                            ps.setObject(6, row.producerId());
                            ps.setObject(7, row.productionDate());
                            ps.setObject(8, row.expiryDate());
                            ps.setObject(9, row.bestBeforeDate());
                            ps.setBigDecimal(10, row.quantity());
                            ps.setString(11, row.unit());
                            ps.setString(12, row.productionSite());
                            ps.setString(13, row.details());
                            ps.setObject(14, timestamp(row.registeredAt()));
                            ps.setObject(15, row.registeredBy());
                            ps.setObject(16, timestamp(row.recalledAt()));
                            ps.setObject(17, row.recalledBy());
                            ps.setString(18, row.recalledByRole());
                            ps.setString(19, row.recallReason());
                            return ps.executeUpdate();
                        });
        if (inserted == 0) {
            throw TraceabilityError.DUPLICATE_LOT.refuse("lot");
        }
    }

    @Override
    public void saveLabTests(Batch batch) {
        BatchRow row = BatchMapping.toRow(batch);
        jdbc.prepareStatement(
                "UPDATE traceability.batches SET details = ?::jsonb WHERE id = ?",
                ps -> {
                    ps.setString(1, row.details());
                    ps.setObject(2, row.id());
                    return ps.executeUpdate();
                });
    }

    @Override
    public void saveRecall(Batch batch) {
        BatchRow row = BatchMapping.toRow(batch);
        int updated =
                jdbc.prepareStatement(
                        "UPDATE traceability.batches SET recalled_at = ?, recalled_by = ?,"
                                + " recalled_by_role = ?, recall_reason = ? WHERE id = ? AND"
                                + " recalled_at IS NULL",
                        ps -> {
                            ps.setObject(1, timestamp(row.recalledAt()));
                            ps.setObject(2, row.recalledBy());
                            ps.setString(3, row.recalledByRole());
                            ps.setString(4, row.recallReason());
                            ps.setObject(5, row.id());
                            return ps.executeUpdate();
                        });
        if (updated == 0) {
            throw TraceabilityError.ALREADY_RECALLED.exception(
                    "Batch " + batch.id() + " was recalled meanwhile");
        }
    }

    private Optional<Batch> one(String sql, Object... parameters) {
        List<Batch> found =
                jdbc.prepareStatement(
                        sql,
                        ps -> {
                            for (int i = 0; i < parameters.length; i++) {
                                ps.setObject(i + 1, parameters[i]);
                            }
                            return all(ps);
                        });
        return found.stream().findFirst();
    }

    private static List<Batch> all(PreparedStatement ps) throws SQLException {
        List<Batch> batches = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                batches.add(BatchMapping.toBatch(row(rs)));
            }
        }
        return batches;
    }

    private static BatchRow row(ResultSet rs) throws SQLException {
        return new BatchRow(
                rs.getObject("id", UUID.class),
                rs.getString("gtin"),
                rs.getString("lot"),
                rs.getObject("product_id", UUID.class),
                rs.getString("variant_sku"),
                rs.getObject("producer_id", UUID.class),
                rs.getObject("production_date", LocalDate.class),
                rs.getObject("expiry_date", LocalDate.class),
                rs.getObject("best_before_date", LocalDate.class),
                rs.getBigDecimal("quantity"),
                rs.getString("unit"),
                rs.getString("production_site"),
                rs.getString("details"),
                instant(rs, "registered_at"),
                rs.getObject("registered_by", UUID.class),
                instant(rs, "recalled_at"),
                rs.getObject("recalled_by", UUID.class),
                rs.getString("recalled_by_role"),
                rs.getString("recall_reason"));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
