package vn.ocop.bench;

import vn.ocop.testkit.WebClient;
import vn.ocop.traceability.domain.Gtin;

/**
 * Seeds what an order needs through the public API, as the office and producer members would:
 * verified producers with a member account, published certified products with one variant, stock
 * received at the producer's warehouse.
 */
final class BenchShop {

    /** A verified producer and the bearer token of its member. */
    record Producer(String id, String member) {}

    private final WebClient http;
    private final String office;
    private int gtins = 100_000;

    BenchShop(WebClient http, String office) {
        this.http = http;
        this.office = office;
    }

    Producer producer(String name, String key) {
        var created =
                ok(
                        http.postJson(
                                "/api/v1/office/producers",
                                """
                                {"name":"%s","legalForm":"COOPERATIVE","registrationNumber":"HTX-%s",
                                 "provinceCode":"Hải Phòng","commune":"Cát Hải","address":"Thôn Hoàng Châu",
                                 "representative":"Nguyễn Văn Hải","phone":"0912345678","memberCount":45}
                                """
                                        .formatted(name, key),
                                "Authorization",
                                office));
        String id = created.json().get("id").asText();
        ok(
                http.postJson(
                        "/api/v1/office/producers/" + id + "/verify", "", "Authorization", office));
        String email = "member-" + key.toLowerCase() + "@bench.local";
        ok(
                http.postJson(
                        "/api/v1/office/accounts",
                        """
                        {"email":"%s","displayName":"Xã viên","password":"mat-khau-123",
                         "role":"PRODUCER_MEMBER","producerId":"%s"}
                        """
                                .formatted(email, id),
                        "Authorization",
                        office));
        return new Producer(id, "Bearer " + http.token(email, "mat-khau-123"));
    }

    /** A product with one variant {@code sku} at 120.000 ₫, certified 4★ and published. */
    void product(Producer producer, String sku) {
        String gtinBody = "0893" + String.format("%09d", gtins++);
        String gtin = gtinBody + Gtin.checkDigit(gtinBody);
        var product =
                ok(
                        http.postJson(
                                "/api/v1/producer/products",
                                """
                                {"nameVi":"Sản phẩm %s","nameEn":"Product %s",
                                 "descriptionVi":"Ủ chượp 12 tháng.","group":"FOOD","producerIds":["%s"],
                                 "origins":[{"province":"Hải Phòng","commune":"Cát Hải"}],
                                 "variants":[{"sku":"%s","nameVi":"Chai 500 ml","priceVnd":120000,
                                              "weightGrams":650,"gtin":"%s"}],
                                 "perishable":false,"service":false}
                                """
                                        .formatted(sku, sku, producer.id(), sku, gtin),
                                "Authorization",
                                producer.member()));
        String productId = product.json().get("id").asText();
        ok(
                http.postJson(
                        "/api/v1/producer/products/" + productId + "/submit",
                        "",
                        "Authorization",
                        producer.member()));
        ok(
                http.postJson(
                        "/api/v1/office/products/" + productId + "/certificates",
                        """
                        {"roundYear":2025,"score":87.5,"level":"PROVINCE","authority":"UBND thành phố Hải Phòng",
                         "decisionNumber":"1234/QĐ-UBND","decisionDate":"2025-09-30"}
                        """,
                        "Authorization",
                        office));
        ok(
                http.postJson(
                        "/api/v1/office/products/" + productId + "/publish",
                        "",
                        "Authorization",
                        office));
    }

    void receive(Producer producer, String sku, long quantity) {
        ok(
                http.postJson(
                        "/api/v1/producer/stock/adjustments",
                        "{\"sku\":\"%s\",\"reason\":\"RECEIVE\",\"quantity\":%d,\"note\":\"bench\"}"
                                .formatted(sku, quantity),
                        "Authorization",
                        producer.member()));
    }

    static WebClient.Response ok(WebClient.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(response.status() + ": " + response.body());
        }
        return response;
    }
}
