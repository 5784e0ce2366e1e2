package vn.ocop.traceability.application;

import jakarta.inject.Singleton;
import vn.ocop.traceability.api.BatchView;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.Recall;

/** Batch aggregate → {@link BatchView}. */
@Singleton
public class BatchViews {

    private final DigitalLinks links;

    BatchViews(DigitalLinks links) {
        this.links = links;
    }

    public BatchView view(Batch batch) {
        Recall recall = batch.recall().orElse(null);
        return new BatchView(
                batch.id(),
                batch.gtin(),
                batch.lot(),
                batch.productId(),
                batch.variantSku(),
                batch.producerId(),
                batch.productionDate(),
                batch.expiryDate(),
                batch.bestBeforeDate(),
                batch.lastSaleDay(),
                batch.quantity(),
                batch.unit().name(),
                recall != null,
                recall == null ? null : recall.reason(),
                recall == null ? null : recall.at(),
                links.forBatch(batch.gtin(), batch.lot()));
    }
}
