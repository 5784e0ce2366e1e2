package vn.ocop.catalog.taxonomy;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import vn.ocop.catalog.api.CatalogApi;
import vn.ocop.catalog.api.ProductGroupView;
import vn.ocop.catalog.api.TaxonomyApi;
import vn.ocop.catalog.api.TaxonomyGroupView;

@Controller("/api/v1/taxonomy")
@Tag(name = "Catalogue")
class TaxonomyController {

    private final CatalogApi catalog;
    private final TaxonomyApi taxonomy;

    TaxonomyController(CatalogApi catalog, TaxonomyApi taxonomy) {
        this.catalog = catalog;
        this.taxonomy = taxonomy;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The six OCOP product groups with their subgroups, in both languages")
    List<TaxonomyGroupView> taxonomy() {
        return taxonomy.groups();
    }

    @Get("/groups")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The six OCOP product groups, in Vietnamese and English")
    List<ProductGroupView> groups() {
        return catalog.productGroups();
    }
}
