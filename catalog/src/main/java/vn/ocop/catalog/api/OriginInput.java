package vn.ocop.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Where a product comes from: a province (post-2025 code, or any alias) and commune, optionally a
 * village and, for records predating the 2025 reform, the former district.
 */
@Serdeable
public record OriginInput(
        @NotBlank @Size(max = 60) String province,
        @NotBlank @Size(max = 200) String commune,
        @Nullable @Size(max = 200) String village,
        @Nullable @Size(max = 200) String historicalDistrict) {}
