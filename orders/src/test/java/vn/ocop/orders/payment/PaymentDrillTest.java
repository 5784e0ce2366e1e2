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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.orders.payment.bank.BankNotifications;
import vn.ocop.testkit.WebClient;

/**
 * Payments against the real order side (checkout, reservations, state machine): a VietQR order paid
 * by a bank notification, COD collected, and the drill — every Stripe and bank notification
 * delivered three times, shuffled, concurrently — ending in one payment per order and the right
 * order state and stock.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "ocop.admin.email", value = "office@drill.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
@Property(name = "ocop.vietqr.bank-bin", value = "970415")
@Property(name = "ocop.vietqr.account", value = "113366668888")
@Property(name = "ocop.vietqr.account-name", value = "TRUNG TAM OCOP")
@Property(name = "ocop.bank.webhook-secret", value = PaymentDrillTest.BANK_SECRET)
class PaymentDrillTest implements TestPropertyProvider {

    static final String BANK_SECRET = "drill-bank-secret";
    static final String STRIPE_SECRET = "whsec_drill";

    final StripeStub stripe = new StripeStub();

    @Inject EmbeddedServer server;
    @Inject BankTransferApiTest.Counts counts;

    WebClient http;
    String office;
    StorefrontAccess shop;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "ocop.stripe.secret-key",
                "sk_test_drill",
                "ocop.stripe.webhook-secret",
                STRIPE_SECRET,
                "ocop.stripe.api-base",
                stripe.baseUrl());
    }

    @AfterAll
    void stopStub() {
        stripe.close();
    }

    @BeforeEach
    void setUp() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@drill.test", "office-password-1");
        shop = new StorefrontAccess(http, office);
    }

    @Test
    void a_real_vietqr_order_is_confirmed_by_the_bank_notification() {
        StorefrontAccess.Goods goods = shop.goods(150_000, 10);
        JsonNode order = shop.order(goods, 2, "VIETQR");
        String number = order.get("number").asText();
        long total = order.get("totalVnd").asLong();
        assertThat(order.get("status").asText()).isEqualTo("PENDING_PAYMENT");

        JsonNode code =
                http.get(
                                "/api/v1/orders/"
                                        + number
                                        + "/payment/vietqr?phone="
                                        + StorefrontAccess.PHONE)
                        .json();
        assertThat(code.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
        assertThat(code.get("amountVnd").asLong()).isEqualTo(total);
        assertThat(code.get("reservedUntil").asText()).isNotBlank();

        WebClient.Response paid =
                bank(
                        total,
                        "Mai chuyen tien " + number.toLowerCase().replace("-", " "),
                        "FT1" + number);

        assertThat(paid.json().get("outcome").asText()).as(paid.body()).isEqualTo("SETTLED");
        assertThat(shop.track(number).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(
                        http.get(
                                        "/api/v1/orders/"
                                                + number
                                                + "/payment/vietqr?phone="
                                                + StorefrontAccess.PHONE)
                                .json()
                                .get("status")
                                .asText())
                .isEqualTo("PAID");
        assertThat(shop.level(goods)).containsExactly(10, 2);
    }

    @Test
    void a_cod_order_is_settled_when_the_office_records_the_cash_collected() {
        StorefrontAccess.Goods goods = shop.goods(80_000, 5);
        String number = shop.order(goods, 1, "COD").get("number").asText();

        WebClient.Response collected =
                http.postJson(
                        "/api/v1/office/payments/orders/" + number + "/cod-collected",
                        "{\"note\":\"Bưu tá đã nộp tiền\"}",
                        "Authorization",
                        office);
        WebClient.Response again =
                http.postJson(
                        "/api/v1/office/payments/orders/" + number + "/cod-collected",
                        "{}",
                        "Authorization",
                        office);

        assertThat(collected.status()).as(collected.body()).isEqualTo(200);
        assertThat(collected.json().get("method").asText()).isEqualTo("COD");
        assertThat(again.json().get("id").asText()).isEqualTo(collected.json().get("id").asText());
        assertThat(counts.payments(number, null)).isEqualTo(1);
        JsonNode tracked = shop.track(number);
        assertThat(tracked.get("status").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void every_notification_three_times_shuffled_and_concurrent_gives_one_payment_each()
            throws Exception {
        StorefrontAccess.Goods goods = shop.goods(100_000, 20);
        JsonNode bankOrder = shop.order(goods, 1, "VIETQR");
        JsonNode cardOrder = shop.order(goods, 2, "CARD");
        JsonNode lostOrder = shop.order(goods, 3, "CARD");
        assertThat(shop.level(goods)).containsExactly(20, 6);
        String bankNumber = bankOrder.get("number").asText();
        String cardNumber = cardOrder.get("number").asText();
        String lostNumber = lostOrder.get("number").asText();
        long cardTotal = cardOrder.get("totalVnd").asLong();
        String cardSession = startCard(cardNumber);
        String lostSession = startCard(lostNumber);

        List<Runnable> deliveries = new ArrayList<>();
        String bankBody =
                BankTransferApiTest.body(
                        bankOrder.get("totalVnd").asLong(),
                        bankNumber.replace("-", ""),
                        "FT-DRILL-" + bankNumber);
        String completed =
                StripeStub.event(
                        "evt_c_" + UUID.randomUUID(),
                        "checkout.session.completed",
                        StripeStub.completedSession(
                                cardSession, cardNumber, cardTotal, "pi_" + cardNumber));
        String succeeded =
                StripeStub.event(
                        "evt_s_" + UUID.randomUUID(),
                        "payment_intent.succeeded",
                        StripeStub.intent("pi_" + cardNumber, cardNumber, cardTotal, "succeeded"));
        String failed =
                StripeStub.event(
                        "evt_f_" + UUID.randomUUID(),
                        "payment_intent.payment_failed",
                        StripeStub.intent(
                                "pi_" + lostNumber,
                                lostNumber,
                                lostOrder.get("totalVnd").asLong(),
                                "requires_payment_method"));
        String expired =
                StripeStub.event(
                        "evt_e_" + UUID.randomUUID(),
                        "checkout.session.expired",
                        StripeStub.expiredSession(lostSession, lostNumber));
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            deliveries.add(() -> statuses.add(postBank(bankBody).status()));
            for (String event : List.of(completed, succeeded, failed, expired)) {
                deliveries.add(() -> statuses.add(stripeWebhook(event).status()));
            }
        }
        Collections.shuffle(deliveries);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Runnable delivery : deliveries) {
            running.add(
                    pool.submit(
                            () -> {
                                start.await();
                                delivery.run();
                                return null;
                            }));
        }
        start.countDown();
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(statuses).hasSize(15).containsOnly(200);
        assertThat(counts.payments(bankNumber, "SUCCEEDED")).isEqualTo(1);
        assertThat(counts.payments(bankNumber, null)).isEqualTo(1);
        assertThat(counts.payments(cardNumber, "SUCCEEDED")).isEqualTo(1);
        assertThat(counts.payments(cardNumber, null)).isEqualTo(1);
        assertThat(counts.payments(lostNumber, "SUCCEEDED")).isZero();
        assertThat(shop.track(bankNumber).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(shop.track(cardNumber).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(shop.track(lostNumber).get("status").asText()).isEqualTo("CANCELLED");
        // the lost order's 3 units went back; the two paid orders keep theirs reserved
        assertThat(shop.level(goods)).containsExactly(20, 3);
        JsonNode history =
                http.get("/api/v1/office/payments/orders/" + cardNumber, "Authorization", office)
                        .json();
        assertThat(history.get("events")).hasSize(2);
        assertThat(history.get("events").findValuesAsText("outcome"))
                .containsExactlyInAnyOrder("SETTLED", "ALREADY_SETTLED");
        long confirmations = countTransitions(shop.track(cardNumber), "CONFIRMED");
        assertThat(confirmations).isEqualTo(1);
    }

    private static long countTransitions(JsonNode order, String to) {
        long n = 0;
        for (JsonNode t : order.path("history")) {
            if (to.equals(t.path("to").asText())) {
                n++;
            }
        }
        return n;
    }

    private String startCard(String number) {
        WebClient.Response r =
                http.postJson(
                        "/api/v1/orders/" + number + "/payment/card",
                        "{\"phone\":\"" + StorefrontAccess.PHONE + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("sessionId").asText();
    }

    private WebClient.Response bank(long amount, String content, String tx) {
        return postBank(BankTransferApiTest.body(amount, content, tx));
    }

    private WebClient.Response postBank(String body) {
        return http.send(
                http.builder("/api/v1/payments/bank/notifications")
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header(
                                "X-Signature",
                                BankNotifications.sign(
                                        body.getBytes(StandardCharsets.UTF_8), BANK_SECRET))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private WebClient.Response stripeWebhook(String payload) {
        return http.send(
                http.builder("/api/v1/payments/stripe/webhook")
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header(
                                "Stripe-Signature",
                                StripeStub.signature(
                                        payload, STRIPE_SECRET, System.currentTimeMillis() / 1000))
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        payload, StandardCharsets.UTF_8)));
    }
}
