package vn.ocop.traceability.application;

import jakarta.inject.Singleton;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.Batches;

/**
 * Who may work on a batch's serials and labels: its producer's members and the office (as for the
 * batch itself). On the caller's transaction.
 */
@Singleton
class BatchAccess {

    private final Batches batches;

    BatchAccess(Batches batches) {
        this.batches = batches;
    }

    Batch accessible(Caller caller, UUID id) {
        Batch batch =
                batches.byId(id)
                        .orElseThrow(
                                () ->
                                        TraceabilityError.BATCH_NOT_FOUND.exception(
                                                "No batch " + id));
        if (!caller.mayActForProducer(batch.producerId())) {
            throw TraceabilityError.NOT_YOUR_PRODUCT.exception("Not your producer's batch");
        }
        return batch;
    }
}
