package vn.ocop.catalog.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.CertificateInput;
import vn.ocop.catalog.api.CertificateStatus;
import vn.ocop.catalog.api.EvaluationLevel;
import vn.ocop.catalog.api.LegalForm;
import vn.ocop.catalog.api.OriginInput;
import vn.ocop.catalog.api.ProducerInput;
import vn.ocop.catalog.api.ProductInput;
import vn.ocop.catalog.api.VariantInput;
import vn.ocop.catalog.producer.ProducerService;
import vn.ocop.catalog.product.ListingService;
import vn.ocop.catalog.product.ProductReader;
import vn.ocop.catalog.product.ProductService;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/**
 * A certificate that reaches its date is expired by the job and the listing leaves the catalogue.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.catalog.expiry-job.enabled", value = "false")
class CertificateExpiryTest {

    @Inject ProducerService producers;
    @Inject ProductService products;
    @Inject ListingService listings;
    @Inject CertificateService certificates;
    @Inject ProductReader reader;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    private final Caller office = new Caller(UUID.randomUUID(), Role.OFFICE_ADMIN, null, null);

    @Test
    void an_expired_certificate_takes_the_listing_out_and_announces_the_change() {
        UUID producer =
                producers
                        .register(
                                new ProducerInput(
                                        "HTX Chè Tân Cương",
                                        LegalForm.COOPERATIVE,
                                        "HTX-TC-1",
                                        "Thái Nguyên",
                                        "Tân Cương",
                                        "Xóm Hồng Thái 2",
                                        "Nguyễn Thị Chè",
                                        null,
                                        null,
                                        30,
                                        null,
                                        null))
                        .id();
        producers.verify(producer);
        UUID id =
                products.create(
                                office,
                                new ProductInput(
                                        "Chè Tân Cương",
                                        "Tan Cuong tea",
                                        null,
                                        null,
                                        "FOOD",
                                        null,
                                        List.of(producer),
                                        List.of(
                                                new OriginInput(
                                                        "Thái Nguyên", "Tân Cương", null, null)),
                                        List.of(
                                                new VariantInput(
                                                        "CHE-TC-200G",
                                                        "Túi 200 g",
                                                        null,
                                                        180_000L,
                                                        200,
                                                        null)),
                                        null,
                                        null,
                                        false,
                                        null,
                                        false))
                        .id();
        listings.submit(office, id);
        var certificate =
                certificates.record(
                        id,
                        new CertificateInput(
                                2024,
                                new BigDecimal("72"),
                                EvaluationLevel.PROVINCE,
                                "UBND tỉnh Thái Nguyên",
                                "88/QĐ-UBND",
                                LocalDate.now().minusDays(10),
                                null,
                                LocalDate.now().plusDays(1)));
        listings.publish(id);
        assertThat(reader.require(id).visible()).isTrue();

        transactions.executeWrite(
                status ->
                        jdbc.prepareStatement(
                                "UPDATE catalog.certificates SET valid_until = current_date - 1,"
                                        + " valid_from = current_date - 400 WHERE id = ?",
                                ps -> {
                                    ps.setObject(1, certificate.id());
                                    return ps.executeUpdate();
                                }));
        int expired = certificates.expireDue();

        assertThat(expired).isEqualTo(1);
        var view = reader.require(id);
        assertThat(view.certificate().status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(view.visible()).isFalse();
        Long announced =
                transactions.executeRead(
                        status ->
                                jdbc.prepareStatement(
                                        "SELECT count(*) FROM platform.outbox_messages WHERE topic = 'catalog.product-changed'"
                                                + " AND message_key = ?",
                                        ps -> {
                                            ps.setString(1, id.toString());
                                            try (var rs = ps.executeQuery()) {
                                                rs.next();
                                                return rs.getLong(1);
                                            }
                                        }));
        assertThat(announced).isGreaterThanOrEqualTo(5L);
        assertThat(certificates.expireDue()).isZero();
    }
}
