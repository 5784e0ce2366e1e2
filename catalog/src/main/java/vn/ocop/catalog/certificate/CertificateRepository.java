package vn.ocop.catalog.certificate;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.CertificateStatus;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CertificateRepository extends CrudRepository<CertificateRow, UUID> {

    Optional<CertificateRow> findByProductIdAndStatus(UUID productId, CertificateStatus status);

    List<CertificateRow> findByProductIdOrderByDecisionDateDesc(UUID productId);

    /** The valid certificates whose last valid day is before {@code today}. */
    @Query(
            "SELECT * FROM catalog.certificates WHERE status = 'VALID' AND valid_until < :today"
                    + " ORDER BY valid_until LIMIT 500 FOR UPDATE SKIP LOCKED")
    List<CertificateRow> dueForExpiry(LocalDate today);
}
