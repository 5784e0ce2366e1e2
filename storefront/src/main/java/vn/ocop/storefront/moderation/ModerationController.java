package vn.ocop.storefront.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.ListingsApi;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.catalog.api.TaxonomyApi;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.kernel.ProblemKind;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;

/**
 * The office's review of listings: the queue of submitted listings, and per listing the certificate
 * entry, approval and rejection with a reason. Each action goes through the catalogue and comes
 * back to the page with a notice, or with the refusal next to its field.
 */
@Controller("/van-phong/kiem-duyet")
@Hidden
@Secured(Role.Names.OFFICE_ADMIN)
class ModerationController {

    private static final String ID = "{id:[0-9a-fA-F-]+}";

    @Serdeable
    record ActionForm(@Nullable String csrfToken) implements CsrfForm {}

    @Serdeable
    record RejectForm(@Nullable String csrfToken, @Nullable String reason) implements CsrfForm {}

    private final ListingsApi listings;
    private final ProductsApi products;
    private final TaxonomyApi taxonomy;
    private final PlacesApi places;
    private final PageContexts contexts;
    private final Clock clock;

    ModerationController(
            ListingsApi listings,
            ProductsApi products,
            TaxonomyApi taxonomy,
            PlacesApi places,
            PageContexts contexts,
            Clock clock) {
        this.listings = listings;
        this.products = products;
        this.taxonomy = taxonomy;
        this.places = places;
        this.contexts = contexts;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> queue(HttpRequest<?> request, @Nullable @QueryValue String ok) {
        return Pages.render(
                "moderation/queue",
                contexts.of(request),
                new QueuePage(listings.inStatus(ListingStatus.SUBMITTED), notice(ok)));
    }

    @Get(value = "/" + ID, produces = MediaType.TEXT_HTML)
    HttpResponse<?> review(
            HttpRequest<?> request, @PathVariable UUID id, @Nullable @QueryValue String ok) {
        PageContext context = contexts.of(request);
        Optional<ProductView> product = products.product(id);
        if (product.isEmpty()) {
            return notFound(context);
        }
        var form =
                CertificateForm.initial(LocalDate.now(clock), listings.certificateValidityMonths());
        return page(HttpStatus.OK, context, product.get(), form, "", Map.of(), notice(ok));
    }

    @Post(
            value = "/" + ID + "/chung-nhan",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> certify(
            HttpRequest<?> request, @PathVariable UUID id, @Body CertificateForm form) {
        PageContext context = contexts.of(request);
        Optional<ProductView> product = products.product(id);
        if (product.isEmpty()) {
            return notFound(context);
        }
        var checked = form.check();
        if (!checked.errors().isEmpty()) {
            return page(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    context,
                    product.get(),
                    form,
                    "",
                    checked.errors(),
                    null);
        }
        try {
            listings.recordCertificate(id, checked.input());
            return seeOther("/van-phong/kiem-duyet/" + id + "?ok=certified");
        } catch (DomainException e) {
            return page(status(e), context, product.get(), form, "", errors(e), null);
        }
    }

    @Post(
            value = "/" + ID + "/duyet",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> approve(HttpRequest<?> request, @PathVariable UUID id, @Body ActionForm form) {
        PageContext context = contexts.of(request);
        try {
            listings.publish(id);
            return seeOther("/van-phong/kiem-duyet?ok=published");
        } catch (DomainException e) {
            return again(context, id, "", errors(e), e);
        }
    }

    @Post(
            value = "/" + ID + "/tu-choi",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> reject(HttpRequest<?> request, @PathVariable UUID id, @Body RejectForm form) {
        PageContext context = contexts.of(request);
        String reason = form.reason() == null ? "" : form.reason();
        if (reason.isBlank() || reason.strip().length() > 1000) {
            Map<String, String> errors =
                    Map.of(
                            "reason",
                            reason.isBlank()
                                    ? "moderation.error.reasonRequired"
                                    : "moderation.error.tooLong");
            return again(context, id, reason, errors, null);
        }
        try {
            listings.reject(id, reason);
            return seeOther("/van-phong/kiem-duyet?ok=rejected");
        } catch (DomainException e) {
            return again(context, id, reason, errors(e), e);
        }
    }

    /** The review page again after a refused approval or rejection. */
    private HttpResponse<?> again(
            PageContext context,
            UUID id,
            String reason,
            Map<String, String> errors,
            DomainException e) {
        Optional<ProductView> product = products.product(id);
        if (product.isEmpty()) {
            return notFound(context);
        }
        var form =
                CertificateForm.initial(LocalDate.now(clock), listings.certificateValidityMonths());
        HttpStatus status = e == null ? HttpStatus.UNPROCESSABLE_ENTITY : status(e);
        return page(status, context, product.get(), form, reason, errors, null);
    }

    private HttpResponse<?> page(
            HttpStatus status,
            PageContext context,
            ProductView product,
            CertificateForm form,
            String reason,
            Map<String, String> errors,
            String notice) {
        List<ProducerView> producers = new ArrayList<>();
        product.producerIds().forEach(p -> products.producer(p).ifPresent(producers::add));
        return Pages.render(
                status,
                "moderation/review",
                context,
                new ReviewPage(
                        product,
                        producers,
                        products.certificates(product.id()),
                        form,
                        listings.starBandLowerBounds(),
                        stars(form.score()),
                        reason,
                        errors,
                        notice,
                        taxonomy.groups(),
                        places.provinces()));
    }

    /** The server's stars for a typed score; 0 when there is no valid score. */
    private int stars(String score) {
        if (score == null || score.isBlank()) {
            return 0;
        }
        try {
            return listings.starsFor(new BigDecimal(score.strip().replace(',', '.')));
        } catch (NumberFormatException | DomainException e) {
            return 0;
        }
    }

    private static Map<String, String> errors(DomainException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation v : e.violations()) {
            errors.putIfAbsent(v.field(), "problem." + v.code() + ".title");
        }
        if (errors.isEmpty()) {
            errors.put("form", "problem." + e.errorCode().code() + ".title");
        }
        return errors;
    }

    private static HttpStatus status(DomainException e) {
        return e.errorCode().kind() == ProblemKind.CONFLICT
                ? HttpStatus.CONFLICT
                : e.errorCode().kind() == ProblemKind.NOT_FOUND
                        ? HttpStatus.NOT_FOUND
                        : HttpStatus.UNPROCESSABLE_ENTITY;
    }

    private static String notice(String ok) {
        if (ok == null) {
            return null;
        }
        return switch (ok) {
            case "certified", "published", "rejected" -> "moderation.notice." + ok;
            default -> null;
        };
    }

    private static HttpResponse<?> notFound(PageContext context) {
        return Pages.render(HttpStatus.NOT_FOUND, "not-found", context, "");
    }

    private static HttpResponse<?> seeOther(String location) {
        return HttpResponse.seeOther(URI.create(location));
    }
}
