package vn.ocop.catalog.taxonomy;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.ocop.catalog.api.ProductGroupView;

@MappedEntity(value = "product_groups", schema = "catalog")
record ProductGroup(
        @Id String code,
        short position,
        String nameVi,
        String nameEn,
        String descriptionVi,
        String descriptionEn) {

    ProductGroupView view() {
        return new ProductGroupView(code, position, nameVi, nameEn, descriptionVi, descriptionEn);
    }
}
