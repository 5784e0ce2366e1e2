package vn.ocop.storefront.producer;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.ListingsApi;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.orders.api.ProducerDashboardApi;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;

/** The member's dashboard: what needs doing today for its own producer. */
@Controller("/nha-san-xuat")
@Hidden
@Secured(Role.Names.PRODUCER_MEMBER)
class ProducerDashboardController {

    /** Certificates ending within this many days are shown (the office renews them in time). */
    static final int EXPIRY_DAYS = 90;

    private final ListingsApi listings;
    private final ProductsApi products;
    private final ProducerDashboardApi dashboard;
    private final PageContexts contexts;
    private final Clock clock;
    private final long lowStockBelow;

    ProducerDashboardController(
            ListingsApi listings,
            ProductsApi products,
            ProducerDashboardApi dashboard,
            PageContexts contexts,
            Clock clock,
            @Value("${ocop.storefront.low-stock-below:10}") long lowStockBelow) {
        this.listings = listings;
        this.products = products;
        this.dashboard = dashboard;
        this.contexts = contexts;
        this.clock = clock;
        this.lowStockBelow = lowStockBelow;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication) {
        PageContext context = contexts.of(request);
        Caller caller = Caller.of(authentication);
        UUID producerId = caller.producerId();
        var producer = producerId == null ? null : products.producer(producerId).orElse(null);
        if (producer == null) {
            return Forbidden.page(context);
        }
        Map<ListingStatus, Long> byStatus = new EnumMap<>(ListingStatus.class);
        for (ProductView p : listings.ofProducer(producerId)) {
            byStatus.merge(p.status(), 1L, Long::sum);
        }
        LocalDate until = LocalDate.now(clock).plusDays(EXPIRY_DAYS);
        return Pages.render(
                "producer/dashboard",
                context,
                new DashboardPage(
                        producer,
                        dashboard.dashboard(caller, producerId, lowStockBelow),
                        lowStockBelow,
                        EXPIRY_DAYS,
                        listings.certificatesExpiring(producerId, until),
                        byStatus));
    }
}
