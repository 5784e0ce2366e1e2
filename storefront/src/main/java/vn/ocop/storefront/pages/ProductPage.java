package vn.ocop.storefront.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ocop.catalog.api.ImageView;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.Regulation;
import vn.ocop.catalog.api.VariantView;

/**
 * What a product page shows.
 *
 * @param certified the certificate is valid today (3★+); false shows the lapsed state and no cart
 */
public record ProductPage(
        ProductView product,
        List<ProducerView> producers,
        boolean certified,
        String groupName,
        Map<String, String> provinceNames) {

    public String name(Locale locale) {
        return english(locale) && present(product.nameEn()) ? product.nameEn() : product.nameVi();
    }

    public String description(Locale locale) {
        return english(locale) && present(product.descriptionEn())
                ? product.descriptionEn()
                : product.descriptionVi();
    }

    public List<VariantView> variants() {
        return product.variants().stream().filter(VariantView::active).toList();
    }

    public String variantName(VariantView variant, Locale locale) {
        return english(locale) && present(variant.nameEn()) ? variant.nameEn() : variant.nameVi();
    }

    public ImageView mainImage() {
        return product.images().isEmpty() ? null : product.images().get(0);
    }

    /** Sold online: certified, listed, not tobacco, with a variant to choose. */
    public boolean buyable() {
        return certified && product.sellableOnline() && !variants().isEmpty();
    }

    public boolean tobacco() {
        return product.regulated() == Regulation.TOBACCO;
    }

    public String provinceName(String code) {
        return provinceNames.getOrDefault(code, code);
    }

    public static String story(ProducerView producer, Locale locale) {
        return english(locale) && present(producer.storyEn())
                ? producer.storyEn()
                : producer.storyVi();
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
