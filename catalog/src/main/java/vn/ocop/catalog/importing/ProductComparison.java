package vn.ocop.catalog.importing;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import vn.ocop.catalog.api.OriginInput;
import vn.ocop.catalog.api.OriginView;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProductInput;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.Regulation;
import vn.ocop.catalog.api.VariantInput;
import vn.ocop.catalog.api.VariantView;
import vn.ocop.catalog.product.Gtin;

/**
 * How an imported product differs from the one in the catalogue: not at all, in prices only (which
 * apply at once and keep the listing published), or in content (which sends a published listing
 * back to review).
 */
@Singleton
class ProductComparison {

    enum Difference {
        SAME,
        PRICES,
        CONTENT
    }

    private final PlacesApi places;

    ProductComparison(PlacesApi places) {
        this.places = places;
    }

    Difference compare(ProductView current, ProductInput input) {
        if (!sameContent(current, input)) {
            return Difference.CONTENT;
        }
        List<VariantView> variants =
                current.variants().stream().filter(VariantView::active).toList();
        if (variants.size() != input.variants().size()) {
            return Difference.CONTENT;
        }
        boolean pricesDiffer = false;
        for (int i = 0; i < variants.size(); i++) {
            VariantView now = variants.get(i);
            VariantInput in = input.variants().get(i);
            if (!now.sku().equals(in.sku().strip())
                    || !now.nameVi().equals(in.nameVi().strip())
                    || !Objects.equals(now.nameEn(), blank(in.nameEn()))
                    || !Objects.equals(now.weightGrams(), in.weightGrams())
                    || !Objects.equals(now.gtin(), gtin(in.gtin()))) {
                return Difference.CONTENT;
            }
            pricesDiffer |= now.priceVnd() != in.priceVnd();
        }
        return pricesDiffer ? Difference.PRICES : Difference.SAME;
    }

    private boolean sameContent(ProductView current, ProductInput in) {
        Regulation regulated = in.regulated() == null ? Regulation.NONE : in.regulated();
        return current.nameVi().equals(in.nameVi().strip())
                && Objects.equals(current.nameEn(), blank(in.nameEn()))
                && current.descriptionVi().equals(orEmpty(in.descriptionVi()))
                && current.descriptionEn().equals(orEmpty(in.descriptionEn()))
                && current.group().equals(in.group())
                && Objects.equals(current.subgroup(), blank(in.subgroup()))
                && current.producerIds().equals(in.producerIds().stream().distinct().toList())
                && sameOrigins(current.origins(), in.origins())
                && current.regulated() == regulated
                && Objects.equals(current.declarationNumber(), blank(in.declarationNumber()))
                && current.perishable() == in.perishable()
                && Objects.equals(current.shelfLifeDays(), in.shelfLifeDays())
                && current.service() == in.service();
    }

    private boolean sameOrigins(List<OriginView> current, List<OriginInput> input) {
        if (current.size() != input.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            OriginView now = current.get(i);
            OriginInput in = input.get(i);
            String code = places.resolve(in.province()).map(p -> p.code()).orElse(null);
            if (!now.provinceCode().equals(code)
                    || !now.commune().equals(in.commune().strip())
                    || !Objects.equals(now.village(), blank(in.village()))
                    || !Objects.equals(now.historicalDistrict(), blank(in.historicalDistrict()))) {
                return false;
            }
        }
        return true;
    }

    private static String gtin(String input) {
        return input == null || input.isBlank() ? null : Gtin.normalize(input).orElse(input);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
