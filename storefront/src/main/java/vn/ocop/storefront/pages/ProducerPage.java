package vn.ocop.storefront.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ocop.catalog.api.ProducerStatus;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.ProductSearchResult;

/** A producer's page: who they are, where, whether the office verified them, and their products. */
public record ProducerPage(
        ProducerView producer,
        List<ProductSearchResult.Hit> products,
        Map<String, String> groupNames,
        Map<String, String> provinceNames) {

    public boolean verified() {
        return producer.status() == ProducerStatus.VERIFIED;
    }

    public String story(Locale locale) {
        return ProductPage.story(producer, locale);
    }

    public String provinceName(String code) {
        return provinceNames.getOrDefault(code, code);
    }

    public String groupName(String code) {
        return groupNames.getOrDefault(code, code);
    }
}
