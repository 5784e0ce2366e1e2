package vn.ocop.traceability.api;

/**
 * Outbox topics traceability receives from other modules. Each carries a {@link ProductMovement} as
 * JSON ({@link ProductMovement#toJson()}); traceability appends one EPCIS ObjectEvent per message's
 * business key (topic, reference, GTIN and lot), however often it is delivered or enqueued:
 *
 * <ul>
 *   <li>{@link #SHIPPED}: packs left for a sale point — bizStep {@code shipping}, disposition
 *       {@code in_transit};
 *   <li>{@link #RECEIVED}: the sale point took them in — bizStep {@code receiving}, disposition
 *       {@code in_progress};
 *   <li>{@link #RETAIL_SOLD}: sold to a consumer (online order delivered, or at the counter) —
 *       bizStep {@code retail_selling}, disposition {@code retail_sold}.
 * </ul>
 *
 * The sale point is the event's {@code bizLocation} ({@code urn:ocop:sale-point:<id>}), the
 * reference its business transaction.
 */
public final class TraceabilityTopics {
    public static final String SHIPPED = "traceability.shipped";
    public static final String RECEIVED = "traceability.received";
    public static final String RETAIL_SOLD = "traceability.retail-sold";

    private TraceabilityTopics() {}
}
