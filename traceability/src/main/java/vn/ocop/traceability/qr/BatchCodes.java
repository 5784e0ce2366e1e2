package vn.ocop.traceability.qr;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.UUID;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.traceability.api.TraceabilityError;
import vn.ocop.traceability.application.DigitalLinks;
import vn.ocop.traceability.domain.Batch;
import vn.ocop.traceability.domain.Batches;
import vn.ocop.traceability.serials.UnitSerials;

/**
 * The Digital Link a batch's or a unit's QR code carries, for the batch's producer members and the
 * office.
 */
@Singleton
public class BatchCodes {

    private final Batches batches;
    private final UnitSerials serials;
    private final DigitalLinks links;

    BatchCodes(Batches batches, UnitSerials serials, DigitalLinks links) {
        this.batches = batches;
        this.serials = serials;
        this.links = links;
    }

    /**
     * @param serial null for the batch's own code
     */
    @ReadOnly
    public String uri(Caller caller, UUID batchId, String serial) {
        Batch batch =
                batches.byId(batchId)
                        .orElseThrow(
                                () ->
                                        TraceabilityError.BATCH_NOT_FOUND.exception(
                                                "No batch " + batchId));
        if (!caller.mayActForProducer(batch.producerId())) {
            throw TraceabilityError.NOT_YOUR_PRODUCT.exception("Not your producer's batch");
        }
        if (serial == null) {
            return links.forBatch(batch.gtin(), batch.lot());
        }
        if (!serials.contains(batchId, serial)) {
            throw TraceabilityError.SERIAL_NOT_FOUND.exception("No serial " + serial);
        }
        return links.forUnit(batch.gtin(), batch.lot(), serial);
    }
}
