package vn.ocop.orders.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.orders.payment.TestPayableOrders.State;
import vn.ocop.testkit.WebClient;

/**
 * Card payments with the real stripe-java client against a local Stripe stub, and webhooks posted
 * with signatures computed as Stripe documents, through the real verification code.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.test.payable-orders", value = "double")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "ocop.admin.email", value = "office@stripe.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class StripePaymentsApiTest implements TestPropertyProvider {

    static final String WEBHOOK_SECRET = "whsec_test_ocop";

    final StripeStub stripe = new StripeStub();

    @Inject EmbeddedServer server;
    @Inject TestPayableOrders orders;
    @Inject BankTransferApiTest.Counts counts;
    @Inject PaymentOptions options;

    WebClient http;
    String office;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "ocop.stripe.secret-key",
                "sk_test_ocop",
                "ocop.stripe.webhook-secret",
                WEBHOOK_SECRET,
                "ocop.stripe.api-base",
                stripe.baseUrl(),
                "ocop.public-base-url",
                "https://cho-ocop.test");
    }

    @AfterAll
    void stopStub() {
        stripe.close();
    }

    @BeforeEach
    void setUp() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@stripe.test", "office-password-1");
    }

    @Test
    void a_buyer_starts_a_checkout_session_in_vnd_with_the_order_number_and_return_urls() {
        String number = orders.place(PaymentMethod.CARD, 1_250_000, null, "0912000111", null);

        WebClient.Response started =
                http.postJson(
                        "/api/v1/orders/" + number + "/payment/card",
                        "{\"phone\":\"0912000111\"}",
                        "Accept-Language",
                        "en");

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("url").asText()).startsWith("https://checkout.stripe.test/");
        StripeStub.Call call =
                stripe.calls("/v1/checkout/sessions").stream()
                        .filter(c -> number.equals(c.form().get("metadata[order_number]")))
                        .findFirst()
                        .orElseThrow();
        Map<String, String> form = call.form();
        assertThat(form)
                .containsEntry("mode", "payment")
                .containsEntry("currency", "vnd")
                .containsEntry("line_items[0][price_data][currency]", "vnd")
                // VND is zero-decimal: the amount goes as it is, not times 100
                .containsEntry("line_items[0][price_data][unit_amount]", "1250000")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("metadata[order_number]", number)
                .containsEntry("payment_intent_data[metadata][order_number]", number)
                .containsEntry("client_reference_id", number)
                .containsEntry("locale", "en")
                .containsEntry(
                        "success_url",
                        "https://cho-ocop.test/don-hang/" + number + "?thanh-toan=thanh-cong");
        assertThat(form.get("cancel_url"))
                .isEqualTo("https://cho-ocop.test/don-hang/" + number + "?thanh-toan=da-huy");
        assertThat(call.idempotencyKey()).isNotBlank();
        assertThat(counts.payments(number, "PENDING")).isEqualTo(1);

        WebClient.Response stranger =
                http.postJson("/api/v1/orders/" + number + "/payment/card", "{\"phone\":\"0900\"}");
        assertThat(stranger.status()).isEqualTo(404);
        String cod = orders.place(PaymentMethod.COD, 10_000, null, "0912000111", null);
        assertThat(
                        http.postJson(
                                        "/api/v1/orders/" + cod + "/payment/card",
                                        "{\"phone\":\"0912000111\"}")
                                .status())
                .isEqualTo(409);
    }

    @Test
    void a_completed_session_settles_the_order_once_whatever_else_stripe_sends_about_it() {
        String number = orders.place(PaymentMethod.CARD, 480_000, null, "0912000222", null);
        String session =
                http.postJson(
                                "/api/v1/orders/" + number + "/payment/card",
                                "{\"phone\":\"0912000222\"}")
                        .json()
                        .get("sessionId")
                        .asText();
        String completed =
                StripeStub.event(
                        "evt_" + UUID.randomUUID(),
                        "checkout.session.completed",
                        StripeStub.completedSession(session, number, 480_000, "pi_" + number));
        String succeeded =
                StripeStub.event(
                        "evt_" + UUID.randomUUID(),
                        "payment_intent.succeeded",
                        StripeStub.intent("pi_" + number, number, 480_000, "succeeded"));

        WebClient.Response first = webhook(completed);
        WebClient.Response again = webhook(completed);
        WebClient.Response intent = webhook(succeeded);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("outcome").asText()).isEqualTo("SETTLED");
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(intent.json().get("outcome").asText()).isEqualTo("ALREADY_SETTLED");
        assertThat(orders.row(number).state()).isEqualTo(State.CONFIRMED);
        assertThat(orders.row(number).settledTimes()).isEqualTo(1);
        assertThat(counts.payments(number, null)).isEqualTo(1);
        JsonNode payment =
                http.get("/api/v1/office/payments/orders/" + number, "Authorization", office)
                        .json()
                        .get("payments")
                        .get(0);
        assertThat(payment.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(payment.get("providerRef").asText()).isEqualTo(session);
        assertThat(payment.get("providerRef2").asText()).isEqualTo("pi_" + number);
        assertThat(payment.get("amountVnd").asLong()).isEqualTo(480_000);
    }

    @Test
    void an_expired_session_abandons_the_order_and_a_failed_attempt_leaves_it_awaiting_payment() {
        String number = orders.place(PaymentMethod.CARD, 90_000, null, "0912000333", null);
        String session =
                http.postJson(
                                "/api/v1/orders/" + number + "/payment/card",
                                "{\"phone\":\"0912000333\"}")
                        .json()
                        .get("sessionId")
                        .asText();

        WebClient.Response failed =
                webhook(
                        StripeStub.event(
                                "evt_" + UUID.randomUUID(),
                                "payment_intent.payment_failed",
                                StripeStub.intent(
                                        "pi_" + number,
                                        number,
                                        90_000,
                                        "requires_payment_method")));
        assertThat(failed.json().get("outcome").asText()).isEqualTo("FAILED");
        assertThat(orders.row(number).state()).isEqualTo(State.AWAITING_PAYMENT);

        WebClient.Response expired =
                webhook(
                        StripeStub.event(
                                "evt_" + UUID.randomUUID(),
                                "checkout.session.expired",
                                StripeStub.expiredSession(session, number)));
        assertThat(expired.json().get("outcome").asText()).isEqualTo("EXPIRED");
        assertThat(orders.row(number).state()).isEqualTo(State.CANCELLED);
        assertThat(orders.row(number).reason()).contains("expired");
        assertThat(counts.payments(number, "FAILED")).isEqualTo(1);
    }

    @Test
    void the_office_refunds_through_stripe_and_the_later_charge_refunded_event_changes_nothing() {
        String number = orders.place(PaymentMethod.CARD, 300_000, null, "0912000444", null);
        String session =
                http.postJson(
                                "/api/v1/orders/" + number + "/payment/card",
                                "{\"phone\":\"0912000444\"}")
                        .json()
                        .get("sessionId")
                        .asText();
        String paymentId =
                webhook(
                                StripeStub.event(
                                        "evt_" + UUID.randomUUID(),
                                        "checkout.session.completed",
                                        StripeStub.completedSession(
                                                session, number, 300_000, "pi_r_" + number)))
                        .json()
                        .get("orderNumber")
                        .asText();
        assertThat(paymentId).isEqualTo(number);
        String id =
                http.get("/api/v1/office/payments/orders/" + number, "Authorization", office)
                        .json()
                        .get("payments")
                        .get(0)
                        .get("id")
                        .asText();

        WebClient.Response refunded =
                http.postJson(
                        "/api/v1/office/payments/" + id + "/refund",
                        "{\"note\":\"Sản phẩm hết hàng\"}",
                        "Authorization",
                        office);

        assertThat(refunded.status()).as(refunded.body()).isEqualTo(200);
        assertThat(refunded.json().get("status").asText()).isEqualTo("REFUNDED");
        StripeStub.Call call =
                stripe.calls("/v1/refunds").stream()
                        .filter(c -> ("pi_r_" + number).equals(c.form().get("payment_intent")))
                        .findFirst()
                        .orElseThrow();
        assertThat(call.form()).containsEntry("payment_intent", "pi_r_" + number);
        assertThat(call.idempotencyKey()).isEqualTo("refund-" + id);
        assertThat(orders.row(number).state()).isEqualTo(State.REFUNDED);

        WebClient.Response charge =
                webhook(
                        StripeStub.event(
                                "evt_" + UUID.randomUUID(),
                                "charge.refunded",
                                StripeStub.refundedCharge(
                                        "ch_" + number, "pi_r_" + number, 300_000, 300_000)));
        assertThat(charge.json().get("outcome").asText()).isEqualTo("IGNORED");
        assertThat(orders.row(number).refundedTimes()).isEqualTo(1);

        WebClient.Response twice =
                http.postJson(
                        "/api/v1/office/payments/" + id + "/refund",
                        "{\"note\":\"again\"}",
                        "Authorization",
                        office);
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void a_refund_made_in_the_stripe_dashboard_marks_payment_and_order_refunded() {
        String number = orders.place(PaymentMethod.CARD, 70_000, null, "0912000555", null);
        webhook(
                StripeStub.event(
                        "evt_" + UUID.randomUUID(),
                        "payment_intent.succeeded",
                        StripeStub.intent("pi_d_" + number, number, 70_000, "succeeded")));
        assertThat(orders.row(number).state()).isEqualTo(State.CONFIRMED);

        WebClient.Response partial =
                webhook(
                        StripeStub.event(
                                "evt_" + UUID.randomUUID(),
                                "charge.refunded",
                                StripeStub.refundedCharge(
                                        "ch_" + number, "pi_d_" + number, 70_000, 20_000)));
        assertThat(partial.json().get("outcome").asText()).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(orders.row(number).state()).isEqualTo(State.CONFIRMED);

        WebClient.Response full =
                webhook(
                        StripeStub.event(
                                "evt_" + UUID.randomUUID(),
                                "charge.refunded",
                                StripeStub.refundedCharge(
                                        "ch_" + number, "pi_d_" + number, 70_000, 70_000)));
        assertThat(full.json().get("outcome").asText()).isEqualTo("REFUNDED");
        assertThat(orders.row(number).state()).isEqualTo(State.REFUNDED);
        assertThat(counts.payments(number, "REFUNDED")).isEqualTo(1);
    }

    @Test
    void a_forged_or_stale_signature_is_refused_and_records_nothing() {
        String number = orders.place(PaymentMethod.CARD, 55_000, null, "0912000666", null);
        String eventId = "evt_" + UUID.randomUUID();
        String payload =
                StripeStub.event(
                        eventId,
                        "checkout.session.completed",
                        StripeStub.completedSession("cs_x", number, 55_000, "pi_x"));
        long now = System.currentTimeMillis() / 1000;

        WebClient.Response forged =
                post(payload, StripeStub.signature(payload, "whsec_other", now));
        WebClient.Response stale =
                post(payload, StripeStub.signature(payload, WEBHOOK_SECRET, now - 3600));
        WebClient.Response missing = post(payload, null);
        WebClient.Response tampered =
                post(
                        payload.replace("55000", "5"),
                        StripeStub.signature(payload, WEBHOOK_SECRET, now));

        for (WebClient.Response r : new WebClient.Response[] {forged, stale, missing, tampered}) {
            assertThat(r.status()).as(r.body()).isEqualTo(401);
            assertThat(r.header("Content-Type")).contains("application/problem+json");
            assertThat(r.json().get("code").asText()).isEqualTo("payments.bad-signature");
        }
        assertThat(counts.events("stripe", eventId)).isZero();
        assertThat(orders.row(number).settled()).isFalse();

        String notJson = "not an event";
        WebClient.Response unreadable =
                post(notJson, StripeStub.signature(notJson, WEBHOOK_SECRET, now));
        assertThat(unreadable.status()).isEqualTo(400);
    }

    @Test
    void card_is_offered_when_stripe_is_configured() {
        assertThat(options.online()).contains(PaymentMethod.CARD);
    }

    WebClient.Response webhook(String payload) {
        return post(
                payload,
                StripeStub.signature(payload, WEBHOOK_SECRET, System.currentTimeMillis() / 1000));
    }

    WebClient.Response post(String payload, String signature) {
        HttpRequest.Builder request =
                http.builder("/api/v1/payments/stripe/webhook")
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return http.send(request);
    }
}
