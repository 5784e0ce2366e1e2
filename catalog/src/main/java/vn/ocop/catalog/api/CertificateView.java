package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An OCOP certificate (giấy chứng nhận) — also the data of the star badge on a product page. */
@Serdeable
public record CertificateView(
        UUID id,
        UUID productId,
        int roundYear,
        BigDecimal score,
        int stars,
        EvaluationLevel level,
        String authority,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate validFrom,
        LocalDate validUntil,
        CertificateStatus status,
        String statusReason) {

    /** Certified OCOP: a valid certificate of 3 stars or more. */
    public boolean certifies(LocalDate today) {
        return status == CertificateStatus.VALID && stars >= 3 && !today.isAfter(validUntil);
    }
}
