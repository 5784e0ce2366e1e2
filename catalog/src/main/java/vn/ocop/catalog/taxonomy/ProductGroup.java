package vn.ocop.catalog.taxonomy;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.List;
import vn.ocop.catalog.api.ProductGroupView;
import vn.ocop.catalog.api.SubgroupView;
import vn.ocop.catalog.api.TaxonomyGroupView;

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

    TaxonomyGroupView withSubgroups(List<SubgroupView> subgroups) {
        return new TaxonomyGroupView(
                code, position, nameVi, nameEn, descriptionVi, descriptionEn, subgroups);
    }

    ProductGroup renamed(String nameVi, String nameEn, String descriptionVi, String descriptionEn) {
        return new ProductGroup(code, position, nameVi, nameEn, descriptionVi, descriptionEn);
    }
}
