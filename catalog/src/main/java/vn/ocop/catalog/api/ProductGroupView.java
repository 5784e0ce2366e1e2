package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;

/** One of the six OCOP product groups, with its names in Vietnamese and English. */
@Serdeable
public record ProductGroupView(
        String code,
        int position,
        String nameVi,
        String nameEn,
        String descriptionVi,
        String descriptionEn) {

    /** The name in the given language; Vietnamese unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionVi;
    }
}
