package vn.ocop.catalog.search;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.CatalogTopics;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.platform.outbox.api.OutboxHandler;
import vn.ocop.platform.outbox.api.OutboxMessage;

/**
 * Keeps the index in step with the catalogue: on every {@code catalog.product-changed} it re-reads
 * the product and indexes it when the public may see it, or takes it out. Re-reading makes a late,
 * repeated or out-of-order delivery harmless; the version (database clock before the read) stops an
 * older read from overwriting a newer one. A failure (engine down) is retried by the outbox.
 */
@Singleton
class ProductIndexUpdates implements OutboxHandler {

    private final ProductsApi products;
    private final SearchDocuments documents;
    private final SearchEngine engine;
    private final DatabaseClock clock;

    ProductIndexUpdates(
            ProductsApi products,
            SearchDocuments documents,
            SearchEngine engine,
            DatabaseClock clock) {
        this.products = products;
        this.documents = documents;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return CatalogTopics.PRODUCT_CHANGED;
    }

    @Override
    public void handle(OutboxMessage message) {
        UUID id = UUID.fromString(message.key());
        long version = clock.micros();
        Optional<ProductView> product = products.product(id).filter(ProductView::visible);
        if (product.isPresent()) {
            engine.upsert(documents.of(product.get()), version);
        } else {
            engine.remove(id, version);
        }
    }
}
