package vn.ocop.orders.payment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import vn.ocop.orders.payment.PaymentEvent;
import vn.ocop.orders.payment.Payments;
import vn.ocop.orders.payment.bank.BankNotifications;
import vn.ocop.orders.payment.stripe.StripePayments;

/**
 * Providers call these: the bank's transfer notifications (HMAC-SHA256 of the raw body in {@code
 * X-Signature}) and Stripe's webhook ({@code Stripe-Signature}). A delivery seen before answers 200
 * and changes nothing; a bad signature answers 401 and records nothing.
 */
@Controller("/api/v1/payments")
@Tag(name = "Payments")
@Secured(SecurityRule.IS_ANONYMOUS)
class PaymentWebhookController {

    /** What the delivery did. */
    @Serdeable
    record Received(PaymentEvent.Outcome outcome, @Nullable String orderNumber, boolean duplicate) {
        static Received of(Payments.Applied applied) {
            return new Received(applied.outcome(), applied.orderNumber(), applied.duplicate());
        }
    }

    private final BankNotifications bank;
    private final StripePayments stripe;

    PaymentWebhookController(BankNotifications bank, StripePayments stripe) {
        this.bank = bank;
        this.stripe = stripe;
    }

    @Post(value = "/bank/notifications", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Bank transfer notification (signed JSON: amount, content, transactionId)")
    Received bankNotification(
            @Body byte[] body, @Nullable @Header("X-Signature") String signature) {
        return Received.of(bank.notified(body, signature));
    }

    @Post(value = "/stripe/webhook", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Stripe webhook (verified with the endpoint's signing secret)")
    Received stripeWebhook(
            @Body byte[] body, @Nullable @Header("Stripe-Signature") String signature) {
        return Received.of(stripe.webhook(new String(body, StandardCharsets.UTF_8), signature));
    }
}
