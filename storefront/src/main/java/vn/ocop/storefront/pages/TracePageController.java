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
import java.net.URI;
import java.util.Optional;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;
import vn.ocop.traceability.api.PublicBatch;
import vn.ocop.traceability.api.TraceabilityApi;

/**
 * The consumer scan page behind every QR code: the GS1 resolver sends {@code /01/{gtin}/10/{lot}}
 * (with {@code /21/{serial}} for a unit) here. It shows what an anonymous visitor may see of the
 * batch (recall banner, product, live certificate, producers, origin, dates, lab tests, timeline);
 * an unknown code or a batch of a hidden product is the not-found page. A GTIN-only code ({@code
 * /trace/01/{gtin}}) goes on to the product page.
 */
@Controller
@Hidden
class TracePageController {

    private static final int MAX_SERIAL = 20;

    private final TraceabilityApi traceability;
    private final ProductsApi products;
    private final PageContexts contexts;

    TracePageController(TraceabilityApi traceability, ProductsApi products, PageContexts contexts) {
        this.traceability = traceability;
        this.products = products;
        this.contexts = contexts;
    }

    /**
     * A code with only the GTIN (no lot) names the product, not a batch: the product page tells the
     * rest (and is itself 404 when the product is hidden).
     */
    @Get(value = "/trace/01/{gtin}", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> product(HttpRequest<?> request, @PathVariable String gtin) {
        return products.variantByGtin(gtin)
                .<HttpResponse<?>>map(
                        v -> HttpResponse.seeOther(URI.create("/san-pham/" + v.productId())))
                .orElseGet(() -> notFound(contexts.of(request)));
    }

    @Get(value = "/trace/01/{gtin}/10/{lot}", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> batch(
            HttpRequest<?> request, @PathVariable String gtin, @PathVariable String lot) {
        return render(request, gtin, lot, null);
    }

    @Get(value = "/trace/01/{gtin}/10/{lot}/21/{serial}", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> unit(
            HttpRequest<?> request,
            @PathVariable String gtin,
            @PathVariable String lot,
            @PathVariable String serial) {
        return render(request, gtin, lot, serial);
    }

    private HttpResponse<?> render(HttpRequest<?> request, String gtin, String lot, String serial) {
        PageContext context = contexts.of(request);
        if (serial != null && (serial.isBlank() || serial.length() > MAX_SERIAL)) {
            return notFound(context);
        }
        Optional<PublicBatch> batch = traceability.publicBatch(gtin, lot, serial, context.locale());
        if (batch.isEmpty()) {
            return notFound(context);
        }
        return Pages.render("trace", context, new TracePage(batch.get()));
    }

    private static HttpResponse<?> notFound(PageContext context) {
        return Pages.render(HttpStatus.NOT_FOUND, "not-found", context, "");
    }
}
