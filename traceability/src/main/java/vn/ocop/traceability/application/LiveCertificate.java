package vn.ocop.traceability.application;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.CertificateStatus;
import vn.ocop.catalog.api.CertificateView;
import vn.ocop.catalog.api.ProductView;

/**
 * A product's OCOP certificate as it stands at the moment of the request: the catalogue's current
 * certificate (else its newest), with a valid certificate past its end date shown as expired.
 */
@Serdeable
public record LiveCertificate(
        UUID id,
        int stars,
        int roundYear,
        String level,
        String authority,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate validFrom,
        LocalDate validUntil,
        CertificateStatus status,
        String statusReason,
        boolean valid) {

    public static Optional<LiveCertificate> of(
            ProductView product, List<CertificateView> history, LocalDate today) {
        Optional<CertificateView> current =
                Optional.ofNullable(product.certificate())
                        .or(
                                () ->
                                        history.stream()
                                                .max(
                                                        Comparator.comparing(
                                                                CertificateView::validFrom)));
        return current.map(c -> of(c, today));
    }

    public static LiveCertificate of(CertificateView c, LocalDate today) {
        CertificateStatus status =
                c.status() == CertificateStatus.VALID && today.isAfter(c.validUntil())
                        ? CertificateStatus.EXPIRED
                        : c.status();
        return new LiveCertificate(
                c.id(),
                c.stars(),
                c.roundYear(),
                c.level() == null ? null : c.level().name(),
                c.authority(),
                c.decisionNumber(),
                c.decisionDate(),
                c.validFrom(),
                c.validUntil(),
                status,
                c.statusReason(),
                status == CertificateStatus.VALID);
    }
}
