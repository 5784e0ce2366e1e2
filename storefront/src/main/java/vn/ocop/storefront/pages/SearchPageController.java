package vn.ocop.storefront.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import vn.ocop.catalog.api.ProductSearchApi;
import vn.ocop.catalog.api.ProductSearchQuery;
import vn.ocop.catalog.api.ProductSearchResult;
import vn.ocop.catalog.api.ProductSort;
import vn.ocop.kernel.DomainException;
import vn.ocop.storefront.web.PageContext;
import vn.ocop.storefront.web.PageContexts;
import vn.ocop.storefront.web.Pages;

/**
 * The search page. Facet links, paging and the sort carry the whole state in the URL, so they work
 * as plain links; htmx swaps only the results in and pushes the URL.
 */
@Controller(SearchParams.PATH)
@Hidden
class SearchPageController {

    static final int PAGE_SIZE = 20;

    private final ProductSearchApi search;
    private final CatalogueNames names;
    private final PageContexts contexts;

    SearchPageController(ProductSearchApi search, CatalogueNames names, PageContexts contexts) {
        this.search = search;
        this.names = names;
        this.contexts = contexts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> search(
            HttpRequest<?> request,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String group,
            @Nullable @QueryValue String province,
            @Nullable @QueryValue String minStars,
            @Nullable @QueryValue String priceMin,
            @Nullable @QueryValue String priceMax,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue String page) {
        PageContext context = contexts.of(request);
        String errorKey = null;
        HttpStatus status = HttpStatus.OK;
        SearchParams params;
        ProductSearchResult result = empty();
        try {
            params =
                    new SearchParams(
                            blankToNull(q),
                            blankToNull(group),
                            blankToNull(province),
                            integer(minStars),
                            number(priceMin),
                            number(priceMax),
                            blankToNull(sort),
                            integer(page));
        } catch (NumberFormatException e) {
            params = new SearchParams(blankToNull(q), null, null, null, null, null, null, null);
            errorKey = "search.error.invalid";
            status = HttpStatus.BAD_REQUEST;
        }
        ProductSort order =
                params.sort() == null ? null : ProductSort.parse(params.sort()).orElse(null);
        if (errorKey == null && params.sort() != null && order == null) {
            errorKey = "search.error.invalid";
            status = HttpStatus.BAD_REQUEST;
        }
        if (errorKey == null) {
            try {
                result =
                        search.search(
                                new ProductSearchQuery(
                                        params.q(),
                                        params.group(),
                                        null,
                                        params.province(),
                                        params.minStars(),
                                        params.priceMin(),
                                        params.priceMax(),
                                        null,
                                        order,
                                        params.page(),
                                        PAGE_SIZE));
            } catch (DomainException e) {
                int code = e.errorCode().kind().status();
                errorKey = code == 503 ? "search.error.unavailable" : "search.error.invalid";
                status = code == 503 ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_REQUEST;
            }
        }
        SearchPage view =
                new SearchPage(
                        params,
                        result,
                        names.groups(context.locale()),
                        names.provinces(context.locale()),
                        errorKey);
        return Pages.render(status, "search", context, view);
    }

    private static ProductSearchResult empty() {
        return new ProductSearchResult(
                0, 1, PAGE_SIZE, false, List.of(), ProductSearchResult.Facets.none());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer integer(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    }

    private static Long number(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
    }
}
