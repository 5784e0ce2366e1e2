package vn.ocop.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.qr.api.QrCodes;
import vn.ocop.platform.qr.api.QrStyle;
import vn.ocop.storefront.browser.PosSetUp;
import vn.ocop.testkit.QrScan;
import vn.ocop.testkit.WebClient;

/**
 * The sale point's counter pages over real HTTP, logged in with the session cookie as a browser is:
 * own sale point only (another one is 403), forms refused without their CSRF token, a photo's QR
 * code decoded on the server, scanned codes checked (a recalled batch is refused with its reason),
 * receipts, and the service worker and web manifest served with their content types.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@pos-pages.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
@Property(name = "ocop.vietqr.bank-bin", value = "970436")
@Property(name = "ocop.vietqr.account", value = "0011004455667")
@Property(name = "ocop.vietqr.account-name", value = "SO CONG THUONG HUE")
@Property(name = "ocop.bank.webhook-secret", value = PosPagesTest.BANK_SECRET)
class PosPagesTest {

    static final String BANK_SECRET = "bank-secret-for-the-counter-pages";

    @Inject EmbeddedServer server;

    PosSetUp shop;
    WebClient browser;

    @BeforeEach
    void aSalePointWithAWaitingTransfer() {
        shop = new PosSetUp(server.getURI(), "office@pos-pages.test", "office-password-1", false);
        browser = new WebClient(server.getURI());
        String token = browser.page("/login").csrfToken();
        var login =
                browser.postForm(
                        "/login",
                        Map.of(
                                "csrfToken",
                                token,
                                "identifier",
                                shop.staffEmail,
                                "password",
                                PosSetUp.PASSWORD));
        assertThat(login.status()).as(login.body()).isEqualTo(303);
    }

    private String counter() {
        return "/diem-ban/" + shop.salePointId;
    }

    @Test
    void staff_land_on_their_own_counter_in_vietnamese() {
        var home = browser.page("/diem-ban");
        assertThat(home.status()).isEqualTo(303);
        assertThat(home.header("Location")).isEqualTo(counter());

        var page = browser.page(counter());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"vi\">", "Bán hàng tại quầy", shop.salePointName)
                .contains("id=\"pos-code\"", "<label for=\"pos-code\">")
                .contains("capture=\"environment\"", "/static/pos.js")
                .contains("Hàng chuyển đến", "data-transfer=\"" + shop.transferId + "\"")
                .contains("aria-live=\"polite\"", "data-vietqr=\"true\"")
                .contains("data-msg-queue-count=\"{count} giao dịch chờ đồng bộ\"")
                .doesNotContain("??");

        var english = browser.page(counter(), "Accept-Language", "en");
        assertThat(english.body())
                .contains("<html lang=\"en\">", "Counter sales", "Scan or type a product code")
                .contains("Incoming transfers", "Received in full", "Complete sale")
                .doesNotContain("Bán hàng tại quầy", "Quét mã", "Hoàn tất", "Tồn kho", "??");
    }

    @Test
    void a_vietqr_sale_shows_its_code_on_the_receipt_and_turns_paid_when_the_bank_reports_it()
            throws Exception {
        receiveTheTransfer();
        String saleId = UUID.randomUUID().toString();
        var sold = sell(saleId, "VIETQR", 2);
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        String number = sold.json().get("number").asText();
        String payload = sold.json().get("vietQrPayload").asText();
        assertThat(payload).contains(number);
        String receiptPath = counter() + "/hoa-don/" + saleId;

        var receipt = browser.page(receiptPath);
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        assertThat(receipt.body())
                .contains(number, "Chuyển khoản VietQR", "Chờ chuyển khoản", "240.000 ₫")
                .contains("id=\"receipt-vietqr\"", receiptPath + "/vietqr.svg")
                .contains("hx-get=\"" + receiptPath + "/trang-thai\"", "hx-trigger=\"every 2s\"")
                .contains("data-state=\"AWAITING_TRANSFER\"")
                .doesNotContain("??");
        assertThat(browser.page(receiptPath, "Accept-Language", "en").body())
                .contains("Awaiting transfer", "Waiting for the bank", number)
                .doesNotContain("Chờ chuyển khoản", "??");
        // the symbol on the receipt is the sale's dynamic VietQR payload
        var svg = browser.bytes(receiptPath + "/vietqr.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(QrScan.image(QrScan.svg(new String(svg.body(), StandardCharsets.UTF_8), 4)))
                .extracting(QrScan.Symbol::text)
                .containsExactly(payload);
        assertThat(browser.page(counter()).body())
                .contains(number, "data-state=\"AWAITING_TRANSFER\"", "Chờ chuyển khoản");

        var notified =
                bankNotification(
                        240_000, "CK " + number.replace("-", "") + " 0912345678", "FT-" + saleId);
        assertThat(notified.status()).as(notified.body()).isEqualTo(200);
        assertThat(notified.json().get("outcome").asText()).isEqualTo("SETTLED");

        var polled = browser.page(receiptPath + "/trang-thai");
        assertThat(polled.status()).isEqualTo(200);
        assertThat(polled.body())
                .contains("data-state=\"PAID\"", "Đã thanh toán", "hx-swap-oob=\"true\"")
                .doesNotContain("hx-trigger");
        assertThat(browser.page(receiptPath).body())
                .contains("Đã thanh toán")
                .doesNotContain("/vietqr.svg", "hx-trigger");
        assertThat(browser.bytes(receiptPath + "/vietqr.svg").statusCode()).isEqualTo(404);
        assertThat(browser.page(counter()).body()).contains("data-state=\"PAID\"");
        assertThat(
                        browser.page("/diem-ban/" + shop.otherSalePoint() + "/hoa-don/" + saleId)
                                .status())
                .isEqualTo(403);
    }

    @Test
    void a_wrong_amount_shows_the_sale_as_needing_the_offices_review() throws Exception {
        receiveTheTransfer();
        String saleId = UUID.randomUUID().toString();
        String number = sell(saleId, "VIETQR", 1).json().get("number").asText();

        var under = bankNotification(100_000, number, "FT-" + saleId);

        assertThat(under.json().get("outcome").asText()).isEqualTo("UNDERPAID");
        var polled = browser.page(counter() + "/hoa-don/" + saleId + "/trang-thai");
        assertThat(polled.body())
                .contains("data-state=\"NEEDS_REVIEW\"", "Cần văn phòng kiểm tra")
                .contains("hx-trigger=\"every 2s\"");
        assertThat(browser.page(counter()).body()).contains("Cần văn phòng kiểm tra");
    }

    private void receiveTheTransfer() {
        var receive =
                shop.http.postJson(
                        "/api/v1/sale-point/transfers/" + shop.transferId + "/receive",
                        "",
                        "Authorization",
                        shop.staff);
        assertThat(receive.status()).isEqualTo(200);
    }

    private WebClient.Response sell(String saleId, String method, int quantity) {
        return shop.http.postJson(
                "/api/v1/sale-point/" + shop.salePointId + "/sales",
                "{\"id\":\"%s\",\"paymentMethod\":\"%s\",\"lines\":[{\"code\":\"%s\",\"quantity\":%d}]}"
                        .formatted(saleId, method, shop.item.link(), quantity),
                "Authorization",
                shop.staff);
    }

    /** The bank's transfer notification, signed (HMAC-SHA256 of the body) as the bank signs it. */
    private WebClient.Response bankNotification(long amount, String content, String tx)
            throws Exception {
        String body =
                "{\"amount\":%d,\"content\":\"%s\",\"transactionId\":\"%s\"}"
                        .formatted(amount, content, tx);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(BANK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature =
                HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        var anonymous = new WebClient(server.getURI());
        return anonymous.send(
                anonymous
                        .builder("/api/v1/payments/bank/notifications")
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("X-Signature", "sha256=" + signature)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    @Test
    void another_sale_points_pages_are_403() {
        String other = shop.otherSalePoint();

        assertThat(browser.page("/diem-ban/" + other).status()).isEqualTo(403);
        assertThat(browser.page("/diem-ban/" + other).body()).contains("Không có quyền");
        assertThat(browser.get("/diem-ban/" + other + "/kiem-tra?ma=" + shop.item.gtin()).status())
                .isEqualTo(403);
        String token = browser.page(counter()).csrfToken();
        var receive =
                browser.postForm(
                        "/diem-ban/" + other + "/nhan-hang",
                        Map.of("csrfToken", token, "transferId", shop.transferId));
        assertThat(receive.status()).isEqualTo(403);
        assertThat(shop.stockHere(shop.item.sku())).isZero();
        // anonymous visitors are sent to log in or refused, never shown the counter
        assertThat(new WebClient(server.getURI()).page(counter()).status()).isIn(302, 303, 401);
    }

    @Test
    void receiving_a_transfer_needs_the_forms_csrf_token() {
        var forged =
                browser.postForm(counter() + "/nhan-hang", Map.of("transferId", shop.transferId));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("platform.csrf-rejected");
        assertThat(shop.stockHere(shop.item.sku())).isZero();

        String token = browser.page(counter()).csrfToken();
        var received =
                browser.postForm(
                        counter() + "/nhan-hang",
                        Map.of("csrfToken", token, "transferId", shop.transferId));
        assertThat(received.status()).as(received.body()).isEqualTo(303);
        assertThat(received.header("Location")).startsWith(counter() + "?nhan=ok");
        assertThat(shop.stockHere(shop.item.sku())).isEqualTo(PosSetUp.TRANSFERRED);

        var page = browser.page(counter() + "?nhan=ok");
        assertThat(page.body())
                .contains("Đã nhận hàng vào kho", "Không có phiếu chuyển hàng nào")
                .contains("data-sku=\"" + shop.item.sku() + "\"", "120.000 ₫");

        var again =
                browser.postForm(
                        counter() + "/nhan-hang",
                        Map.of("csrfToken", token, "transferId", shop.transferId));
        assertThat(again.status()).isEqualTo(409);
        assertThat(shop.stockHere(shop.item.sku())).isEqualTo(PosSetUp.TRANSFERRED);
    }

    @Test
    void a_photo_of_a_qr_label_is_decoded_on_the_server() {
        String token = browser.page(counter()).csrfToken();
        byte[] png = QrCodes.png(shop.item.link(), QrStyle.standard());

        var decoded =
                browser.postFile(
                        counter() + "/anh-ma",
                        "photo",
                        "label.png",
                        "image/png",
                        png,
                        Map.of("csrfToken", token));
        assertThat(decoded.status()).as(decoded.body()).isEqualTo(200);
        assertThat(decoded.json().get("code").asText()).isEqualTo(shop.item.link());

        var noCode =
                browser.postFile(
                        counter() + "/anh-ma",
                        "photo",
                        "note.txt",
                        "image/png",
                        "no picture".getBytes(StandardCharsets.UTF_8),
                        Map.of("csrfToken", token));
        assertThat(noCode.status()).isEqualTo(422);
        assertThat(noCode.header("Content-Type")).startsWith("application/problem+json");

        var forged =
                browser.postFile(
                        counter() + "/anh-ma", "photo", "label.png", "image/png", png, Map.of());
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void a_scanned_code_is_checked_and_a_recalled_batch_is_refused_with_its_reason() {
        var good = browser.get(counter() + "/kiem-tra?ma=" + enc(shop.item.link()));
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(good.json().get("sellable").asBoolean()).isTrue();
        assertThat(good.json().get("sku").asText()).isEqualTo(shop.item.sku());
        assertThat(good.json().get("lot").asText()).isEqualTo(shop.item.lot());
        assertThat(good.json().get("price").asText()).isEqualTo("120.000 ₫");
        assertThat(good.json().get("name").asText()).startsWith("Nước mắm Nam Ô");

        shop.recall(shop.item, "Histamin vượt ngưỡng");
        var recalled = browser.get(counter() + "/kiem-tra?ma=" + enc(shop.item.link()));
        assertThat(recalled.json().get("sellable").asBoolean()).isFalse();
        assertThat(recalled.json().get("refusal").asText()).isEqualTo("RECALLED");
        assertThat(recalled.json().get("reason").asText())
                .contains("thu hồi", "Histamin vượt ngưỡng");

        var english =
                browser.get(
                        counter() + "/kiem-tra?ma=" + enc(shop.item.link()),
                        "Accept-Language",
                        "en");
        assertThat(english.json().get("reason").asText()).contains("recalled");
        assertThat(english.json().get("name").asText()).startsWith("Fish sauce Nam O");

        var unreadable = browser.get(counter() + "/kiem-tra?ma=hello");
        assertThat(unreadable.json().get("refusal").asText()).isEqualTo("UNREADABLE_CODE");
    }

    @Test
    void a_recorded_sale_has_a_printable_receipt_with_the_change() {
        var receive =
                shop.http.postJson(
                        "/api/v1/sale-point/transfers/" + shop.transferId + "/receive",
                        "",
                        "Authorization",
                        shop.staff);
        assertThat(receive.status()).isEqualTo(200);
        String saleId = UUID.randomUUID().toString();
        var sold =
                shop.http.postJson(
                        "/api/v1/sale-point/" + shop.salePointId + "/sales",
                        "{\"id\":\"%s\",\"paymentMethod\":\"CASH\",\"lines\":[{\"code\":\"%s\",\"quantity\":2}]}"
                                .formatted(saleId, shop.item.link()),
                        "Authorization",
                        shop.staff);
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);

        var receipt = browser.page(counter() + "/hoa-don/" + saleId + "?dua=300000");
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        assertThat(receipt.body())
                .contains("Hóa đơn bán lẻ", shop.salePointName, shop.item.lot())
                .contains(sold.json().get("number").asText(), "Đã thanh toán")
                .contains("data-state=\"PAID\"")
                .doesNotContain("hx-trigger", "receipt-vietqr")
                .contains("240.000 ₫", "300.000 ₫", "60.000 ₫", "Tiền thối lại")
                .contains("id=\"receipt-print\"")
                .doesNotContain("??");
        var css = browser.bytes("/static/app.css");
        assertThat(new String(css.body(), StandardCharsets.UTF_8)).contains("@media print");

        assertThat(browser.page(counter() + "/hoa-don/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(browser.page(counter()).body()).contains("/hoa-don/" + saleId);
    }

    @Test
    void the_service_worker_and_the_manifest_are_served_with_their_content_types()
            throws Exception {
        var anonymous = new WebClient(server.getURI());

        var worker = anonymous.bytes("/diem-ban/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/javascript");
        assertThat(worker.headers().firstValue("Service-Worker-Allowed")).contains("/diem-ban/");
        assertThat(new String(worker.body(), StandardCharsets.UTF_8))
                .contains("addEventListener(\"fetch\"");

        var manifest = anonymous.bytes("/diem-ban/pos.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/manifest+json");
        var json = new ObjectMapper().readTree(manifest.body());
        assertThat(json.get("scope").asText()).isEqualTo("/diem-ban/");
        assertThat(json.get("start_url").asText()).isEqualTo("/diem-ban");
        assertThat(json.get("display").asText()).isEqualTo("standalone");
        for (var icon : json.get("icons")) {
            var png = anonymous.bytes(icon.get("src").asText());
            assertThat(png.statusCode()).as(icon.toString()).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
        }
        var script = anonymous.bytes("/static/pos.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("javascript");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
