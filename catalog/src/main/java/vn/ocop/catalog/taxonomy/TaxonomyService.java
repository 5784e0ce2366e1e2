package vn.ocop.catalog.taxonomy;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import vn.ocop.catalog.api.CatalogApi;
import vn.ocop.catalog.api.ProductGroupView;

@Singleton
class TaxonomyService implements CatalogApi {

    private final ProductGroupRepository groups;

    TaxonomyService(ProductGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    @ReadOnly
    public List<ProductGroupView> productGroups() {
        return groups.findAllOrderByPosition().stream().map(ProductGroup::view).toList();
    }
}
