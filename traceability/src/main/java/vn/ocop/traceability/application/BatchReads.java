package vn.ocop.traceability.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.Batches;
import vn.ocop.traceability.domain.Gtin;
import vn.ocop.traceability.domain.Recall;
import vn.ocop.traceability.epcis.EpcisDocuments;
import vn.ocop.traceability.epcis.EventLog;

/**
 * What anyone may read about a batch of a product the public catalogue shows: the page basics and
 * the EPCIS history. A batch of a hidden product (draft, uncertified, suspended producer) is read
 * only by its producer's members and the office; to everyone else it does not exist (404).
 */
@Singleton
public class BatchReads {

    private final Batches batches;
    private final EventLog events;
    private final ProductsApi products;
    private final DigitalLinks links;
    private final Clock clock;

    BatchReads(
            Batches batches,
            EventLog events,
            ProductsApi products,
            DigitalLinks links,
            Clock clock) {
        this.batches = batches;
        this.events = events;
        this.products = products;
        this.links = links;
        this.clock = clock;
    }

    /**
     * @param caller null for an anonymous visitor
     */
    @ReadOnly
    public PublicBatch publicBatch(Caller caller, String gtin, String lot) {
        Batch batch = readable(caller, gtin, lot);
        ProductView product = products.product(batch.productId()).orElseThrow();
        Recall recall = batch.recall().orElse(null);
        return new PublicBatch(
                batch.gtin(),
                batch.lot(),
                links.forBatch(batch.gtin(), batch.lot()),
                product.id(),
                product.nameVi(),
                product.nameEn(),
                product.producerIds().stream()
                        .map(products::producer)
                        .flatMap(java.util.Optional::stream)
                        .map(
                                p ->
                                        new PublicBatch.Producer(
                                                p.id(), p.name(), p.provinceCode(), p.address()))
                        .toList(),
                batch.productionDate(),
                batch.expiryDate(),
                batch.bestBeforeDate(),
                recall != null,
                recall == null ? null : recall.reason(),
                recall == null ? null : recall.at());
    }

    /** The batch's history as an EPCIS 2.0 document, oldest event first. */
    @ReadOnly
    public ObjectNode epcis(Caller caller, String gtin, String lot) {
        Batch batch = readable(caller, gtin, lot);
        return EpcisDocuments.document(
                events.ofBatch(batch.id(), batch.gtin(), batch.lot()), clock.instant());
    }

    private Batch readable(Caller caller, String gtin, String lot) {
        Batch batch =
                Gtin.normalize(gtin)
                        .flatMap(g -> batches.byCode(g, lot))
                        .orElseThrow(
                                () ->
                                        TraceabilityError.BATCH_NOT_FOUND.exception(
                                                "No batch " + gtin + "/" + lot));
        boolean insider = caller != null && caller.mayActForProducer(batch.producerId());
        boolean visible = products.product(batch.productId()).map(Scannable::product).orElse(false);
        if (!insider && !visible) {
            throw TraceabilityError.BATCH_NOT_FOUND.exception("No batch " + gtin + "/" + lot);
        }
        return Objects.requireNonNull(batch);
    }
}
