package vn.ocop.catalog.product;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import vn.ocop.catalog.api.OwnProductsApi;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.platform.identity.api.Caller;

/** {@link OwnProductsApi} as {@code GET /api/v1/producer/products} reads it. */
@Singleton
class OwnProductsFacade implements OwnProductsApi {

    private final ProductRepositories.Products rows;
    private final ProductReader reader;

    OwnProductsFacade(ProductRepositories.Products rows, ProductReader reader) {
        this.rows = rows;
        this.reader = reader;
    }

    @Override
    @ReadOnly
    public List<ProductView> ownProducts(Caller caller) {
        return caller.producerId() == null
                ? List.of()
                : rows.ofProducer(caller.producerId()).stream().map(reader::view).toList();
    }
}
