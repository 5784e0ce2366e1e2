package vn.ocop.storefront.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's "usable by keyboard and screen reader": axe-core (WCAG 2 A and AA rules) finds no
 * serious or critical violation on the consumer pages in Vietnamese (home, search, product, cart
 * with one item, order tracking), the login page and the sale point's counter page. On each
 * consumer page the first Tab from the top focuses the skip link and shows it; the counter opens
 * with its code field focused (for keyboard-wedge scanners) and Shift+Tab reaches the skip link.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
@Property(name = "ocop.admin.email", value = "office@a11y-journey.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
class AccessibilityJourneyTest extends BrowserJourney {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Test
    void the_consumer_pages_have_no_serious_accessibility_violations_and_a_skip_link() {
        page.navigate("/");
        check("home");

        page.navigate("/tim-kiem?q=nuoc+mam");
        assertThat(page.locator("#search-region .product-card").first()).isVisible();
        check("search");

        page.locator("#search-region .product-card h3 a").first().click();
        page.waitForURL(Pattern.compile(".*/san-pham/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).isVisible();
        check("product");

        page.locator("#add-to-cart button[type=submit]").click();
        page.waitForURL("**/gio-hang");
        assertThat(page.locator(".cart-group")).hasCount(1);
        check("cart");

        page.navigate("/tra-cuu-don-hang");
        check("order-tracking");

        page.navigate("/login");
        check("login");
    }

    @Test
    void the_counter_page_has_no_serious_accessibility_violations_and_a_skip_link() {
        PosSetUp shop =
                new PosSetUp(
                        server.getURI(), "office@a11y-journey.test", "office-password-1", true);
        page.navigate("/login");
        page.getByLabel("Email hoặc số điện thoại").fill(shop.staffEmail);
        page.getByLabel("Mật khẩu").fill(PosSetUp.PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/$"));
        page.navigate("/diem-ban");
        page.waitForURL(Pattern.compile(".*/diem-ban/" + shop.salePointId + "$"));
        assertThat(page.locator("h1")).hasText("Bán hàng tại quầy");
        axe("counter");

        // The counter opens with the code field focused, so that a keyboard-wedge scanner types
        // into it at once; from there the keyboard still reaches the skip link, backwards.
        page.navigate(page.url());
        assertThat(page.locator("#pos-code")).isFocused();
        Locator skip = page.locator(".skip-link");
        for (int i = 0; i < 30 && !isFocused(skip); i++) {
            page.keyboard().press("Shift+Tab");
        }
        assertSkipLinkFocusedAndShown(skip, "counter");
    }

    private static boolean isFocused(Locator locator) {
        return (Boolean) locator.evaluate("e => e === document.activeElement");
    }

    /**
     * Runs axe-core on the current page, saves a screenshot, asserts no serious or critical
     * violation (the message lists every violation's rule, impact and elements) and that the first
     * Tab from the top of the page lands on the visible skip link.
     */
    private void check(String name) {
        axe(name);

        // keyboard: from the top of the page, the first Tab reaches the skip link and shows it
        // (loaded afresh so that nothing is focused and no focus starting point is left over)
        page.navigate(page.url());
        page.keyboard().press("Tab");
        assertSkipLinkFocusedAndShown(page.locator(".skip-link"), name);
    }

    private static void assertSkipLinkFocusedAndShown(Locator skip, String name) {
        assertThat(skip).isFocused();
        assertThat(skip).isInViewport();
        Assertions.assertThat(skip.boundingBox().x)
                .as("the focused skip link is on screen on %s", name)
                .isGreaterThanOrEqualTo(0);
    }

    /** Runs axe-core on the current page, saves a screenshot and asserts no serious violation. */
    private void axe(String name) {
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa")).analyze();
        step(name);
        List<Rule> blocking =
                results.getViolations().stream()
                        .filter(v -> BLOCKING.contains(v.getImpact()))
                        .toList();
        Assertions.assertThat(blocking)
                .as(
                        "serious or critical axe-core violations on %s (%s):%n%s",
                        name, page.url(), describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(
                        v ->
                                "- "
                                        + v.getId()
                                        + " ["
                                        + v.getImpact()
                                        + "] "
                                        + v.getHelp()
                                        + " -> "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
