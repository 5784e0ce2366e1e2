package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Locale;

/**
 * One of the 34 provincial-level units since 1 July 2025. {@code code} is a stable lower-case slug
 * ("ha-noi", "ho-chi-minh"); {@code aliases} holds the pre-2025 units it absorbed and common
 * spellings.
 */
@Serdeable
public record ProvinceView(
        String code,
        String nameVi,
        String nameEn,
        ProvinceKind kind,
        List<ProvinceAliasView> aliases) {

    public ProvinceView {
        aliases = List.copyOf(aliases);
    }

    /** The name in the given language; Vietnamese unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
