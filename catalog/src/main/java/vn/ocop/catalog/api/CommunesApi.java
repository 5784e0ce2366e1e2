package vn.ocop.catalog.api;

import java.util.List;
import java.util.Optional;

/**
 * Vietnam's commune-level units (xã, phường, đặc khu) in force since 1 July 2025, each in one of
 * the 34 provinces of {@link PlacesApi}. Reference data: it changes only with a migration.
 */
public interface CommunesApi {

    /**
     * The communes of a province, by name without its kind (so "Phường Ba Đình" sorts under B), or
     * an empty list for an unknown province code.
     */
    List<CommuneView> communes(String provinceCode);

    /** The commune with this five-digit code. */
    Optional<CommuneView> commune(String code);

    /**
     * The commune of the given province that a code or a name stands for: its code, its full name
     * ("Phường Hoàn Kiếm") or its name without the kind ("Hoàn Kiếm"), compared with and then
     * without diacritics, any case. A name that fits two communes of the province once diacritics
     * are dropped ("Van Lang" in Thái Nguyên) resolves only when typed with its diacritics. Empty
     * when nothing in that province fits, also when the commune exists in another province.
     */
    Optional<CommuneView> resolve(String provinceCode, String codeOrName);

    /** How many communes there are in all. */
    int count();
}
