package vn.ocop.catalog.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Products and producers as other modules need them: orders check that a product is visible and
 * certified before selling; traceability resolves a GTIN to its product.
 */
public interface ProductsApi {

    /**
     * Any product, whatever its state; {@link ProductView#visible()} tells whether the public sees
     * it.
     */
    Optional<ProductView> product(UUID productId);

    Optional<VariantRef> variantBySku(String sku);

    /** By GTIN-13 or GTIN-14 (normalized to 14 digits). */
    Optional<VariantRef> variantByGtin(String gtin);

    Optional<ProducerView> producer(UUID producerId);

    /** A product's certificate history, newest first. */
    List<CertificateView> certificates(UUID productId);
}
