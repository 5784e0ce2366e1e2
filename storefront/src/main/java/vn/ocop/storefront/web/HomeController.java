package vn.ocop.storefront.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import vn.ocop.catalog.api.CatalogApi;
import vn.ocop.catalog.api.ProductGroupView;

@Controller
@Hidden
public class HomeController {

    /** What the home page shows: the six OCOP groups. */
    public record HomePage(List<ProductGroupView> groups) {}

    private final CatalogApi catalog;
    private final PageContexts contexts;

    HomeController(CatalogApi catalog, PageContexts contexts) {
        this.catalog = catalog;
        this.contexts = contexts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<ModelAndView<Map<String, Object>>> home(HttpRequest<?> request) {
        return Pages.render("home", contexts.of(request), new HomePage(catalog.productGroups()));
    }
}
