package vn.ocop.orders.payment.stripe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.model.Event;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.ocop.kernel.DomainException;
import vn.ocop.orders.payment.PayableOrder;
import vn.ocop.orders.payment.PaymentError;
import vn.ocop.orders.payment.PaymentMethod;
import vn.ocop.orders.payment.PaymentRecord;
import vn.ocop.orders.payment.PaymentStatus;
import vn.ocop.orders.payment.Payments;

/**
 * Card payments through Stripe: Checkout Sessions for buyers, verified webhook events applied once
 * each (the event id is the log's external id, unique, written in the change's transaction), and
 * refunds by the office.
 *
 * <p>Events read: {@code checkout.session.completed} (paid) and {@code payment_intent.succeeded}
 * settle; {@code payment_intent.payment_failed} fails the started payment (the buyer may retry
 * within the session); {@code checkout.session.expired} abandons the order; {@code charge.refunded}
 * marks the payment and order refunded. Others are logged as ignored. The event's object is read
 * from its raw JSON, so an API-version difference between account and library does not matter.
 */
@Singleton
public class StripePayments {

    public static final String PROVIDER = "stripe";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StripeGateway gateway;
    private final Payments payments;

    StripePayments(StripeGateway gateway, Payments payments) {
        this.gateway = gateway;
        this.payments = payments;
    }

    /** Starts a card payment for an order that awaits one; the buyer goes to the returned URL. */
    public StripeGateway.CheckoutSession checkout(PayableOrder order, Locale locale) {
        if (!gateway.configured()) {
            throw new DomainException(
                    PaymentError.CARD_NOT_CONFIGURED, "Card payments are not configured");
        }
        if (order.method() != PaymentMethod.CARD) {
            throw new DomainException(
                    PaymentError.WRONG_METHOD, "Order " + order.number() + " is not paid by card");
        }
        if (order.settled() || payments.settlement(order.number()).isPresent()) {
            throw new DomainException(
                    PaymentError.ALREADY_SETTLED, "Order " + order.number() + " is already paid");
        }
        if (!order.awaitingPayment()) {
            throw new DomainException(
                    PaymentError.NOT_AWAITING_PAYMENT,
                    "Order " + order.number() + " no longer awaits payment");
        }
        StripeGateway.CheckoutSession session =
                gateway.checkout(order, locale, "checkout-" + UUID.randomUUID());
        payments.started(
                order.number(), PaymentMethod.CARD, order.totalVnd(), PROVIDER, session.id());
        return session;
    }

    /** Verifies and applies one webhook delivery. */
    public Payments.Applied webhook(String payload, String signature) {
        return apply(gateway.verify(payload, signature));
    }

    Payments.Applied apply(Event event) {
        JsonNode object = dataObject(event);
        String type = event.getType();
        String id = event.getId();
        if (id == null || type == null) {
            throw new DomainException(
                    PaymentError.MALFORMED_NOTIFICATION, "A Stripe event without id or type");
        }
        return switch (type) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> {
                if (!"paid".equals(text(object, "payment_status"))) {
                    yield payments.failed(PROVIDER, id, type, null, "not paid yet");
                }
                yield payments.receive(
                        new Payments.Incoming(
                                PROVIDER,
                                id,
                                type,
                                PaymentMethod.CARD,
                                orderNumbers(object),
                                object.path("amount_total").asLong(),
                                null,
                                created(event),
                                text(object, "id"),
                                text(object, "payment_intent")));
            }
            case "payment_intent.succeeded" ->
                    payments.receive(
                            new Payments.Incoming(
                                    PROVIDER,
                                    id,
                                    type,
                                    PaymentMethod.CARD,
                                    orderNumbers(object),
                                    object.path("amount_received").asLong(),
                                    null,
                                    created(event),
                                    null,
                                    text(object, "id")));
            case "payment_intent.payment_failed" ->
                    payments.failed(
                            PROVIDER,
                            id,
                            type,
                            orderNumber(object),
                            text(object.path("last_payment_error"), "message"));
            case "checkout.session.expired" ->
                    payments.expired(
                            PROVIDER,
                            id,
                            type,
                            orderNumber(object),
                            "The card payment window expired");
            case "charge.refunded" ->
                    payments.providerRefunded(
                            PROVIDER,
                            id,
                            type,
                            text(object, "payment_intent"),
                            object.path("amount_refunded").asLong(),
                            object.path("refunded").asBoolean(false));
            default -> payments.failed(PROVIDER, id, type, null, "event type not used");
        };
    }

    /** The office refunds a settled card payment in full through Stripe. */
    public PaymentRecord refund(UUID paymentId, UUID actor, String note) {
        PaymentRecord p = payments.requirePayment(paymentId);
        if (p.method() != PaymentMethod.CARD
                || !PROVIDER.equals(p.provider())
                || p.providerRef2() == null
                || (p.status() != PaymentStatus.SUCCEEDED && p.status() != PaymentStatus.REVIEW)) {
            throw new DomainException(
                    PaymentError.NOT_REFUNDABLE,
                    "Only a received card payment can be refunded through Stripe");
        }
        String refundId = gateway.refund(p.providerRef2(), "refund-" + p.id());
        payments.officeRefunded(paymentId, refundId, actor, note);
        return payments.requirePayment(paymentId);
    }

    private static List<String> orderNumbers(JsonNode object) {
        String number = orderNumber(object);
        return number == null ? List.of() : List.of(number);
    }

    private static String orderNumber(JsonNode object) {
        String number = text(object.path("metadata"), StripeGateway.ORDER_NUMBER);
        return number != null ? number : text(object, "client_reference_id");
    }

    private static Instant created(Event event) {
        return event.getCreated() == null ? null : Instant.ofEpochSecond(event.getCreated());
    }

    private static JsonNode dataObject(Event event) {
        try {
            String raw = event.getDataObjectDeserializer().getRawJson();
            JsonNode node = raw == null ? null : JSON.readTree(raw);
            if (node == null || !node.isObject()) {
                throw new DomainException(
                        PaymentError.MALFORMED_NOTIFICATION, "A Stripe event without data object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new DomainException(
                    PaymentError.MALFORMED_NOTIFICATION, "The event's data object is not JSON");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }
}
