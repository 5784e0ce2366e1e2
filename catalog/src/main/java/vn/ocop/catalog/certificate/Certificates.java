package vn.ocop.catalog.certificate;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.CertificateStatus;
import vn.ocop.catalog.api.CertificateView;

/** Reading certificates: the current one (the badge) and a product's history. */
@Singleton
public class Certificates {

    private final CertificateRepository certificates;

    Certificates(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    /**
     * The certificate the catalogue shows: the valid one, else the most recent (expired or revoked
     * — shown as lapsed).
     */
    @ReadOnly
    public Optional<CertificateView> current(UUID productId) {
        return certificates
                .findByProductIdAndStatus(productId, CertificateStatus.VALID)
                .or(
                        () ->
                                certificates
                                        .findByProductIdOrderByDecisionDateDesc(productId)
                                        .stream()
                                        .filter(c -> c.status() != CertificateStatus.SUPERSEDED)
                                        .findFirst())
                .map(CertificateRow::view);
    }

    @ReadOnly
    public List<CertificateView> history(UUID productId) {
        return certificates.findByProductIdOrderByDecisionDateDesc(productId).stream()
                .map(CertificateRow::view)
                .toList();
    }
}
