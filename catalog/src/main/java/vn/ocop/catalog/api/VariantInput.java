package vn.ocop.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One sellable form/size of a product, priced in whole VND; GTIN-13 or GTIN-14 with check digit.
 */
@Serdeable
public record VariantInput(
        @NotBlank @Size(max = 64) String sku,
        @NotBlank @Size(max = 200) String nameVi,
        @Nullable @Size(max = 200) String nameEn,
        @NotNull @PositiveOrZero Long priceVnd,
        @Nullable @Positive Integer weightGrams,
        @Nullable @Size(max = 14) String gtin) {}
