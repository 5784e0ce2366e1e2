package vn.ocop.orders.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.ocop.testkit.WebClient;

/**
 * Real orders for payment tests, placed through the public APIs of the catalogue and the order
 * side: a verified producer, a certified published product with stock, and a guest checkout.
 */
public final class StorefrontAccess {

    public static final String PHONE = "0987654321";

    private final WebClient http;
    private final String office;

    public StorefrontAccess(WebClient http, String office) {
        this.http = http;
        this.office = office;
    }

    /** A published variant with stock: its SKU and the producer member's bearer token. */
    public record Goods(String sku, String member, String producerEmail) {}

    public Goods goods(long priceVnd, long stock) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        WebClient.Response producer =
                http.postJson(
                        "/api/v1/office/producers",
                        """
                        {"name":"HTX Nông sản %s","legalForm":"COOPERATIVE",
                         "registrationNumber":"HTX-%s","provinceCode":"Hải Phòng",
                         "commune":"Cát Hải","address":"Thôn Hoàng Châu, xã Cát Hải",
                         "representative":"Nguyễn Văn Hải","phone":"0912345678","memberCount":20,
                         "email":"htx-%s@example.vn"}
                        """
                                .formatted(tag, tag, tag),
                        "Authorization",
                        office);
        assertThat(producer.status()).as(producer.body()).isEqualTo(201);
        String producerId = producer.json().get("id").asText();
        ok(
                http.postJson(
                        "/api/v1/office/producers/" + producerId + "/verify",
                        "",
                        "Authorization",
                        office));
        String email = "member-" + tag + "@htx.vn";
        WebClient.Response account =
                http.postJson(
                        "/api/v1/office/accounts",
                        """
                        {"email":"%s","displayName":"Xã viên","password":"mat-khau-123",
                         "role":"PRODUCER_MEMBER","producerId":"%s"}
                        """
                                .formatted(email, producerId),
                        "Authorization",
                        office);
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        String member = "Bearer " + http.token(email, "mat-khau-123");
        String sku = "SP-" + tag.toUpperCase();
        WebClient.Response draft =
                http.postJson(
                        "/api/v1/producer/products",
                        """
                        {"nameVi":"Nước mắm Cát Hải","nameEn":"Cat Hai fish sauce",
                         "descriptionVi":"Ủ chượp 12 tháng.","group":"FOOD",
                         "producerIds":["%s"],
                         "origins":[{"province":"Hải Phòng","commune":"Cát Hải"}],
                         "variants":[{"sku":"%s","nameVi":"Chai 500 ml","priceVnd":%d,
                                      "weightGrams":650,"gtin":"%s"}],
                         "regulated":null,"perishable":false,"service":false}
                        """
                                .formatted(producerId, sku, priceVnd, gtin()),
                        "Authorization",
                        member);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String productId = draft.json().get("id").asText();
        ok(
                http.postJson(
                        "/api/v1/producer/products/" + productId + "/submit",
                        "",
                        "Authorization",
                        member));
        WebClient.Response certificate =
                http.postJson(
                        "/api/v1/office/products/" + productId + "/certificates",
                        """
                        {"roundYear":2025,"score":87.5,"level":"PROVINCE",
                         "authority":"UBND thành phố Hải Phòng",
                         "decisionNumber":"1234/QĐ-UBND","decisionDate":"2025-09-30"}
                        """,
                        "Authorization",
                        office);
        assertThat(certificate.status()).as(certificate.body()).isEqualTo(201);
        ok(
                http.postJson(
                        "/api/v1/office/products/" + productId + "/publish",
                        "",
                        "Authorization",
                        office));
        ok(
                http.postJson(
                        "/api/v1/producer/stock/adjustments",
                        """
                        {"sku":"%s","reason":"RECEIVE","quantity":%d,"note":"nhập kho"}
                        """
                                .formatted(sku, stock),
                        "Authorization",
                        member));
        return new Goods(sku, member, "htx-" + tag + "@example.vn");
    }

    /** A guest's home-delivery order of one line; the order as the API returned it. */
    public JsonNode order(Goods goods, long quantity, String paymentMethod) {
        WebClient.Response placed =
                http.postJson(
                        "/api/v1/orders",
                        """
                        {"lines":[{"sku":"%s","quantity":%d}],
                         "recipient":{"name":"Trần Thị Mai","phone":"%s",
                                      "email":"mai@example.vn"},
                         "delivery":{"kind":"HOME","provinceCode":"ha-noi",
                                     "commune":"Phường Ba Đình","street":"12 Phố Điện Biên Phủ"},
                         "paymentMethod":"%s"}
                        """
                                .formatted(goods.sku(), quantity, PHONE, paymentMethod));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed.json();
    }

    /** The order as its guest buyer tracks it. */
    public JsonNode track(String number) {
        WebClient.Response r =
                http.get("/api/v1/orders/track?number=" + number + "&phone=" + PHONE);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The producer's warehouse level of a SKU: [on hand, reserved]. */
    public long[] level(Goods goods) {
        WebClient.Response r = http.get("/api/v1/producer/stock", "Authorization", goods.member());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode level : r.json()) {
            if (level.get("sku").asText().equals(goods.sku())) {
                return new long[] {level.get("onHand").asLong(), level.get("reserved").asLong()};
            }
        }
        return new long[] {0, 0};
    }

    private static void ok(WebClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static String gtin() {
        String body =
                "893" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        return body + (10 - sum % 10) % 10;
    }
}
