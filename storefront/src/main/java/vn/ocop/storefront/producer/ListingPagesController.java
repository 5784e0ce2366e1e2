package vn.ocop.storefront.producer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.ListingsApi;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.TaxonomyApi;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.ProblemKind;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;

/**
 * A producer's listings: the list, the form to create or edit one (variants, photos) and submitting
 * it for the office's review. A refused save shows each error next to its field and saves nothing
 * (the catalogue's write is one transaction).
 */
@Controller("/nha-san-xuat/san-pham")
@Hidden
@Secured(Role.Names.PRODUCER_MEMBER)
class ListingPagesController {

    private static final String ID = "{id:[0-9a-fA-F-]+}";

    @Serdeable
    record ActionForm(@Nullable String csrfToken) implements CsrfForm {}

    private final ListingsApi listings;
    private final TaxonomyApi taxonomy;
    private final PlacesApi places;
    private final PageContexts contexts;

    ListingPagesController(
            ListingsApi listings, TaxonomyApi taxonomy, PlacesApi places, PageContexts contexts) {
        this.listings = listings;
        this.taxonomy = taxonomy;
        this.places = places;
        this.contexts = contexts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> list(HttpRequest<?> request, Authentication authentication) {
        PageContext context = contexts.of(request);
        Caller caller = Caller.of(authentication);
        if (caller.producerId() == null) {
            return Forbidden.page(context);
        }
        return Pages.render(
                "producer/listings",
                context,
                new ListingsPage(listings.ofProducer(caller.producerId())));
    }

    @Get(value = "/moi", produces = MediaType.TEXT_HTML)
    HttpResponse<?> newListing(HttpRequest<?> request, Authentication authentication) {
        PageContext context = contexts.of(request);
        if (Caller.of(authentication).producerId() == null) {
            return Forbidden.page(context);
        }
        return form(HttpStatus.OK, context, null, ListingForm.empty(), Map.of(), null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> create(
            HttpRequest<?> request, Authentication authentication, @Body ListingForm form) {
        PageContext context = contexts.of(request);
        Caller caller = Caller.of(authentication);
        if (caller.producerId() == null) {
            return Forbidden.page(context);
        }
        var checked = ListingInputs.check(form, List.of(caller.producerId()), null);
        if (!checked.errors().isEmpty()) {
            return form(
                    HttpStatus.UNPROCESSABLE_ENTITY, context, null, form, checked.errors(), null);
        }
        try {
            ProductView created = listings.create(caller, checked.input());
            return seeOther(created.id(), "saved");
        } catch (DomainException e) {
            return form(status(e), context, null, form, ListingInputs.fieldErrors(e), null);
        }
    }

    @Get(value = "/" + ID, produces = MediaType.TEXT_HTML)
    HttpResponse<?> edit(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable UUID id,
            @Nullable @QueryValue String ok) {
        PageContext context = contexts.of(request);
        try {
            ProductView product = listings.editable(Caller.of(authentication), id);
            String notice = ok == null ? null : notice(ok);
            return form(HttpStatus.OK, context, product, ListingForm.of(product), Map.of(), notice);
        } catch (DomainException e) {
            return refused(context, e);
        }
    }

    @Post(
            value = "/" + ID,
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> update(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable UUID id,
            @Body ListingForm form) {
        PageContext context = contexts.of(request);
        Caller caller = Caller.of(authentication);
        ProductView product;
        try {
            product = listings.editable(caller, id);
        } catch (DomainException e) {
            return refused(context, e);
        }
        var checked = ListingInputs.check(form, product.producerIds(), product);
        if (!checked.errors().isEmpty()) {
            return form(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    context,
                    product,
                    form,
                    checked.errors(),
                    null);
        }
        try {
            if (product.status() == ListingStatus.PUBLISHED
                    && ListingInputs.onlyPricesDiffer(ListingForm.of(product), form)) {
                Map<String, Long> prices = new LinkedHashMap<>();
                checked.input().variants().forEach(v -> prices.put(v.sku(), v.priceVnd()));
                listings.changePrices(caller, id, prices);
                return seeOther(id, "prices");
            }
            listings.update(caller, id, checked.input());
            return seeOther(id, "saved");
        } catch (DomainException e) {
            return form(status(e), context, product, form, ListingInputs.fieldErrors(e), null);
        }
    }

    @Post(
            value = "/" + ID + "/gui-duyet",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> submit(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable UUID id,
            @Body ActionForm form) {
        PageContext context = contexts.of(request);
        Caller caller = Caller.of(authentication);
        try {
            listings.submit(caller, id);
            return seeOther(id, "submitted");
        } catch (DomainException e) {
            return afterRefusal(context, caller, id, e);
        }
    }

    @Post(
            value = "/" + ID + "/anh",
            consumes = MediaType.MULTIPART_FORM_DATA,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> upload(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable UUID id,
            @Nullable @Part("file") CompletedFileUpload file,
            @Nullable @Part("csrfToken") String csrfToken) {
        PageContext context = contexts.of(request);
        Caller caller = Caller.of(authentication);
        try {
            byte[] data = file == null ? new byte[0] : file.getBytes();
            listings.uploadImage(caller, id, data);
            return seeOther(id, "image");
        } catch (DomainException e) {
            return afterRefusal(context, caller, id, e);
        } catch (IOException e) {
            return afterRefusal(
                    context,
                    caller,
                    id,
                    DomainException.invalidField(
                            vn.ocop.catalog.api.CatalogError.IMAGE_UNSUPPORTED,
                            "file",
                            "The upload could not be read"));
        }
    }

    /** The edit page again, with the refusal shown (or 403/404 when the listing is not theirs). */
    private HttpResponse<?> afterRefusal(
            PageContext context, Caller caller, UUID id, DomainException e) {
        ProductView product;
        try {
            product = listings.editable(caller, id);
        } catch (DomainException notTheirs) {
            return refused(context, notTheirs);
        }
        return form(
                status(e),
                context,
                product,
                ListingForm.of(product),
                ListingInputs.fieldErrors(e),
                null);
    }

    private HttpResponse<?> form(
            HttpStatus status,
            PageContext context,
            ProductView product,
            ListingForm form,
            Map<String, String> errors,
            String notice) {
        return Pages.render(
                status,
                "producer/listing",
                context,
                new ListingEditPage(
                        product, form, errors, taxonomy.groups(), places.provinces(), notice));
    }

    private static HttpResponse<?> refused(PageContext context, DomainException e) {
        if (e.errorCode().kind() == ProblemKind.NOT_FOUND) {
            return Pages.render(HttpStatus.NOT_FOUND, "not-found", context, "");
        }
        if (e.errorCode().kind() == ProblemKind.FORBIDDEN) {
            return Forbidden.page(context);
        }
        throw e;
    }

    private static HttpStatus status(DomainException e) {
        return switch (e.errorCode().kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case PAYLOAD_TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            default -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    private static String notice(String ok) {
        return switch (ok) {
            case "saved", "submitted", "image", "prices" -> "producer.listing.notice." + ok;
            default -> null;
        };
    }

    private static HttpResponse<?> seeOther(UUID id, String ok) {
        return HttpResponse.seeOther(URI.create("/nha-san-xuat/san-pham/" + id + "?ok=" + ok));
    }
}
