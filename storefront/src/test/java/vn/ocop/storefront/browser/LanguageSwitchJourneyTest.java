package vn.ocop.storefront.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Journey 7 on the consumer pages: after the switch to English no Vietnamese text is left outside
 * catalogue data (names, descriptions, addresses: marked {@code data-catalogue}) and no message key
 * shows; the switch back brings Vietnamese again, on the same page.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
class LanguageSwitchJourneyTest extends BrowserJourney {

    /** Letters only Vietnamese uses here (with tone or vowel marks), and đ. */
    private static final Pattern VIETNAMESE =
            Pattern.compile(
                    "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A message key that was not translated ("??key??") or printed raw ("search.facet.x"). */
    private static final Pattern RAW_KEY =
            Pattern.compile(
                    "\\?\\?|\\b(app|nav|home|search|product|producer|certificate|legalForm|notFound"
                            + "|footer|login|register|page)\\.[a-zA-Z]");

    /**
     * The page's text and its labels (title, aria-label, alt, placeholder), without catalogue data
     * (also in the title, which names the product or producer) and without what is marked as
     * Vietnamese on purpose (the "Tiếng Việt" link).
     */
    private static final String VISIBLE_TEXT =
            """
            () => {
              const body = document.body.cloneNode(true);
              body.querySelectorAll('[data-catalogue], [lang=vi], script, template, noscript')
                  .forEach(e => e.remove());
              const labels = [...body.querySelectorAll('[aria-label], [alt], [placeholder], [title]')]
                  .flatMap(e => ['aria-label', 'alt', 'placeholder', 'title']
                      .map(a => e.getAttribute(a)).filter(v => v));
              let title = document.title;
              document.querySelectorAll('[data-catalogue]')
                  .forEach(e => title = title.replace(e.textContent.trim(), ''));
              return [title, body.innerText, ...labels].join('\\n');
            }
            """;

    @Test
    void every_consumer_page_turns_fully_english_and_back() {
        page.navigate("/");
        checkEnglishAndBack("home");

        page.navigate("/tim-kiem?q=nuoc+mam&minStars=4");
        assertThat(page.locator("#search-region .product-card").first()).isVisible();
        checkEnglishAndBack("search");

        page.locator("#search-region .product-card h3 a").first().click();
        page.waitForURL(Pattern.compile(".*/san-pham/[0-9a-f-]{36}$"));
        assertThat(page.locator("#star-badge")).isVisible();
        checkEnglishAndBack("product");

        page.locator(".producer-story h3 a").first().click();
        page.waitForURL(Pattern.compile(".*/chu-the/[0-9a-f-]{36}$"));
        assertThat(page.locator("#verified")).isVisible();
        checkEnglishAndBack("producer");
    }

    private void checkEnglishAndBack(String name) {
        String url = page.url();
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        Assertions.assertThat(VIETNAMESE.matcher(text()).find())
                .as(name + " in Vietnamese")
                .isTrue();
        step(name + "-vi");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        page.waitForURL(url);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator(".site-footer")).containsText("OCOP Market");
        String english = text();
        Assertions.assertThat(matches(VIETNAMESE, english))
                .as("Vietnamese left on the English " + name + " page:\n" + english)
                .isEmpty();
        Assertions.assertThat(matches(RAW_KEY, english))
                .as("message keys on the English " + name + " page")
                .isEmpty();
        step(name + "-en");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếng Việt")).click();
        page.waitForURL(url);
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.locator(".site-footer")).containsText("Chợ OCOP");
        Assertions.assertThat(matches(RAW_KEY, text())).as("message keys on " + name).isEmpty();
    }

    private String text() {
        return (String) page.evaluate(VISIBLE_TEXT);
    }

    /** Each match with a little context, to show where the leftover is. */
    private static List<String> matches(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(
                    text.substring(
                            Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)));
        }
        return found;
    }
}
