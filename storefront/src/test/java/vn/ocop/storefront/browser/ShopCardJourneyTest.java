package vn.ocop.storefront.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.storefront.shop.ShopFixtures;
import vn.ocop.testkit.WebClient;

/**
 * Card payment through the pages: checkout with "card" → the order page's pay-by-card button → the
 * app's real stripe-java client creates a Checkout Session at a local Stripe stand-in and the
 * browser is sent on to its hosted payment page → Stripe's signed {@code
 * checkout.session.completed} webhook reaches the real endpoint → the order page shows it paid.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "ocop.demo-data", value = "true")
@Property(name = "ocop.admin.email", value = "office@card-journey.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class ShopCardJourneyTest extends BrowserJourney implements TestPropertyProvider {

    static final String WEBHOOK_SECRET = "whsec_test_card_journey";

    final StripeStandIn stripe = new StripeStandIn();

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "ocop.stripe.secret-key",
                "sk_test_card_journey",
                "ocop.stripe.webhook-secret",
                WEBHOOK_SECRET,
                "ocop.stripe.api-base",
                stripe.baseUrl());
    }

    @AfterAll
    void stopStripe() {
        stripe.close();
    }

    private WebClient.Response webhook(WebClient http, String payload) {
        return http.send(
                http.builder("/api/v1/payments/stripe/webhook")
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header(
                                "Stripe-Signature",
                                StripeStandIn.signature(payload, WEBHOOK_SECRET))
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        payload, StandardCharsets.UTF_8)));
    }

    @Test
    void a_card_order_goes_to_stripe_checkout_and_shows_paid_after_the_signed_webhook() {
        ShopFixtures fixtures =
                new ShopFixtures(server.getURI(), "office@card-journey.test", "office-password-1");
        ShopFixtures.Member producer = fixtures.producer("HTX Chè Tân Cương");
        ShopFixtures.Item tea = fixtures.product(producer, "Chè búp Tân Cương", 120_000);
        fixtures.receive(producer, tea.sku(), 10);
        String email = fixtures.consumer();

        logIn(email, ShopFixtures.PASSWORD);

        page.navigate("/san-pham/" + tea.productId());
        page.locator("#quantity").fill("2");
        page.locator("#add-to-cart button[type=submit]").click();
        page.waitForURL("**/gio-hang");
        page.locator("#to-checkout").click();
        page.waitForURL("**/thanh-toan");
        page.locator("#name").fill("Trần Thị Mai");
        page.locator("#phone").fill("0987654321");
        page.locator("#province").selectOption("ha-noi");
        assertThat(page.locator("#total-amount")).hasText("285.000 ₫");
        assertThat(page.locator("#commune option[value='00004']")).hasText("Phường Ba Đình");
        page.locator("#commune").selectOption("00004");
        page.locator("#street").fill("12 Phố Điện Biên Phủ");
        assertThat(page.locator("input[name=payment][value=CARD]")).isEnabled();
        page.locator("input[name=payment][value=CARD]").check();
        step("checkout-card");
        page.locator("#place-order").click();
        page.waitForURL(Pattern.compile(".*/don-hang/[A-Z0-9-]+$"));
        String number = page.url().replaceAll(".*/don-hang/([A-Z0-9-]+)$", "$1");
        assertThat(page.locator("#order-status")).hasAttribute("data-status", "PENDING_PAYMENT");
        assertThat(page.locator(".order-facts")).containsText("Thẻ ngân hàng");
        assertThat(page.locator(".order-facts")).containsText("chưa thanh toán");
        step("order-awaiting-card-payment");

        page.locator("form[action='/don-hang/" + number + "/the'] button[type=submit]").click();
        page.waitForURL(
                Pattern.compile("^" + Pattern.quote(stripe.baseUrl()) + "/c/pay/cs_test_\\d+$"));
        assertThat(page.locator("h1")).hasText("Stripe Checkout (test stand-in)");
        assertThat(page.locator("#order")).hasText(number);
        assertThat(page.locator("#amount")).hasText("285000 vnd");
        step("stripe-checkout-page");

        Assertions.assertThat(stripe.sessions).hasSize(1);
        StripeStandIn.Session session = stripe.sessions.get(0);
        Assertions.assertThat(page.url()).endsWith("/c/pay/" + session.id());
        Assertions.assertThat(session.orderNumber()).isEqualTo(number);
        Assertions.assertThat(session.amount()).isEqualTo(285_000);
        Assertions.assertThat(session.form())
                .containsEntry("mode", "payment")
                .containsEntry("currency", "vnd");

        // Stripe tells the app the session was paid; a forged or replayed call changes nothing
        String paid = StripeStandIn.completed("evt_card_journey_1", session, "pi_card_journey_1");
        WebClient http = fixtures.http();
        var forged =
                http.send(
                        http.builder("/api/v1/payments/stripe/webhook")
                                .header("Content-Type", "application/json")
                                .header(
                                        "Stripe-Signature",
                                        StripeStandIn.signature(paid, "whsec_someone_else"))
                                .POST(HttpRequest.BodyPublishers.ofString(paid)));
        Assertions.assertThat(forged.status()).as(forged.body()).isBetween(400, 499);
        page.navigate("/don-hang/" + number);
        assertThat(page.locator("#order-status")).hasAttribute("data-status", "PENDING_PAYMENT");

        var delivered = webhook(http, paid);
        Assertions.assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        var replayed = webhook(http, paid);
        Assertions.assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);

        // back from Stripe to the session's success_url (its host is ocop.public-base-url, not
        // this test server's random port): the storefront's order page, now paid
        String back =
                URI.create(session.form().get("success_url")).getRawPath()
                        + "?"
                        + URI.create(session.form().get("success_url")).getRawQuery();
        Assertions.assertThat(back).isEqualTo("/don-hang/" + number + "?thanh-toan=thanh-cong");
        page.navigate(back);
        assertThat(page.locator("#order-status")).hasAttribute("data-status", "CONFIRMED");
        assertThat(page.locator(".order-facts")).containsText("đã thanh toán");
        assertThat(page.locator("form[action='/don-hang/" + number + "/the']")).hasCount(0);
        step("order-paid");

        page.navigate("/tai-khoan");
        assertThat(page.locator(".order-row[data-order='" + number + "']")).isVisible();
        step("account-history");
    }
}
