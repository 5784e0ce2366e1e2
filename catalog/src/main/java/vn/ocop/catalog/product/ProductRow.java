package vn.ocop.catalog.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.Regulation;

/** A row of {@code catalog.products}: the listing's content and review state. */
@MappedEntity(value = "products", schema = "catalog")
record ProductRow(
        @Id UUID id,
        String nameVi,
        @Nullable String nameEn,
        String nameFolded,
        String descriptionVi,
        String descriptionEn,
        String groupCode,
        @Nullable String subgroupCode,
        Regulation regulated,
        @Nullable String declarationNumber,
        boolean perishable,
        @Nullable Integer shelfLifeDays,
        boolean service,
        ListingStatus status,
        @Nullable String statusReason,
        @Nullable Instant publishedAt,
        Instant createdAt,
        Instant updatedAt) {

    ProductRow withStatus(ListingStatus newStatus, String reason) {
        Instant published = newStatus == ListingStatus.PUBLISHED ? Instant.now() : publishedAt;
        return new ProductRow(
                id,
                nameVi,
                nameEn,
                nameFolded,
                descriptionVi,
                descriptionEn,
                groupCode,
                subgroupCode,
                regulated,
                declarationNumber,
                perishable,
                shelfLifeDays,
                service,
                newStatus,
                reason,
                published,
                createdAt,
                Instant.now());
    }
}
