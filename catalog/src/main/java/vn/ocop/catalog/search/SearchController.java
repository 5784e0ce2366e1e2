package vn.ocop.catalog.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.ProductSearchApi;
import vn.ocop.catalog.api.ProductSearchQuery;
import vn.ocop.catalog.api.ProductSearchResult;

/** Public catalogue search and autocomplete; product detail is at {@code /{id}} next door. */
@Controller("/api/v1/products")
@Tag(name = "Catalogue")
@Secured(SecurityRule.IS_ANONYMOUS)
class SearchController {

    private final ProductSearchApi search;

    SearchController(ProductSearchApi search) {
        this.search = search;
    }

    @Get
    @Operation(
            summary = "Search published OCOP products, with facet counts",
            description =
                    "Words match with or without diacritics (\"nuoc mam\" finds \"nước mắm\");"
                            + " exact diacritics and more stars rank higher; office synonyms and"
                            + " pre-2025 province names are understood. Bad parameters give 400"
                            + " (wrong type) or 422, naming each parameter in errors[].")
    ProductSearchResult search(
            @Parameter(description = "words as typed, at most 200 characters") @QueryValue @Nullable
                    String q,
            @Parameter(description = "product group code, e.g. FOOD") @QueryValue @Nullable
                    String group,
            @Parameter(description = "subgroup code") @QueryValue @Nullable String subgroup,
            @Parameter(description = "province code or any name, old or new") @QueryValue @Nullable
                    String province,
            @Parameter(description = "1 to 5") @QueryValue @Nullable Integer minStars,
            @Parameter(description = "VND, inclusive") @QueryValue @Nullable Long priceMin,
            @Parameter(description = "VND, inclusive") @QueryValue @Nullable Long priceMax,
            @Parameter(description = "producer id") @QueryValue @Nullable UUID producer,
            @Parameter(description = "RELEVANCE (default), PRICE_ASC, PRICE_DESC, STARS, NEWEST")
                    @QueryValue
                    @Nullable
                    String sort,
            @Parameter(description = "1-based, default 1") @QueryValue @Nullable Integer page,
            @Parameter(description = "1 to 100, default 20") @QueryValue @Nullable Integer size) {
        return search.search(
                new ProductSearchQuery(
                        q,
                        group,
                        subgroup,
                        province,
                        minStars,
                        priceMin,
                        priceMax,
                        producer,
                        SearchRequests.sort(sort),
                        page,
                        size));
    }

    @Get("/suggest")
    @Operation(summary = "Up to 10 product names for what has been typed so far")
    List<String> suggest(@QueryValue @Nullable String q) {
        return search.suggest(q);
    }
}
