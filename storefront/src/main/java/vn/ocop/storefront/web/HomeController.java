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
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProductGroupView;
import vn.ocop.catalog.api.ProductSearchApi;
import vn.ocop.catalog.api.ProductSearchQuery;
import vn.ocop.catalog.api.ProductSearchResult;
import vn.ocop.catalog.api.ProductSearchResult.FacetCount;
import vn.ocop.catalog.api.ProductSearchResult.Hit;
import vn.ocop.catalog.api.ProductSort;
import vn.ocop.kernel.DomainException;

@Controller
@Hidden
public class HomeController {

    static final int HIGHLIGHTS = 4;

    /** A province with how many products come from it. */
    public record ProvinceCount(String code, String name, long count) {}

    /**
     * What the home page shows: 5★ and 4★ highlights, the six OCOP groups (with product counts) and
     * the provinces products come from. The search parts are empty when search cannot answer.
     */
    public record HomePage(
            List<ProductGroupView> groups,
            List<Hit> fiveStars,
            List<Hit> fourStars,
            Map<String, Long> groupCounts,
            List<ProvinceCount> provinces,
            Map<String, String> provinceNames) {

        public long count(String group) {
            return groupCounts.getOrDefault(group, 0L);
        }

        public String provinceName(String code) {
            return provinceNames.getOrDefault(code, code);
        }
    }

    private final CatalogApi catalog;
    private final PlacesApi places;
    private final ProductSearchApi search;
    private final PageContexts contexts;

    HomeController(
            CatalogApi catalog, PlacesApi places, ProductSearchApi search, PageContexts contexts) {
        this.catalog = catalog;
        this.places = places;
        this.search = search;
        this.contexts = contexts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<ModelAndView<Map<String, Object>>> home(HttpRequest<?> request) {
        PageContext context = contexts.of(request);
        Map<String, String> provinceNames = new java.util.LinkedHashMap<>();
        places.provinces().forEach(p -> provinceNames.put(p.code(), p.name(context.locale())));
        List<Hit> five = List.of();
        List<Hit> four = List.of();
        Map<String, Long> groupCounts = Map.of();
        List<ProvinceCount> provinces = List.of();
        try {
            ProductSearchResult top = search.search(query(5, ProductSort.STARS, HIGHLIGHTS));
            five = top.hits();
            // The star facet ignores its own filter: it counts every rating of the catalogue.
            four =
                    search
                            .search(query(4, ProductSort.NEWEST, ProductSearchQuery.MAX_SIZE))
                            .hits()
                            .stream()
                            .filter(hit -> hit.stars() == 4)
                            .limit(HIGHLIGHTS)
                            .toList();
            ProductSearchResult all = search.search(query(null, null, 1));
            groupCounts =
                    all.facets().groups().stream()
                            .collect(
                                    java.util.stream.Collectors.toMap(
                                            FacetCount::value, FacetCount::count));
            provinces =
                    all.facets().provinces().stream()
                            .map(
                                    f ->
                                            new ProvinceCount(
                                                    f.value(),
                                                    provinceNames.getOrDefault(
                                                            f.value(), f.value()),
                                                    f.count()))
                            .toList();
        } catch (DomainException e) {
            // search is down: the page still shows the groups
        }
        return Pages.render(
                "home",
                context,
                new HomePage(
                        catalog.productGroups(),
                        five,
                        four,
                        groupCounts,
                        provinces,
                        provinceNames));
    }

    private static ProductSearchQuery query(Integer minStars, ProductSort sort, int size) {
        return new ProductSearchQuery(
                null, null, null, null, minStars, null, null, null, sort, 1, size);
    }
}
