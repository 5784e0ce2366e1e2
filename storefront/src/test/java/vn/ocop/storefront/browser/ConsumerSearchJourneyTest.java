package vn.ocop.storefront.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Journey 1 (its search half): a consumer searches "nuoc mam" from the home page, narrows to 4★+
 * with a facet (no full reload) and opens a product page with its star badge and VND prices.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
class ConsumerSearchJourneyTest extends BrowserJourney {

    @Test
    void a_consumer_searches_nuoc_mam_filters_four_stars_and_opens_a_product() {
        page.navigate("/");
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.locator("#five-stars .product-card").first()).isVisible();
        assertThat(page.locator(".group-card")).hasCount(6);
        step("home");

        Locator box =
                page.getByRole(
                        AriaRole.COMBOBOX,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName("Tìm sản phẩm"));
        box.pressSequentially("nuoc m");
        Locator suggestions = page.getByRole(AriaRole.LISTBOX);
        assertThat(suggestions).isVisible();
        assertThat(suggestions.getByRole(AriaRole.OPTION).first()).containsText("Nước mắm");
        assertThat(box).hasAttribute("aria-expanded", "true");
        box.press("ArrowDown");
        assertThat(suggestions.getByRole(AriaRole.OPTION).first())
                .hasAttribute("aria-selected", "true");
        assertThat(box).hasAttribute("aria-activedescendant", "q-option-0");
        step("suggestions");

        box.press("Escape");
        assertThat(suggestions).isHidden();
        box.fill("nuoc mam");
        box.press("Enter");
        page.waitForURL(Pattern.compile(".*/tim-kiem\\?q=nuoc\\+mam$"));
        Locator cards = page.locator("#search-region .product-card");
        assertThat(cards.first()).isVisible();
        assertThat(page.locator(".result-count")).containsText("sản phẩm");
        Assertions.assertThat(cards.locator("h3").allInnerTexts())
                .isNotEmpty()
                .allSatisfy(name -> Assertions.assertThat(name).containsIgnoringCase("nước mắm"));
        step("search-results");

        page.evaluate("window.__journeyMarker = 'same-document'");
        Locator fourStars = page.locator("[data-facet=stars-4]");
        fourStars.click();
        page.waitForURL(Pattern.compile(".*/tim-kiem\\?q=nuoc\\+mam&minStars=4$"));
        assertThat(page.locator("[data-facet=stars-4]")).hasAttribute("aria-current", "true");
        Assertions.assertThat(page.evaluate("window.__journeyMarker"))
                .as("the facet swapped the results in without loading a new page")
                .isEqualTo("same-document");
        assertThat(cards.first()).isVisible();
        Assertions.assertThat(cards.locator(".badge-stars .stars").allInnerTexts())
                .isNotEmpty()
                .allSatisfy(stars -> Assertions.assertThat(stars).startsWith("★★★★"));
        step("four-stars-and-up");

        cards.first().locator("h3 a").click();
        page.waitForURL(Pattern.compile(".*/san-pham/[0-9a-f-]{36}$"));
        Locator badge = page.locator("#star-badge");
        assertThat(badge).isVisible();
        assertThat(badge).containsText(Pattern.compile("Sản phẩm OCOP [45] sao"));
        assertThat(badge).containsText("Hiệu lực đến");
        assertThat(page.locator("h1")).containsText("Nước mắm");
        assertThat(page.locator(".variant .price").first())
                .hasText(Pattern.compile("^\\d{1,3}(\\.\\d{3})+ ₫$"));
        assertThat(
                        page.getByRole(
                                AriaRole.BUTTON,
                                new com.microsoft.playwright.Page.GetByRoleOptions()
                                        .setName("Thêm vào giỏ hàng")))
                .isVisible();
        step("product");
    }
}
