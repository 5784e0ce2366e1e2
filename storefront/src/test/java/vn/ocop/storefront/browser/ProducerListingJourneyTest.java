package vn.ocop.storefront.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.ProductSearchQuery;
import vn.ocop.storefront.producer.ProducerAccounts;

/**
 * Journey 3: a producer member creates a listing with a variant and a photo and submits it; the
 * office types the evaluation score (the stars show as typed), records the 4★ certificate and
 * approves; the product reaches search through the outbox and shows on {@code /tim-kiem}.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
@Property(name = "ocop.admin.email", value = ListingJourneySetUp.OFFICE_EMAIL)
@Property(name = "ocop.admin.password", value = ListingJourneySetUp.OFFICE_PASSWORD)
class ProducerListingJourneyTest extends BrowserJourney {

    private static final String NAME = "Trà hoa vàng Đồn Đạc";

    @Test
    void a_producer_lists_a_product_the_office_certifies_and_approves_and_it_appears_in_search()
            throws InterruptedException {
        ListingJourneySetUp setUp = new ListingJourneySetUp(server.getURI());

        logIn(setUp.memberEmail, ProducerAccounts.PASSWORD);
        page.navigate("/nha-san-xuat");
        assertThat(page.locator("h1")).hasText("Bảng điều khiển chủ thể");
        assertThat(page.locator("#card-orders")).containsText("Đơn cần xử lý");
        step("producer-dashboard");

        page.locator("#card-listings a").click();
        page.getByText("Thêm sản phẩm").click();
        page.waitForURL(Pattern.compile(".*/nha-san-xuat/san-pham/moi$"));
        page.getByLabel("Tên sản phẩm (tiếng Việt)").fill(NAME);
        page.getByLabel("Tên sản phẩm (tiếng Anh)").fill("Don Dac golden camellia tea");
        page.getByLabel("Nhóm sản phẩm").selectOption("DRINKS");
        page.getByLabel("Mô tả, câu chuyện sản phẩm (tiếng Việt)")
                .fill("Hoa trà vàng hái dưới tán rừng Ba Chẽ, sấy lạnh giữ màu.");
        page.getByLabel("Tỉnh, thành phố").selectOption("quang-ninh");
        page.getByLabel("Xã, phường").fill("Đồn Đạc");
        String sku = "THV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        variant("sku").fill(sku);
        variant("nameVi").fill("Hộp 50 g");
        variant("price").fill("350.000");
        variant("weightGrams").fill("120");
        variant("gtin").fill(ProducerAccounts.freshGtin());
        step("listing-form-filled");

        page.getByText("Lưu sản phẩm").click();
        page.waitForURL(Pattern.compile(".*/nha-san-xuat/san-pham/[0-9a-f-]{36}\\?ok=saved$"));
        assertThat(page.locator(".notice")).hasText("Đã lưu sản phẩm.");
        assertThat(page.locator(".listing-status")).hasText("Bản nháp");
        step("listing-saved-as-draft");

        page.getByLabel("Chọn ảnh")
                .setInputFiles(
                        new FilePayload(
                                "tra-hoa-vang.png", "image/png", ListingJourneySetUp.photo()));
        page.getByText("Tải ảnh lên").click();
        page.waitForURL(Pattern.compile(".*\\?ok=image$"));
        assertThat(page.locator(".image-list img")).hasCount(1);
        step("photo-uploaded");

        page.locator(".submit-review button").click();
        page.waitForURL(Pattern.compile(".*\\?ok=submitted$"));
        assertThat(page.locator(".listing-status")).hasText("Chờ duyệt");
        step("submitted-for-review");

        context.clearCookies();
        logIn(ListingJourneySetUp.OFFICE_EMAIL, ListingJourneySetUp.OFFICE_PASSWORD);
        page.navigate("/van-phong/kiem-duyet");
        Locator queued = page.locator(".listing-row a", new Page.LocatorOptions().setHasText(NAME));
        assertThat(queued).isVisible();
        step("moderation-queue");

        queued.click();
        page.waitForURL(Pattern.compile(".*/van-phong/kiem-duyet/[0-9a-f-]{36}$"));
        Locator score = page.getByLabel("Điểm đánh giá (0–100)");
        Locator stars = page.locator("#score-stars output");
        score.pressSequentially("9");
        assertThat(stars).hasText("★☆☆☆☆");
        score.pressSequentially("2");
        assertThat(stars).hasText("★★★★★");
        score.fill("");
        score.pressSequentially("84,5");
        assertThat(stars).hasText("★★★★☆");
        assertThat(page.locator("#score-stars .stars-count")).hasText("4 sao");
        page.getByLabel("Cơ quan công nhận").fill("UBND tỉnh Quảng Ninh");
        page.getByLabel("Số quyết định").fill("2345/QĐ-UBND");
        assertThat(page.getByLabel("Thời hạn hiệu lực (tháng)")).hasValue("36");
        step("certificate-score-typed-shows-four-stars");

        page.getByText("Lưu giấy chứng nhận").click();
        page.waitForURL(Pattern.compile(".*\\?ok=certified$"));
        assertThat(page.locator(".certificate-history")).containsText("★★★★");
        assertThat(page.locator(".certificate-history")).containsText("còn hiệu lực");
        step("certificate-recorded");

        page.locator("#approve").click();
        page.waitForURL(Pattern.compile(".*/van-phong/kiem-duyet\\?ok=published$"));
        assertThat(page.locator(".notice")).hasText("Đã duyệt: sản phẩm được đăng bán.");
        step("approved");

        waitUntilSearchable("tra hoa vang don dac");
        page.navigate("/tim-kiem?q=tra+hoa+vang+don+dac");
        Locator card =
                page.locator(
                        "#search-region .product-card", new Page.LocatorOptions().setHasText(NAME));
        assertThat(card).isVisible();
        assertThat(card).containsText("350.000 ₫");
        step("listed-in-search");
    }

    private Locator variant(String field) {
        return page.locator("[id='variants[0]." + field + "']");
    }

    /** Publishing reaches search through the outbox; polls (at most 60 s) as the journeys do. */
    private void waitUntilSearchable(String query) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (search.search(ProductSearchQuery.text(query)).hits().stream()
                .noneMatch(item -> NAME.equals(item.nameVi()))) {
            Assertions.assertThat(System.nanoTime()).as("indexed in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
