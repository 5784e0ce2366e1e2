package vn.ocop.storefront.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/**
 * The office's work pages on an empty catalogue, each flow through its page with the browser's
 * session: verifying and refusing producers, recalling a batch (which a later scan of it flags as
 * suspicious), and an import whose refused rows are listed row by row.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@work.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class OfficeWorkPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject EmbeddedServer server;

    private WebClient api;
    private String officeToken;
    private WebClient office;

    @BeforeEach
    void logIn() {
        api = new WebClient(server.getURI());
        officeToken = api.token("office@work.test", "office-password-1");
        office = new WebClient(server.getURI());
        var login = office.page("/login");
        var posted =
                office.postForm(
                        "/login",
                        Map.of(
                                "csrfToken", login.csrfToken(),
                                "identifier", "office@work.test",
                                "password", "office-password-1"));
        assertThat(posted.status()).isEqualTo(303);
    }

    private UUID pendingProducer(String name) {
        var created =
                api.postJson(
                        "/api/v1/office/producers",
                        """
                        {"name":"%s","legalForm":"COOPERATIVE","registrationNumber":"HTX-%s",
                         "provinceCode":"Hải Phòng","commune":"Cát Hải","address":"Thôn Hoàng Châu",
                         "representative":"Nguyễn Văn Hải","phone":"0912345678","memberCount":45}
                        """
                                .formatted(name, UUID.randomUUID().toString().substring(0, 8)),
                        "Authorization",
                        "Bearer " + officeToken);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    private String producerStatus(UUID id) {
        for (String status : new String[] {"PENDING", "VERIFIED", "SUSPENDED"}) {
            var list =
                    api.get(
                            "/api/v1/office/producers?status=" + status,
                            "Authorization",
                            "Bearer " + officeToken);
            assertThat(list.status()).isEqualTo(200);
            if (list.body().contains(id.toString())) {
                return status;
            }
        }
        throw new AssertionError("No producer " + id);
    }

    @Test
    void producers_are_verified_or_refused_with_a_reason_from_the_queue() {
        UUID good = pendingProducer("HTX Nước mắm Cát Hải " + UUID.randomUUID());
        UUID bad = pendingProducer("HTX Không đủ hồ sơ " + UUID.randomUUID());
        var queue = office.page("/van-phong/xac-minh");
        assertThat(queue.body()).contains(good.toString(), bad.toString()).doesNotContain("??");
        assertThat(office.page("/van-phong").body())
                .containsPattern("id=\"count-producers\">\\s*2\\s*<");

        var verified =
                office.postForm(
                        "/van-phong/xac-minh/" + good + "/duyet",
                        Map.of("csrfToken", queue.csrfToken()));
        assertThat(verified.status()).isEqualTo(303);
        assertThat(producerStatus(good)).isEqualTo("VERIFIED");

        var noReason =
                office.postForm(
                        "/van-phong/xac-minh/" + bad + "/tu-choi",
                        Map.of("csrfToken", queue.csrfToken(), "reason", " "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("role=\"alert\"");
        assertThat(producerStatus(bad)).isEqualTo("PENDING");

        var refused =
                office.postForm(
                        "/van-phong/xac-minh/" + bad + "/tu-choi",
                        Map.of("csrfToken", queue.csrfToken(), "reason", "Thiếu giấy phép"));
        assertThat(refused.status()).isEqualTo(303);
        assertThat(producerStatus(bad)).isEqualTo("SUSPENDED");
        assertThat(office.page("/van-phong/xac-minh?done=rejected").body())
                .contains("Đã từ chối chủ thể.")
                .doesNotContain(good.toString(), bad.toString());
    }

    @Test
    void a_batch_recalled_on_the_page_is_listed_and_a_scan_of_it_is_flagged()
            throws InterruptedException {
        String[] batch = publishedProductWithBatch();
        String gtin = batch[0], lot = batch[1];
        var page = office.page("/van-phong/thu-hoi");
        assertThat(page.body()).contains("Chưa có lô nào bị thu hồi.");

        var unknown =
                office.postForm(
                        "/van-phong/thu-hoi",
                        Map.of(
                                "csrfToken",
                                page.csrfToken(),
                                "gtin",
                                gtin,
                                "lot",
                                "KHONG-CO",
                                "reason",
                                "Thử"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("role=\"alert\"", "value=\"KHONG-CO\"");

        var recalled =
                office.postForm(
                        "/van-phong/thu-hoi",
                        Map.of(
                                "csrfToken",
                                page.csrfToken(),
                                "gtin",
                                gtin,
                                "lot",
                                lot,
                                "reason",
                                "Phát hiện tạp chất"));
        assertThat(recalled.status()).as(recalled.body()).isEqualTo(303);
        String list = office.page("/van-phong/thu-hoi?done=recalled").body();
        assertThat(list).contains("Đã thu hồi lô.", lot, "Phát hiện tạp chất");
        assertThat(office.page("/van-phong").body())
                .containsPattern("id=\"count-recalls\">\\s*1\\s*<");

        new WebClient(server.getURI()).page("/01/" + "0" + gtin + "/10/" + lot);
        String flagged = "";
        for (int i = 0; i < 100 && !flagged.contains(lot); i++) {
            flagged = office.page("/van-phong/quet-bat-thuong").body();
            Thread.sleep(100);
        }
        assertThat(flagged).contains(lot, "Lô đã thu hồi");
        String scans =
                new String(
                        office.bytes("/van-phong/bao-cao/scans/csv").body(),
                        StandardCharsets.UTF_8);
        assertThat(scans).contains("\r\nKhông rõ tỉnh,1\r\n");
    }

    @Test
    void an_import_shows_its_progress_and_the_refused_rows() throws InterruptedException {
        String csv =
                "\uFEFFTên chủ thể,Loại hình,Tỉnh/thành,Xã,Địa chỉ,Người đại diện\r\n"
                        + "HTX Chè Tân Cương "
                        + UUID.randomUUID()
                        + ",HTX,Thái Nguyên,Tân Cương,Xóm Nam Đồng,Nguyễn Văn An\r\n"
                        + "HTX Không tỉnh,HTX,Tỉnh Không Có,Xã A,Thôn B,Trần Văn C\r\n";
        String token = office.page("/van-phong/nhap-du-lieu").csrfToken();

        var uploaded =
                office.postFile(
                        "/van-phong/nhap-du-lieu",
                        "file",
                        "chu-the.csv",
                        "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        Map.of("csrfToken", token, "kind", "producers"),
                        "Accept",
                        WebClient.BROWSER_ACCEPT);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
        Matcher job = Pattern.compile("job=([0-9a-f-]{36})").matcher(uploaded.header("Location"));
        assertThat(job.find()).isTrue();

        String fragment = "";
        for (int i = 0; i < 300; i++) {
            fragment = office.page("/van-phong/nhap-du-lieu/" + job.group(1) + "/tien-do").body();
            if (!fragment.contains("hx-trigger")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(fragment)
                .contains("data-state=\"FAILED\"", "role=\"progressbar\"", "id=\"import-errors\"")
                .contains("Tỉnh Không Có");
        assertThat(office.page("/van-phong/nhap-du-lieu?job=" + job.group(1)).body())
                .contains("id=\"import-errors\"");

        var withoutToken =
                office.postFile(
                        "/van-phong/nhap-du-lieu",
                        "file",
                        "chu-the.csv",
                        "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        Map.of("kind", "producers"),
                        "Accept",
                        WebClient.BROWSER_ACCEPT);
        assertThat(withoutToken.status()).isEqualTo(403);
    }

    /** A verified producer's published, certified product with a batch: its GTIN-13 and lot. */
    private String[] publishedProductWithBatch() {
        String office = "Bearer " + officeToken;
        UUID producer = pendingProducer("HTX Mật ong " + UUID.randomUUID());
        api.postJson(
                "/api/v1/office/producers/" + producer + "/verify", "", "Authorization", office);
        String email = "thanh-vien-" + UUID.randomUUID() + "@work.vn";
        var account =
                api.postJson(
                        "/api/v1/office/accounts",
                        "{\"email\":\"%s\",\"displayName\":\"Thành viên\",\"password\":\"mat-khau-123\",\"role\":\"PRODUCER_MEMBER\",\"producerId\":\"%s\"}"
                                .formatted(email, producer),
                        "Authorization",
                        office);
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        String member = "Bearer " + api.token(email, "mat-khau-123");
        String gtin = freshGtin();
        String sku = "MO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var draft =
                api.postJson(
                        "/api/v1/producer/products",
                        """
                        {"nameVi":"Mật ong bạc hà","descriptionVi":"Mật ong hoa bạc hà.","group":"FOOD",
                         "producerIds":["%s"],"origins":[{"province":"Tuyên Quang","commune":"Mèo Vạc"}],
                         "variants":[{"sku":"%s","nameVi":"Chai 500 ml","priceVnd":250000,
                                      "weightGrams":700,"gtin":"%s"}],
                         "perishable":false,"service":false}
                        """
                                .formatted(producer, sku, gtin),
                        "Authorization",
                        member);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String product = draft.json().get("id").asText();
        api.postJson(
                "/api/v1/producer/products/" + product + "/submit", "", "Authorization", member);
        var certificate =
                api.postJson(
                        "/api/v1/office/products/" + product + "/certificates",
                        """
                        {"roundYear":2025,"score":82,"level":"PROVINCE","authority":"UBND tỉnh Tuyên Quang",
                         "decisionNumber":"99/QĐ-UBND","decisionDate":"2025-09-30"}
                        """,
                        "Authorization",
                        office);
        assertThat(certificate.status()).as(certificate.body()).isEqualTo(201);
        var published =
                api.postJson(
                        "/api/v1/office/products/" + product + "/publish",
                        "",
                        "Authorization",
                        office);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        String lot = "MO-" + ThreadLocalRandom.current().nextInt(1000, 9999);
        var batch =
                api.postJson(
                        "/api/v1/producer/batches",
                        """
                        {"gtin":"%s","lot":"%s","productionDate":"%s","expiryDate":"%s",
                         "quantity":500,"unit":"PIECE","productionSite":"Xưởng HTX",
                         "inputs":[{"material":"Mật ong hoa bạc hà","originProvince":"Tuyên Quang",
                           "originCommune":"Mèo Vạc","farm":"Trại ong Mèo Vạc","supplier":"Tổ ong",
                           "supplierLot":"MO-0925","quantity":300,"unit":"kg",
                           "certificates":[{"scheme":"VietGAP","number":"VG-9","issuer":"Chi cục",
                             "validFrom":"%s","validUntil":"%s"}]}],
                         "steps":[{"kind":"HARVEST","date":"%s","place":"Mèo Vạc"},
                                  {"kind":"PACKING","date":"%s"}],
                         "labTests":[{"lab":"Trung tâm Kỹ thuật TĐC 1","reportNumber":"KN-9","date":"%s",
                           "results":[{"name":"Độ ẩm","value":18,"unit":"%%"}]}],
                         "retainedSample":{"sampleId":"LM-9","place":"Kho mẫu","until":"%s"}}
                        """
                                .formatted(
                                        gtin,
                                        lot,
                                        TODAY.minusDays(10),
                                        TODAY.plusYears(1),
                                        TODAY.minusYears(1),
                                        TODAY.plusYears(1),
                                        TODAY.minusDays(20),
                                        TODAY.minusDays(10),
                                        TODAY.minusDays(5),
                                        TODAY.plusYears(1)),
                        "Authorization",
                        member);
        assertThat(batch.status()).as(batch.body()).isEqualTo(201);
        return new String[] {gtin, lot};
    }

    /** A GTIN-13 with the 893 (Vietnam) prefix and a correct check digit. */
    private static String freshGtin() {
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
