package vn.ocop.catalog.importing;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.catalog.api.ProducerView;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.catalog.product.ProductReader;

/**
 * The public catalogue for export: products that are visible now (published, certified 3★ or more
 * with a valid certificate, every producer verified), with their producers, read in one transaction
 * so the export is consistent.
 */
@Singleton
class CatalogExport {

    /** A visible product and its producers, in the product's order. */
    record Entry(ProductView product, List<ProducerView> producers) {}

    private final CatalogQueries queries;
    private final ProductReader reader;
    private final ProductsApi catalogue;

    CatalogExport(CatalogQueries queries, ProductReader reader, ProductsApi catalogue) {
        this.queries = queries;
        this.reader = reader;
        this.catalogue = catalogue;
    }

    @ReadOnly
    public List<Entry> visible() {
        Map<UUID, ProducerView> producers = new HashMap<>();
        return queries.publishedProducts().stream()
                .map(reader::find)
                .flatMap(Optional::stream)
                .filter(ProductView::visible)
                .map(
                        product ->
                                new Entry(
                                        product,
                                        product.producerIds().stream()
                                                .map(
                                                        id ->
                                                                producers.computeIfAbsent(
                                                                        id,
                                                                        k ->
                                                                                catalogue
                                                                                        .producer(k)
                                                                                        .orElseThrow()))
                                                .toList()))
                .toList();
    }
}
