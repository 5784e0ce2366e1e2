package vn.ocop.catalog.search;

import java.util.List;
import vn.ocop.catalog.api.ProductSearchResult;

/** What an engine answers: the total, one page of cards (without highlight) and the facets. */
public record SearchPage(
        long total, List<ProductSearchResult.Hit> hits, ProductSearchResult.Facets facets) {

    public SearchPage {
        hits = List.copyOf(hits);
    }
}
