package vn.ocop.orders.payment;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * One payment in the log.
 *
 * @param provider who reported it: {@code stripe}, {@code bank}, {@code office}, {@code cod},
 *     {@code cash}
 * @param providerRef the provider's main reference (Checkout Session id, bank transaction id)
 * @param providerRef2 a second reference (the Stripe PaymentIntent id)
 * @param recordedBy the account that recorded it by hand (office, courier, cashier), else null
 */
@Serdeable
public record PaymentRecord(
        UUID id,
        String orderNumber,
        PaymentMethod method,
        long amountVnd,
        PaymentStatus status,
        String provider,
        String providerRef,
        String providerRef2,
        String note,
        UUID recordedBy,
        Instant createdAt,
        Instant updatedAt) {}
