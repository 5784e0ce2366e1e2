package vn.ocop.orders.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.orders.web.Shop.homeDelivery;
import static vn.ocop.orders.web.Shop.line;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.orders.application.ReservationExpiry;
import vn.ocop.orders.payment.PayableOrders;
import vn.ocop.orders.payment.PaymentMethod;
import vn.ocop.testkit.WebClient;

/**
 * An order's life: COD packed, shipped, delivered and completed; a failed delivery returning its
 * goods to stock; VietQR and card orders settled, abandoned, expired and refunded through the
 * payments port. Every stock change is checked at the producer's warehouse.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@orders.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
// card orders are placed here; no call reaches Stripe (nothing starts a Checkout Session)
@Property(name = "ocop.stripe.secret-key", value = "sk_test_orders_lifecycle")
@Property(name = "ocop.stripe.api-base", value = "http://127.0.0.1:9")
class OrderLifecycleTest {

    @Inject EmbeddedServer server;
    @Inject PayableOrders payable;
    @Inject ReservationExpiry expiry;
    @Inject JdbcOperations jdbc;

    WebClient http;
    Shop shop;
    Shop.Producer producer;
    Shop.Item item;

    @BeforeEach
    void aProducerWithStock() {
        http = new WebClient(server.getURI());
        shop = new Shop(http, "Bearer " + http.token("office@orders.test", "office-password-1"));
        producer = shop.producer("HTX Miến dong Bình Liêu");
        item = shop.published(producer, 90_000);
        shop.receive(item, 10);
    }

    private JsonNode place(String payment, long quantity) {
        var placed = http.postJson("/api/v1/orders", homeDelivery(payment, line(item, quantity)));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed.json();
    }

    private WebClient.Response act(JsonNode order, String action, String body, String token) {
        return http.postJson(
                "/api/v1/producer/orders/"
                        + order.get("number").asText()
                        + "/fulfilments/"
                        + order.at("/fulfilments/0/id").asText()
                        + "/"
                        + action,
                body,
                "Authorization",
                token);
    }

    private JsonNode officeView(String number) {
        var r = http.get("/api/v1/office/orders/" + number, "Authorization", shop.office);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void a_cod_order_is_packed_shipped_delivered_and_completed_with_every_step_logged() {
        JsonNode order = place("COD", 2);
        String member = producer.member();

        assertThat(act(order, "ship", "{\"trackingNumber\":\"GHN123\"}", member).status())
                .as("ship before pack")
                .isEqualTo(409);
        var stranger = shop.producer("HTX Khác");
        assertThat(act(order, "pack", "", stranger.member()).status()).isEqualTo(403);

        assertThat(act(order, "pack", "", member).json().at("/fulfilments/0/status").asText())
                .isEqualTo("PACKED");
        var noTracking = act(order, "ship", "{\"trackingNumber\":\"\"}", member);
        assertThat(noTracking.status()).as(noTracking.body()).isEqualTo(422);
        var shipped = act(order, "ship", "{\"trackingNumber\":\"GHN123\"}", member);
        assertThat(shipped.json().at("/fulfilments/0/trackingNumber").asText()).isEqualTo("GHN123");
        assertThat(shop.level(item)).containsExactly(8, 0);

        var delivered = act(order, "deliver", "", member).json();
        assertThat(delivered.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(delivered.get("paid").asBoolean()).isTrue();
        // the collected cash is in the one payment log, as the office's "collected" would put it
        JsonNode payments =
                http.get(
                                "/api/v1/office/payments/orders/" + order.get("number").asText(),
                                "Authorization",
                                shop.office)
                        .json()
                        .get("payments");
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).get("method").asText()).isEqualTo("COD");
        assertThat(payments.get(0).get("status").asText()).isEqualTo("SUCCEEDED");

        var again = act(order, "deliver", "", member);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("orders.invalid-transition");

        JsonNode history = officeView(order.get("number").asText()).get("history");
        assertThat(history.findValuesAsText("to"))
                .containsExactly(
                        "CONFIRMED", "PACKED", "SHIPPED", "DELIVERED", "CONFIRMED", "COMPLETED");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("guest");
        assertThat(history.get(1).get("actor").asText()).startsWith("account:");
        assertThat(history.get(2).get("note").asText()).isEqualTo("GHN123");
    }

    @Test
    void a_failed_cod_delivery_returns_and_the_goods_go_back_to_stock() {
        JsonNode order = place("COD", 3);
        String member = producer.member();
        act(order, "pack", "", member);
        act(order, "ship", "{\"trackingNumber\":\"VTP-9\"}", member);
        assertThat(shop.level(item)).containsExactly(7, 0);

        var failed = act(order, "fail-delivery", "{\"reason\":\"Khách không nghe máy\"}", member);
        assertThat(failed.json().at("/fulfilments/0/status").asText()).isEqualTo("DELIVERY_FAILED");
        var returned = act(order, "return", "", member).json();

        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("paid").asBoolean()).isFalse();
        assertThat(shop.level(item)).containsExactly(10, 0);
    }

    @Test
    void a_vietqr_order_waits_for_payment_and_is_confirmed_once_when_settled() {
        JsonNode order = place("VIETQR", 2);
        String number = order.get("number").asText();
        assertThat(act(order, "pack", "", producer.member()).status()).isEqualTo(409);

        var seen = payable.find(number).orElseThrow();
        assertThat(seen.awaitingPayment()).isTrue();
        assertThat(seen.method()).isEqualTo(PaymentMethod.VIETQR);
        assertThat(seen.totalVnd()).isEqualTo(order.get("totalVnd").asLong());
        assertThat(seen.buyerPhone()).isEqualTo("0987654321");

        payable.settle(number, PaymentMethod.VIETQR, "pay-1");
        payable.settle(number, PaymentMethod.VIETQR, "pay-1");

        var settled = payable.find(number).orElseThrow();
        assertThat(settled.settled()).isTrue();
        assertThat(settled.awaitingPayment()).isFalse();
        assertThat(settled.reservedUntil()).isNull();
        JsonNode view = officeView(number);
        assertThat(view.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(view.get("history").findValuesAsText("to"))
                .containsExactly("PENDING_PAYMENT", "CONFIRMED", "TO_PACK");
        assertThat(shop.level(item)).containsExactly(10, 2);
        assertThat(act(order, "pack", "", producer.member()).status()).isEqualTo(200);
    }

    @Test
    void an_abandoned_payment_cancels_and_releases_the_reservation_once() {
        JsonNode order = place("CARD", 4);
        String number = order.get("number").asText();
        assertThat(shop.level(item)).containsExactly(10, 4);

        payable.abandon(number, "card declined");
        payable.abandon(number, "card declined");

        assertThat(officeView(number).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(shop.level(item)).containsExactly(10, 0);

        // money arriving after the cancellation changes nothing here (payments flags it)
        payable.settle(number, PaymentMethod.CARD, "pi-late");
        payable.refunded(number, "re-late");
        var late = payable.find(number).orElseThrow();
        assertThat(late.settled()).isFalse();
        assertThat(late.awaitingPayment()).isFalse();
        assertThat(officeView(number).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(shop.level(item)).containsExactly(10, 0);
    }

    @Test
    void the_expiry_job_cancels_unpaid_orders_whose_reservation_lapsed() {
        JsonNode unpaid = place("VIETQR", 1);
        JsonNode fresh = place("VIETQR", 1);
        assertThat(shop.level(item)).containsExactly(10, 2);
        jdbc.execute(
                c -> {
                    try (var ps =
                            c.prepareStatement(
                                    "UPDATE orders.orders SET reserved_until = now() - interval '1"
                                            + " minute' WHERE number = ?")) {
                        ps.setString(1, unpaid.get("number").asText());
                        return ps.executeUpdate();
                    }
                });

        assertThat(expiry.expireBatch()).isEqualTo(1);

        assertThat(officeView(unpaid.get("number").asText()).get("status").asText())
                .isEqualTo("CANCELLED");
        assertThat(officeView(fresh.get("number").asText()).get("status").asText())
                .isEqualTo("PENDING_PAYMENT");
        assertThat(shop.level(item)).containsExactly(10, 1);
        assertThat(expiry.expireBatch()).isZero();
    }

    @Test
    void an_expiry_batch_releases_stock_rows_in_location_and_sku_order_across_its_orders() {
        // Regression (kill drill in bench/): the batch released order by order and fulfilment by
        // fulfilment, locking stock rows crosswise to checkouts, which lock them in (location,
        // SKU) order; PostgreSQL then aborted one side with "deadlock detected" (a 500).
        Shop.Producer other = shop.producer("HTX Nước mắm Cái Rồng");
        Shop.Item second = shop.published(other, 60_000);
        shop.receive(second, 10);
        Shop.Item early = item;
        Shop.Item late = second;
        if (location(second).compareTo(location(item)) < 0) {
            early = second;
            late = item;
        }
        // the first order to lapse holds the later row first (and both rows), the second only
        // the earlier row
        String first =
                http.postJson(
                                "/api/v1/orders",
                                homeDelivery("VIETQR", line(late, 1), line(early, 1)))
                        .json()
                        .get("number")
                        .asText();
        String then =
                http.postJson("/api/v1/orders", homeDelivery("VIETQR", line(early, 2)))
                        .json()
                        .get("number")
                        .asText();
        lapse(first, 2);
        lapse(then, 1);

        assertThat(expiry.expireBatch()).isEqualTo(2);

        java.util.List<String> released =
                jdbc.execute(
                        c -> {
                            try (var ps =
                                    c.prepareStatement(
                                            "SELECT location_id::text || ' ' || variant_sku FROM"
                                                    + " orders.stock_movements WHERE reason ="
                                                    + " 'RELEASE' AND reference IN (?, ?) ORDER BY"
                                                    + " id")) {
                                ps.setString(1, first);
                                ps.setString(2, then);
                                var out = new java.util.ArrayList<String>();
                                try (var rs = ps.executeQuery()) {
                                    while (rs.next()) out.add(rs.getString(1));
                                }
                                return out;
                            }
                        });
        assertThat(released).hasSize(3).isSorted();
        assertThat(shop.level(early)).containsExactly(10, 0);
        assertThat(shop.level(late)).containsExactly(10, 0);
    }

    private String location(Shop.Item item) {
        return jdbc.execute(
                c -> {
                    try (var ps =
                            c.prepareStatement(
                                    "SELECT location_id::text FROM orders.stock_levels WHERE"
                                            + " variant_sku = ?")) {
                        ps.setString(1, item.sku());
                        try (var rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getString(1);
                        }
                    }
                });
    }

    private void lapse(String number, int minutesAgo) {
        jdbc.execute(
                c -> {
                    try (var ps =
                            c.prepareStatement(
                                    "UPDATE orders.orders SET reserved_until = now() - ? *"
                                            + " interval '1 minute' WHERE number = ?")) {
                        ps.setInt(1, minutesAgo);
                        ps.setString(2, number);
                        return ps.executeUpdate();
                    }
                });
    }

    @Test
    void a_refund_before_shipping_releases_the_stock_and_is_applied_once() {
        JsonNode order = place("CARD", 2);
        String number = order.get("number").asText();
        payable.settle(number, PaymentMethod.CARD, "pi_1");
        assertThat(shop.level(item)).containsExactly(10, 2);

        payable.refunded(number, "re_1");
        payable.refunded(number, "re_1");

        JsonNode view = officeView(number);
        assertThat(view.get("status").asText()).isEqualTo("REFUNDED");
        assertThat(view.at("/fulfilments/0/status").asText()).isEqualTo("CANCELLED");
        assertThat(shop.level(item)).containsExactly(10, 0);
    }

    @Test
    void a_consumer_sees_and_cancels_own_orders_and_nobody_elses() {
        String consumer =
                "Bearer " + http.consumerToken("buyer-" + UUID.randomUUID() + "@example.vn");
        String other = "Bearer " + http.consumerToken("other-" + UUID.randomUUID() + "@example.vn");
        var placed =
                http.postJson(
                        "/api/v1/orders",
                        homeDelivery("COD", line(item, 1)),
                        "Authorization",
                        consumer);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String number = placed.json().get("number").asText();

        var mine = http.get("/api/v1/orders", "Authorization", consumer);
        assertThat(mine.json().findValuesAsText("number")).containsExactly(number);
        assertThat(http.get("/api/v1/orders/" + number, "Authorization", other).status())
                .isEqualTo(404);
        assertThat(
                        http.postJson(
                                        "/api/v1/orders/" + number + "/cancel",
                                        "{}",
                                        "Authorization",
                                        other)
                                .status())
                .isEqualTo(404);

        var cancelled =
                http.postJson(
                        "/api/v1/orders/" + number + "/cancel",
                        "{\"reason\":\"Đặt nhầm\"}",
                        "Authorization",
                        consumer);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(shop.level(item)).containsExactly(10, 0);
        assertThat(
                        http.postJson(
                                        "/api/v1/orders/" + number + "/cancel",
                                        "{}",
                                        "Authorization",
                                        consumer)
                                .status())
                .isEqualTo(409);
    }
}
