package vn.ocop.storefront.pages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.CertificateView;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.ProducerStatus;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.ProductSearchApi;
import vn.ocop.catalog.api.ProductSearchQuery;
import vn.ocop.catalog.api.ProductSearchResult;
import vn.ocop.catalog.api.ProductSort;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.kernel.DomainException;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;

/**
 * The product page ({@code /san-pham/{id}}) and the producer page ({@code /chu-the/{id}}). A
 * product is shown while the public may see it, and also once its certificate has lapsed (with the
 * lapsed state and no cart) so that links and QR labels keep answering; anything else is 404.
 */
@Controller
@Hidden
class CataloguePagesController {

    private final ProductsApi products;
    private final ProductSearchApi search;
    private final CatalogueNames names;
    private final PageContexts contexts;
    private final Clock clock;

    CataloguePagesController(
            ProductsApi products,
            ProductSearchApi search,
            CatalogueNames names,
            PageContexts contexts,
            Clock clock) {
        this.products = products;
        this.search = search;
        this.names = names;
        this.contexts = contexts;
        this.clock = clock;
    }

    @Get(value = "/san-pham/{id}", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> product(HttpRequest<?> request, @PathVariable String id) {
        PageContext context = contexts.of(request);
        LocalDate today = LocalDate.now(clock);
        Optional<ProductView> found = uuid(id).flatMap(products::product);
        if (found.isEmpty()) {
            return notFound(context);
        }
        ProductView product = found.get();
        List<ProducerView> producers = new ArrayList<>();
        for (UUID producerId : product.producerIds()) {
            products.producer(producerId).ifPresent(producers::add);
        }
        boolean producersVerified =
                !producers.isEmpty()
                        && producers.stream().allMatch(p -> p.status() == ProducerStatus.VERIFIED);
        CertificateView certificate = product.certificate();
        boolean certified =
                product.visible() && certificate != null && certificate.certifies(today);
        boolean lapsed =
                !product.visible()
                        && product.status() == ListingStatus.PUBLISHED
                        && producersVerified
                        && certificate != null
                        && !certificate.certifies(today);
        if (!product.visible() && !lapsed) {
            return notFound(context);
        }
        String groupName = names.groups(context.locale()).getOrDefault(product.group(), "");
        ProductPage page =
                new ProductPage(
                        product,
                        producers,
                        certified,
                        groupName,
                        names.provinces(context.locale()));
        return Pages.render("product", context, page);
    }

    @Get(value = "/chu-the/{id}", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> producer(HttpRequest<?> request, @PathVariable String id) {
        PageContext context = contexts.of(request);
        Optional<ProducerView> found =
                uuid(id).flatMap(products::producer)
                        .filter(p -> p.status() == ProducerStatus.VERIFIED);
        if (found.isEmpty()) {
            return notFound(context);
        }
        List<ProductSearchResult.Hit> hits;
        try {
            hits =
                    search.search(
                                    new ProductSearchQuery(
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            found.get().id(),
                                            ProductSort.STARS,
                                            1,
                                            ProductSearchQuery.MAX_SIZE))
                            .hits();
        } catch (DomainException e) {
            hits = List.of();
        }
        ProducerPage page =
                new ProducerPage(
                        found.get(),
                        hits,
                        names.groups(context.locale()),
                        names.provinces(context.locale()));
        return Pages.render("producer", context, page);
    }

    private static HttpResponse<?> notFound(PageContext context) {
        return Pages.render(HttpStatus.NOT_FOUND, "not-found", context, "");
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
