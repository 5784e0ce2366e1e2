package vn.ocop.catalog.search;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Checked filters; null means "any". {@code group}, {@code provinceCode}, {@code minStars} and the
 * price range are facets: each facet is counted without its own filter.
 *
 * @param today certificates valid until before this day no longer count
 */
public record SearchFilters(
        LocalDate today,
        String group,
        String subgroup,
        String provinceCode,
        Integer minStars,
        Long priceMin,
        Long priceMax,
        UUID producerId) {

    public boolean hasPriceRange() {
        return priceMin != null || priceMax != null;
    }

    /** Only the certificate's date: what "does this text exist at all" asks. */
    public SearchFilters onlyValidity() {
        return new SearchFilters(today, null, null, null, null, null, null, null);
    }
}
