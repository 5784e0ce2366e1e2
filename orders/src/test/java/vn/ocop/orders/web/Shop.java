package vn.ocop.orders.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.ocop.testkit.WebClient;

/**
 * Sets up a shop through the public APIs, as the office and producers would: verified cooperatives
 * with member accounts, published certified products, stock in their warehouses, and checkout
 * bodies.
 */
final class Shop {

    final WebClient http;
    final String office;

    Shop(WebClient http, String office) {
        this.http = http;
        this.office = office;
    }

    /** A verified cooperative and one member's bearer token. */
    record Producer(UUID id, String member) {}

    /** A published variant of a producer. */
    record Item(String sku, String productId, String gtin, long price, Producer producer) {}

    Producer producer(String name) {
        var created =
                http.postJson(
                        "/api/v1/office/producers",
                        """
                        {"name":"%s","legalForm":"COOPERATIVE","registrationNumber":"HTX-%s",
                         "provinceCode":"Hải Phòng","commune":"Cát Hải","address":"Thôn Hoàng Châu, xã Cát Hải",
                         "representative":"Nguyễn Văn Hải","phone":"0912345678","memberCount":45}
                        """
                                .formatted(name, UUID.randomUUID().toString().substring(0, 8)),
                        "Authorization",
                        office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asText());
        var verified =
                http.postJson(
                        "/api/v1/office/producers/" + id + "/verify", "", "Authorization", office);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        String email = "member-" + UUID.randomUUID() + "@htx.vn";
        var account =
                http.postJson(
                        "/api/v1/office/accounts",
                        """
                        {"email":"%s","displayName":"Xã viên","password":"mat-khau-123",
                         "role":"PRODUCER_MEMBER","producerId":"%s"}
                        """
                                .formatted(email, id),
                        "Authorization",
                        office);
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return new Producer(id, "Bearer " + http.token(email, "mat-khau-123"));
    }

    /** A GTIN-13 with a valid check digit that no other test uses. */
    static String freshGtin() {
        String body =
                "893" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        return body + (10 - sum % 10) % 10;
    }

    Item published(Producer p, long price) {
        return published(p, price, "null", false);
    }

    /**
     * A submitted, 4★-certified, published listing.
     *
     * @param regulated JSON value of {@code regulated}, e.g. {@code "TOBACCO"} or {@code null}
     */
    Item published(Producer p, long price, String regulated, boolean service) {
        Item item = draft(p, price, regulated, service);
        var submitted =
                http.postJson(
                        "/api/v1/producer/products/" + item.productId() + "/submit",
                        "",
                        "Authorization",
                        p.member());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        var certificate =
                http.postJson(
                        "/api/v1/office/products/" + item.productId() + "/certificates",
                        """
                        {"roundYear":2025,"score":87.5,"level":"PROVINCE","authority":"UBND thành phố Hải Phòng",
                         "decisionNumber":"1234/QĐ-UBND","decisionDate":"2025-09-30"}
                        """,
                        "Authorization",
                        office);
        assertThat(certificate.status()).as(certificate.body()).isEqualTo(201);
        var published =
                http.postJson(
                        "/api/v1/office/products/" + item.productId() + "/publish",
                        "",
                        "Authorization",
                        office);
        assertThat(published.json().get("visible").asBoolean()).as(published.body()).isTrue();
        return item;
    }

    Item draft(Producer p, long price, String regulated, boolean service) {
        String sku = "SP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String gtin = freshGtin();
        String regulatedJson = "null".equals(regulated) ? "null" : "\"" + regulated + "\"";
        var draft =
                http.postJson(
                        "/api/v1/producer/products",
                        """
                        {"nameVi":"Nước mắm Cát Hải","nameEn":"Cat Hai fish sauce",
                         "descriptionVi":"Ủ chượp 12 tháng trong thùng gỗ.","group":"FOOD",
                         "producerIds":["%s"],
                         "origins":[{"province":"Hải Phòng","commune":"Cát Hải"}],
                         "variants":[{"sku":"%s","nameVi":"Chai 500 ml","priceVnd":%d,
                                      "weightGrams":650,"gtin":"%s"}],
                         "regulated":%s,"perishable":false,"service":%s}
                        """
                                .formatted(p.id(), sku, price, gtin, regulatedJson, service),
                        "Authorization",
                        p.member());
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        return new Item(sku, draft.json().get("id").asText(), gtin, price, p);
    }

    /** Goods received into the producer's warehouse. */
    void receive(Item item, long quantity) {
        var r =
                http.postJson(
                        "/api/v1/producer/stock/adjustments",
                        """
                        {"sku":"%s","reason":"RECEIVE","quantity":%d,"note":"nhập kho"}
                        """
                                .formatted(item.sku(), quantity),
                        "Authorization",
                        item.producer().member());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** The warehouse level of an item: [on hand, reserved]. */
    long[] level(Item item) {
        var r = http.get("/api/v1/producer/stock", "Authorization", item.producer().member());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (var level : r.json()) {
            if (level.get("sku").asText().equals(item.sku())) {
                return new long[] {level.get("onHand").asLong(), level.get("reserved").asLong()};
            }
        }
        return new long[] {0, 0};
    }

    static String line(Item item, long quantity) {
        return "{\"sku\":\"%s\",\"quantity\":%d}".formatted(item.sku(), quantity);
    }

    /** A checkout body for home delivery to Hà Nội. */
    static String homeDelivery(String payment, String... lines) {
        return """
                {"lines":[%s],
                 "recipient":{"name":"Trần Thị Mai","phone":"0987654321","email":"mai@example.vn"},
                 "delivery":{"kind":"HOME","provinceCode":"ha-noi","commune":"Phường Ba Đình",
                             "street":"12 Phố Điện Biên Phủ"},
                 "paymentMethod":"%s"}
                """
                .formatted(String.join(",", lines), payment);
    }
}
