package vn.ocop.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;

/**
 * A subgroup of an OCOP product group (e.g. "processed from aquatic and sea products" under Food).
 * {@code criteriaSet} is the number of the national scoring set used to rate its products, when
 * known.
 */
@Serdeable
public record SubgroupView(
        String code,
        String groupCode,
        int position,
        String nameVi,
        String nameEn,
        @Nullable Integer criteriaSet) {

    /** The name in the given language; Vietnamese unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
