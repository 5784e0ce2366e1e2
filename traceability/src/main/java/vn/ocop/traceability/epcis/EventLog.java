package vn.ocop.traceability.epcis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/** The append-only EPCIS event log. Nothing in it is ever changed or removed. */
public interface EventLog {

    void append(List<EpcisEvent> events);

    /** A batch's history, oldest first: events recorded for it, and events naming its lot. */
    List<ObjectNode> ofBatch(UUID batchId, String gtin14, String lot);

    /** One page of a query, oldest first; {@code hasMore} tells whether a next page exists. */
    Page query(EventQuery query);

    record Page(List<ObjectNode> events, boolean hasMore) {}
}
