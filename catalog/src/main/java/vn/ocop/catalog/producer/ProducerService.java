package vn.ocop.catalog.producer;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.ProducerInput;
import vn.ocop.catalog.api.ProducerStatus;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.product.ProductChanges;
import vn.ocop.catalog.product.Provinces;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.VietnameseText;

/** Producers: the office registers and verifies them; members keep their own record current. */
@Singleton
public class ProducerService {

    private final ProducerRepository producers;
    private final Provinces provinces;
    private final ProductChanges changes;

    ProducerService(ProducerRepository producers, Provinces provinces, ProductChanges changes) {
        this.producers = producers;
        this.provinces = provinces;
        this.changes = changes;
    }

    @Transactional
    public ProducerView register(ProducerInput input) {
        Instant now = Instant.now();
        ProducerRow row = row(UUID.randomUUID(), input, ProducerStatus.PENDING, null, now, now);
        return save(row, true).view();
    }

    @Transactional
    public ProducerView update(UUID id, ProducerInput input) {
        ProducerRow current = require(id);
        ProducerRow row =
                row(
                        id,
                        input,
                        current.status(),
                        current.statusReason(),
                        current.createdAt(),
                        Instant.now());
        ProducerView view = save(row, false).view();
        changes.productsOfProducer(producers.productIdsOf(id));
        return view;
    }

    @Transactional
    public ProducerView verify(UUID id) {
        return changeStatus(id, ProducerStatus.VERIFIED, null);
    }

    @Transactional
    public ProducerView suspend(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalidField(
                    CatalogError.INVALID_FIELD, "reason", "A suspension needs a reason");
        }
        return changeStatus(id, ProducerStatus.SUSPENDED, reason.strip());
    }

    @ReadOnly
    public Optional<ProducerView> find(UUID id) {
        return producers.findById(id).map(ProducerRow::view);
    }

    @ReadOnly
    public List<ProducerView> withStatus(ProducerStatus status) {
        return producers.findByStatusOrderByCreatedAt(status).stream()
                .map(ProducerRow::view)
                .toList();
    }

    ProducerRow require(UUID id) {
        return producers
                .findById(id)
                .orElseThrow(
                        () ->
                                new DomainException(
                                        CatalogError.PRODUCER_NOT_FOUND, "No producer " + id));
    }

    private ProducerView changeStatus(UUID id, ProducerStatus status, String reason) {
        ProducerRow updated = producers.update(require(id).withStatus(status, reason));
        changes.productsOfProducer(producers.productIdsOf(id));
        return updated.view();
    }

    private ProducerRow save(ProducerRow row, boolean insert) {
        try {
            return insert ? producers.save(row) : producers.update(row);
        } catch (DataAccessException e) {
            if (String.valueOf(e.getMessage()).contains("producers_registration_unique")) {
                throw new DomainException(
                        CatalogError.DUPLICATE_REGISTRATION,
                        "Registration number already used",
                        List.of(
                                new vn.ocop.kernel.FieldViolation(
                                        "registrationNumber",
                                        CatalogError.DUPLICATE_REGISTRATION.code(),
                                        "Registration number already used")),
                        java.util.Map.of());
            }
            throw e;
        }
    }

    private ProducerRow row(
            UUID id,
            ProducerInput in,
            ProducerStatus status,
            String reason,
            Instant created,
            Instant now) {
        String province = provinces.requireCode(in.provinceCode(), "provinceCode");
        return new ProducerRow(
                id,
                in.name().strip(),
                VietnameseText.fold(in.name()),
                in.legalForm(),
                blankToNull(in.registrationNumber()),
                province,
                in.commune().strip(),
                in.address().strip(),
                in.representative().strip(),
                blankToNull(in.phone()),
                blankToNull(in.email()),
                in.memberCount(),
                in.storyVi() == null ? "" : in.storyVi(),
                in.storyEn() == null ? "" : in.storyEn(),
                status,
                reason,
                created,
                now);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
