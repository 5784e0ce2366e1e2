package vn.ocop.traceability.resolver;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.traceability.application.Scannable;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.Batches;

/**
 * What the resolver needs to know about a GTIN or a GTIN and lot: whether the public may see it,
 * and for a batch its ids and recall. Answers are kept for a few seconds ({@code
 * ocop.traceability.resolver.cache-ttl}, default 5 s) so that a burst of scans costs no database
 * round trip; a product hidden or a batch recalled shows at the resolver within that time (the page
 * data itself is always read live).
 */
@Singleton
public class KnownCodes {

    /** A published product's GTIN; {@code batchId} null for a GTIN-level code. */
    public record Known(UUID productId, UUID producerId, UUID batchId, boolean recalled) {}

    private final Loader loader;
    private final Cache<String, Optional<Known>> cache;

    KnownCodes(
            Loader loader,
            @Value("${ocop.traceability.resolver.cache-ttl:5s}") Duration ttl,
            @Value("${ocop.traceability.resolver.cache-size:100000}") long size) {
        this.loader = loader;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(size).build();
    }

    /** The code's product (and batch when {@code lot} is given), if the public may see it. */
    public Optional<Known> find(String gtin14, String lot) {
        String key = lot == null ? gtin14 : gtin14 + "\u0000" + lot;
        return cache.get(
                key, k -> lot == null ? loader.product(gtin14) : loader.batch(gtin14, lot));
    }

    /**
     * The cached answer for the code without reading the database: {@code null} when the cache
     * holds nothing for it (the caller then takes the path that may read, {@link #find}).
     */
    public Optional<Known> cached(String gtin14, String lot) {
        return cache.getIfPresent(lot == null ? gtin14 : gtin14 + "\u0000" + lot);
    }

    /** Forgets everything cached, for tests that change a code's state and resolve again. */
    public void forget() {
        cache.invalidateAll();
    }

    /** The database reads behind the cache. */
    @Singleton
    public static class Loader {
        private final ProductsApi products;
        private final Batches batches;

        Loader(ProductsApi products, Batches batches) {
            this.products = products;
            this.batches = batches;
        }

        @ReadOnly
        public Optional<Known> product(String gtin14) {
            return products.variantByGtin(gtin14)
                    .flatMap(ref -> products.product(ref.productId()))
                    .filter(Scannable::product)
                    .map(p -> new Known(p.id(), first(p), null, false));
        }

        @ReadOnly
        public Optional<Known> batch(String gtin14, String lot) {
            Optional<Batch> batch = batches.byCode(gtin14, lot);
            if (batch.isEmpty()) {
                return Optional.empty();
            }
            Batch b = batch.get();
            boolean visible = products.product(b.productId()).map(Scannable::product).orElse(false);
            return visible
                    ? Optional.of(new Known(b.productId(), b.producerId(), b.id(), b.isRecalled()))
                    : Optional.empty();
        }

        private static UUID first(ProductView p) {
            return p.producerIds().isEmpty() ? null : p.producerIds().get(0);
        }
    }
}
