package vn.ocop.catalog.taxonomy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The office's new names, position and criteria set of a subgroup. An absent position keeps the
 * current one; an absent criteria set means none. The group cannot change.
 */
@Serdeable
record SubgroupChange(
        @Nullable Integer position,
        @Nullable String nameVi,
        @Nullable String nameEn,
        @Nullable Integer criteriaSet) {}
