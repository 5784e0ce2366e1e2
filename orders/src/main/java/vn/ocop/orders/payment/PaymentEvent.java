package vn.ocop.orders.payment;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A provider notification or office action as the log keeps it.
 *
 * @param outcome what it did (see {@link Outcome})
 * @param needsReview true when the office must look at it (wrong amount, unknown reference…)
 */
@Serdeable
public record PaymentEvent(
        long id,
        String provider,
        String externalId,
        String type,
        String orderNumber,
        UUID paymentId,
        Long amountVnd,
        Outcome outcome,
        boolean needsReview,
        String content,
        Instant occurredAt,
        Instant receivedAt,
        UUID actor,
        String note,
        UUID reviewedBy,
        Instant reviewedAt,
        String reviewNote) {

    /** What applying a notification did. */
    public enum Outcome {
        /** Just written; replaced before the transaction commits. */
        RECEIVED,
        /** The order was paid by it. */
        SETTLED,
        /** Same payment as one already applied (another event of the same provider payment). */
        ALREADY_SETTLED,
        /** Money for an order that another payment had already settled: flagged. */
        ALREADY_PAID,
        /** Less than the order total: flagged, not settled. */
        UNDERPAID,
        /** More than the order total: flagged, not settled. */
        OVERPAID,
        /** Money for an order that no longer awaits payment (cancelled, expired, COD): flagged. */
        NOT_AWAITING,
        /** No order matches the reference: flagged. */
        UNMATCHED,
        FAILED,
        EXPIRED,
        REFUNDED,
        /** Partly refunded by the provider: flagged. */
        PARTIALLY_REFUNDED,
        /** The office confirmed the payment by hand. */
        CONFIRMED,
        /** Cash collected on delivery, or at a sale point's counter. */
        COLLECTED,
        /** Nothing to do (an event type not used, or a state already reached). */
        IGNORED
    }
}
