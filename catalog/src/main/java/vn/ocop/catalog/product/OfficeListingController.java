package vn.ocop.catalog.product;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.Reason;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/** The office's moderation of listings. */
@Controller("/api/v1/office/products")
@Tag(name = "Listings")
@Secured(Role.Names.OFFICE_ADMIN)
class OfficeListingController {

    private final ListingService listings;
    private final ProductRepositories.Products rows;
    private final ProductReader reader;

    OfficeListingController(
            ListingService listings, ProductRepositories.Products rows, ProductReader reader) {
        this.listings = listings;
        this.rows = rows;
        this.reader = reader;
    }

    @Get
    @Operation(summary = "Listings in a state (default: submitted, the review queue)")
    List<ProductView> queue(@QueryValue(defaultValue = "SUBMITTED") ListingStatus status) {
        return rows.findByStatusOrderByUpdatedAt(status).stream().map(reader::view).toList();
    }

    @Get("/{id}")
    @Operation(summary = "Any listing, in any state")
    ProductView show(@PathVariable UUID id) {
        return reader.require(id);
    }

    @Post("/{id}/publish")
    @Operation(
            summary = "Approve and publish (needs a valid 3★+ certificate and verified producers)")
    ProductView publish(@PathVariable UUID id) {
        return listings.publish(id);
    }

    @Post("/{id}/reject")
    @Operation(summary = "Reject a submitted listing, with the reason shown to the producer")
    ProductView reject(@PathVariable UUID id, @Body @Valid Reason reason) {
        return listings.reject(id, reason.reason());
    }

    @Post("/{id}/unpublish")
    @Operation(summary = "Take a listing out of the catalogue")
    ProductView unpublish(
            Authentication authentication, @PathVariable UUID id, @Body @Valid Reason reason) {
        return listings.unpublish(Caller.of(authentication), id, reason.reason());
    }
}
