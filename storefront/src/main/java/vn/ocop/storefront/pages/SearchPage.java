package vn.ocop.storefront.pages;

import java.util.List;
import java.util.Map;
import vn.ocop.catalog.api.ProductSearchResult;
import vn.ocop.catalog.api.ProductSearchResult.FacetCount;

/**
 * What the search page shows: the state of the search, one page of hits with facet counts, and the
 * names of groups and provinces in the page's language.
 *
 * @param errorKey the message of a refused search (bad parameter, engine down), or null
 */
public record SearchPage(
        SearchParams params,
        ProductSearchResult result,
        Map<String, String> groupNames,
        Map<String, String> provinceNames,
        String errorKey) {

    /** The star choices of the facet: 5, 4 and 3 stars or more. */
    public static final List<Integer> STAR_CHOICES = List.of(5, 4, 3);

    /** The sorts offered, by request value. */
    public static final List<String> SORTS =
            List.of("relevance", "stars", "price-asc", "price-desc", "newest");

    public String groupName(String code) {
        return groupNames.getOrDefault(code, code);
    }

    public String provinceName(String code) {
        return provinceNames.getOrDefault(code, code);
    }

    /** Products with at least this many stars, from the per-rating counts of the star facet. */
    public long atLeast(int stars) {
        return result.facets().stars().stream()
                .filter(f -> parse(f.value()) >= stars)
                .mapToLong(FacetCount::count)
                .sum();
    }

    public long totalPages() {
        if (result.size() == 0) {
            return 0;
        }
        long reachable = Math.min(result.total(), 10_000);
        return (reachable + result.size() - 1) / result.size();
    }

    public boolean hasPrevious() {
        return result.page() > 1;
    }

    public boolean hasNext() {
        return result.page() < totalPages();
    }

    /** The price band whose bounds are the current price filter. */
    public boolean priceSelected(ProductSearchResult.PriceBandCount band) {
        Long max = band.to() == null ? null : band.to() - 1;
        return params.priceMin() != null
                && params.priceMin() == band.from()
                && java.util.Objects.equals(params.priceMax(), max);
    }

    private static int parse(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
