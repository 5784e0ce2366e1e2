package vn.ocop.catalog.taxonomy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A subgroup the office adds. {@code code}: capital letters, digits and underscores; {@code
 * position}: after the group's last subgroup when absent; {@code criteriaSet}: the national scoring
 * set number, when known.
 */
@Serdeable
record NewSubgroup(
        @Nullable String code,
        @Nullable String groupCode,
        @Nullable Integer position,
        @Nullable String nameVi,
        @Nullable String nameEn,
        @Nullable Integer criteriaSet) {}
