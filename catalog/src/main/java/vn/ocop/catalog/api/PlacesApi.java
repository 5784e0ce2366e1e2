package vn.ocop.catalog.api;

import java.util.List;
import java.util.Optional;

/**
 * Vietnam's provinces as reference data: the 34 units in force since 1 July 2025 and every name
 * they were or are known by. The data changes only with a migration, never at run time.
 */
public interface PlacesApi {

    /**
     * The 34 units: the six centrally-run cities first, then the provinces, each by folded name.
     */
    List<ProvinceView> provinces();

    /** The province with this code, ignoring case. */
    Optional<ProvinceView> province(String code);

    /**
     * The province that a code, a current name, an English name or an alias stands for, compared
     * folded (no diacritics, any case, any punctuation) and without a leading "tỉnh", "thành phố"
     * or "TP": "quang nam" → Đà Nẵng, "Thai Binh" → Hưng Yên, "HCM" → TP. Hồ Chí Minh.
     */
    Optional<ProvinceView> resolve(String anyName);

    /**
     * Checks the origins of a product and returns them normalised (trimmed, canonical province
     * code, blank optional parts as null). At least one origin is required.
     *
     * @param field the request field holding the list, e.g. {@code origins}; violations are
     *     reported as {@code origins[1].commune}
     * @throws vn.ocop.kernel.DomainException naming every refused field
     */
    List<Origin> requireOrigins(List<Origin> origins, String field);
}
