package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

@Serdeable
public record VariantView(
        UUID id,
        String sku,
        String nameVi,
        String nameEn,
        long priceVnd,
        Integer weightGrams,
        String gtin,
        boolean active) {}
