package vn.ocop.storefront.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The OCOP office's reports in a real browser: an office account made in set-up logs in, every
 * report draws its Chart.js chart (a canvas with a Chart instance) next to a data table, the table
 * of stars adds up to the demo catalogue, and the language switch turns titles, table headers and
 * chart legends to English.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
@Property(name = "ocop.admin.email", value = OfficeAccounts.BOOTSTRAP_EMAIL)
@Property(name = "ocop.admin.password", value = OfficeAccounts.BOOTSTRAP_PASSWORD)
class OfficeReportsJourneyTest extends BrowserJourney {

    private static final List<String> REPORTS =
            List.of("stars", "groups", "provinces", "sales", "products", "scans");

    @Test
    void the_office_sees_its_reports_as_charts_in_vietnamese_and_english() {
        String email = OfficeAccounts.create(server.getURI());

        page.navigate("/login");
        page.locator("#identifier").fill(email);
        page.locator("#password").fill(OfficeAccounts.PASSWORD);
        step("login");
        page.locator("form[action='/login'] button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));

        page.navigate("/van-phong");
        assertThat(page.locator("h1")).hasText("Văn phòng OCOP");
        assertThat(page.locator("a[href='/van-phong/kiem-duyet']").first()).isVisible();
        step("dashboard");

        page.locator(".office-nav a[href='/van-phong/bao-cao']").click();
        page.waitForURL(url -> url.endsWith("/van-phong/bao-cao"));
        for (String key : REPORTS) {
            String canvas = "canvas[data-chart='chart-data-" + key + "']";
            assertThat(page.locator(canvas)).isVisible();
            page.waitForFunction(
                    "c => window.Chart && window.Chart.getChart(document.querySelector(c))",
                    canvas);
            assertThat(page.locator("#table-" + key)).isAttached();
        }
        Assertions.assertThat(
                        (Number)
                                page.evaluate(
                                        "() => Chart.getChart(document.querySelector("
                                                + "\"canvas[data-chart='chart-data-stars']\"))"
                                                + ".data.datasets[0].data.reduce((a, b) => a + b, 0)"))
                .extracting(Number::intValue)
                .isEqualTo(DEMO_VISIBLE_PRODUCTS);
        assertThat(page.locator("#report-stars h2"))
                .hasText("Sản phẩm được chứng nhận theo số sao");
        step("reports-vietnamese");
        page.locator("#report-provinces").scrollIntoViewIfNeeded();
        step("reports-provinces-vietnamese");

        page.locator("#lang-switch a[hreflang=en]").click();
        page.waitForFunction("() => document.documentElement.lang === 'en'");
        page.waitForFunction(
                "() => window.Chart && window.Chart.getChart(document.querySelector("
                        + "\"canvas[data-chart='chart-data-stars']\"))");
        assertThat(page.locator("h1")).hasText("OCOP reports");
        assertThat(page.locator("#report-stars h2")).hasText("Certified products by stars");
        assertThat(page.locator("#table-stars thead th").nth(1)).hasText("Certified products");
        assertThat(page.locator("#table-stars tbody th").first()).hasText("3 stars");
        Assertions.assertThat(
                        page.evaluate(
                                "() => Chart.getChart(document.querySelector("
                                        + "\"canvas[data-chart='chart-data-sales']\"))"
                                        + ".data.datasets.map(d => d.label).join('|')"))
                .isEqualTo("Online revenue (₫)|Sale-point revenue (₫)");
        Assertions.assertThat(page.locator("main").innerText()).doesNotContain("??", "office.");
        step("reports-english");

        page.locator(".office-nav a[href='/van-phong/chi-tieu']").click();
        page.waitForURL(url -> url.contains("/van-phong/chi-tieu"));
        assertThat(page.locator("h1")).hasText("Province OCOP targets");
        assertThat(page.locator("label[for=target]")).hasText("Target (number of products)");
        step("targets-english");
    }
}
