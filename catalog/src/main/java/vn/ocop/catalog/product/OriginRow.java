package vn.ocop.catalog.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;
import vn.ocop.catalog.api.OriginView;

@MappedEntity(value = "product_origins", schema = "catalog")
record OriginRow(
        @EmbeddedId Key key,
        String provinceCode,
        String commune,
        @Nullable String village,
        @Nullable String historicalDistrict) {

    @Embeddable
    record Key(UUID productId, short position) {}

    OriginView view() {
        return new OriginView(provinceCode, commune, village, historicalDistrict);
    }
}
