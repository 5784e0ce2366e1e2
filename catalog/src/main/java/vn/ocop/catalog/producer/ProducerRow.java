package vn.ocop.catalog.producer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import vn.ocop.catalog.api.LegalForm;
import vn.ocop.catalog.api.ProducerStatus;
import vn.ocop.catalog.api.ProducerView;

/** A row of {@code catalog.producers}. Invariant: a suspended producer has a reason. */
@MappedEntity(value = "producers", schema = "catalog")
record ProducerRow(
        @Id UUID id,
        String name,
        String nameFolded,
        LegalForm legalForm,
        @Nullable String registrationNumber,
        String provinceCode,
        String commune,
        String address,
        String representative,
        @Nullable String phone,
        @Nullable String email,
        @Nullable Integer memberCount,
        String storyVi,
        String storyEn,
        ProducerStatus status,
        @Nullable String statusReason,
        Instant createdAt,
        Instant updatedAt) {

    ProducerView view() {
        return new ProducerView(
                id,
                name,
                legalForm,
                registrationNumber,
                provinceCode,
                commune,
                address,
                representative,
                phone,
                email,
                memberCount,
                storyVi,
                storyEn,
                status,
                statusReason);
    }

    ProducerRow withStatus(ProducerStatus newStatus, String reason) {
        return new ProducerRow(
                id,
                name,
                nameFolded,
                legalForm,
                registrationNumber,
                provinceCode,
                commune,
                address,
                representative,
                phone,
                email,
                memberCount,
                storyVi,
                storyEn,
                newStatus,
                reason,
                createdAt,
                Instant.now());
    }
}
