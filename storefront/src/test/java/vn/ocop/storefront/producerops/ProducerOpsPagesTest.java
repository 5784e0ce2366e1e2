package vn.ocop.storefront.producerops;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.storefront.producerops.ProducerOpsFixtures.TODAY;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.storefront.producerops.ProducerOpsFixtures.Producer;
import vn.ocop.testkit.WebClient;

/**
 * The producer operations pages over real HTTP with a logged-in member's cookie session: batches
 * with their events and lab tests, label printing to a PDF, stock and transfers, the Excel import
 * and its row-by-row report; another producer's pages are 403 and a form without its CSRF token
 * changes nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@producer-ops.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class ProducerOpsPagesTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern TIMELINE_ENTRY = Pattern.compile("<li><time ");

    @Inject EmbeddedServer server;

    ProducerOpsFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures =
                new ProducerOpsFixtures(
                        server.getURI(), "office@producer-ops.test", "office-password-1");
    }

    @Test
    void a_batch_registered_on_the_page_shows_its_events_and_takes_a_lab_report() {
        Producer producer = fixtures.producer("HTX Nước mắm Lô " + UUID.randomUUID());
        WebClient browser = fixtures.session(producer);

        var list = browser.page("/nha-san-xuat/lo-hang");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("Đăng ký lô mới", producer.gtin()).doesNotContain("??");

        var created =
                browser.postForm(
                        "/nha-san-xuat/lo-hang",
                        Map.of(
                                "csrfToken",
                                list.csrfToken(),
                                "gtin",
                                producer.gtin(),
                                "lot",
                                "NM-P1",
                                "productionDate",
                                TODAY.minusDays(5).toString(),
                                "expiryDate",
                                TODAY.plusYears(2).toString(),
                                "quantity",
                                "800",
                                "unit",
                                "PIECE",
                                "productionSite",
                                "Xưởng Cát Hải"));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        String location = created.header("Location");
        assertThat(location).matches("/nha-san-xuat/lo-hang/[0-9a-f-]{36}");

        var detail = browser.page(location);
        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        assertThat(detail.body())
                .contains("id=\"batch-lot\">NM-P1<", "Nước mắm Cát Hải · Chai 500 ml")
                .contains(DAY.format(TODAY.minusDays(5)), DAY.format(TODAY.plusYears(2)))
                .contains("id=\"batch-timeline\"", "Chưa có phiếu kiểm nghiệm nào.");
        int eventsBefore = count(detail.body());
        assertThat(eventsBefore).isGreaterThanOrEqualTo(1);
        assertThat(browser.page("/nha-san-xuat/lo-hang").body()).contains(">NM-P1</a>");

        var refused =
                browser.postForm(
                        location + "/kiem-nghiem",
                        Map.of(
                                "csrfToken", detail.csrfToken(),
                                "lab", "Trung tâm Kỹ thuật TĐC 1",
                                "reportNumber", "KN-2026/77",
                                "date", TODAY.minusDays(1).toString(),
                                "name1", "Độ đạm"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("class=\"alert\" role=\"alert\"", "KN-2026/77");

        var added =
                browser.postForm(
                        location + "/kiem-nghiem",
                        Map.of(
                                "csrfToken", detail.csrfToken(),
                                "lab", "Trung tâm Kỹ thuật TĐC 1",
                                "reportNumber", "KN-2026/77",
                                "date", TODAY.minusDays(1).toString(),
                                "name1", "Độ đạm",
                                "value1", "40",
                                "unit1", "g/l",
                                "name2", "Salmonella",
                                "text2", "Không phát hiện"));
        assertThat(added.status()).as(added.body()).isEqualTo(303);
        var after = browser.page(location);
        assertThat(after.body())
                .contains("KN-2026/77", "Trung tâm Kỹ thuật TĐC 1", "Độ đạm", "40 g/l")
                .contains("Không phát hiện")
                .doesNotContain("Chưa có phiếu kiểm nghiệm nào.");
        assertThat(count(after.body())).isEqualTo(eventsBefore + 1);

        var english = browser.page(location, "Accept-Language", "en");
        assertThat(english.body())
                .contains("Lab test results", "Cat Hai fish sauce · 500 ml bottle");
    }

    @Test
    void another_producers_batch_label_job_and_transfer_are_forbidden() {
        Producer owner = fixtures.producer("HTX Chủ lô " + UUID.randomUUID());
        Producer other = fixtures.producer("HTX Khác " + UUID.randomUUID());
        UUID batch = fixtures.batch(owner, "NM-OWN");
        WebClient intruder = fixtures.session(other);

        var page = intruder.page("/nha-san-xuat/lo-hang/" + batch);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Không có quyền truy cập").doesNotContain("NM-OWN");
        String csrf = intruder.page("/nha-san-xuat/lo-hang").csrfToken();
        var lab =
                intruder.postForm(
                        "/nha-san-xuat/lo-hang/" + batch + "/kiem-nghiem",
                        Map.of(
                                "csrfToken", csrf,
                                "lab", "Lab",
                                "reportNumber", "X-1",
                                "date", TODAY.toString(),
                                "name1", "Độ đạm",
                                "value1", "40"));
        assertThat(lab.status()).isEqualTo(403);
        var labels =
                intruder.postForm(
                        "/nha-san-xuat/tem",
                        Map.of(
                                "csrfToken",
                                csrf,
                                "batchId",
                                batch.toString(),
                                "template",
                                "A4_3X8",
                                "quantity",
                                "3"));
        assertThat(labels.status()).isEqualTo(403);

        WebClient ownerSession = fixtures.session(owner);
        var started = startLabels(ownerSession, batch, 3);
        assertThat(intruder.page(started).status()).isEqualTo(404);
        assertThat(intruder.page(started + "/tep").status()).isEqualTo(404);
        assertThat(intruder.page("/nha-san-xuat/lo-hang").body()).doesNotContain("NM-OWN");

        UUID salePoint = fixtures.salePoint("Điểm bán OCOP Cát Bà " + UUID.randomUUID());
        var api = fixtures.api();
        var stocked =
                api.postJson(
                        "/api/v1/producer/stock/adjustments",
                        "{\"sku\":\"" + owner.sku() + "\",\"reason\":\"RECEIVE\",\"quantity\":5}",
                        "Authorization",
                        owner.bearer());
        assertThat(stocked.status()).as(stocked.body()).isEqualTo(200);
        var transfer =
                api.postJson(
                        "/api/v1/producer/transfers",
                        "{\"salePointId\":\""
                                + salePoint
                                + "\",\"lines\":[{\"sku\":\""
                                + owner.sku()
                                + "\",\"quantity\":2}]}",
                        "Authorization",
                        owner.bearer());
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
        String transferId = transfer.json().get("id").asText();
        var ship =
                intruder.postForm(
                        "/nha-san-xuat/ton-kho/chuyen-hang/" + transferId + "/gui",
                        Map.of("csrfToken", csrf));
        assertThat(ship.status()).isEqualTo(403);
        assertThat(intruder.page("/nha-san-xuat/ton-kho").body()).doesNotContain(transferId);
        assertThat(ownerSession.page("/nha-san-xuat/ton-kho").body())
                .contains(transferId, "Mới tạo");

        WebClient anonymous = new WebClient(server.getURI());
        assertThat(anonymous.page("/nha-san-xuat/lo-hang").status()).isIn(401, 303);
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused_and_registers_nothing() {
        Producer producer = fixtures.producer("HTX CSRF " + UUID.randomUUID());
        WebClient browser = fixtures.session(producer);

        var posted =
                browser.postForm(
                        "/nha-san-xuat/lo-hang",
                        Map.of(
                                "gtin",
                                producer.gtin(),
                                "lot",
                                "NM-CSRF",
                                "productionDate",
                                TODAY.minusDays(5).toString(),
                                "expiryDate",
                                TODAY.plusYears(2).toString(),
                                "quantity",
                                "800",
                                "unit",
                                "PIECE"));
        assertThat(posted.status()).isEqualTo(403);
        assertThat(posted.body()).contains("platform.csrf-rejected");
        var adjusted =
                browser.postForm(
                        "/nha-san-xuat/ton-kho/dieu-chinh",
                        Map.of("sku", producer.sku(), "reason", "RECEIVE", "quantity", "5"));
        assertThat(adjusted.status()).isEqualTo(403);

        assertThat(browser.page("/nha-san-xuat/lo-hang").body()).doesNotContain("NM-CSRF");
        assertThat(
                        fixtures.api()
                                .get("/api/v1/producer/batches", "Authorization", producer.bearer())
                                .json())
                .isEmpty();
        assertThat(stockRow(browser.page("/nha-san-xuat/ton-kho").body(), producer.sku()))
                .contains("data-col=\"onHand\">0<");
    }

    @Test
    void a_label_job_started_on_the_page_reaches_100_percent_and_its_pdf_downloads()
            throws Exception {
        Producer producer = fixtures.producer("HTX Tem " + UUID.randomUUID());
        UUID batch = fixtures.batch(producer, "NM-TEM");
        WebClient browser = fixtures.session(producer);

        var form = browser.page("/nha-san-xuat/tem?lo=" + batch);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("NM-TEM — Nước mắm Cát Hải · Chai 500 ml", "Giấy A4, 24 tem (3 × 8)")
                .doesNotContain("??");

        String job = startLabels(browser, batch, 30);
        var page = browser.page(job);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("role=\"progressbar\"", "aria-valuenow=\"");

        String fragment = null;
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            fragment = browser.page(job + "/trang-thai").body();
            if (fragment.contains("aria-valuenow=\"100\"") || fragment.contains("FAILED")) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(fragment)
                .contains(
                        "aria-valuenow=\"100\"",
                        "data-state=\"SUCCEEDED\"",
                        "id=\"label-download\"")
                .doesNotContain("hx-trigger", "<html");

        var pdf = browser.bytes(job + "/tep");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
    }

    @Test
    void a_stock_adjustment_and_a_shipped_transfer_change_the_stock_shown() {
        Producer producer = fixtures.producer("HTX Kho " + UUID.randomUUID());
        UUID salePoint = fixtures.salePoint("Điểm bán OCOP Hội An " + UUID.randomUUID());
        WebClient browser = fixtures.session(producer);

        var stock = browser.page("/nha-san-xuat/ton-kho");
        assertThat(stock.status()).as(stock.body()).isEqualTo(200);
        assertThat(stockRow(stock.body(), producer.sku())).contains("data-col=\"onHand\">0<");

        var received =
                browser.postForm(
                        "/nha-san-xuat/ton-kho/dieu-chinh",
                        Map.of(
                                "csrfToken", stock.csrfToken(),
                                "sku", producer.sku(),
                                "reason", "RECEIVE",
                                "quantity", "40",
                                "note", "Nhập từ xưởng"));
        assertThat(received.status()).as(received.body()).isEqualTo(303);
        var after = browser.page(received.header("Location"));
        assertThat(after.body()).contains("Đã cập nhật tồn kho.");
        assertThat(stockRow(after.body(), producer.sku()))
                .contains("data-col=\"onHand\">40<", "data-col=\"available\">40<");

        var tooMuch =
                browser.postForm(
                        "/nha-san-xuat/ton-kho/dieu-chinh",
                        Map.of(
                                "csrfToken",
                                stock.csrfToken(),
                                "sku",
                                producer.sku(),
                                "reason",
                                "DAMAGE",
                                "quantity",
                                "41"));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("id=\"adjust-errors\"", "Tồn kho không đủ");

        var counted =
                browser.postForm(
                        "/nha-san-xuat/ton-kho/dieu-chinh",
                        Map.of(
                                "csrfToken",
                                stock.csrfToken(),
                                "sku",
                                producer.sku(),
                                "reason",
                                "COUNT",
                                "quantity",
                                "35"));
        assertThat(counted.status()).isEqualTo(303);

        var transfer =
                browser.postForm(
                        "/nha-san-xuat/ton-kho/chuyen-hang",
                        Map.of(
                                "csrfToken", stock.csrfToken(),
                                "salePointId", salePoint.toString(),
                                "sku", producer.sku(),
                                "quantity", "10"));
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(303);
        var withTransfer = browser.page("/nha-san-xuat/ton-kho");
        assertThat(withTransfer.body()).contains("Mới tạo", "Điểm bán OCOP Hội An", "× 10");
        Matcher ship =
                Pattern.compile("action=\"(/nha-san-xuat/ton-kho/chuyen-hang/[0-9a-f-]{36}/gui)\"")
                        .matcher(withTransfer.body());
        assertThat(ship.find()).isTrue();
        var shipped =
                browser.postForm(ship.group(1), Map.of("csrfToken", withTransfer.csrfToken()));
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(303);

        var end = browser.page("/nha-san-xuat/ton-kho");
        assertThat(end.body()).contains("Đã gửi").doesNotContain(ship.group(1));
        assertThat(stockRow(end.body(), producer.sku()))
                .contains("data-col=\"onHand\">25<", "data-col=\"available\">25<");
    }

    @Test
    void an_import_with_a_bad_row_reports_that_row_and_saves_nothing() throws Exception {
        Producer producer = fixtures.producer("HTX Nhập Excel " + UUID.randomUUID());
        WebClient browser = fixtures.session(producer);
        var form = browser.page("/nha-san-xuat/nhap-excel");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("enctype=\"multipart/form-data\"", "mau.xlsx");

        var template = browser.bytes("/nha-san-xuat/nhap-excel/mau.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(new String(template.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String csv =
                "Mã sản phẩm,Tên sản phẩm,Nhóm sản phẩm,Chủ thể,Tỉnh/thành,Xã,Mã SKU,Quy cách,Giá (VNĐ),Khối lượng (g),Mã vạch (GTIN)\r\n"
                        + "A1,Mắm tôm Cát Hải,Thực phẩm,\""
                        + producer.name()
                        + "\",Hải Phòng,Xã Cát Hải,IMP-"
                        + tag
                        + "-1,Hũ,45000,,\r\n"
                        + "A2,Mắm ruốc Cát Hải,Thực phẩm,\""
                        + producer.name()
                        + "\",Hải Phòng,Xã Cát Hải,IMP-"
                        + tag
                        + "-2,Hũ,bốn mươi nghìn,,\r\n";
        var posted =
                ProducerOpsFixtures.postMultipart(
                        browser,
                        "/nha-san-xuat/nhap-excel",
                        "san-pham.csv",
                        "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        Map.of("csrfToken", form.csrfToken()));
        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        String job = posted.header("Location");

        String fragment = awaitFinished(browser, job + "/trang-thai");
        assertThat(fragment)
                .contains(
                        "data-state=\"FAILED\"",
                        "Không có gì được lưu",
                        "id=\"import-errors-table\"")
                .contains("<td>3</td>", "Giá (VNĐ)", "bốn mươi nghìn")
                .doesNotContain("<td>2</td>");
        var english = browser.page(job, "Accept-Language", "en");
        assertThat(english.body()).contains("Nothing was saved", "<td>3</td>");

        var mine =
                fixtures.api().get("/api/v1/producer/products", "Authorization", producer.bearer());
        assertThat(mine.body()).doesNotContain("IMP-" + tag);

        var noCsrf =
                ProducerOpsFixtures.postMultipart(
                        browser,
                        "/nha-san-xuat/nhap-excel",
                        "san-pham.csv",
                        "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        Map.of());
        assertThat(noCsrf.status()).isEqualTo(403);
    }

    // --- helpers ---

    private static String startLabels(WebClient browser, UUID batch, int quantity) {
        String csrf = browser.page("/nha-san-xuat/tem").csrfToken();
        var started =
                browser.postForm(
                        "/nha-san-xuat/tem",
                        Map.of(
                                "csrfToken",
                                csrf,
                                "batchId",
                                batch.toString(),
                                "template",
                                "A4_3X8",
                                "quantity",
                                String.valueOf(quantity),
                                "serials",
                                "on",
                                "language",
                                "vi"));
        assertThat(started.status()).as(started.body()).isEqualTo(303);
        assertThat(started.header("Location")).matches("/nha-san-xuat/tem/[0-9a-f-]{36}");
        return started.header("Location");
    }

    private static String awaitFinished(WebClient browser, String path)
            throws InterruptedException {
        String body = "";
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            body = browser.page(path).body();
            if (body.contains("id=\"import-report\"")) {
                return body;
            }
            Thread.sleep(250);
        }
        return body;
    }

    private static int count(String body) {
        int start = body.indexOf("id=\"batch-timeline\"");
        int end = body.indexOf("</ol>", start);
        Matcher m = TIMELINE_ENTRY.matcher(body.substring(start, end));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String stockRow(String body, String sku) {
        int start = body.indexOf("<tr data-sku=\"" + sku + "\">");
        assertThat(start).as("a stock row for " + sku).isGreaterThanOrEqualTo(0);
        return body.substring(start, body.indexOf("</tr>", start));
    }
}
