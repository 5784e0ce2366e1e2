package vn.ocop.catalog.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Locale;

/** One of the six OCOP product groups with its subgroups in order. */
@Serdeable
public record TaxonomyGroupView(
        String code,
        int position,
        String nameVi,
        String nameEn,
        String descriptionVi,
        String descriptionEn,
        List<SubgroupView> subgroups) {

    public TaxonomyGroupView {
        subgroups = List.copyOf(subgroups);
    }

    /** The name in the given language; Vietnamese unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
