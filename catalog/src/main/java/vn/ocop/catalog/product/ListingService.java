package vn.ocop.catalog.product;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.certificate.Certificates;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.Caller;

/** The review cycle: producers submit and unpublish; the office publishes, rejects, unpublishes. */
@Singleton
public class ListingService {

    private final ProductRepositories.Products products;
    private final ProductRepositories.ProductProducers producers;
    private final ProductAccess access;
    private final Certificates certificates;
    private final ProductReader reader;
    private final ProductChanges changes;
    private final Clock clock;

    ListingService(
            ProductRepositories.Products products,
            ProductRepositories.ProductProducers producers,
            ProductAccess access,
            Certificates certificates,
            ProductReader reader,
            ProductChanges changes,
            Clock clock) {
        this.products = products;
        this.producers = producers;
        this.access = access;
        this.certificates = certificates;
        this.reader = reader;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public ProductView submit(Caller caller, UUID id) {
        ProductRow row = access.requireProduct(caller, id);
        return save(row.withStatus(Listing.submit(row.status()), null));
    }

    /** Office only: needs a valid certificate of 3★ or more and verified producers. */
    @Transactional
    public ProductView publish(UUID id) {
        ProductRow row = require(id);
        ListingStatus next = Listing.publish(row.status());
        boolean certified =
                certificates.current(id).map(c -> c.certifies(LocalDate.now(clock))).orElse(false);
        if (!certified) {
            throw new DomainException(
                    CatalogError.NO_VALID_CERTIFICATE,
                    "Record a valid certificate of 3 stars or more before publishing");
        }
        if (!producers.allVerified(id)) {
            throw new DomainException(
                    CatalogError.PRODUCER_NOT_VERIFIED, "Every producer must be verified first");
        }
        return save(row.withStatus(next, null));
    }

    @Transactional
    public ProductView reject(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalidField(
                    CatalogError.INVALID_FIELD, "reason", "A rejection needs a reason");
        }
        ProductRow row = require(id);
        return save(row.withStatus(Listing.reject(row.status()), reason.strip()));
    }

    @Transactional
    public ProductView unpublish(Caller caller, UUID id, String reason) {
        ProductRow row = access.requireProduct(caller, id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return save(row.withStatus(Listing.unpublish(row.status()), why));
    }

    private ProductRow require(UUID id) {
        return products.findById(id)
                .orElseThrow(
                        () ->
                                new DomainException(
                                        CatalogError.PRODUCT_NOT_FOUND, "No product " + id));
    }

    private ProductView save(ProductRow row) {
        products.update(row);
        changes.product(row.id());
        return reader.require(row.id());
    }
}
