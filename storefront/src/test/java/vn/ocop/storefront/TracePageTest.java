package vn.ocop.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/**
 * The scan page behind every QR code over real HTTP: the resolver's redirect lands on a page with
 * the Circular 02/2024 fields, the live certificate, the recall banner, in Vietnamese by default
 * and English when asked; an unknown code is the not-found page.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@trace-page.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class TracePageTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject EmbeddedServer server;

    WebClient http;
    String office;

    @BeforeEach
    void logInTheOffice() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@trace-page.test", "office-password-1");
    }

    record Code(String gtin, String lot, String member, String batchId, String productId) {}

    @Test
    void a_scan_redirects_to_a_page_with_product_producer_lot_expiry_and_certificate()
            throws Exception {
        Code code = batch("NM-T1");

        var scan = http.get("/01/0" + code.gtin() + "/10/NM-T1");
        assertThat(scan.status()).as(scan.body()).isEqualTo(307);
        String location = scan.header("Location");
        assertThat(location).endsWith("/trace/01/0" + code.gtin() + "/10/NM-T1");

        // A phone's browser, no cookie yet: the redirect carries none (the page it leads to does),
        // so the resolver's fast path answers it from the second scan on (ADR 0011).
        HttpClient phone = HttpClient.newHttpClient();
        for (int scanOfPhone = 0; scanOfPhone < 2; scanOfPhone++) {
            HttpResponse<Void> fromPhone =
                    phone.send(
                            http.builder("/01/0" + code.gtin() + "/10/NM-T1")
                                    .header(
                                            "Accept",
                                            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            assertThat(fromPhone.statusCode()).isEqualTo(307);
            assertThat(fromPhone.headers().firstValue("Location")).hasValue(location);
            assertThat(fromPhone.headers().allValues("Set-Cookie")).isEmpty();
        }

        var page = http.page(URI.create(location).getPath());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.raw().headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.contains("csrf"));
        assertThat(page.body())
                .contains("<html lang=\"vi\">")
                .contains("<h1 data-catalogue>Nước mắm Cát Hải</h1>")
                .contains("HTX Nước mắm Trace", "Thôn Hoàng Châu, xã Cát Hải", "Hải Phòng")
                .contains("Số lô", ">NM-T1</dd>")
                .contains("Hạn sử dụng", "<dd>" + DAY.format(TODAY.plusYears(2)) + "</dd>")
                .contains("Ngày sản xuất", "<dd>" + DAY.format(TODAY.minusDays(10)) + "</dd>")
                .contains("class=\"trace-certificate certificate-valid\"", "Còn hiệu lực")
                .contains("Sản phẩm OCOP 4 sao", "hiệu lực đến")
                .contains("KN-2025/123", "Không phát hiện", "Kết quả kiểm nghiệm")
                .contains("Hành trình sản phẩm", "Đóng gói")
                .doesNotContain("id=\"recall-banner\"", "??");

        var unit = http.page("/trace/01/" + code.gtin() + "/10/NM-T1/21/AB7K9QZX2M");
        assertThat(unit.status()).isEqualTo(200);
        assertThat(unit.body()).contains("Số sê-ri", ">AB7K9QZX2M</dd>");
    }

    @Test
    void a_recalled_batch_shows_the_red_banner_on_top() {
        Code code = batch("NM-T2");
        var recall =
                http.postJson(
                        "/api/v1/producer/batches/" + code.batchId() + "/recall",
                        "{\"reason\":\"Nắp chai không kín\"}",
                        "Authorization",
                        code.member());
        assertThat(recall.status()).as(recall.body()).isEqualTo(200);

        String body = http.page("/trace/01/" + code.gtin() + "/10/NM-T2").body();
        assertThat(body)
                .contains("class=\"recall-banner\" role=\"alert\"")
                .contains("Lô hàng đã bị thu hồi", "Nắp chai không kín", "Ngày thu hồi")
                .contains(DAY.format(TODAY));
        assertThat(body.indexOf("id=\"recall-banner\"")).isLessThan(body.indexOf("<h1"));
    }

    @Test
    void english_labels_when_english_is_asked_for() {
        Code code = batch("NM-T3");

        var page =
                http.page(
                        "/trace/01/" + code.gtin() + "/10/NM-T3",
                        "Accept-Language",
                        "en-GB,en;q=0.8");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"en\">")
                .contains("Cat Hai fish sauce")
                .contains("Lot number", "Expiry date", "Production date", "Lab test results")
                .contains("Valid", "valid until", "Product journey", "Packed")
                .doesNotContain("Số lô", "??");
    }

    @Test
    void a_lot_with_a_slash_is_reached_through_its_percent_encoded_link() {
        Code code = batch("NM/2026-T6");

        var scan = http.get("/01/0" + code.gtin() + "/10/NM%2F2026-T6");
        assertThat(scan.status()).as(scan.body()).isEqualTo(307);
        var page = http.page(URI.create(scan.header("Location")).getRawPath());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains(">NM/2026-T6</dd>");
    }

    @Test
    void a_revoked_certificate_shows_at_once_in_the_revoked_colours() {
        Code code = batch("NM-T7");
        var history =
                http.get(
                        "/api/v1/office/products/" + code.productId() + "/certificates",
                        "Authorization",
                        office);
        String certificate = history.json().get(0).get("id").asText();
        var revoked =
                http.postJson(
                        "/api/v1/office/certificates/" + certificate + "/revoke",
                        "{\"reason\":\"Vi phạm an toàn thực phẩm\"}",
                        "Authorization",
                        office);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);

        var page = http.page("/trace/01/" + code.gtin() + "/10/NM-T7");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("class=\"trace-certificate certificate-revoked\"")
                .contains("Đã bị thu hồi", "giấy chứng nhận đã bị thu hồi")
                .doesNotContain("certificate-valid");
    }

    @Test
    void a_product_level_code_goes_on_to_the_product_page() {
        Code code = batch("NM-T5");

        var scan = http.get("/01/0" + code.gtin());
        assertThat(scan.status()).as(scan.body()).isEqualTo(307);
        var page = http.page(URI.create(scan.header("Location")).getPath());
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).isEqualTo("/san-pham/" + code.productId());
        assertThat(http.page("/trace/01/" + freshGtin()).status()).isEqualTo(404);
    }

    @Test
    void an_unknown_code_is_the_not_found_page() {
        Code code = batch("NM-T4");
        for (String path :
                new String[] {
                    "/trace/01/" + code.gtin() + "/10/NO-SUCH-LOT",
                    "/trace/01/" + freshGtin() + "/10/NM-T4",
                    "/trace/01/not-a-gtin/10/NM-T4",
                    "/trace/01/" + code.gtin() + "/10/NM-T4/21/" + "X".repeat(21)
                }) {
            var page = http.page(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Không tìm thấy trang");
        }
    }

    // --- fixtures, through the catalogue's and traceability's own APIs ---

    private Code batch(String lot) {
        UUID producer = verifiedCooperative("HTX Nước mắm Trace");
        String member = memberOf(producer);
        String gtin = freshGtin();
        String productId = publishedProduct(producer, member, gtin);
        var created =
                http.postJson(
                        "/api/v1/producer/batches", fishSauce(gtin, lot), "Authorization", member);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Code(gtin, lot, member, created.json().get("id").asText(), productId);
    }

    /** A GTIN-13 with a valid check digit that no other test uses. */
    private static String freshGtin() {
        String body =
                "893" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return body + (10 - sum % 10) % 10;
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

    private String memberOf(UUID producerId) {
        String email = "member-" + UUID.randomUUID() + "@htx.vn";
        var account =
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
        return "Bearer " + http.token(email, "mat-khau-123");
    }

    private String publishedProduct(UUID producerId, String member, String gtin) {
        String sku = "NM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var draft =
                http.postJson(
                        "/api/v1/producer/products",
                        """
                        {"nameVi":"Nước mắm Cát Hải","nameEn":"Cat Hai fish sauce",
                         "descriptionVi":"Ủ chượp 12 tháng trong thùng gỗ.","group":"FOOD",
                         "producerIds":["%s"],
                         "origins":[{"province":"Hải Phòng","commune":"Cát Hải"}],
                         "variants":[{"sku":"%s","nameVi":"Chai 500 ml","priceVnd":120000,
                                      "weightGrams":650,"gtin":"%s"}],
                         "perishable":false,"service":false}
                        """
                                .formatted(producerId, sku, gtin),
                        "Authorization",
                        member);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asText();
        http.postJson("/api/v1/producer/products/" + id + "/submit", "", "Authorization", member);
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
        assertThat(published.json().get("visible").asBoolean()).as(published.body()).isTrue();
        return id;
    }

    /**
     * Fish sauce produced 10 days ago, packed 5 days ago, tested 3 days ago, good for two years.
     */
    private static String fishSauce(String gtin, String lot) {
        return """
                {"gtin":"%s","lot":"%s","productionDate":"%s","expiryDate":"%s",
                 "quantity":1200,"unit":"PIECE","productionSite":"Xưởng chế biến HTX Cát Hải",
                 "steps":[{"kind":"PROCESSING","date":"%s","note":"Ủ chượp"},
                          {"kind":"PACKING","date":"%s"}],
                 "labTests":[{"lab":"Trung tâm Kỹ thuật TĐC 1","reportNumber":"KN-2025/123","date":"%s",
                   "results":[{"name":"Độ đạm","value":40,"unit":"g/l"},
                              {"name":"Salmonella","text":"Không phát hiện"}]}]}
                """
                .formatted(
                        gtin,
                        lot,
                        TODAY.minusDays(10),
                        TODAY.plusYears(2),
                        TODAY.minusDays(10),
                        TODAY.minusDays(5),
                        TODAY.minusDays(3));
    }
}
