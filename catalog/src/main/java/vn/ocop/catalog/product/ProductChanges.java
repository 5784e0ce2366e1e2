package vn.ocop.catalog.product;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.UUID;
import vn.ocop.catalog.api.CatalogTopics;
import vn.ocop.platform.outbox.api.Outbox;

/**
 * Announces, in the caller's transaction, that products changed in a way the public catalogue may
 * show (search index, caches). Handlers re-read the product, so the payload is just its id.
 */
@Singleton
public class ProductChanges {

    private final Outbox outbox;

    ProductChanges(Outbox outbox) {
        this.outbox = outbox;
    }

    public void product(UUID productId) {
        outbox.enqueue(
                CatalogTopics.PRODUCT_CHANGED,
                productId.toString(),
                "{\"productId\":\"" + productId + "\"}");
    }

    public void productsOfProducer(Collection<UUID> productIds) {
        productIds.forEach(this::product);
    }
}
