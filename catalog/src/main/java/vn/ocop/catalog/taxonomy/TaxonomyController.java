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

@Controller("/api/v1/taxonomy")
@Tag(name = "Catalogue")
class TaxonomyController {

    private final CatalogApi catalog;

    TaxonomyController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @Get("/groups")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The six OCOP product groups, in Vietnamese and English")
    List<ProductGroupView> groups() {
        return catalog.productGroups();
    }
}
