package vn.ocop.storefront.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.ProductSearchQuery;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.storefront.shop.ShopFixtures;

/**
 * Journey 1: a consumer searches "nuoc mam", narrows to 4★+, puts products of two producers in the
 * cart, logs in at checkout, sees the delivery fee, pays cash on delivery and sees the order; then
 * each producer's member logs in and sees its own fulfilment, not the other's.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
@Property(name = "ocop.admin.email", value = "office@shop-journey.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class ShopCodJourneyTest extends BrowserJourney {

    @Inject ProductsApi products;

    /** A demo product on the first page of "nuoc mam" 4★+ and the member of its only producer. */
    record Pick(ProductView product, ShopFixtures.Member member) {}

    @Test
    void a_consumer_buys_fish_sauce_from_two_producers_with_cod_and_each_producer_sees_its_part() {
        ShopFixtures fixtures =
                new ShopFixtures(server.getURI(), "office@shop-journey.test", "office-password-1");
        List<Pick> picks = twoProducers(fixtures);
        for (Pick pick : picks) {
            for (var variant : pick.product().variants()) {
                if (!variant.active()) continue;
                fixtures.receive(pick.member(), variant.sku(), 50);
            }
        }
        String email = fixtures.consumer();

        page.navigate("/");
        Locator box = page.locator("#q");
        box.fill("nuoc mam");
        box.press("Enter");
        page.waitForURL(Pattern.compile(".*/tim-kiem\\?q=nuoc\\+mam$"));
        assertThat(page.locator("#search-region .product-card").first()).isVisible();
        page.locator("[data-facet=stars-4]").click();
        page.waitForURL(Pattern.compile(".*/tim-kiem\\?q=nuoc\\+mam.*minStars=4.*"));
        assertThat(page.locator("[data-facet=stars-4]")).hasAttribute("aria-current", "true");
        step("search-four-stars");

        for (int i = 0; i < picks.size(); i++) {
            if (i > 0) {
                page.navigate("/tim-kiem?q=nuoc+mam&minStars=4");
            }
            ProductView product = picks.get(i).product();
            page.locator("#search-region .product-card h3 a[href='/san-pham/" + product.id() + "']")
                    .click();
            page.waitForURL("**/san-pham/" + product.id());
            step("product-" + (i + 1));
            page.locator("#add-to-cart button[type=submit]").click();
            page.waitForURL("**/gio-hang");
            assertThat(page.locator(".cart-group")).hasCount(i + 1);
            step("cart-" + (i + 1));
        }
        assertThat(page.locator("#cart-subtotal"))
                .hasText(Pattern.compile("^\\d{1,3}(\\.\\d{3})+ ₫$"));

        page.locator("#to-checkout").click();
        page.waitForURL("**/login");
        step("login-before-checkout");
        page.locator("#identifier").fill(email);
        page.locator("#password").fill(ShopFixtures.PASSWORD);
        page.locator("form[action='/login'] button[type=submit]").click();
        page.waitForURL("**/thanh-toan");
        assertThat(page.locator(".order-summary h3")).hasCount(2);

        page.locator("#name").fill("Trần Thị Mai");
        page.locator("#phone").fill("0987654321");
        page.locator("#province").selectOption("ha-noi");
        assertThat(page.locator("#fee-amount"))
                .hasText(Pattern.compile("^\\d{1,3}(\\.\\d{3})+ ₫$"));
        assertThat(page.locator("#total-amount")).isVisible();
        // the commune select follows the province; typing without tones narrows it
        assertThat(page.locator("#commune option[value='00004']")).hasText("Phường Ba Đình");
        page.locator("#commune-filter").fill("ba dinh");
        assertThat(page.locator("#commune option[value='00070']")).hasJSProperty("hidden", true);
        assertThat(page.locator("#commune option[value='00004']")).hasJSProperty("hidden", false);
        page.locator("#commune").selectOption("00004");
        page.locator("#street").fill("12 Phố Điện Biên Phủ");
        assertThat(page.locator("input[name=payment][value=COD]")).isChecked();
        assertThat(page.locator("input[name=payment][value=CARD]")).isDisabled();
        step("checkout-with-fee");
        page.locator("#place-order").click();
        page.waitForURL(Pattern.compile(".*/don-hang/[A-Z0-9-]+$"));
        String number = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(page.locator("h1")).containsText(number);
        assertThat(page.locator("#order-status")).hasAttribute("data-status", "CONFIRMED");
        assertThat(page.locator(".fulfilment")).hasCount(2);
        step("order-placed");

        page.navigate("/tai-khoan");
        assertThat(page.locator(".order-row[data-order='" + number + "']")).isVisible();
        step("account-history");
        page.locator("form[action='/logout'] button").click();

        for (int i = 0; i < picks.size(); i++) {
            Pick pick = picks.get(i);
            Pick other = picks.get(1 - i);
            logIn(pick.member().email(), ShopFixtures.PASSWORD);
            page.navigate("/nha-san-xuat/don-hang");
            Locator mine = page.locator(".fulfilment[data-order='" + number + "']");
            assertThat(mine).hasCount(1);
            assertThat(mine).containsText(pick.product().nameVi());
            assertThat(mine).not().containsText(other.product().nameVi());
            assertThat(mine).hasAttribute("data-status", "TO_PACK");
            step("producer-" + (i + 1) + "-fulfilment");
            page.locator("form[action='/logout'] button").click();
        }
    }

    /**
     * Two demo products on the first page of the "nuoc mam" 4★+ results, each of a single and
     * different producer, with a member account made for each producer.
     */
    private List<Pick> twoProducers(ShopFixtures fixtures) {
        var query =
                new ProductSearchQuery(
                        "nuoc mam", null, null, null, 4, null, null, null, null, null, null);
        List<Pick> picks = new ArrayList<>();
        List<UUID> producers = new ArrayList<>();
        for (var hit : search.search(query).hits()) {
            ProductView product = products.product(hit.id()).orElseThrow();
            if (product.producerIds().size() != 1 || product.variants().isEmpty()) continue;
            UUID producer = product.producerIds().get(0);
            if (producers.contains(producer)) continue;
            producers.add(producer);
            picks.add(new Pick(product, fixtures.member(producer)));
            if (picks.size() == 2) break;
        }
        Assertions.assertThat(picks).as("two producers of 4★+ fish sauce").hasSize(2);
        return picks;
    }
}
