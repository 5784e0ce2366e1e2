package vn.ocop.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Another name of a province; {@code nameEn} is set for the pre-2025 units. */
@Serdeable
public record ProvinceAliasView(String name, @Nullable String nameEn, ProvinceAliasKind kind) {}
