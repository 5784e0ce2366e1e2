package vn.ocop.catalog.product;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.CatalogError;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.Caller;

/** Who may touch a listing: the office, or members of one of the listing's producers. */
@Singleton
class ProductAccess {

    private final ProductRepositories.Products products;
    private final ProductRepositories.ProductProducers producers;

    ProductAccess(
            ProductRepositories.Products products, ProductRepositories.ProductProducers producers) {
        this.products = products;
        this.producers = producers;
    }

    ProductRow requireProduct(Caller caller, UUID id) {
        ProductRow row =
                products.findById(id)
                        .orElseThrow(
                                () ->
                                        new DomainException(
                                                CatalogError.PRODUCT_NOT_FOUND,
                                                "No product " + id));
        if (!caller.isOffice()
                && producers.producersOf(id).stream().noneMatch(caller::mayActForProducer)) {
            // Hide other producers' drafts: a stranger learns nothing about them.
            throw new DomainException(CatalogError.NOT_YOUR_PRODUCER, "Not your listing");
        }
        return row;
    }

    void requireProducers(Caller caller, List<UUID> producerIds) {
        if (!caller.isOffice() && producerIds.stream().noneMatch(caller::mayActForProducer)) {
            throw DomainException.invalidField(
                    CatalogError.NOT_YOUR_PRODUCER,
                    "producerIds",
                    "Your producer must be one of the producers");
        }
    }
}
