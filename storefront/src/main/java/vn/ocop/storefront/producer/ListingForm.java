package vn.ocop.storefront.producer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.catalog.api.OriginView;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.VariantView;
import vn.ocop.platform.web.api.CsrfForm;

/**
 * A listing as the page's form posts it; variants come as {@code variants[0].sku} and so on. Every
 * field is text, so that what was typed can be shown again next to its error.
 */
@Serdeable
public record ListingForm(
        @Nullable String csrfToken,
        @Nullable String nameVi,
        @Nullable String nameEn,
        @Nullable String descriptionVi,
        @Nullable String descriptionEn,
        @Nullable String group,
        @Nullable String subgroup,
        @Nullable String province,
        @Nullable String commune,
        @Nullable String village,
        @Nullable List<VariantForm> variants)
        implements CsrfForm {

    /** How many empty variant rows a form offers besides the filled ones. */
    static final int SPARE_ROWS = 1;

    @Serdeable
    public record VariantForm(
            @Nullable String sku,
            @Nullable String nameVi,
            @Nullable String price,
            @Nullable String weightGrams,
            @Nullable String gtin) {

        static final VariantForm EMPTY = new VariantForm("", "", "", "", "");

        boolean blank() {
            return isBlank(sku)
                    && isBlank(nameVi)
                    && isBlank(price)
                    && isBlank(weightGrams)
                    && isBlank(gtin);
        }
    }

    /** The empty form of a new listing. */
    static ListingForm empty() {
        return new ListingForm(
                null, "", "", "", "", "", "", "", "", "", List.of(VariantForm.EMPTY));
    }

    /** The form filled with a listing's content (its first origin, its active variants). */
    static ListingForm of(ProductView p) {
        OriginView origin = p.origins().isEmpty() ? null : p.origins().get(0);
        List<VariantForm> rows = new ArrayList<>();
        for (VariantView v : p.variants()) {
            if (v.active()) {
                rows.add(
                        new VariantForm(
                                v.sku(),
                                v.nameVi(),
                                Long.toString(v.priceVnd()),
                                v.weightGrams() == null ? "" : v.weightGrams().toString(),
                                v.gtin() == null ? "" : v.gtin()));
            }
        }
        return new ListingForm(
                null,
                p.nameVi(),
                nullToEmpty(p.nameEn()),
                nullToEmpty(p.descriptionVi()),
                nullToEmpty(p.descriptionEn()),
                p.group(),
                nullToEmpty(p.subgroup()),
                origin == null ? "" : origin.provinceCode(),
                origin == null ? "" : origin.commune(),
                origin == null ? "" : nullToEmpty(origin.village()),
                rows);
    }

    /** The variant rows to show: the filled ones and one spare. */
    public List<VariantForm> rows() {
        List<VariantForm> rows = new ArrayList<>();
        if (variants != null) {
            variants.stream().filter(v -> v != null && !v.blank()).forEach(rows::add);
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(VariantForm.EMPTY);
        }
        return rows;
    }

    /** The variants actually filled in, in the order posted. */
    List<VariantForm> filledVariants() {
        return variants == null
                ? List.of()
                : variants.stream().filter(v -> v != null && !v.blank()).toList();
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
