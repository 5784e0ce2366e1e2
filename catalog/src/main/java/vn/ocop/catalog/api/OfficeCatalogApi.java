package vn.ocop.catalog.api;

import java.util.List;
import java.util.UUID;

/**
 * What the OCOP office's pages need of the catalogue besides {@link ProductsApi}: the producer
 * verification queue, the count of listings awaiting review, certified products for the reports,
 * and the provinces' targets. Callers must already have checked that the caller is the office.
 */
public interface OfficeCatalogApi {

    /** Producers awaiting verification, oldest first. */
    List<ProducerView> producersAwaitingVerification();

    /** Verifies a producer; its published listings may appear in the catalogue. */
    ProducerView verifyProducer(UUID producerId);

    /**
     * Refuses (suspends) a producer with a reason shown to it; its listings leave the catalogue.
     *
     * @throws vn.ocop.kernel.DomainException INVALID_FIELD on {@code reason} when blank
     */
    ProducerView rejectProducer(UUID producerId, String reason);

    /** Listings submitted for review and not yet decided. */
    long listingsAwaitingReview();

    /** Certified products today counted by province, group and stars (no zero rows). */
    List<CertifiedCount> certifiedProducts();

    /** The targets set for a year, by province then group. */
    List<ProvinceTarget> targets(int year);

    /**
     * Sets (or replaces) one target.
     *
     * @throws vn.ocop.kernel.DomainException naming the refused field: {@code provinceCode}, {@code
     *     groupCode}, {@code year} or {@code target}
     */
    ProvinceTarget saveTarget(ProvinceTarget target);

    /** Removes one target; nothing happens when there was none. */
    void deleteTarget(String provinceCode, String groupCode, int year);
}
