package vn.ocop.catalog.api;

/**
 * Outbox topics the catalogue publishes. {@code catalog.product-changed} carries {@code
 * {"productId": "…"}} whenever anything that affects a product's public view changes (content,
 * price, status, certificate, producer status); handlers re-read the product.
 */
public final class CatalogTopics {
    public static final String PRODUCT_CHANGED = "catalog.product-changed";

    private CatalogTopics() {}
}
