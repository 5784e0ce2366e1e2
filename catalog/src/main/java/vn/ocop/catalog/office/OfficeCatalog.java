package vn.ocop.catalog.office;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.FieldChecks;
import vn.ocop.catalog.api.CatalogApi;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.CertifiedCount;
import vn.ocop.catalog.api.OfficeCatalogApi;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProducerStatus;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.ProductGroupView;
import vn.ocop.catalog.api.ProvinceTarget;
import vn.ocop.catalog.api.ReferenceDataError;
import vn.ocop.catalog.producer.ProducerService;
import vn.ocop.kernel.DomainException;

/** The office's queue, counts and targets, in SQL over the catalogue's own tables. */
@Singleton
class OfficeCatalog implements OfficeCatalogApi {

    static final int MIN_YEAR = 2018, MAX_YEAR = 2100, MAX_TARGET = 100_000;

    private final JdbcOperations jdbc;
    private final ProducerService producers;
    private final PlacesApi places;
    private final CatalogApi catalog;
    private final Clock clock;

    OfficeCatalog(
            JdbcOperations jdbc,
            ProducerService producers,
            PlacesApi places,
            CatalogApi catalog,
            Clock clock) {
        this.jdbc = jdbc;
        this.producers = producers;
        this.places = places;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public List<ProducerView> producersAwaitingVerification() {
        return producers.withStatus(ProducerStatus.PENDING);
    }

    @Override
    public ProducerView verifyProducer(UUID producerId) {
        return producers.verify(producerId);
    }

    @Override
    public ProducerView rejectProducer(UUID producerId, String reason) {
        return producers.suspend(producerId, reason);
    }

    @Override
    @ReadOnly
    public long listingsAwaitingReview() {
        return jdbc.prepareStatement(
                "SELECT count(*) FROM catalog.products WHERE status = 'SUBMITTED'",
                ps -> {
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    @Override
    @ReadOnly
    public List<CertifiedCount> certifiedProducts() {
        LocalDate today = LocalDate.now(clock);
        return jdbc.prepareStatement(
                "SELECT coalesce(o.province_code, ''), p.group_code, c.stars, count(*) FROM"
                        + " catalog.products p JOIN catalog.certificates c ON c.product_id = p.id"
                        + " AND c.status = 'VALID' LEFT JOIN LATERAL (SELECT po.province_code FROM"
                        + " catalog.product_origins po WHERE po.product_id = p.id ORDER BY"
                        + " po.position LIMIT 1) o ON true WHERE p.status = 'PUBLISHED' AND"
                        + " c.stars >= 3 AND c.valid_until >= ? AND NOT EXISTS (SELECT 1 FROM"
                        + " catalog.product_producers pp JOIN catalog.producers pr ON pr.id ="
                        + " pp.producer_id WHERE pp.product_id = p.id AND pr.status <>"
                        + " 'VERIFIED') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
                ps -> {
                    ps.setDate(1, Date.valueOf(today));
                    try (var rs = ps.executeQuery()) {
                        List<CertifiedCount> rows = new java.util.ArrayList<>();
                        while (rs.next()) {
                            rows.add(
                                    new CertifiedCount(
                                            rs.getString(1),
                                            rs.getString(2),
                                            rs.getInt(3),
                                            rs.getLong(4)));
                        }
                        return rows;
                    }
                });
    }

    @Override
    @ReadOnly
    public List<ProvinceTarget> targets(int year) {
        return jdbc.prepareStatement(
                "SELECT province_code, group_code, year, target_count FROM"
                        + " catalog.province_targets WHERE year = ? ORDER BY province_code,"
                        + " group_code",
                ps -> {
                    ps.setInt(1, year);
                    try (var rs = ps.executeQuery()) {
                        List<ProvinceTarget> rows = new java.util.ArrayList<>();
                        while (rs.next()) {
                            rows.add(
                                    new ProvinceTarget(
                                            rs.getString(1),
                                            rs.getString(2),
                                            rs.getInt(3),
                                            rs.getInt(4)));
                        }
                        return rows;
                    }
                });
    }

    @Override
    @Transactional
    public ProvinceTarget saveTarget(ProvinceTarget target) {
        ProvinceTarget checked = check(target);
        jdbc.prepareStatement(
                "INSERT INTO catalog.province_targets (province_code, group_code, year,"
                        + " target_count) VALUES (?, ?, ?, ?) ON CONFLICT (year, province_code,"
                        + " group_code) DO UPDATE SET target_count = excluded.target_count,"
                        + " updated_at = now()",
                ps -> {
                    ps.setString(1, checked.provinceCode());
                    ps.setString(2, checked.groupCode());
                    ps.setInt(3, checked.year());
                    ps.setInt(4, checked.target());
                    return ps.executeUpdate();
                });
        return checked;
    }

    @Override
    @Transactional
    public void deleteTarget(String provinceCode, String groupCode, int year) {
        String code =
                provinceCode == null
                        ? ""
                        : places.resolve(provinceCode).map(p -> p.code()).orElse(provinceCode);
        jdbc.prepareStatement(
                "DELETE FROM catalog.province_targets WHERE province_code = ? AND group_code = ?"
                        + " AND year = ?",
                ps -> {
                    ps.setString(1, code);
                    ps.setString(2, groupCode);
                    ps.setInt(3, year);
                    return ps.executeUpdate();
                });
    }

    /** The target with the province's code, or a refusal naming every bad field. */
    private ProvinceTarget check(ProvinceTarget target) {
        if (target == null) {
            throw DomainException.invalidField(
                    CatalogError.INVALID_FIELD, "target", "A target is required");
        }
        String province =
                target.provinceCode() == null || target.provinceCode().isBlank()
                        ? null
                        : places.resolve(target.provinceCode()).map(p -> p.code()).orElse(null);
        boolean knownGroup =
                target.groupCode() != null
                        && catalog.productGroups().stream()
                                .map(ProductGroupView::code)
                                .anyMatch(target.groupCode()::equals);
        FieldChecks checks = new FieldChecks();
        checks.refuseIf(province == null, ReferenceDataError.UNKNOWN_PROVINCE, "provinceCode");
        checks.refuseIf(!knownGroup, ReferenceDataError.UNKNOWN_GROUP, "groupCode");
        checks.refuseIf(
                target.year() < MIN_YEAR || target.year() > MAX_YEAR,
                ReferenceDataError.TARGET_YEAR_OUT_OF_RANGE,
                "year");
        checks.refuseIf(
                target.target() < 0 || target.target() > MAX_TARGET,
                ReferenceDataError.TARGET_OUT_OF_RANGE,
                "target");
        checks.throwIfAny();
        return new ProvinceTarget(province, target.groupCode(), target.year(), target.target());
    }
}
