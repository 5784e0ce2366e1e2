package vn.ocop.catalog.certificate;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.CertificateInput;
import vn.ocop.catalog.api.CertificateStatus;
import vn.ocop.catalog.api.CertificateView;
import vn.ocop.catalog.product.ProductChanges;
import vn.ocop.catalog.product.ProductReader;
import vn.ocop.kernel.DomainException;

/**
 * The office records evaluation results. A new certificate supersedes the product's valid one
 * (history is kept); revoking or expiring one takes the listing out of the public catalogue via the
 * outbox.
 */
@Singleton
public class CertificateService {

    private final CertificateRepository certificates;
    private final ProductReader products;
    private final ProductChanges changes;
    private final StarBands bands;
    private final int validityMonths;
    private final Clock clock;

    CertificateService(
            CertificateRepository certificates,
            ProductReader products,
            ProductChanges changes,
            @Value("${ocop.catalog.star-bands:90,70,50,30}") List<Integer> bands,
            @Value("${ocop.catalog.certificate-validity-months:36}") int validityMonths,
            Clock clock) {
        this.certificates = certificates;
        this.products = products;
        this.changes = changes;
        this.bands = StarBands.of(bands);
        this.validityMonths = validityMonths;
        this.clock = clock;
    }

    /** Stars from the score by the configured bands — also what the office form shows as typed. */
    public int starsFor(BigDecimal score) {
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw DomainException.invalidField(
                    CatalogError.SCORE_OUT_OF_RANGE,
                    "score",
                    "The score must be between 0 and 100");
        }
        return bands.starsFor(score);
    }

    /** The configured bands, for forms that show the stars as the score is typed. */
    public StarBands bands() {
        return bands;
    }

    /** Validity when the office gives no end date. */
    public int validityMonths() {
        return validityMonths;
    }

    @Transactional
    public CertificateView record(UUID productId, CertificateInput input) {
        products.require(productId);
        int stars = starsFor(input.score());
        LocalDate from = input.validFrom() == null ? input.decisionDate() : input.validFrom();
        LocalDate until =
                input.validUntil() == null ? from.plusMonths(validityMonths) : input.validUntil();
        if (!until.isAfter(from)) {
            throw DomainException.invalidField(
                    CatalogError.INVALID_DATES,
                    "validUntil",
                    "Valid-until must be after valid-from");
        }
        if (input.decisionDate().isAfter(LocalDate.now(clock))) {
            throw DomainException.invalidField(
                    CatalogError.INVALID_DATES,
                    "decisionDate",
                    "The decision date is in the future");
        }
        certificates
                .findByProductIdAndStatus(productId, CertificateStatus.VALID)
                .ifPresent(
                        old ->
                                certificates.update(
                                        old.withStatus(
                                                CertificateStatus.SUPERSEDED,
                                                "Superseded by decision "
                                                        + input.decisionNumber())));
        CertificateStatus status =
                until.isBefore(LocalDate.now(clock))
                        ? CertificateStatus.EXPIRED
                        : CertificateStatus.VALID;
        CertificateRow row =
                certificates.save(
                        new CertificateRow(
                                UUID.randomUUID(),
                                productId,
                                input.roundYear().shortValue(),
                                input.score(),
                                (short) stars,
                                input.level(),
                                input.authority().strip(),
                                input.decisionNumber().strip(),
                                input.decisionDate(),
                                from,
                                until,
                                status,
                                null,
                                Instant.now()));
        changes.product(productId);
        return row.view();
    }

    @Transactional
    public CertificateView revoke(UUID certificateId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalidField(
                    CatalogError.INVALID_FIELD, "reason", "A revocation needs a reason");
        }
        CertificateRow row =
                certificates
                        .findById(certificateId)
                        .orElseThrow(
                                () ->
                                        new DomainException(
                                                CatalogError.CERTIFICATE_NOT_FOUND,
                                                "No certificate " + certificateId));
        if (row.status() != CertificateStatus.VALID) {
            throw new DomainException(
                    CatalogError.INVALID_TRANSITION, "Only a valid certificate can be revoked");
        }
        CertificateRow revoked =
                certificates.update(row.withStatus(CertificateStatus.REVOKED, reason.strip()));
        changes.product(row.productId());
        return revoked.view();
    }

    /** Expires certificates past their date; returns how many. Safe on several instances. */
    @Transactional
    public int expireDue() {
        List<CertificateRow> due = certificates.dueForExpiry(LocalDate.now(clock));
        for (CertificateRow row : due) {
            certificates.update(
                    row.withStatus(
                            CertificateStatus.EXPIRED, "Validity ended " + row.validUntil()));
            changes.product(row.productId());
        }
        return due.size();
    }
}
