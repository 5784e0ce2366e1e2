package vn.ocop.catalog.product;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.ProductInput;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/** A producer's own listings (the office may act on any). */
@Controller("/api/v1/producer/products")
@Tag(name = "Listings")
@Secured({Role.Names.PRODUCER_MEMBER, Role.Names.OFFICE_ADMIN})
class ProducerProductController {

    @Serdeable
    record PriceChange(@NotNull @PositiveOrZero Long priceVnd) {}

    @Serdeable
    record Unpublish(@jakarta.validation.constraints.Size(max = 1000) String reason) {}

    private final ProductService products;
    private final ListingService listings;
    private final ProductRepositories.Products rows;
    private final ProductReader reader;

    ProducerProductController(
            ProductService products,
            ListingService listings,
            ProductRepositories.Products rows,
            ProductReader reader) {
        this.products = products;
        this.listings = listings;
        this.rows = rows;
        this.reader = reader;
    }

    @Get
    @Operation(summary = "The member's producer's listings, in every state")
    List<ProductView> mine(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return caller.producerId() == null
                ? List.of()
                : rows.ofProducer(caller.producerId()).stream().map(reader::view).toList();
    }

    @Post
    @Operation(summary = "Create a draft listing with its variants")
    HttpResponse<ProductView> create(
            Authentication authentication, @Body @Valid ProductInput input) {
        return HttpResponse.created(products.create(Caller.of(authentication), input));
    }

    @Put("/{id}")
    @Operation(summary = "Change a listing's content (a published listing goes back to review)")
    ProductView update(
            Authentication authentication, @PathVariable UUID id, @Body @Valid ProductInput input) {
        return products.update(Caller.of(authentication), id, input);
    }

    @Put("/{id}/variants/{sku}/price")
    @Operation(summary = "Change a variant's price; applies at once")
    ProductView price(
            Authentication authentication,
            @PathVariable UUID id,
            @PathVariable String sku,
            @Body @Valid PriceChange change) {
        return products.changePrice(Caller.of(authentication), id, sku, change.priceVnd());
    }

    @Post("/{id}/submit")
    @Operation(summary = "Submit a listing for the office's review")
    ProductView submit(Authentication authentication, @PathVariable UUID id) {
        return listings.submit(Caller.of(authentication), id);
    }

    @Post("/{id}/unpublish")
    @Operation(summary = "Take a published listing out of the catalogue")
    ProductView unpublish(
            Authentication authentication, @PathVariable UUID id, @Body @Valid Unpublish body) {
        return listings.unpublish(Caller.of(authentication), id, body.reason());
    }
}
