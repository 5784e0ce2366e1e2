package vn.ocop.catalog.api;

import java.util.List;

/**
 * Catalogue search as the storefront and other modules use it. Only products the public may see are
 * ever returned: published, with a valid certificate of 3 stars or more, every producer verified.
 * Words are matched without diacritics, exact diacritics rank higher, office synonyms and old
 * province names are understood, and a query with no exact match falls back to similar spellings.
 */
public interface ProductSearchApi {

    /**
     * @throws vn.ocop.kernel.DomainException naming the refused parameter ({@code q}, {@code
     *     group}, {@code subgroup}, {@code province}, {@code minStars}, {@code priceMin}, {@code
     *     priceMax}, {@code page}, {@code size}); UNAVAILABLE when the search engine cannot answer
     */
    ProductSearchResult search(ProductSearchQuery query);

    /**
     * Up to 10 distinct product names in which a word starts with what was typed ("nuoc m" → "Nước
     * mắm Cát Hải"), exact-diacritic prefixes and more stars first; none for a blank prefix.
     */
    List<String> suggest(String prefix);
}
