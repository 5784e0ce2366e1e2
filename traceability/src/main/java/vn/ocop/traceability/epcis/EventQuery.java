package vn.ocop.traceability.epcis;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A search of the event log; null criteria are not applied. {@code producerId} limits the result to
 * events naming that producer's products (a producer member's view); null sees all (office).
 */
public record EventQuery(
        String bizStep,
        String epc,
        OffsetDateTime from,
        OffsetDateTime to,
        UUID producerId,
        int page,
        int size) {}
