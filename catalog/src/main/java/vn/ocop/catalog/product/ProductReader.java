package vn.ocop.catalog.product;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.CertificateView;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.certificate.Certificates;
import vn.ocop.catalog.image.ProductImages;
import vn.ocop.kernel.DomainException;

/** Assembles a product's full view from its tables, including whether the public may see it. */
@Singleton
public class ProductReader {

    private final ProductRepositories.Products products;
    private final ProductRepositories.Variants variants;
    private final ProductRepositories.Origins origins;
    private final ProductRepositories.ProductProducers producers;
    private final Certificates certificates;
    private final ProductImages images;
    private final Clock clock;

    ProductReader(
            ProductRepositories.Products products,
            ProductRepositories.Variants variants,
            ProductRepositories.Origins origins,
            ProductRepositories.ProductProducers producers,
            Certificates certificates,
            ProductImages images,
            Clock clock) {
        this.products = products;
        this.variants = variants;
        this.origins = origins;
        this.producers = producers;
        this.certificates = certificates;
        this.images = images;
        this.clock = clock;
    }

    @ReadOnly
    public Optional<ProductView> find(UUID id) {
        return products.findById(id).map(this::view);
    }

    @ReadOnly
    public ProductView require(UUID id) {
        return find(id).orElseThrow(
                        () ->
                                new DomainException(
                                        CatalogError.PRODUCT_NOT_FOUND, "No product " + id));
    }

    ProductView view(ProductRow row) {
        CertificateView certificate = certificates.current(row.id()).orElse(null);
        LocalDate today = LocalDate.now(clock);
        boolean visible =
                row.status() == ListingStatus.PUBLISHED
                        && certificate != null
                        && certificate.certifies(today)
                        && producers.allVerified(row.id());
        return new ProductView(
                row.id(),
                row.nameVi(),
                row.nameEn(),
                row.descriptionVi(),
                row.descriptionEn(),
                row.groupCode(),
                row.subgroupCode(),
                producers.producersOf(row.id()),
                origins.findByProduct(row.id()).stream().map(OriginRow::view).toList(),
                variants.findByProductIdOrderByPosition(row.id()).stream()
                        .map(VariantRow::view)
                        .toList(),
                row.regulated(),
                row.declarationNumber(),
                row.perishable(),
                row.shelfLifeDays(),
                row.service(),
                row.status(),
                row.statusReason(),
                certificate,
                visible,
                row.publishedAt(),
                row.updatedAt(),
                images.of(row.id()));
    }
}
