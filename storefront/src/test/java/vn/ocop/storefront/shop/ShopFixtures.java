package vn.ocop.storefront.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.ocop.testkit.WebClient;

/**
 * Set-up for the shop page tests and browser journeys, through the real REST API as the office,
 * producers and banks would do it: verified cooperatives with member accounts, published certified
 * products, stock received into a producer's warehouse, consumers, and signed bank notifications.
 */
public final class ShopFixtures {

    public static final String PASSWORD = "mat-khau-123";

    /** A producer member who can log in (email + {@link #PASSWORD}) or call the API (token). */
    public record Member(UUID producerId, String email, String token) {
        public String bearer() {
            return "Bearer " + token;
        }
    }

    /** A published variant of a producer's product. */
    public record Item(String productId, String sku, String productName, long priceVnd) {}

    private final WebClient http;
    private final String office;

    public ShopFixtures(URI base, String officeEmail, String officePassword) {
        this.http = new WebClient(base);
        this.office = "Bearer " + http.token(officeEmail, officePassword);
    }

    public WebClient http() {
        return http;
    }

    /** A verified cooperative with one member. */
    public Member producer(String name) {
        var created =
                http.postJson(
                        "/api/v1/office/producers",
                        """
                        {"name":"%s","legalForm":"COOPERATIVE","registrationNumber":"HTX-%s",
                         "provinceCode":"Hải Phòng","commune":"Cát Hải","address":"Thôn Hoàng Châu",
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
        return member(id);
    }

    /** A new member account for an existing producer (e.g. one of the demo catalogue's). */
    public Member member(UUID producerId) {
        String email = "member-" + UUID.randomUUID() + "@htx.vn";
        var account =
                http.postJson(
                        "/api/v1/office/accounts",
                        """
                        {"email":"%s","displayName":"Xã viên HTX","password":"%s",
                         "role":"PRODUCER_MEMBER","producerId":"%s"}
                        """
                                .formatted(email, PASSWORD, producerId),
                        "Authorization",
                        office);
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return new Member(producerId, email, http.token(email, PASSWORD));
    }

    /** A submitted, certified and published product with one variant (650 g). */
    public Item product(Member member, String nameVi, long priceVnd) {
        String sku = "SHOP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var draft =
                http.postJson(
                        "/api/v1/producer/products",
                        """
                        {"nameVi":"%s","nameEn":"Cat Hai fish sauce",
                         "descriptionVi":"Ủ chượp 12 tháng trong thùng gỗ.","group":"FOOD",
                         "producerIds":["%s"],
                         "origins":[{"province":"Hải Phòng","commune":"Cát Hải"}],
                         "variants":[{"sku":"%s","nameVi":"Chai 500 ml","priceVnd":%d,
                                      "weightGrams":650,"gtin":"%s"}],
                         "perishable":false,"service":false}
                        """
                                .formatted(nameVi, member.producerId(), sku, priceVnd, freshGtin()),
                        "Authorization",
                        member.bearer());
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asText();
        var submitted =
                http.postJson(
                        "/api/v1/producer/products/" + id + "/submit",
                        "",
                        "Authorization",
                        member.bearer());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        var certificate =
                http.postJson(
                        "/api/v1/office/products/" + id + "/certificates",
                        """
                        {"roundYear":2025,"score":87.5,"level":"PROVINCE","authority":"UBND thành phố Hải Phòng",
                         "decisionNumber":"1234/QĐ-UBND","decisionDate":"2025-09-30"}
                        """,
                        "Authorization",
                        office);
        assertThat(certificate.status()).as(certificate.body()).isEqualTo(201);
        var published =
                http.postJson(
                        "/api/v1/office/products/" + id + "/publish", "", "Authorization", office);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return new Item(id, sku, nameVi, priceVnd);
    }

    /** Goods received into the member's producer's warehouse (the stock API). */
    public void receive(Member member, String sku, long quantity) {
        var received =
                http.postJson(
                        "/api/v1/producer/stock/adjustments",
                        """
                        {"sku":"%s","reason":"RECEIVE","quantity":%d,"note":"nhập kho"}
                        """
                                .formatted(sku, quantity),
                        "Authorization",
                        member.bearer());
        assertThat(received.status()).as(received.body()).isEqualTo(200);
    }

    /** What is available of a SKU in the member's producer's warehouse. */
    public long available(Member member, String sku) {
        var levels = http.get("/api/v1/producer/stock", "Authorization", member.bearer());
        assertThat(levels.status()).as(levels.body()).isEqualTo(200);
        for (var level : levels.json()) {
            if (level.get("sku").asText().equals(sku)) return level.get("available").asLong();
        }
        return 0;
    }

    /** Registers a consumer; logs in with the e-mail and {@link #PASSWORD}. */
    public String consumer() {
        String email = "khach-" + UUID.randomUUID() + "@example.vn";
        var created =
                http.postJson(
                        "/api/v1/accounts",
                        "{\"email\":\"%s\",\"displayName\":\"Nguyễn Thị Lan\",\"password\":\"%s\"}"
                                .formatted(email, PASSWORD));
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        return email;
    }

    /** A page client logged in through the login form. */
    public WebClient loggedIn(URI base, String email) {
        WebClient browser = new WebClient(base);
        var form = browser.page("/login");
        var login =
                browser.postForm(
                        "/login",
                        Map.of(
                                "csrfToken",
                                form.csrfToken(),
                                "identifier",
                                email,
                                "password",
                                PASSWORD));
        assertThat(login.status()).as(login.body()).isEqualTo(303);
        return browser;
    }

    /**
     * Posts a bank's credit notification, signed with HMAC-SHA256 of the raw body in {@code
     * X-Signature} as the bank does, to the real endpoint.
     */
    public WebClient.Response bankNotification(
            long amountVnd, String content, String transactionId, String secret) {
        String body =
                "{\"amount\":%d,\"content\":\"%s\",\"transactionId\":\"%s\",\"time\":\"2026-11-22T10:15:30+07:00\"}"
                        .formatted(amountVnd, content, transactionId);
        return http.send(
                http.builder("/api/v1/payments/bank/notifications")
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("X-Signature", "sha256=" + hmac(body, secret))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    static String hmac(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GTIN-13 with the 893 (Vietnam) prefix and a correct check digit. */
    static String freshGtin() {
        String body =
                "893" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = body.charAt(11 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return body + (10 - sum % 10) % 10;
    }
}
