package vn.ocop.storefront.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.ocop.testkit.WebClient;

/**
 * Set-up for the producer and moderation pages, through the real REST API as the office would do
 * it: verified producers, member accounts bound to them, draft listings; and logging a browser-like
 * {@link WebClient} in through the login page.
 */
public final class ProducerAccounts {

    public static final String PASSWORD = "mat-khau-123";

    private final WebClient http;
    private final String office;

    public ProducerAccounts(URI base, String officeEmail, String officePassword) {
        this.http = new WebClient(base);
        this.office = http.token(officeEmail, officePassword);
    }

    public String officeToken() {
        return office;
    }

    /** A producer the office has verified (a listing of it can be published). */
    public UUID verifiedProducer(String name) {
        var created =
                http.postJson(
                        "/api/v1/office/producers",
                        """
                        {"name":"%s","legalForm":"COOPERATIVE","registrationNumber":"HTX-%s",
                         "provinceCode":"Quảng Ninh","commune":"Tân Lập","address":"Thôn 1",
                         "representative":"Nguyễn Văn An","phone":"0912345678","memberCount":20}
                        """
                                .formatted(name, UUID.randomUUID().toString().substring(0, 8)),
                        "Authorization",
                        "Bearer " + office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asText());
        var verified =
                http.postJson(
                        "/api/v1/office/producers/" + id + "/verify",
                        "",
                        "Authorization",
                        "Bearer " + office);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        return id;
    }

    /** A member account of the producer; returns its e-mail (password {@link #PASSWORD}). */
    public String member(UUID producerId) {
        return account("PRODUCER_MEMBER", "\"producerId\":\"" + producerId + "\"");
    }

    /** An account of any role with its binding JSON (may be empty); returns its e-mail. */
    public String account(String role, String binding) {
        String email =
                role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID() + "@producer.test";
        var created =
                http.postJson(
                        "/api/v1/office/accounts",
                        "{\"email\":\"%s\",\"displayName\":\"Nguyễn Thị Hoa\",\"password\":\"%s\",\"role\":\"%s\"%s}"
                                .formatted(
                                        email,
                                        PASSWORD,
                                        role,
                                        binding.isEmpty() ? "" : "," + binding),
                        "Authorization",
                        "Bearer " + office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return email;
    }

    public String token(String email) {
        return http.token(email, PASSWORD);
    }

    /** A draft listing of the producer with one variant, created through the API as its member. */
    public UUID draftListing(String memberEmail, UUID producerId, String sku) {
        var draft =
                http.postJson(
                        "/api/v1/producer/products",
                        """
                        {"nameVi":"Chè Shan tuyết","group":"DRINKS","producerIds":["%s"],
                         "origins":[{"province":"Quảng Ninh","commune":"Tân Lập"}],
                         "variants":[{"sku":"%s","nameVi":"Gói 100 g","priceVnd":85000}],
                         "perishable":false,"service":false}
                        """
                                .formatted(producerId, sku),
                        "Authorization",
                        "Bearer " + token(memberEmail));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        return UUID.fromString(draft.json().get("id").asText());
    }

    /** A listing submitted, certified 4★ and published through the API. */
    public UUID publishedListing(String memberEmail, UUID producerId, String sku) {
        UUID id = draftListing(memberEmail, producerId, sku);
        String member = "Bearer " + token(memberEmail);
        var submitted =
                http.postJson(
                        "/api/v1/producer/products/" + id + "/submit", "", "Authorization", member);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        var certified =
                http.postJson(
                        "/api/v1/office/products/" + id + "/certificates",
                        """
                        {"roundYear":2025,"score":80,"level":"PROVINCE","authority":"UBND tỉnh Quảng Ninh",
                         "decisionNumber":"99/QĐ-UBND","decisionDate":"2025-10-01"}
                        """,
                        "Authorization",
                        "Bearer " + office);
        assertThat(certified.status()).as(certified.body()).isEqualTo(201);
        var published =
                http.postJson(
                        "/api/v1/office/products/" + id + "/publish",
                        "",
                        "Authorization",
                        "Bearer " + office);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    /** Logs the client in through the login page (session cookie), as a browser would. */
    public static void logIn(WebClient browser, String email, String password) {
        var page = browser.page("/login");
        var posted =
                browser.postForm(
                        "/login",
                        Map.of(
                                "csrfToken",
                                page.csrfToken(),
                                "identifier",
                                email,
                                "password",
                                password));
        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        assertThat(browser.cookie("ocop_session")).isNotBlank();
    }

    /** A GTIN-13 with the 893 (Vietnam) prefix and a correct check digit. */
    public static String freshGtin() {
        String body =
                "893" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = body.charAt(11 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return body + (10 - sum % 10) % 10;
    }

    /** The same GTIN with its check digit changed: fails the GS1 check. */
    public static String withWrongCheckDigit(String gtin) {
        char last = gtin.charAt(gtin.length() - 1);
        return gtin.substring(0, gtin.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }
}
