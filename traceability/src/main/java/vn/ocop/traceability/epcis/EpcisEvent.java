package vn.ocop.traceability.epcis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/**
 * One event ready to append: the JSON-LD event, its index, the batch it was recorded for (null for
 * captured events), the producers whose products it names, and the capture job that brought it.
 */
public record EpcisEvent(
        ObjectNode document,
        EventIndex index,
        UUID batchId,
        List<UUID> producerIds,
        UUID captureId) {
    public EpcisEvent {
        producerIds = List.copyOf(producerIds);
    }
}
