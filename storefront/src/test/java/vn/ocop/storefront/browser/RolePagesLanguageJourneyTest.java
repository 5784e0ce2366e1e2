package vn.ocop.storefront.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.ocop.storefront.producer.ProducerAccounts;

/**
 * Journey 7 on the pages behind a login: the producer's, the sale point's and the office's pages
 * turn fully English with the switch (no Vietnamese outside data — names of people, products,
 * producers, places and sale points, marked {@code data-catalogue} — and no message key), and come
 * back in Vietnamese. {@code LanguageSwitchJourneyTest} does the same for the consumer pages.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
@Property(name = "ocop.admin.email", value = "office@language-journey.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
@Property(name = "ocop.orders.expiry-job.enabled", value = "false")
class RolePagesLanguageJourneyTest extends BrowserJourney {

    private static final String OFFICE = "office@language-journey.test";
    private static final String OFFICE_PASSWORD = "office-password-1";

    private static final Pattern VIETNAMESE =
            Pattern.compile(
                    "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A message key that was not translated ("??key??") or printed raw ("office.reports.x"). */
    private static final Pattern RAW_KEY =
            Pattern.compile(
                    "\\?\\?|\\b(app|nav|shop|producer|pops|pos|office|moderation|footer|page)"
                            + "\\.[a-zA-Z]");

    /** As in LanguageSwitchJourneyTest: page text and labels without data and "Tiếng Việt". */
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
    void the_producer_pages_turn_fully_english_and_back() {
        ProducerAccounts accounts = new ProducerAccounts(server.getURI(), OFFICE, OFFICE_PASSWORD);
        UUID producer =
                accounts.verifiedProducer(
                        "HTX Mật ong Bạc Hà " + UUID.randomUUID().toString().substring(0, 6));
        String member = accounts.member(producer);
        accounts.publishedListing(
                member, producer, "MO-" + UUID.randomUUID().toString().substring(0, 6));
        logIn(member, ProducerAccounts.PASSWORD);
        for (String path :
                List.of(
                        "/nha-san-xuat",
                        "/nha-san-xuat/san-pham",
                        "/nha-san-xuat/don-hang",
                        "/nha-san-xuat/lo-hang",
                        "/nha-san-xuat/tem",
                        "/nha-san-xuat/ton-kho",
                        "/nha-san-xuat/nhap-excel")) {
            page.navigate(path);
            checkEnglishAndBack(path);
        }
    }

    @Test
    void the_sale_point_pages_turn_fully_english_and_back() {
        PosSetUp shop = new PosSetUp(server.getURI(), OFFICE, OFFICE_PASSWORD, false);
        logIn(shop.staffEmail, PosSetUp.PASSWORD);
        page.navigate("/diem-ban");
        page.waitForURL(Pattern.compile(".*/diem-ban/" + shop.salePointId + "$"));
        checkEnglishAndBack("/diem-ban");
    }

    @Test
    void the_office_pages_turn_fully_english_and_back() {
        logIn(OFFICE, OFFICE_PASSWORD);
        for (String path :
                List.of(
                        "/van-phong",
                        "/van-phong/kiem-duyet",
                        "/van-phong/xac-minh",
                        "/van-phong/thu-hoi",
                        "/van-phong/quet-bat-thuong",
                        "/van-phong/tu-dong-nghia",
                        "/van-phong/nhap-du-lieu",
                        "/van-phong/chi-muc",
                        "/van-phong/chi-tieu",
                        "/van-phong/bao-cao")) {
            page.navigate(path);
            checkEnglishAndBack(path);
        }
    }

    private void checkEnglishAndBack(String path) {
        String name = path.replace('/', '_');
        String url = page.url();
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        Assertions.assertThat(VIETNAMESE.matcher(text()).find())
                .as(path + " in Vietnamese")
                .isTrue();
        step(name + "-vi");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        page.waitForURL(url);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        String english = text();
        Assertions.assertThat(matches(VIETNAMESE, english))
                .as("Vietnamese left on the English page " + path + ":\n" + english)
                .isEmpty();
        Assertions.assertThat(matches(RAW_KEY, english))
                .as("message keys on the English page " + path)
                .isEmpty();
        step(name + "-en");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếng Việt")).click();
        page.waitForURL(url);
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        Assertions.assertThat(matches(RAW_KEY, text())).as("message keys on " + path).isEmpty();
    }

    private String text() {
        return (String) page.evaluate(VISIBLE_TEXT);
    }

    private static List<String> matches(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(
                    text.substring(
                            Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)));
        }
        return found;
    }
}
