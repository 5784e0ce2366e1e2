package vn.ocop.traceability.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.traceability.epcis.Cbv;
import vn.ocop.traceability.epcis.EpcisDocuments;
import vn.ocop.traceability.epcis.EventLog;
import vn.ocop.traceability.epcis.EventQuery;

/** Event queries: the office searches every event, a producer member those about its products. */
@Singleton
public class EventQueries {

    private final EventLog events;
    private final Clock clock;

    EventQueries(EventLog events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public record Result(ObjectNode document, boolean hasMore) {}

    @ReadOnly
    public Result query(
            Caller caller,
            String bizStep,
            String epc,
            OffsetDateTime from,
            OffsetDateTime to,
            int page,
            int size) {
        EventLog.Page found =
                events.query(
                        new EventQuery(
                                Cbv.bizStep(bizStep),
                                epc == null || epc.isBlank() ? null : epc.strip(),
                                from,
                                to,
                                caller.isOffice() ? null : ownProducer(caller),
                                page,
                                size));
        return new Result(
                EpcisDocuments.queryDocument(found.events(), clock.instant()), found.hasMore());
    }

    /** A member without a producer (never issued) sees nothing rather than everything. */
    private static java.util.UUID ownProducer(Caller caller) {
        return caller.producerId() == null ? new java.util.UUID(0, 0) : caller.producerId();
    }
}
