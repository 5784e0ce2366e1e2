package vn.ocop.catalog.product;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.kernel.DomainException;

@Controller("/api/v1/products")
@Tag(name = "Catalogue")
class PublicProductController {

    private final ProductReader reader;

    PublicProductController(ProductReader reader) {
        this.reader = reader;
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "A published product with its variants, origin and certificate badge")
    ProductView show(@PathVariable UUID id) {
        return reader.find(id)
                .filter(ProductView::visible)
                .orElseThrow(
                        () ->
                                new DomainException(
                                        CatalogError.PRODUCT_NOT_FOUND, "No product " + id));
    }
}
