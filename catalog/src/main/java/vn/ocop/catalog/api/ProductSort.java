package vn.ocop.catalog.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Orders of search results. A product's price is its lowest active variant price (the "from" price
 * shown on a card). Every order ends with the product id, so pages never overlap.
 */
public enum ProductSort {
    /**
     * Best text match first (exact diacritics above folded, name above description), then stars.
     */
    RELEVANCE,
    PRICE_ASC,
    PRICE_DESC,
    /** Most stars first, then relevance. */
    STARS,
    /** Most recently published first. */
    NEWEST;

    /** The sort named by a request parameter, in any case; empty for an unknown name. */
    public static Optional<ProductSort> parse(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst();
    }
}
