package vn.ocop.storefront.producerops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.ocop.testkit.WebClient;

/**
 * Producers, members, products and sale points for the producer operations tests, made through the
 * real REST API as the office and the members would; and a member's logged-in page session.
 */
public final class ProducerOpsFixtures {

    public static final String PASSWORD = "mat-khau-123";
    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final URI base;
    private final WebClient http;
    private final String office;

    public ProducerOpsFixtures(URI base, String officeEmail, String officePassword) {
        this.base = base;
        this.http = new WebClient(base);
        this.office = "Bearer " + http.token(officeEmail, officePassword);
    }

    /** A verified producer with one member and one draft product whose variant has a GTIN. */
    public record Producer(
            UUID id, String name, String email, String bearer, String sku, String gtin) {}

    public Producer producer(String name) {
        UUID id = verifiedCooperative(name);
        String email = "member-" + UUID.randomUUID() + "@htx.vn";
        var account =
                http.postJson(
                        "/api/v1/office/accounts",
                        """
                        {"email":"%s","displayName":"Xã viên","password":"%s",
                         "role":"PRODUCER_MEMBER","producerId":"%s"}
                        """
                                .formatted(email, PASSWORD, id),
                        "Authorization",
                        office);
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        String bearer = "Bearer " + http.token(email, PASSWORD);
        String gtin = freshGtin();
        String sku = "NM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var draft =
                http.postJson(
                        "/api/v1/producer/products",
                        """
                        {"nameVi":"Nước mắm Cát Hải","nameEn":"Cat Hai fish sauce",
                         "descriptionVi":"Ủ chượp 12 tháng trong thùng gỗ.","group":"FOOD",
                         "producerIds":["%s"],
                         "origins":[{"province":"Hải Phòng","commune":"Cát Hải"}],
                         "variants":[{"sku":"%s","nameVi":"Chai 500 ml","nameEn":"500 ml bottle",
                                      "priceVnd":120000,"weightGrams":650,"gtin":"%s"}],
                         "perishable":false,"service":false}
                        """
                                .formatted(id, sku, gtin),
                        "Authorization",
                        bearer);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        return new Producer(id, name, email, bearer, sku, gtin);
    }

    /** An open sale point goods may be sent to. */
    public UUID salePoint(String name) {
        var created =
                http.postJson(
                        "/api/v1/office/sale-points",
                        """
                        {"name":"%s","level":"PROVINCIAL","kind":"OCOP_CENTRE",
                         "provinceCode":"quang-nam","commune":"Phường Minh An","street":"Trần Phú",
                         "operatorName":"Sở Công Thương"}
                        """
                                .formatted(name),
                        "Authorization",
                        office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    /** A batch registered through the API (for tests that need one ready). */
    public UUID batch(Producer producer, String lot) {
        var created =
                http.postJson(
                        "/api/v1/producer/batches",
                        """
                        {"gtin":"%s","lot":"%s","productionDate":"%s","expiryDate":"%s",
                         "quantity":1200,"unit":"PIECE","productionSite":"Xưởng HTX"}
                        """
                                .formatted(
                                        producer.gtin(),
                                        lot,
                                        TODAY.minusDays(10),
                                        TODAY.plusYears(2)),
                        "Authorization",
                        producer.bearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    /** A browser session (cookie) logged in as the producer's member through the login form. */
    public WebClient session(Producer producer) {
        WebClient browser = new WebClient(base);
        var login = browser.page("/login");
        var posted =
                browser.postForm(
                        "/login",
                        Map.of(
                                "csrfToken",
                                login.csrfToken(),
                                "identifier",
                                producer.email(),
                                "password",
                                PASSWORD));
        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        return browser;
    }

    public WebClient api() {
        return http;
    }

    /** A multipart form post as a browser sends it (one file part and text parts). */
    public static WebClient.Response postMultipart(
            WebClient browser,
            String path,
            String fileName,
            String contentType,
            byte[] data,
            Map<String, String> fields) {
        String boundary = "----pops" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        try {
            for (var part : fields.entrySet()) {
                body.write(
                        ("--"
                                        + boundary
                                        + "\r\nContent-Disposition: form-data; name=\""
                                        + part.getKey()
                                        + "\"\r\n\r\n"
                                        + part.getValue()
                                        + "\r\n")
                                .getBytes(StandardCharsets.UTF_8));
            }
            body.write(
                    ("--"
                                    + boundary
                                    + "\r\nContent-Disposition: form-data; name=\"file\";"
                                    + " filename=\""
                                    + fileName
                                    + "\"\r\nContent-Type: "
                                    + contentType
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            body.write(data);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return browser.send(
                browser.builder(path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", WebClient.BROWSER_ACCEPT)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private UUID verifiedCooperative(String name) {
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
        return id;
    }

    /** A GTIN-13 with a valid check digit that no other test uses. */
    public static String freshGtin() {
        String body =
                "893" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return body + (10 - sum % 10) % 10;
    }
}
