package vn.ocop.orders.payment;

import java.time.Instant;
import java.util.UUID;

/**
 * An order as payments see it.
 *
 * @param number readable order number, the payment reference
 * @param totalVnd what the buyer owes, goods plus delivery, in VND
 * @param method the payment method chosen at checkout
 * @param awaitingPayment true while VietQR/card money has not arrived (COD orders are confirmed
 *     without it)
 * @param settled true once the money was received (or collected on delivery)
 * @param reservedUntil when an unpaid order's stock reservation lapses; null when not awaiting
 *     payment
 * @param buyerAccountId the buyer's account, null for a guest
 * @param buyerPhone the buyer's phone as given at checkout (guests track orders by number + phone)
 * @param buyerEmail where order e-mails go; may be null
 */
public record PayableOrder(
        String number,
        long totalVnd,
        PaymentMethod method,
        boolean awaitingPayment,
        boolean settled,
        Instant reservedUntil,
        UUID buyerAccountId,
        String buyerPhone,
        String buyerEmail) {}
