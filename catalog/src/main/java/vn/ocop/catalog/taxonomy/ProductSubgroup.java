package vn.ocop.catalog.taxonomy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.ocop.catalog.api.SubgroupView;

/** A subgroup of one product group; its group never changes (products refer to the pair). */
@MappedEntity(value = "product_subgroups", schema = "catalog")
record ProductSubgroup(
        @Id String code,
        String groupCode,
        short position,
        String nameVi,
        String nameEn,
        @Nullable Short criteriaSet) {

    SubgroupView view() {
        return new SubgroupView(
                code,
                groupCode,
                position,
                nameVi,
                nameEn,
                criteriaSet == null ? null : criteriaSet.intValue());
    }
}
