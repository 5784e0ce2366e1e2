package vn.ocop.catalog.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import vn.ocop.catalog.api.VariantView;

@MappedEntity(value = "variants", schema = "catalog")
record VariantRow(
        @Id UUID id,
        UUID productId,
        String sku,
        String nameVi,
        @Nullable String nameEn,
        long priceVnd,
        @Nullable Integer weightGrams,
        @Nullable String gtin,
        boolean active,
        short position,
        Instant updatedAt) {

    VariantView view() {
        return new VariantView(id, sku, nameVi, nameEn, priceVnd, weightGrams, gtin, active);
    }
}
