package vn.ocop.catalog.taxonomy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The office's new wording of a product group; code and position do not change. */
@Serdeable
record GroupChange(
        @Nullable String nameVi,
        @Nullable String nameEn,
        @Nullable String descriptionVi,
        @Nullable String descriptionEn) {}
