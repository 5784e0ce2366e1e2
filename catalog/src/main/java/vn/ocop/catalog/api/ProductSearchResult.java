package vn.ocop.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * One page of search hits with facet counts.
 *
 * <p>Facets are counted over every product that matches the words and the other filters, ignoring
 * the facet's own filter: with {@code group=FOOD} the group facet still tells how many drinks
 * match, so a shopper sees what choosing another group would give.
 *
 * @param total products matching the query and every filter
 * @param page the 1-based page number
 * @param size the page size asked for
 * @param approximate true when no product had every word as typed (diacritics aside), and the hits
 *     match similar spellings instead ("nuoc mma" → "nước mắm")
 */
@Serdeable
public record ProductSearchResult(
        long total, int page, int size, boolean approximate, List<Hit> hits, Facets facets) {

    public ProductSearchResult {
        hits = List.copyOf(hits);
    }

    /**
     * A product card. Prices are over active variants; {@code highlight} is the Vietnamese name
     * with the words that matched wrapped in {@code <em>} (other text HTML-escaped), or null.
     */
    @Serdeable
    public record Hit(
            UUID id,
            String nameVi,
            @Nullable String nameEn,
            int stars,
            @Nullable Long minPrice,
            @Nullable Long maxPrice,
            List<String> provinceCodes,
            String groupCode,
            @Nullable String subgroupCode,
            List<String> producerNames,
            @Nullable String thumbnail,
            @Nullable String highlight) {

        public Hit withHighlight(String value) {
            return new Hit(
                    id,
                    nameVi,
                    nameEn,
                    stars,
                    minPrice,
                    maxPrice,
                    provinceCodes,
                    groupCode,
                    subgroupCode,
                    producerNames,
                    thumbnail,
                    value);
        }
    }

    /**
     * Counts per group code and per province code (most first, then by code), per star rating (most
     * stars first) and per price band (every band, in band order, zeros included).
     */
    @Serdeable
    public record Facets(
            List<FacetCount> groups,
            List<FacetCount> provinces,
            List<FacetCount> stars,
            List<PriceBandCount> priceBands) {

        public static Facets none() {
            return new Facets(List.of(), List.of(), List.of(), List.of());
        }
    }

    @Serdeable
    public record FacetCount(String value, long count) {}

    /**
     * A price band [from, to) in VND; {@code to} is null for the open top band. A product counts in
     * every band that holds the price of one of its variants.
     */
    @Serdeable
    public record PriceBandCount(String key, long from, @Nullable Long to, long count) {}
}
