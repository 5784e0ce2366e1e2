package vn.ocop.storefront.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.ocop.storefront.shop.ShopFixtures;

/**
 * Journey 2: checkout with VietQR → the payment page shows the QR code, amount, account and
 * transfer content → the bank's signed notification reaches the real webhook → the page turns to
 * "paid" by itself (no reload) and stops polling.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
@Property(name = "ocop.admin.email", value = "office@vietqr-journey.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.vietqr.bank-bin", value = "970436")
@Property(name = "ocop.vietqr.account", value = "0071000888999")
@Property(name = "ocop.vietqr.account-name", value = "HTX OCOP QUANG NINH")
@Property(name = "ocop.bank.webhook-secret", value = ShopVietQrJourneyTest.SECRET)
class ShopVietQrJourneyTest extends BrowserJourney {

    static final String SECRET = "bank-webhook-secret-for-the-journey";

    @Test
    void the_vietqr_payment_page_turns_to_paid_by_itself_after_the_signed_bank_notification() {
        ShopFixtures fixtures =
                new ShopFixtures(
                        server.getURI(), "office@vietqr-journey.test", "office-password-1");
        ShopFixtures.Member producer = fixtures.producer("HTX Nước mắm Cát Hải");
        ShopFixtures.Item sauce = fixtures.product(producer, "Nước mắm Cát Hải", 120_000);
        fixtures.receive(producer, sauce.sku(), 10);
        String email = fixtures.consumer();

        logIn(email, ShopFixtures.PASSWORD);

        page.navigate("/san-pham/" + sauce.productId());
        page.locator("#quantity").fill("2");
        page.locator("#add-to-cart button[type=submit]").click();
        page.waitForURL("**/gio-hang");
        assertThat(page.locator("#cart-subtotal")).hasText("240.000 ₫");
        step("cart");

        page.locator("#to-checkout").click();
        page.waitForURL("**/thanh-toan");
        page.locator("#name").fill("Trần Thị Mai");
        page.locator("#phone").fill("0987654321");
        page.locator("#province").selectOption("ha-noi");
        assertThat(page.locator("#fee-amount")).hasText("45.000 ₫");
        assertThat(page.locator("#total-amount")).hasText("285.000 ₫");
        assertThat(page.locator("#commune option[value='00004']")).hasText("Phường Ba Đình");
        page.locator("#commune").selectOption("00004");
        page.locator("#street").fill("12 Phố Điện Biên Phủ");
        page.locator("input[name=payment][value=VIETQR]").check();
        step("checkout-vietqr");
        page.locator("#place-order").click();
        page.waitForURL(Pattern.compile(".*/don-hang/[A-Z0-9-]+/thanh-toan$"));
        String number = page.url().replaceAll(".*/don-hang/([A-Z0-9-]+)/thanh-toan$", "$1");

        assertThat(page.locator("#vietqr")).isVisible();
        Assertions.assertThat(
                        (Integer) page.evaluate("document.getElementById('vietqr').naturalWidth"))
                .as("the QR image loaded")
                .isPositive();
        assertThat(page.locator("#pay-amount")).hasText("285.000 ₫");
        assertThat(page.locator("#pay-account")).hasText("0071000888999");
        assertThat(page.locator("#pay-content")).hasText(number);
        assertThat(page.locator("#payment-live")).hasAttribute("aria-live", "polite");
        assertThat(page.locator("#payment-status")).hasAttribute("data-status", "AWAITING_PAYMENT");
        step("payment-page-waiting");

        page.evaluate("window.__journeyMarker = 'same-document'");
        AtomicInteger polls = new AtomicInteger();
        page.onRequest(
                request -> {
                    if (request.url().endsWith("/thanh-toan/trang-thai")) polls.incrementAndGet();
                });

        // the bank strips the dashes, lower-cases and adds the payer's words
        String content = "CK " + number.replace("-", "").toLowerCase() + " thanh toan don hang";
        var notified = fixtures.bankNotification(285_000, content, "FT26327" + number, SECRET);
        Assertions.assertThat(notified.status()).as(notified.body()).isEqualTo(200);
        Assertions.assertThat(notified.json().get("outcome").asText()).isEqualTo("SETTLED");

        assertThat(page.locator("#payment-status"))
                .hasAttribute(
                        "data-status",
                        "PAID",
                        new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
        assertThat(page.locator("#payment-status")).containsText("Đã thanh toán");
        Assertions.assertThat(page.evaluate("window.__journeyMarker"))
                .as("the status turned to paid without reloading the page")
                .isEqualTo("same-document");
        Assertions.assertThat(polls.get()).as("it polled until paid").isPositive();
        step("payment-page-paid");

        int afterPaid = polls.get();
        page.waitForTimeout(4_500);
        Assertions.assertThat(polls.get()).as("polling stops once paid").isEqualTo(afterPaid);

        page.locator("#payment-status a").click();
        page.waitForURL("**/don-hang/" + number);
        assertThat(page.locator("#order-status")).hasAttribute("data-status", "CONFIRMED");
        assertThat(page.locator(".order-facts")).containsText("đã thanh toán");
        step("order-paid");
    }
}
