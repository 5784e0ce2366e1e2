package vn.ocop.storefront.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.RequestOptions;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.ocop.orders.api.PosApi;
import vn.ocop.orders.api.PosReceipt;
import vn.ocop.orders.api.PosStockLine;
import vn.ocop.platform.identity.api.Caller;
import vn.ocop.platform.identity.api.Role;

/**
 * Journeys 4, 5 and 6 at a sale point's counter, in Chromium: a code typed as a keyboard-wedge
 * scanner types it sells a pack and the stock drops; a VietQR sale's receipt shows the code and
 * turns paid by itself when the bank reports the transfer; two sales made offline queue on the
 * device and sync once when the network returns; a lapsed certificate and a recalled batch show on
 * the scan page, and the recalled pack is red at the counter and cannot be sold.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
@Property(name = "ocop.admin.email", value = "office@pos-journey.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
@Property(name = "ocop.vietqr.bank-bin", value = "970436")
@Property(name = "ocop.vietqr.account", value = "0011004455667")
@Property(name = "ocop.vietqr.account-name", value = "SO CONG THUONG HUE")
@Property(name = "ocop.bank.webhook-secret", value = PosJourneyTest.BANK_SECRET)
class PosJourneyTest extends BrowserJourney {

    static final String BANK_SECRET = "bank-secret-for-the-counter-journeys";

    private static final Caller OFFICE = new Caller(new UUID(0, 0), Role.OFFICE_ADMIN, null, null);

    @Inject PosApi pos;

    private PosSetUp shop() {
        return new PosSetUp(server.getURI(), "office@pos-journey.test", "office-password-1", true);
    }

    private void logInAsStaff(PosSetUp shop) {
        page.navigate("/login");
        page.getByLabel("Email hoặc số điện thoại").fill(shop.staffEmail);
        page.getByLabel("Mật khẩu").fill(PosSetUp.PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/$"));
        page.navigate("/diem-ban");
        page.waitForURL(Pattern.compile(".*/diem-ban/" + shop.salePointId + "$"));
        assertThat(page.locator("h1")).hasText("Bán hàng tại quầy");
    }

    /** Types a code the way a handheld scanner does: characters, then Enter. */
    private void scan(String code) {
        page.keyboard().type(code);
        page.keyboard().press("Enter");
    }

    private long stockOnPage(String sku) {
        return Long.parseLong(
                page.locator("#pos-stock-table tr[data-sku=\"" + sku + "\"] .pos-on-hand")
                        .innerText()
                        .strip());
    }

    private long stockByService(PosSetUp shop) {
        return pos.stock(OFFICE, UUID.fromString(shop.salePointId)).stream()
                .filter(l -> l.sku().equals(shop.item.sku()))
                .mapToLong(PosStockLine::onHand)
                .sum();
    }

    @Test
    void journey_4_a_scanned_pack_is_sold_for_cash_and_the_stock_here_drops() {
        PosSetUp shop = shop();
        logInAsStaff(shop);
        Assertions.assertThat(stockOnPage(shop.item.sku())).isEqualTo(PosSetUp.TRANSFERRED);
        assertThat(page.locator("#pos-code")).isFocused();
        step("counter");

        scan(shop.item.link());
        Locator line = page.locator("#pos-lines-body tr");
        assertThat(line).hasCount(1);
        assertThat(line.locator("th")).containsText("Nước mắm Nam Ô");
        assertThat(line.locator("td").nth(0)).hasText(shop.item.lot());
        assertThat(line.locator(".pos-qty-value")).hasText("1");
        assertThat(line.locator(".pos-price")).hasText("120.000 ₫");
        assertThat(page.locator("#pos-total")).hasText("120.000 ₫");
        assertThat(page.locator("#pos-code")).isFocused();
        assertThat(page.locator("#pos-code")).hasValue("");
        step("scanned-line");

        page.getByLabel("Chuyển khoản VietQR").check();
        // the code names the sale's number, given when the sale is recorded: shown on the receipt
        assertThat(page.locator("#pos-vietqr-note")).containsText("sau khi hoàn tất giao dịch");
        step("vietqr-after-the-sale");

        page.getByLabel("Tiền mặt").check();
        page.getByLabel("Tiền khách đưa").fill("200000");
        assertThat(page.locator("#pos-change")).hasText("80.000 ₫");
        assertThat(page.locator("#pos-complete")).isEnabled();
        step("cash-and-change");

        page.locator("#pos-complete").click();
        page.waitForURL(Pattern.compile(".*/diem-ban/" + shop.salePointId + "/hoa-don/.*"));
        assertThat(page.locator("h1")).hasText("Hóa đơn bán lẻ");
        assertThat(page.locator("#receipt-total")).hasText("120.000 ₫");
        assertThat(page.locator("#receipt-given")).hasText("200.000 ₫");
        assertThat(page.locator("#receipt-change")).hasText("80.000 ₫");
        assertThat(page.locator(".pos-receipt-lines")).containsText(shop.item.lot());
        page.emulateMedia(
                new com.microsoft.playwright.Page.EmulateMediaOptions()
                        .setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator(".site-header")).isHidden();
        assertThat(page.locator("#receipt-print")).isHidden();
        step("printable-receipt");
        page.emulateMedia(
                new com.microsoft.playwright.Page.EmulateMediaOptions()
                        .setMedia(com.microsoft.playwright.options.Media.SCREEN));

        page.getByText("Giao dịch mới").click();
        page.waitForURL(Pattern.compile(".*/diem-ban/" + shop.salePointId + "$"));
        Assertions.assertThat(stockOnPage(shop.item.sku())).isEqualTo(PosSetUp.TRANSFERRED - 1);
        assertThat(page.locator("#pos-recent-list li")).hasCount(1);
        step("stock-dropped");

        Assertions.assertThat(stockByService(shop)).isEqualTo(PosSetUp.TRANSFERRED - 1);
        Assertions.assertThat(shop.stockHere(shop.item.sku())).isEqualTo(PosSetUp.TRANSFERRED - 1);
        List<PosReceipt> sales = pos.recentSales(OFFICE, UUID.fromString(shop.salePointId), 10);
        Assertions.assertThat(sales).hasSize(1);
        Assertions.assertThat(sales.get(0).paymentMethod()).isEqualTo("CASH");
        Assertions.assertThat(sales.get(0).totalVnd()).isEqualTo(PosSetUp.PRICE);
    }

    @Test
    void journey_4b_a_vietqr_sale_shows_its_code_and_turns_paid_when_the_bank_reports_it()
            throws Exception {
        PosSetUp shop = shop();
        logInAsStaff(shop);
        scan(shop.item.link());
        assertThat(page.locator("#pos-total")).hasText("120.000 ₫");
        page.getByLabel("Chuyển khoản VietQR").check();
        page.locator("#pos-complete").click();

        page.waitForURL(Pattern.compile(".*/diem-ban/" + shop.salePointId + "/hoa-don/.*"));
        String number = page.locator("#receipt").getAttribute("data-number");
        Assertions.assertThat(number).matches("OCOP-[0-9]{4}-[0-9]{6,}");
        Locator qr = page.locator("#receipt-vietqr img");
        assertThat(qr).isVisible();
        page.waitForFunction(
                "() => { const i = document.querySelector('#receipt-vietqr img');"
                        + " return i.complete && i.naturalWidth > 0; }");
        assertThat(page.locator("#receipt-vietqr figcaption")).containsText(number);
        assertThat(page.locator("#receipt-vietqr figcaption")).containsText("120.000 ₫");
        assertThat(page.locator("#receipt-payment"))
                .hasAttribute("data-state", "AWAITING_TRANSFER");
        assertThat(page.locator("#receipt-payment")).containsText("Chờ chuyển khoản");
        step("receipt-with-the-vietqr-code");

        var notified =
                bankNotification(
                        shop, PosSetUp.PRICE, "CK " + number.replace("-", ""), "FT-" + number);
        Assertions.assertThat(notified.status()).as(notified.text()).isEqualTo(200);
        Assertions.assertThat(notified.text()).contains("SETTLED");

        // the receipt polls its state and flips to paid by itself; the code goes away
        assertThat(page.locator("#receipt-payment"))
                .hasAttribute(
                        "data-state",
                        "PAID",
                        new com.microsoft.playwright.assertions.LocatorAssertions
                                        .HasAttributeOptions()
                                .setTimeout(15_000));
        assertThat(page.locator("#receipt-payment")).containsText("Đã thanh toán");
        assertThat(page.locator("#receipt-vietqr img")).hasCount(0);
        step("receipt-paid-by-the-bank-transfer");

        List<PosReceipt> sales = pos.recentSales(OFFICE, UUID.fromString(shop.salePointId), 10);
        Assertions.assertThat(sales).hasSize(1);
        Assertions.assertThat(sales.get(0).number()).isEqualTo(number);
        Assertions.assertThat(sales.get(0).paid()).isTrue();
        Assertions.assertThat(stockByService(shop)).isEqualTo(PosSetUp.TRANSFERRED - 1);
    }

    private com.microsoft.playwright.APIResponse bankNotification(
            PosSetUp shop, long amount, String content, String tx) throws Exception {
        String body =
                "{\"amount\":%d,\"content\":\"%s\",\"transactionId\":\"%s\"}"
                        .formatted(amount, content, tx);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(
                new javax.crypto.spec.SecretKeySpec(
                        BANK_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "HmacSHA256"));
        String signature =
                java.util.HexFormat.of()
                        .formatHex(
                                mac.doFinal(
                                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return page.request()
                .post(
                        url("/api/v1/payments/bank/notifications"),
                        RequestOptions.create()
                                .setHeader("Content-Type", "application/json")
                                .setHeader("Accept", "application/json")
                                .setHeader("X-Signature", "sha256=" + signature)
                                .setData(body));
    }

    @Test
    void journey_5_two_sales_made_offline_sync_once_when_the_network_returns() {
        PosSetUp shop = shop();
        logInAsStaff(shop);
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        page.waitForFunction("() => caches.match(location.pathname).then(hit => !!hit)");
        step("online-and-installed");

        context.setOffline(true);
        assertThat(page.locator("#pos-network")).hasAttribute("data-state", "offline");
        scan(shop.item.link());
        assertThat(page.locator("#pos-lines-body tr")).hasCount(1);
        assertThat(page.locator("#pos-lines-body tr .pos-reason")).containsText("mất mạng");
        page.getByLabel("Tiền khách đưa").fill("150000");
        assertThat(page.locator("#pos-change")).hasText("30.000 ₫");
        page.locator("#pos-complete").click();
        assertThat(page.locator("#pos-queue-count")).hasAttribute("data-count", "1");
        assertThat(page.locator("#pos-message")).containsText("lưu trên máy");
        step("first-sale-queued");

        page.locator("#pos-code").focus();
        scan(shop.item.link());
        scan(shop.item.link());
        assertThat(page.locator("#pos-lines-body tr .pos-qty-value")).hasText("2");
        assertThat(page.locator("#pos-total")).hasText("240.000 ₫");
        page.locator("#pos-complete").click();
        assertThat(page.locator("#pos-queue-count")).hasAttribute("data-count", "2");
        assertThat(page.locator("#pos-queue-count")).hasText("2 giao dịch chờ đồng bộ");
        assertThat(page.locator("#pos-queue-list li")).hasCount(2);
        step("two-sales-queued");

        @SuppressWarnings("unchecked")
        List<String> queuedIds =
                (List<String>) page.evaluate("window.ocopPos.queued().then(q => q.map(e => e.id))");
        Assertions.assertThat(queuedIds).hasSize(2);
        Assertions.assertThat(pos.recentSales(OFFICE, UUID.fromString(shop.salePointId), 10))
                .as("nothing reached the server while offline")
                .isEmpty();

        page.reload();
        assertThat(page.locator("h1")).hasText("Bán hàng tại quầy");
        assertThat(page.locator("#pos-queue-count")).hasAttribute("data-count", "2");
        step("offline-reload-from-the-service-worker");

        context.setOffline(false);
        page.evaluate("Promise.all([window.ocopPos.sync(), window.ocopPos.sync()])");
        assertThat(page.locator("#pos-queue-count")).hasAttribute("data-count", "0");
        assertThat(page.locator("#pos-queue-list li")).hasCount(0);
        assertThat(page.locator("#pos-network")).hasAttribute("data-state", "online");
        page.evaluate("window.ocopPos.sync()");
        step("synced");

        List<PosReceipt> sales = pos.recentSales(OFFICE, UUID.fromString(shop.salePointId), 10);
        Assertions.assertThat(sales)
                .extracting(r -> r.id().toString())
                .containsExactlyInAnyOrderElementsOf(queuedIds);
        Assertions.assertThat(sales)
                .extracting(PosReceipt::totalVnd)
                .containsExactlyInAnyOrder(120_000L, 240_000L);
        Assertions.assertThat(stockByService(shop)).isEqualTo(PosSetUp.TRANSFERRED - 3);

        // a device that never saw the answer sends a sale again: stored once, no second decrement
        PosReceipt first = sales.get(0);
        String body =
                "{\"id\":\"%s\",\"paymentMethod\":\"CASH\",\"lines\":[{\"code\":\"%s\",\"quantity\":%d}]}"
                        .formatted(first.id(), shop.item.link(), first.lines().get(0).quantity());
        var replay =
                page.request()
                        .post(
                                url("/api/v1/sale-point/" + shop.salePointId + "/sales"),
                                RequestOptions.create()
                                        .setHeader("Content-Type", "application/json")
                                        .setHeader("Accept", "application/json")
                                        .setData(body));
        Assertions.assertThat(replay.status()).as(replay.text()).isEqualTo(201);
        Assertions.assertThat(replay.text()).contains("\"replayed\":true");
        Assertions.assertThat(pos.recentSales(OFFICE, UUID.fromString(shop.salePointId), 10))
                .hasSize(2);
        Assertions.assertThat(stockByService(shop)).isEqualTo(PosSetUp.TRANSFERRED - 3);

        page.reload();
        Assertions.assertThat(stockOnPage(shop.item.sku())).isEqualTo(PosSetUp.TRANSFERRED - 3);
        assertThat(page.locator("#pos-recent-list li")).hasCount(2);
        step("server-has-exactly-the-two-sales");
    }

    @Test
    void journey_6_lapsed_and_recalled_batches_show_on_the_scan_page_and_a_recall_cannot_be_sold() {
        PosSetUp shop = shop();
        PosSetUp.Item lapsed = shop.anotherItem("Mắm ruốc Nam Ô", "Nam O shrimp paste", "MR-25-07");
        shop.lapseCertificate(lapsed);
        shop.recall(shop.item, "Histamin vượt ngưỡng cho phép");

        page.navigate("/trace/01/0" + lapsed.gtin() + "/10/" + lapsed.lot());
        assertThat(page.locator("h1")).hasText("Mắm ruốc Nam Ô");
        Locator certificate = page.locator("#certificate");
        assertThat(certificate).hasClass(Pattern.compile(".*certificate-expired.*"));
        assertThat(certificate).containsText("Đã hết hiệu lực");
        assertThat(page.locator("#recall-banner")).hasCount(0);
        step("scan-page-lapsed-certificate");

        page.navigate("/trace/01/0" + shop.item.gtin() + "/10/" + shop.item.lot());
        assertThat(page.locator("#recall-banner")).isVisible();
        assertThat(page.locator("#recall-banner")).containsText("Histamin vượt ngưỡng cho phép");
        step("scan-page-recall-banner");

        logInAsStaff(shop);
        scan(shop.item.link());
        Locator recalled = page.locator("#pos-lines-body tr.pos-line-refused");
        assertThat(recalled).hasCount(1);
        assertThat(recalled.locator(".pos-reason")).containsText("thu hồi");
        assertThat(recalled.locator(".pos-reason")).containsText("Histamin vượt ngưỡng cho phép");
        Assertions.assertThat(
                        recalled.evaluate("row => getComputedStyle(row).backgroundColor")
                                .toString())
                .isEqualTo("rgb(253, 236, 234)");
        assertThat(page.locator("#pos-complete")).isDisabled();
        assertThat(page.locator("#pos-complete-error")).containsText("không được bán");
        step("recalled-pack-red-at-the-counter");

        scan("https://ocop.example.vn/01/0" + lapsed.gtin() + "/10/" + lapsed.lot());
        assertThat(page.locator("#pos-lines-body tr.pos-line-refused")).hasCount(2);
        assertThat(page.locator("#pos-lines-body tr.pos-line-refused").nth(1))
                .containsText("Giấy chứng nhận OCOP đã hết hiệu lực");
        assertThat(page.locator("#pos-complete")).isDisabled();
        step("lapsed-certificate-red-at-the-counter");

        var refused =
                page.request()
                        .post(
                                url("/api/v1/sale-point/" + shop.salePointId + "/sales"),
                                RequestOptions.create()
                                        .setHeader("Content-Type", "application/json")
                                        .setHeader("Accept", "application/json")
                                        .setData(
                                                "{\"id\":\"%s\",\"paymentMethod\":\"CASH\",\"lines\":[{\"code\":\"%s\",\"quantity\":1}]}"
                                                        .formatted(
                                                                UUID.randomUUID(),
                                                                shop.item.link())));
        Assertions.assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        Assertions.assertThat(refused.text()).contains("orders.batch-not-sellable", "RECALLED");
        Assertions.assertThat(stockByService(shop)).isEqualTo(PosSetUp.TRANSFERRED);
        Assertions.assertThat(pos.recentSales(OFFICE, UUID.fromString(shop.salePointId), 10))
                .isEmpty();
    }
}
