package vn.ocop.storefront.producerops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.storefront.web.PageContext;

/** Small helpers the producer operations pages share. */
final class ProducerOpsPages {

    private ProducerOpsPages() {}

    /** "Product · variant" in the page's language, per SKU of the given products. */
    static Map<String, String> variantLabels(PageContext ctx, List<ProductView> products) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (ProductView p : products) {
            String product =
                    ctx.isEnglish() && p.nameEn() != null && !p.nameEn().isBlank()
                            ? p.nameEn()
                            : p.nameVi();
            for (var v : p.variants()) {
                String variant =
                        ctx.isEnglish() && v.nameEn() != null && !v.nameEn().isBlank()
                                ? v.nameEn()
                                : v.nameVi();
                labels.put(v.sku(), variant == null ? product : product + " · " + variant);
            }
        }
        return labels;
    }
}
