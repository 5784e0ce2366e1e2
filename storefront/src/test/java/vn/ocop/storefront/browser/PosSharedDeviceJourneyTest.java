package vn.ocop.storefront.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.PlaywrightException;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A shared counter device after a logout, in Chromium: the staff member's counter page was cached
 * by the service worker for offline use; once they log out, the page is gone from the device, so
 * with no network the next person sees no stock, sales or name of the last one — while a sale the
 * device could not sync stays in the offline queue and is shown to the next staff member.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
@Property(name = "ocop.admin.email", value = "office@pos-shared.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
class PosSharedDeviceJourneyTest extends BrowserJourney {

    private void logIn(String email, PosSetUp shop) {
        page.navigate("/login");
        page.getByLabel("Email hoặc số điện thoại").fill(email);
        page.getByLabel("Mật khẩu").fill(PosSetUp.PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/$"));
        page.navigate("/diem-ban");
        page.waitForURL(Pattern.compile(".*/diem-ban/" + shop.salePointId + "$"));
        assertThat(page.locator("h1")).hasText("Bán hàng tại quầy");
    }

    /** The page's HTML once the browser's own error page has finished replacing the last one. */
    private String settledContent() {
        for (int attempt = 1; ; attempt++) {
            try {
                page.waitForLoadState();
                return page.content();
            } catch (PlaywrightException stillNavigating) {
                if (attempt == 20) {
                    throw stillNavigating;
                }
                page.waitForTimeout(250);
            }
        }
    }

    private boolean cached(String path) {
        return (Boolean) page.evaluate("p => caches.match(p).then(hit => !!hit)", path);
    }

    @Test
    void after_a_logout_the_counter_page_is_gone_from_the_device_and_unsynced_sales_stay() {
        PosSetUp shop =
                new PosSetUp(server.getURI(), "office@pos-shared.test", "office-password-1", true);
        String counter = "/diem-ban/" + shop.salePointId;
        logIn(shop.staffEmail, shop);
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        page.waitForFunction("p => caches.match(p).then(hit => !!hit)", counter);
        assertThat(page.locator(".pos-place")).containsText(shop.salePointName);
        step("counter-cached-for-offline");

        // a sale made offline that the server will refuse once back online (its batch is
        // recalled meanwhile): it stays queued on the device, marked refused
        shop.recall(shop.item, "Histamin vượt ngưỡng cho phép");
        context.setOffline(true);
        page.locator("#pos-code").focus();
        page.keyboard().type(shop.item.link());
        page.keyboard().press("Enter");
        assertThat(page.locator("#pos-lines-body tr")).hasCount(1);
        page.getByLabel("Tiền khách đưa").fill("120000");
        page.locator("#pos-complete").click();
        assertThat(page.locator("#pos-queue-count")).hasAttribute("data-count", "1");
        context.setOffline(false);
        page.evaluate("window.ocopPos.sync()");
        assertThat(page.locator("#pos-queue-list li.is-refused")).hasCount(1);
        assertThat(page.locator("#pos-queue-count")).hasAttribute("data-count", "1");
        step("unsynced-sale-refused-and-kept");

        page.locator("form[action='/logout'] button").click();
        page.waitForURL(Pattern.compile(".*/$"));
        assertThat(page.locator("form[action='/login'], a[href='/login']").first()).isVisible();
        Assertions.assertThat(cached(counter))
                .as("the counter page left the service worker's cache at logout")
                .isFalse();
        Assertions.assertThat(cached("/static/pos.js"))
                .as("the app shell, which holds no data, stays")
                .isTrue();
        step("logged-out");

        context.setOffline(true);
        for (String path : new String[] {counter, "/diem-ban"}) {
            try {
                page.navigate(path);
            } catch (PlaywrightException offline) {
                // the browser's own "no connection" page: nothing was kept to answer with
            }
            Assertions.assertThat(settledContent())
                    .as("offline, %s shows nothing of the last staff member", path)
                    .doesNotContain(shop.salePointName)
                    .doesNotContain("Bán hàng tại quầy")
                    .doesNotContain("Nước mắm Nam Ô");
        }
        step("offline-after-logout-nothing-shown");

        context.setOffline(false);
        String next = "quay-sau-" + UUID.randomUUID().toString().substring(0, 6) + "@ocop.vn";
        shop.staffOf(shop.salePointId, next);
        logIn(next, shop);
        assertThat(page.locator("#pos-queue-count")).hasAttribute("data-count", "1");
        assertThat(page.locator("#pos-queue-list li.is-refused")).hasCount(1);
        assertThat(page.locator("#pos-queue-list li")).containsText("120.000 ₫");
        step("next-staff-sees-the-unsynced-sale");
    }
}
