package vn.ocop.catalog.image;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.ImageView;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.product.ProductReader;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.web.api.CsrfProtected;

@Controller("/api/v1")
@Tag(name = "Listings")
class ProductImageController {

    private final ProductImageService images;
    private final ProductReader products;

    ProductImageController(ProductImageService images, ProductReader products) {
        this.images = images;
        this.products = products;
    }

    @Post(value = "/producer/products/{id}/images", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({Role.Names.PRODUCER_MEMBER, Role.Names.OFFICE_ADMIN})
    @CsrfProtected
    @Operation(summary = "Upload a JPEG, PNG or WebP photo (≤ 5 MB); a 400 px thumbnail is made")
    HttpResponse<ImageView> upload(
            Authentication authentication,
            @PathVariable UUID id,
            @Part("file") CompletedFileUpload file,
            @Nullable @Part("csrfToken") String csrfToken) {
        try {
            return HttpResponse.created(
                    images.upload(Caller.of(authentication), id, file.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Delete("/producer/products/{id}/images/{imageId}")
    @Secured({Role.Names.PRODUCER_MEMBER, Role.Names.OFFICE_ADMIN})
    @Operation(summary = "Remove a photo")
    HttpResponse<Void> delete(
            Authentication authentication, @PathVariable UUID id, @PathVariable UUID imageId) {
        images.delete(Caller.of(authentication), id, imageId);
        return HttpResponse.noContent();
    }

    @Get("/products/{id}/images/{imageId}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "A product photo")
    HttpResponse<SystemFile> original(
            @Nullable Authentication authentication,
            @PathVariable UUID id,
            @PathVariable UUID imageId) {
        return serve(authentication, id, imageId, false);
    }

    @Get("/products/{id}/images/{imageId}/thumbnail")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "A product photo's 400 px JPEG thumbnail")
    HttpResponse<SystemFile> thumbnail(
            @Nullable Authentication authentication,
            @PathVariable UUID id,
            @PathVariable UUID imageId) {
        return serve(authentication, id, imageId, true);
    }

    private HttpResponse<SystemFile> serve(
            Authentication authentication, UUID id, UUID imageId, boolean thumb) {
        ProductView product =
                products.find(id)
                        .filter(p -> p.visible() || mayEdit(authentication, p))
                        .orElseThrow(
                                () ->
                                        new DomainException(
                                                CatalogError.IMAGE_NOT_FOUND,
                                                "No image " + imageId));
        var file = images.file(product.id(), imageId, thumb);
        return HttpResponse.ok(
                        new SystemFile(file.path().toFile(), MediaType.of(file.contentType())))
                .header("Cache-Control", "public, max-age=86400")
                .header("X-Content-Type-Options", "nosniff");
    }

    private static boolean mayEdit(Authentication authentication, ProductView product) {
        if (authentication == null) {
            return false;
        }
        Caller caller = Caller.of(authentication);
        return caller.isOffice()
                || product.producerIds().stream().anyMatch(caller::mayActForProducer);
    }
}
