package vn.ocop.orders.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.orders.web.Shop.homeDelivery;
import static vn.ocop.orders.web.Shop.line;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/**
 * Checkout through the API: a guest buys from two producers and gets one order with a fulfilment
 * each and stock reserved; refusals are problems naming the line and reason, and leave nothing
 * behind.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@orders.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
class CheckoutTest {

    @Inject EmbeddedServer server;
    @Inject JdbcOperations jdbc;

    WebClient http;
    Shop shop;

    @BeforeEach
    void openTheShop() {
        http = new WebClient(server.getURI());
        shop = new Shop(http, "Bearer " + http.token("office@orders.test", "office-password-1"));
    }

    long count(String sql) {
        return jdbc.execute(
                c -> {
                    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    @Test
    void a_guest_buys_from_two_producers_and_gets_one_order_with_a_fulfilment_each() {
        var catHai = shop.producer("HTX Nước mắm Cát Hải");
        var tra = shop.producer("HTX Chè Tân Cương");
        var fishSauce = shop.published(catHai, 120_000);
        var tea = shop.published(tra, 85_000);
        shop.receive(fishSauce, 10);
        shop.receive(tea, 5);

        var placed =
                http.postJson(
                        "/api/v1/orders", homeDelivery("COD", line(fishSauce, 2), line(tea, 1)));

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        var order = placed.json();
        assertThat(order.get("number").asText()).matches("OCOP-20[0-9]{2}-[0-9]{6}");
        assertThat(order.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(order.get("goodsVnd").asLong()).isEqualTo(2 * 120_000 + 85_000);
        // 3 × 650 g = 1 950 g: the '*' band up to 3 kg
        assertThat(order.get("deliveryFeeVnd").asLong()).isEqualTo(45_000);
        assertThat(order.get("totalVnd").asLong()).isEqualTo(2 * 120_000 + 85_000 + 45_000);
        assertThat(order.get("fulfilments")).hasSize(2);
        assertThat(order.get("fulfilments").findValuesAsText("status")).containsOnly("TO_PACK");
        assertThat(shop.level(fishSauce)).containsExactly(10, 2);
        assertThat(shop.level(tea)).containsExactly(5, 1);

        var tracked =
                http.get(
                        "/api/v1/orders/track?number="
                                + order.get("number").asText()
                                + "&phone=%2B84987654321");
        assertThat(tracked.status()).as(tracked.body()).isEqualTo(200);
        assertThat(tracked.json().get("history").get(0).get("to").asText()).isEqualTo("CONFIRMED");
        var wrongPhone =
                http.get(
                        "/api/v1/orders/track?number="
                                + order.get("number").asText()
                                + "&phone=0900000000");
        assertThat(wrongPhone.status()).isEqualTo(404);
    }

    @Test
    void not_enough_stock_is_a_409_naming_the_line_and_nothing_is_reserved_or_saved() {
        var p = shop.producer("HTX Mật ong Bắc Kạn");
        var honey = shop.published(p, 200_000);
        var other = shop.published(p, 50_000);
        shop.receive(honey, 3);
        shop.receive(other, 3);
        long orders = count("SELECT count(*) FROM orders.orders");

        var refused =
                http.postJson(
                        "/api/v1/orders", homeDelivery("COD", line(other, 1), line(honey, 4)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asText()).isEqualTo("orders.out-of-stock");
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("lines[1].quantity");
        assertThat(refused.json().get("title").asText()).isEqualTo("Không đủ hàng");
        assertThat(shop.level(honey)).containsExactly(3, 0);
        assertThat(shop.level(other)).containsExactly(3, 0);
        assertThat(count("SELECT count(*) FROM orders.orders")).isEqualTo(orders);
    }

    @Test
    void unorderable_lines_are_refused_with_their_reasons_in_english_too() {
        var p = shop.producer("HTX Thuốc lào Tiên Lãng");
        var tobacco = shop.published(p, 30_000, "TOBACCO", false);
        var tour = shop.published(p, 500_000, "null", false);
        var draft = shop.draft(p, 10_000, "null", false);
        var service = shop.published(p, 300_000, "null", true);

        var refused =
                http.send(
                        http.builder("/api/v1/orders")
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .header("Accept-Language", "en")
                                .POST(
                                        java.net.http.HttpRequest.BodyPublishers.ofString(
                                                homeDelivery(
                                                        "VIETQR",
                                                        line(tobacco, 1),
                                                        line(draft, 1),
                                                        line(service, 1),
                                                        "{\"sku\":\"NO-SUCH\",\"quantity\":1}",
                                                        "{\"sku\":\""
                                                                + tour.sku()
                                                                + "\",\"quantity\":1,"
                                                                + "\"lot\":\"L-NONE\"}"))));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        var errors = refused.json().get("errors");
        assertThat(errors.findValuesAsText("field"))
                .containsExactly(
                        "lines[0].sku",
                        "lines[1].sku",
                        "lines[2].bookingDate",
                        "lines[3].sku",
                        "lines[4].lot");
        assertThat(errors.findValuesAsText("code"))
                .containsExactly(
                        "orders.tobacco-not-sold-online",
                        "orders.not-published",
                        "orders.booking-date-required",
                        "orders.unknown-variant",
                        "orders.batch-not-sellable");
        assertThat(refused.json().get("title").asText()).isEqualTo("Tobacco is not sold online");
    }

    @Test
    void a_product_whose_certificate_was_revoked_cannot_be_ordered() {
        var p = shop.producer("HTX Gạo Séng Cù");
        var rice = shop.published(p, 40_000);
        shop.receive(rice, 5);
        var product =
                http.get(
                        "/api/v1/office/products/" + rice.productId(),
                        "Authorization",
                        shop.office);
        String certificate = product.json().at("/certificate/id").asText();
        var revoked =
                http.postJson(
                        "/api/v1/office/certificates/" + certificate + "/revoke",
                        "{\"reason\":\"Vi phạm an toàn thực phẩm\"}",
                        "Authorization",
                        shop.office);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);

        var refused = http.postJson("/api/v1/orders", homeDelivery("COD", line(rice, 1)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("orders.certificate-not-valid");
    }

    @Test
    void bad_addresses_and_shapes_are_4xx_problems() {
        var p = shop.producer("HTX Cam Cao Phong");
        var orange = shop.published(p, 60_000);
        shop.receive(orange, 5);

        var unknownProvince =
                http.postJson(
                        "/api/v1/orders",
                        homeDelivery("COD", line(orange, 1)).replace("ha-noi", "atlantis"));
        assertThat(unknownProvince.status()).as(unknownProvince.body()).isEqualTo(422);
        assertThat(unknownProvince.json().at("/errors/0/field").asText())
                .isEqualTo("delivery.provinceCode");

        var badPhone =
                http.postJson(
                        "/api/v1/orders",
                        homeDelivery("COD", line(orange, 1)).replace("0987654321", "12"));
        assertThat(badPhone.status()).as(badPhone.body()).isEqualTo(422);
        assertThat(badPhone.json().at("/errors/0/field").asText()).isEqualTo("recipient.phone");

        var notJson = http.postJson("/api/v1/orders", "{\"lines\":[");
        assertThat(notJson.status()).isEqualTo(400);

        var noPickupPoint =
                http.postJson(
                        "/api/v1/orders",
                        """
                        {"lines":[%s],"recipient":{"name":"Mai","phone":"0987654321"},
                         "delivery":{"kind":"PICKUP","salePointId":"%s"},"paymentMethod":"COD"}
                        """
                                .formatted(line(orange, 1), java.util.UUID.randomUUID()));
        assertThat(noPickupPoint.status()).as(noPickupPoint.body()).isEqualTo(422);
        assertThat(noPickupPoint.json().get("code").asText())
                .isEqualTo("orders.unknown-sale-point");
        assertThat(shop.level(orange)).containsExactly(5, 0);
    }

    @Test
    void a_commune_of_another_province_is_refused_in_both_languages_and_nothing_is_saved() {
        var p = shop.producer("HTX Nhãn lồng Hưng Yên");
        var longan = shop.published(p, 55_000);
        shop.receive(longan, 5);
        long orders = count("SELECT count(*) FROM orders.orders");
        // Phường Lê Chân is in Hải Phòng, not Hà Nội; 00769 is Xã Mèo Vạc in Tuyên Quang
        String wrongName =
                homeDelivery("COD", line(longan, 1)).replace("Phường Ba Đình", "Phường Lê Chân");
        String wrongCode = homeDelivery("COD", line(longan, 1)).replace("Phường Ba Đình", "00769");

        var vi = http.postJson("/api/v1/orders", wrongName);
        var en = http.postJson("/api/v1/orders", wrongCode, "Accept-Language", "en");

        assertThat(vi.status()).as(vi.body()).isEqualTo(422);
        assertThat(vi.header("Content-Type")).startsWith("application/problem+json");
        assertThat(vi.json().at("/errors/0/field").asText()).isEqualTo("delivery.commune");
        assertThat(vi.json().at("/errors/0/code").asText())
                .isEqualTo("catalog.commune-not-in-province");
        assertThat(vi.json().at("/errors/0/message").asText())
                .isEqualTo("Chọn một xã, phường, đặc khu của tỉnh, thành phố đã chọn");
        assertThat(en.status()).as(en.body()).isEqualTo(422);
        assertThat(en.json().at("/errors/0/field").asText()).isEqualTo("delivery.commune");
        assertThat(en.json().at("/errors/0/message").asText())
                .isEqualTo("Choose a commune, ward or special zone of the chosen province");
        assertThat(count("SELECT count(*) FROM orders.orders")).isEqualTo(orders);
        assertThat(shop.level(longan)).containsExactly(5, 0);
    }

    @Test
    void the_commune_may_be_sent_as_its_code_or_name_and_the_order_keeps_its_official_name() {
        var p = shop.producer("HTX Cốm Mễ Trì");
        var com = shop.published(p, 45_000);
        shop.receive(com, 5);

        var byCode =
                http.postJson(
                        "/api/v1/orders",
                        homeDelivery("COD", line(com, 1)).replace("Phường Ba Đình", "00070"));
        var byFoldedName =
                http.postJson(
                        "/api/v1/orders",
                        homeDelivery("COD", line(com, 1)).replace("Phường Ba Đình", "hoan kiem"));

        assertThat(byCode.status()).as(byCode.body()).isEqualTo(201);
        assertThat(byFoldedName.status()).as(byFoldedName.body()).isEqualTo(201);
        for (var placed : List.of(byCode, byFoldedName)) {
            String number = placed.json().get("number").asText();
            assertThat(commune(number)).isEqualTo("Phường Hoàn Kiếm");
        }
    }

    private String commune(String orderNumber) {
        return jdbc.execute(
                c -> {
                    try (var ps =
                            c.prepareStatement(
                                    "SELECT commune FROM orders.orders WHERE number = ?")) {
                        ps.setString(1, orderNumber);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getString(1);
                        }
                    }
                });
    }

    @Test
    void the_same_idempotency_key_returns_the_same_order_and_another_body_is_a_409() {
        var p = shop.producer("HTX Bưởi Diễn");
        var pomelo = shop.published(p, 70_000);
        shop.receive(pomelo, 5);
        String body = homeDelivery("VIETQR", line(pomelo, 1));

        var first = http.postJson("/api/v1/orders", body, "Idempotency-Key", "key-bd-1");
        var again = http.postJson("/api/v1/orders", body, "Idempotency-Key", "key-bd-1");
        var other =
                http.postJson(
                        "/api/v1/orders",
                        homeDelivery("VIETQR", line(pomelo, 2)),
                        "Idempotency-Key",
                        "key-bd-1");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("status").asText()).isEqualTo("PENDING_PAYMENT");
        assertThat(first.json().get("reservedUntil").isNull()).isFalse();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("number")).isEqualTo(first.json().get("number"));
        assertThat(other.status()).as(other.body()).isEqualTo(409);
        assertThat(other.json().get("code").asText()).isEqualTo("orders.idempotency-key-reused");
        assertThat(shop.level(pomelo)).containsExactly(5, 1);
    }

    @Test
    void two_buyers_sending_the_same_idempotency_key_each_get_their_own_order() {
        var p = shop.producer("HTX Cam Cao Phong");
        var orange = shop.published(p, 40_000);
        shop.receive(orange, 20);
        String body = homeDelivery("COD", line(orange, 1));
        String an = "Bearer " + http.consumerToken("an-" + java.util.UUID.randomUUID() + "@vn.vn");
        String binh =
                "Bearer " + http.consumerToken("binh-" + java.util.UUID.randomUUID() + "@vn.vn");

        var ofAn =
                http.postJson("/api/v1/orders", body, "Authorization", an, "Idempotency-Key", "k1");
        var ofBinh =
                http.postJson(
                        "/api/v1/orders", body, "Authorization", binh, "Idempotency-Key", "k1");
        var anAgain =
                http.postJson("/api/v1/orders", body, "Authorization", an, "Idempotency-Key", "k1");
        var binhAgain =
                http.postJson(
                        "/api/v1/orders", body, "Authorization", binh, "Idempotency-Key", "k1");

        assertThat(ofAn.status()).as(ofAn.body()).isEqualTo(201);
        assertThat(ofBinh.status()).as(ofBinh.body()).isEqualTo(201);
        assertThat(ofBinh.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(ofBinh.json().get("number")).isNotEqualTo(ofAn.json().get("number"));
        assertThat(anAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(anAgain.json().get("number")).isEqualTo(ofAn.json().get("number"));
        assertThat(binhAgain.json().get("number")).isEqualTo(ofBinh.json().get("number"));

        // guests: each cart is its own scope, and without a cart the recipient's phone is
        String fromCart =
                """
                {"recipient":{"name":"Khách","phone":"0912000111"},
                 "delivery":{"kind":"HOME","provinceCode":"ha-noi","commune":"Phường Ba Đình",
                             "street":"1 Phố Kim Mã"},
                 "paymentMethod":"COD"}
                """;
        List<String> numbers = new java.util.ArrayList<>();
        for (int guest = 0; guest < 2; guest++) {
            var browser = new WebClient(server.getURI());
            var added = browser.postJson("/api/v1/cart/lines", line(orange, 2));
            assertThat(added.status()).as(added.body()).isIn(200, 201);
            String cart = added.json().get("cartId").asText();
            var placed =
                    browser.postJson(
                            "/api/v1/orders", fromCart, "X-Cart-Id", cart, "Idempotency-Key", "k1");
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            assertThat(placed.header("Idempotent-Replayed")).isEqualTo("false");
            numbers.add(placed.json().get("number").asText());
        }
        var otherPhone =
                http.postJson(
                        "/api/v1/orders",
                        body.replace("0987654321", "0911222333"),
                        "Idempotency-Key",
                        "k1");
        var samePhone = http.postJson("/api/v1/orders", body, "Idempotency-Key", "k1");
        var samePhoneAgain = http.postJson("/api/v1/orders", body, "Idempotency-Key", "k1");
        assertThat(otherPhone.header("Idempotent-Replayed"))
                .as(otherPhone.body())
                .isEqualTo("false");
        assertThat(samePhone.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(samePhoneAgain.header("Idempotent-Replayed")).isEqualTo("true");
        numbers.add(otherPhone.json().get("number").asText());
        numbers.add(samePhone.json().get("number").asText());
        numbers.add(ofAn.json().get("number").asText());
        numbers.add(ofBinh.json().get("number").asText());
        assertThat(numbers).doesNotHaveDuplicates().hasSize(6);
        assertThat(shop.level(orange)).containsExactly(20, 1 + 1 + 2 + 2 + 1 + 1);
    }

    @Test
    void card_is_refused_at_checkout_while_no_stripe_key_is_configured_and_nothing_is_reserved() {
        var p = shop.producer("HTX Cam Vinh");
        var orange = shop.published(p, 60_000);
        shop.receive(orange, 5);
        var browser = new WebClient(server.getURI());
        var added = browser.postJson("/api/v1/cart/lines", line(orange, 1));
        assertThat(added.status()).as(added.body()).isIn(200, 201);
        long[] before = shop.level(orange);
        var refused =
                browser.postJson(
                        "/api/v1/orders",
                        """
                        {"recipient":{"name":"Khách","phone":"0912000999"},
                         "delivery":{"kind":"HOME","provinceCode":"ha-noi","commune":"Phường Ba Đình",
                                     "street":"1 Phố Kim Mã"},
                         "paymentMethod":"CARD"}
                        """,
                        "X-Cart-Id",
                        added.json().get("cartId").asText());

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("paymentMethod");
        assertThat(shop.level(orange)).isEqualTo(before);
    }

    @Test
    void the_office_fee_table_prices_home_delivery_and_pickup_at_a_sale_point_is_free() {
        var p = shop.producer("HTX Đào Mai Châu");
        var wine = shop.published(p, 100_000);
        shop.receive(wine, 100);
        var table =
                http.putJson(
                        "/api/v1/office/delivery-fees/PHU-THO",
                        "[{\"maxWeightGrams\":2000,\"feeVnd\":15000}]",
                        "Authorization",
                        shop.office);
        assertThat(table.status()).as(table.body()).isEqualTo(200);
        assertThat(table.json().get(0).get("provinceCode").asText()).isEqualTo("phu-tho");
        var byMember =
                http.putJson(
                        "/api/v1/office/delivery-fees/phu-tho", "[]", "Authorization", p.member());
        assertThat(byMember.status()).isEqualTo(403);

        var light = http.postJson("/api/v1/orders", toPhuTho(line(wine, 3)));
        assertThat(light.json().get("deliveryFeeVnd").asLong()).as(light.body()).isEqualTo(15_000);
        var heavy = http.postJson("/api/v1/orders", toPhuTho(line(wine, 4)));
        assertThat(heavy.status()).as(heavy.body()).isEqualTo(422);
        assertThat(heavy.json().get("code").asText()).isEqualTo("orders.no-delivery-fee");

        var salePoint =
                http.postJson(
                        "/api/v1/office/sale-points",
                        """
                        {"name":"Gian hàng OCOP Aeon Long Biên","level":"DISTRICT","kind":"SUPERMARKET_BOOTH",
                         "provinceCode":"ha-noi","commune":"Phường Long Biên","street":"27 Cổ Linh",
                         "operatorName":"Công ty Xúc tiến"}
                        """,
                        "Authorization",
                        shop.office);
        var pickup =
                http.postJson(
                        "/api/v1/orders",
                        """
                        {"lines":[%s],"recipient":{"name":"Mai","phone":"0987654321"},
                         "delivery":{"kind":"PICKUP","salePointId":"%s"},"paymentMethod":"VIETQR"}
                        """
                                .formatted(line(wine, 4), salePoint.json().get("id").asText()));
        assertThat(pickup.status()).as(pickup.body()).isEqualTo(201);
        assertThat(pickup.json().get("deliveryFeeVnd").asLong()).isZero();
        assertThat(pickup.json().get("delivery").asText()).isEqualTo("PICKUP");
        assertThat(shop.level(wine)).containsExactly(100, 7);
    }

    /** Home delivery to Phú Thọ, whose fee table only the fee test edits. */
    private static String toPhuTho(String line) {
        return homeDelivery("COD", line)
                .replace("\"ha-noi\"", "\"phu-tho\"")
                .replace("Phường Ba Đình", "Phường Việt Trì");
    }
}
