package vn.ocop.traceability.scans;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What the office and producers read about scans. */
@Singleton
public class ScanReports {

    /** A flagged code with every reason it was flagged for. */
    @Serdeable
    public record FlaggedCode(
            String gtin,
            String lot,
            String serial,
            UUID batchId,
            long consumerScans,
            long staffScans,
            Instant lastFlaggedAt,
            List<Flag> flags) {}

    @Serdeable
    public record Flag(
            FlagReason reason, long count, Instant firstAt, Instant lastAt, String detail) {}

    /** Scan counts of one code of a producer's batches. */
    @Serdeable
    public record CodeScans(
            String gtin,
            String lot,
            String serial,
            UUID batchId,
            long consumerScans,
            long staffScans,
            Instant firstAt,
            Instant lastAt,
            List<FlagReason> flags) {}

    private final JdbcOperations jdbc;

    ScanReports(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Flagged codes, most recently flagged first; {@code reason} null for any. */
    @ReadOnly
    public List<FlaggedCode> flagged(FlagReason reason, int page, int size) {
        return jdbc.prepareStatement(
                "WITH codes AS (SELECT gtin, lot, serial, max(last_at) AS last FROM"
                        + " traceability.scan_flags WHERE (?::text IS NULL OR reason = ?) GROUP BY"
                        + " gtin, lot, serial ORDER BY last DESC, gtin, lot, serial LIMIT ? OFFSET"
                        + " ?) SELECT c.gtin, c.lot, c.serial, c.last, f.batch_id, f.reason,"
                        + " f.count, f.first_at, f.last_at, f.detail,"
                        + " coalesce(s.consumer_scans, 0), coalesce(s.staff_scans, 0) FROM codes c"
                        + " JOIN traceability.scan_flags f USING (gtin, lot, serial) LEFT JOIN"
                        + " traceability.scan_counters s USING (gtin, lot, serial) ORDER BY c.last"
                        + " DESC, c.gtin, c.lot, c.serial, f.reason",
                ps -> {
                    String r = reason == null ? null : reason.name();
                    ps.setString(1, r);
                    ps.setString(2, r);
                    ps.setInt(3, size);
                    ps.setInt(4, (page - 1) * size);
                    List<FlaggedCode> codes = new ArrayList<>();
                    try (var rs = ps.executeQuery()) {
                        FlaggedCode current = null;
                        while (rs.next()) {
                            String gtin = rs.getString(1).trim();
                            String lot = rs.getString(2);
                            String serial = rs.getString(3);
                            if (current == null
                                    || !current.gtin().equals(gtin)
                                    || !current.lot().equals(lot)
                                    || !current.serial().equals(serial)) {
                                current =
                                        new FlaggedCode(
                                                gtin,
                                                lot,
                                                serial,
                                                rs.getObject(5, UUID.class),
                                                rs.getLong(11),
                                                rs.getLong(12),
                                                rs.getTimestamp(4).toInstant(),
                                                new ArrayList<>());
                                codes.add(current);
                            }
                            current.flags()
                                    .add(
                                            new Flag(
                                                    FlagReason.valueOf(rs.getString(6)),
                                                    rs.getLong(7),
                                                    rs.getTimestamp(8).toInstant(),
                                                    rs.getTimestamp(9).toInstant(),
                                                    rs.getString(10)));
                        }
                    }
                    return codes;
                });
    }

    /** Scan counts of a producer's codes, most recently scanned first. */
    @ReadOnly
    public List<CodeScans> ofProducer(UUID producerId, int page, int size) {
        return jdbc.prepareStatement(
                "SELECT s.gtin, s.lot, s.serial, s.batch_id, s.consumer_scans, s.staff_scans,"
                        + " s.first_at, s.last_at, (SELECT string_agg(f.reason, ',' ORDER BY"
                        + " f.reason) FROM traceability.scan_flags f WHERE f.gtin = s.gtin AND"
                        + " f.lot = s.lot AND f.serial = s.serial) FROM traceability.scan_counters s"
                        + " WHERE s.producer_id = ? AND s.batch_id IS NOT NULL ORDER BY s.last_at"
                        + " DESC, s.gtin, s.lot, s.serial LIMIT ? OFFSET ?",
                ps -> {
                    ps.setObject(1, producerId);
                    ps.setInt(2, size);
                    ps.setInt(3, (page - 1) * size);
                    List<CodeScans> rows = new ArrayList<>();
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String flags = rs.getString(9);
                            rows.add(
                                    new CodeScans(
                                            rs.getString(1).trim(),
                                            rs.getString(2),
                                            rs.getString(3),
                                            rs.getObject(4, UUID.class),
                                            rs.getLong(5),
                                            rs.getLong(6),
                                            rs.getTimestamp(7).toInstant(),
                                            rs.getTimestamp(8).toInstant(),
                                            flags == null
                                                    ? List.of()
                                                    : java.util.Arrays.stream(flags.split(","))
                                                            .map(FlagReason::valueOf)
                                                            .toList()));
                        }
                    }
                    return rows;
                });
    }
}
