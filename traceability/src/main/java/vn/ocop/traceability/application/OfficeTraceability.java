package vn.ocop.traceability.application;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.traceability.api.BatchView;
import vn.ocop.traceability.api.OfficeTraceabilityApi;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.Batches;
import vn.ocop.traceability.domain.Gtin;
import vn.ocop.traceability.scans.ScanReports;

/** {@link OfficeTraceabilityApi}: recalls through {@link BatchService}, counts in SQL. */
@Singleton
class OfficeTraceability implements OfficeTraceabilityApi {

    private static final int MAX_LIMIT = 500;

    private final JdbcOperations jdbc;
    private final Batches batches;
    private final BatchService service;
    private final BatchViews views;
    private final ScanReports scans;
    private final Clock clock;

    OfficeTraceability(
            JdbcOperations jdbc,
            Batches batches,
            BatchService service,
            BatchViews views,
            ScanReports scans,
            Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.service = service;
        this.views = views;
        this.scans = scans;
        this.clock = clock;
    }

    @Override
    @ReadOnly
    public List<BatchView> recalledBatches(int limit) {
        List<UUID> ids =
                jdbc.prepareStatement(
                        "SELECT id FROM traceability.batches WHERE recalled_at IS NOT NULL ORDER"
                                + " BY recalled_at DESC, id LIMIT ?",
                        ps -> {
                            ps.setInt(1, Math.max(1, Math.min(limit, MAX_LIMIT)));
                            List<UUID> found = new ArrayList<>();
                            try (var rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    found.add(rs.getObject(1, UUID.class));
                                }
                            }
                            return found;
                        });
        return ids.stream().flatMap(id -> batches.byId(id).stream()).map(views::view).toList();
    }

    @Override
    @ReadOnly
    public long recalledCount() {
        return count("SELECT count(*) FROM traceability.batches WHERE recalled_at IS NOT NULL");
    }

    @Override
    @Transactional
    public BatchView recall(Caller caller, String gtin, String lot, String reason) {
        Batch batch =
                Gtin.normalize(gtin == null ? "" : gtin.strip())
                        .flatMap(g -> batches.byCode(g, lot == null ? "" : lot.strip()))
                        .orElseThrow(() -> TraceabilityError.BATCH_NOT_FOUND.refuse("lot"));
        return views.view(service.recall(caller, batch.id(), reason));
    }

    @Override
    public List<FlaggedScan> flaggedScans(int limit) {
        return scans.flagged(null, 1, Math.max(1, Math.min(limit, MAX_LIMIT))).stream()
                .map(
                        code ->
                                new FlaggedScan(
                                        code.gtin(),
                                        code.lot(),
                                        code.serial(),
                                        code.flags().stream().map(f -> f.reason().name()).toList(),
                                        code.consumerScans(),
                                        code.staffScans(),
                                        code.lastFlaggedAt(),
                                        code.flags().isEmpty() ? "" : code.flags().get(0).detail()))
                .toList();
    }

    @Override
    @ReadOnly
    public long flaggedCount() {
        return count(
                "SELECT count(*) FROM (SELECT DISTINCT gtin, lot, serial FROM"
                        + " traceability.scan_flags) f");
    }

    @Override
    @ReadOnly
    public List<ProvinceScans> scansPerProvince(LocalDate from, LocalDate to) {
        var zone = clock.getZone();
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        return jdbc.prepareStatement(
                "SELECT coalesce(province_code, ''), count(*) FROM traceability.scans WHERE"
                        + " scanned_at >= ? AND scanned_at < ? GROUP BY 1 ORDER BY 2 DESC, 1",
                ps -> {
                    ps.setTimestamp(1, start);
                    ps.setTimestamp(2, end);
                    List<ProvinceScans> rows = new ArrayList<>();
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new ProvinceScans(rs.getString(1), rs.getLong(2)));
                        }
                    }
                    return rows;
                });
    }

    private long count(String sql) {
        return jdbc.prepareStatement(
                sql,
                ps -> {
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }
}
