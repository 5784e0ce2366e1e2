package vn.ocop.catalog.product;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.CertificateView;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.catalog.api.VariantRef;
import vn.ocop.catalog.certificate.Certificates;
import vn.ocop.catalog.producer.ProducerService;

@Singleton
class ProductsFacade implements ProductsApi {

    private final ProductReader reader;
    private final ProductRepositories.Variants variants;
    private final ProducerService producers;
    private final Certificates certificates;

    ProductsFacade(
            ProductReader reader,
            ProductRepositories.Variants variants,
            ProducerService producers,
            Certificates certificates) {
        this.reader = reader;
        this.variants = variants;
        this.producers = producers;
        this.certificates = certificates;
    }

    @Override
    public Optional<ProductView> product(UUID productId) {
        return reader.find(productId);
    }

    @Override
    @ReadOnly
    public Optional<VariantRef> variantBySku(String sku) {
        return variants.findBySku(sku).map(v -> new VariantRef(v.productId(), v.view()));
    }

    @Override
    @ReadOnly
    public Optional<VariantRef> variantByGtin(String gtin) {
        return Gtin.normalize(gtin)
                .flatMap(variants::findByGtin)
                .map(v -> new VariantRef(v.productId(), v.view()));
    }

    @Override
    public Optional<ProducerView> producer(UUID producerId) {
        return producers.find(producerId);
    }

    @Override
    public List<CertificateView> certificates(UUID productId) {
        return certificates.history(productId);
    }
}
