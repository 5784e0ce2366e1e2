package vn.ocop.catalog.certificate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.ocop.catalog.api.CertificateStatus;
import vn.ocop.catalog.api.CertificateView;
import vn.ocop.catalog.api.EvaluationLevel;

/** A row of {@code catalog.certificates}; at most one VALID per product (partial unique index). */
@MappedEntity(value = "certificates", schema = "catalog")
record CertificateRow(
        @Id UUID id,
        UUID productId,
        short roundYear,
        BigDecimal score,
        short stars,
        EvaluationLevel level,
        String authority,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate validFrom,
        LocalDate validUntil,
        CertificateStatus status,
        @Nullable String statusReason,
        Instant createdAt) {

    CertificateView view() {
        return new CertificateView(
                id,
                productId,
                roundYear,
                score,
                stars,
                level,
                authority,
                decisionNumber,
                decisionDate,
                validFrom,
                validUntil,
                status,
                statusReason);
    }

    CertificateRow withStatus(CertificateStatus newStatus, String reason) {
        return new CertificateRow(
                id,
                productId,
                roundYear,
                score,
                stars,
                level,
                authority,
                decisionNumber,
                decisionDate,
                validFrom,
                validUntil,
                newStatus,
                reason,
                createdAt);
    }
}
