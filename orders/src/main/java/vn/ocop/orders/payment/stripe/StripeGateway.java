package vn.ocop.orders.payment.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.kernel.DomainException;
import vn.ocop.orders.payment.PayableOrder;
import vn.ocop.orders.payment.PaymentError;

/**
 * Stripe for international cards, through {@code stripe-java}'s {@link StripeClient}. Off when
 * {@code OCOP_STRIPE_SECRET_KEY} is empty: every call then fails with {@link
 * PaymentError#CARD_NOT_CONFIGURED}. {@code ocop.stripe.api-base} points the client elsewhere
 * (tests use a local stub server).
 */
@Singleton
public class StripeGateway {

    private static final Logger LOG = LoggerFactory.getLogger(StripeGateway.class);

    /** Metadata key carrying the order number on sessions and payment intents. */
    public static final String ORDER_NUMBER = "order_number";

    /** A created Checkout Session: where to send the buyer. */
    public record CheckoutSession(String id, String url) {}

    private final StripeClient client;
    private final String webhookSecret;
    private final String successUrl;
    private final String cancelUrl;

    StripeGateway(
            @Value("${ocop.stripe.secret-key:}") String secretKey,
            @Value("${ocop.stripe.webhook-secret:}") String webhookSecret,
            @Value("${ocop.stripe.api-base:}") String apiBase,
            @Value("${ocop.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        if (secretKey == null || secretKey.isBlank()) {
            this.client = null;
        } else {
            StripeClient.StripeClientBuilder builder =
                    StripeClient.builder().setApiKey(secretKey.strip()).setMaxNetworkRetries(2);
            if (apiBase != null && !apiBase.isBlank()) {
                builder.setApiBase(apiBase.strip());
            }
            this.client = builder.build();
        }
        this.webhookSecret =
                webhookSecret == null || webhookSecret.isBlank() ? null : webhookSecret.strip();
        String base =
                publicBaseUrl.endsWith("/")
                        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                        : publicBaseUrl;
        // the storefront's order page (a paid order shows paid once the webhook has arrived)
        this.successUrl = base + "/don-hang/%s?thanh-toan=thanh-cong";
        this.cancelUrl = base + "/don-hang/%s?thanh-toan=da-huy";
    }

    public boolean configured() {
        return client != null;
    }

    /** A Checkout Session in VND (zero-decimal: the amount goes as it is) for the whole order. */
    public CheckoutSession checkout(PayableOrder order, Locale locale, String idempotencyKey) {
        StripeClient stripe = requireClient();
        boolean english = locale != null && "en".equals(locale.getLanguage());
        SessionCreateParams params =
                SessionCreateParams.builder()
                        .setMode(SessionCreateParams.Mode.PAYMENT)
                        .setCurrency("vnd")
                        .setSuccessUrl(successUrl.formatted(order.number()))
                        .setCancelUrl(cancelUrl.formatted(order.number()))
                        .setClientReferenceId(order.number())
                        .putMetadata(ORDER_NUMBER, order.number())
                        .setLocale(
                                english
                                        ? SessionCreateParams.Locale.EN
                                        : SessionCreateParams.Locale.VI)
                        .setCustomerEmail(order.buyerEmail())
                        .setPaymentIntentData(
                                SessionCreateParams.PaymentIntentData.builder()
                                        .putMetadata(ORDER_NUMBER, order.number())
                                        .build())
                        .addLineItem(
                                SessionCreateParams.LineItem.builder()
                                        .setQuantity(1L)
                                        .setPriceData(
                                                SessionCreateParams.LineItem.PriceData.builder()
                                                        .setCurrency("vnd")
                                                        .setUnitAmount(order.totalVnd())
                                                        .setProductData(
                                                                SessionCreateParams.LineItem
                                                                        .PriceData.ProductData
                                                                        .builder()
                                                                        .setName(
                                                                                (english
                                                                                                ? "OCOP Market order "
                                                                                                : "Đơn hàng OCOP Market ")
                                                                                        + order
                                                                                                .number())
                                                                        .build())
                                                        .build())
                                        .build())
                        .build();
        try {
            Session session =
                    stripe.v1()
                            .checkout()
                            .sessions()
                            .create(
                                    params,
                                    RequestOptions.builder()
                                            .setIdempotencyKey(idempotencyKey)
                                            .build());
            return new CheckoutSession(session.getId(), session.getUrl());
        } catch (StripeException e) {
            throw providerFailed("create a Checkout Session", e);
        }
    }

    /** Refunds a payment intent in full; the refund's id. */
    public String refund(String paymentIntentId, String idempotencyKey) {
        StripeClient stripe = requireClient();
        try {
            Refund refund =
                    stripe.v1()
                            .refunds()
                            .create(
                                    RefundCreateParams.builder()
                                            .setPaymentIntent(paymentIntentId)
                                            .build(),
                                    RequestOptions.builder()
                                            .setIdempotencyKey(idempotencyKey)
                                            .build());
            if ("failed".equals(refund.getStatus()) || "canceled".equals(refund.getStatus())) {
                throw new DomainException(
                        PaymentError.PROVIDER_FAILED, "Stripe refund " + refund.getStatus());
            }
            return refund.getId();
        } catch (StripeException e) {
            throw providerFailed("refund", e);
        }
    }

    /**
     * Verifies the {@code Stripe-Signature} header with {@link Webhook#constructEvent} and the
     * webhook secret (default tolerance, 5 minutes), then reads the event.
     */
    public Event verify(String payload, String signatureHeader) {
        if (webhookSecret == null) {
            throw new DomainException(
                    PaymentError.CARD_NOT_CONFIGURED,
                    "Set OCOP_STRIPE_WEBHOOK_SECRET to receive Stripe events");
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new DomainException(PaymentError.BAD_SIGNATURE, "No Stripe-Signature header");
        }
        try {
            return Webhook.constructEvent(payload, signatureHeader, webhookSecret);
        } catch (SignatureVerificationException e) {
            throw new DomainException(PaymentError.BAD_SIGNATURE, e.getMessage());
        } catch (RuntimeException e) {
            // gson refuses a body that is not an event object
            throw new DomainException(
                    PaymentError.MALFORMED_NOTIFICATION, "The event is not a Stripe event");
        }
    }

    private StripeClient requireClient() {
        if (client == null) {
            throw new DomainException(
                    PaymentError.CARD_NOT_CONFIGURED,
                    "Card payments are not configured (no OCOP_STRIPE_SECRET_KEY)");
        }
        return client;
    }

    private static DomainException providerFailed(String what, StripeException e) {
        LOG.warn("Stripe refused to {}: {} ({})", what, e.getMessage(), e.getRequestId());
        return new DomainException(
                PaymentError.PROVIDER_FAILED, "Stripe could not " + what + ": " + e.getMessage());
    }
}
