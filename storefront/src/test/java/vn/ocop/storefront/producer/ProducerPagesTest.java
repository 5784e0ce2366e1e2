package vn.ocop.storefront.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.ListingStatus;
import vn.ocop.catalog.api.ListingsApi;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.testkit.WebClient;

/**
 * The producer's listing pages and the office's moderation pages over real HTTP, as a browser
 * without JavaScript uses them: forms with the session cookie and the CSRF token.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@producer-pages.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class ProducerPagesTest {

    @Inject EmbeddedServer server;
    @Inject ListingsApi listings;
    @Inject ProductsApi products;

    private ProducerAccounts accounts;
    private UUID ours;
    private UUID theirs;
    private String member;
    private String otherMember;

    @BeforeEach
    void twoProducersWithAMemberEach() {
        accounts =
                new ProducerAccounts(
                        server.getURI(), "office@producer-pages.test", "office-password-1");
        ours = accounts.verifiedProducer("HTX Chè Tân Lập");
        theirs = accounts.verifiedProducer("HTX Mật ong Mèo Vạc");
        member = accounts.member(ours);
        otherMember = accounts.member(theirs);
    }

    private WebClient loggedIn(String email) {
        WebClient browser = new WebClient(server.getURI());
        ProducerAccounts.logIn(browser, email, ProducerAccounts.PASSWORD);
        return browser;
    }

    private static Map<String, String> listingForm(String csrf, String sku, String gtin) {
        Map<String, String> form = new HashMap<>();
        form.put("csrfToken", csrf);
        form.put("nameVi", "Chè Shan tuyết cổ thụ");
        form.put("nameEn", "Ancient Shan tuyet tea");
        form.put("descriptionVi", "Hái từ cây chè trăm năm tuổi.");
        form.put("descriptionEn", "");
        form.put("group", "DRINKS");
        form.put("subgroup", "");
        form.put("province", "Quảng Ninh");
        form.put("commune", "Tân Lập");
        form.put("village", "");
        form.put("variants[0].sku", sku);
        form.put("variants[0].nameVi", "Gói 100 g");
        form.put("variants[0].price", "85.000");
        form.put("variants[0].weightGrams", "120");
        form.put("variants[0].gtin", gtin);
        form.put("variants[1].sku", "");
        form.put("variants[1].nameVi", "");
        form.put("variants[1].price", "");
        form.put("variants[1].weightGrams", "");
        form.put("variants[1].gtin", "");
        return form;
    }

    @Test
    void a_member_creates_a_listing_with_a_variant_through_the_form_and_submits_it() {
        WebClient browser = loggedIn(member);
        var form = browser.page("/nha-san-xuat/san-pham/moi");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Thêm sản phẩm mới", "Đồ uống").doesNotContain("??");
        String sku = "CHE-" + UUID.randomUUID().toString().substring(0, 6);

        var created =
                browser.postForm(
                        "/nha-san-xuat/san-pham",
                        listingForm(form.csrfToken(), sku, ProducerAccounts.freshGtin()));

        assertThat(created.status()).as(created.body()).isEqualTo(303);
        String location = created.header("Location");
        assertThat(location).matches("/nha-san-xuat/san-pham/[0-9a-f-]{36}\\?ok=saved");
        UUID id = UUID.fromString(location.substring(23, 59));
        ProductView saved = listings.ofProducer(ours).get(0);
        assertThat(saved.id()).isEqualTo(id);
        assertThat(saved.status()).isEqualTo(ListingStatus.DRAFT);
        assertThat(saved.variants())
                .singleElement()
                .satisfies(
                        v -> {
                            assertThat(v.sku()).isEqualTo(sku);
                            assertThat(v.priceVnd()).isEqualTo(85_000);
                        });
        var edit = browser.page(location);
        assertThat(edit.body()).contains("Đã lưu sản phẩm.", "Chè Shan tuyết cổ thụ", "Gửi duyệt");

        var submitted =
                browser.postForm(
                        "/nha-san-xuat/san-pham/" + id + "/gui-duyet",
                        Map.of("csrfToken", edit.csrfToken()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(303);
        assertThat(products.product(id).orElseThrow().status()).isEqualTo(ListingStatus.SUBMITTED);
        assertThat(browser.page("/nha-san-xuat/san-pham").body()).contains("Chờ duyệt");
    }

    @Test
    void an_invalid_gtin_is_shown_next_to_its_field_in_both_languages_and_nothing_is_saved() {
        WebClient browser = loggedIn(member);
        var form = browser.page("/nha-san-xuat/san-pham/moi");
        String wrong = ProducerAccounts.withWrongCheckDigit(ProducerAccounts.freshGtin());

        var refused =
                browser.postForm(
                        "/nha-san-xuat/san-pham", listingForm(form.csrfToken(), "CHE-X1", wrong));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "<p class=\"field-error\" id=\"variants[0].gtin-error\">Mã vạch GTIN không"
                                + " hợp lệ</p>")
                .contains("value=\"" + wrong + "\"", "Chè Shan tuyết cổ thụ");
        assertThat(listings.ofProducer(ours)).isEmpty();
        assertThat(products.variantBySku("CHE-X1")).isEmpty();

        browser.page("/lang/en?next=/");
        var english =
                browser.postForm(
                        "/nha-san-xuat/san-pham",
                        listingForm(
                                browser.page("/nha-san-xuat/san-pham/moi").csrfToken(),
                                "CHE-X1",
                                wrong));
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.body())
                .contains("id=\"variants[0].gtin-error\">Invalid GTIN</p>")
                .doesNotContain("??");
        assertThat(listings.ofProducer(ours)).isEmpty();
    }

    @Test
    void
            a_price_change_keeps_a_published_listing_published_and_a_content_change_sends_it_to_review() {
        String sku = "CHE-" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = accounts.publishedListing(member, ours, sku);
        WebClient browser = loggedIn(member);
        var edit = browser.page("/nha-san-xuat/san-pham/" + id);
        assertThat(edit.body()).contains("Đang bán", "value=\"85000\"");
        Map<String, String> form = listingForm(edit.csrfToken(), sku, "");
        form.put("nameVi", "Chè Shan tuyết");
        form.put("nameEn", "");
        form.put("descriptionVi", "");
        form.put("province", "quang-ninh");
        form.put("variants[0].weightGrams", "");
        form.put("variants[0].price", "92.000");

        var prices = browser.postForm("/nha-san-xuat/san-pham/" + id, form);

        assertThat(prices.status()).as(prices.body()).isEqualTo(303);
        assertThat(prices.header("Location")).endsWith("?ok=prices");
        ProductView repriced = products.product(id).orElseThrow();
        assertThat(repriced.status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(repriced.variants().get(0).priceVnd()).isEqualTo(92_000);

        form.put("nameVi", "Chè Shan tuyết cổ thụ");
        var content = browser.postForm("/nha-san-xuat/san-pham/" + id, form);
        assertThat(content.header("Location")).endsWith("?ok=saved");
        assertThat(products.product(id).orElseThrow().status()).isEqualTo(ListingStatus.SUBMITTED);
    }

    @Test
    void another_producers_listing_is_403_to_read_and_to_change() {
        UUID foreign = accounts.draftListing(otherMember, theirs, "MO-" + UUID.randomUUID());
        WebClient browser = loggedIn(member);

        var read = browser.page("/nha-san-xuat/san-pham/" + foreign);
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.body()).doesNotContain("Chè Shan tuyết");

        String csrf = browser.page("/nha-san-xuat/san-pham/moi").csrfToken();
        var changed =
                browser.postForm(
                        "/nha-san-xuat/san-pham/" + foreign, listingForm(csrf, "STOLEN-1", ""));
        assertThat(changed.status()).isEqualTo(403);
        var submitted =
                browser.postForm(
                        "/nha-san-xuat/san-pham/" + foreign + "/gui-duyet",
                        Map.of("csrfToken", csrf));
        assertThat(submitted.status()).isEqualTo(403);
        ProductView unchanged = products.product(foreign).orElseThrow();
        assertThat(unchanged.nameVi()).isEqualTo("Chè Shan tuyết");
        assertThat(unchanged.status()).isEqualTo(ListingStatus.DRAFT);
    }

    @Test
    void a_listing_form_posted_without_its_csrf_token_is_refused_and_saves_nothing() {
        WebClient browser = loggedIn(member);
        Map<String, String> form = listingForm("", "CHE-NOCSRF", "");
        form.remove("csrfToken");

        var refused = browser.postForm("/nha-san-xuat/san-pham", form);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(listings.ofProducer(ours)).isEmpty();
        UUID draft = accounts.draftListing(member, ours, "CHE-" + UUID.randomUUID());
        var submit =
                browser.postForm(
                        "/nha-san-xuat/san-pham/" + draft + "/gui-duyet",
                        Map.of("csrfToken", "forged-" + UUID.randomUUID()));
        assertThat(submit.status()).isEqualTo(403);
        assertThat(products.product(draft).orElseThrow().status()).isEqualTo(ListingStatus.DRAFT);
    }

    @Test
    void
            the_dashboard_shows_low_stock_and_certificates_ending_within_90_days_of_its_own_producer() {
        String sku = "CHE-" + UUID.randomUUID().toString().substring(0, 6);
        UUID product = accounts.draftListing(member, ours, sku);
        var http = new WebClient(server.getURI());
        var received =
                http.postJson(
                        "/api/v1/producer/stock/adjustments",
                        "{\"sku\":\"%s\",\"reason\":\"RECEIVE\",\"quantity\":3}".formatted(sku),
                        "Authorization",
                        "Bearer " + accounts.token(member));
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate ending = today.plusDays(30);
        var certified =
                http.postJson(
                        "/api/v1/office/products/" + product + "/certificates",
                        """
                        {"roundYear":2023,"score":75,"level":"PROVINCE","authority":"UBND tỉnh Quảng Ninh",
                         "decisionNumber":"11/QĐ-UBND","decisionDate":"%s","validUntil":"%s"}
                        """
                                .formatted(today.minusYears(3), ending),
                        "Authorization",
                        "Bearer " + accounts.officeToken());
        assertThat(certified.status()).as(certified.body()).isEqualTo(201);
        WebClient browser = loggedIn(member);

        var dashboard = browser.page("/nha-san-xuat");

        assertThat(dashboard.status()).isEqualTo(200);
        String body = dashboard.body();
        assertThat(body)
                .contains("HTX Chè Tân Lập", "Đơn cần xử lý", "href=\"/nha-san-xuat/don-hang\"")
                .doesNotContain("HTX Mật ong Mèo Vạc", "??");
        String stock = body.substring(body.indexOf("id=\"card-stock\""));
        assertThat(stock.substring(0, stock.indexOf("</article>")))
                .contains("<p class=\"figure\">1</p>", "<td>" + sku + "</td><td>3</td>");
        String expiring = body.substring(body.indexOf("id=\"card-certificates\""));
        assertThat(expiring.substring(0, expiring.indexOf("</article>")))
                .contains("<p class=\"figure\">1</p>", "Chè Shan tuyết", "★★★★")
                .contains(ending.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(loggedIn(otherMember).page("/nha-san-xuat").body())
                .contains("HTX Mật ong Mèo Vạc")
                .doesNotContain(sku, "Chè Shan tuyết");
    }

    @Test
    void only_the_office_reaches_the_moderation_pages() {
        UUID draft = accounts.draftListing(member, ours, "CHE-" + UUID.randomUUID());
        WebClient asMember = loggedIn(member);
        assertThat(asMember.page("/van-phong/kiem-duyet").status()).isEqualTo(403);
        assertThat(asMember.page("/van-phong/kiem-duyet/" + draft).status()).isEqualTo(403);
        String consumer = accounts.account("CONSUMER", "");
        assertThat(loggedIn(consumer).page("/van-phong/kiem-duyet").status()).isEqualTo(403);
        var anonymous = new WebClient(server.getURI()).page("/van-phong/kiem-duyet");
        assertThat(anonymous.status()).isEqualTo(303);
        assertThat(anonymous.header("Location")).startsWith("/login");

        String csrf = asMember.page("/nha-san-xuat").csrfToken();
        var approve =
                asMember.postForm(
                        "/van-phong/kiem-duyet/" + draft + "/duyet", Map.of("csrfToken", csrf));
        assertThat(approve.status()).isEqualTo(403);
        assertThat(products.product(draft).orElseThrow().status()).isEqualTo(ListingStatus.DRAFT);
    }

    @Test
    void the_office_certifies_with_a_typed_score_rejects_only_with_a_reason_and_approves() {
        UUID draft = accounts.draftListing(member, ours, "CHE-" + UUID.randomUUID());
        listings.submit(
                new vn.ocop.platform.identity.api.Caller(
                        UUID.randomUUID(),
                        vn.ocop.platform.identity.api.Role.PRODUCER_MEMBER,
                        ours,
                        null),
                draft);
        WebClient office = loggedIn("office@producer-pages.test", "office-password-1");

        var queue = office.page("/van-phong/kiem-duyet");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("/van-phong/kiem-duyet/" + draft).doesNotContain("??");
        var review = office.page("/van-phong/kiem-duyet/" + draft);
        assertThat(review.body())
                .contains("data-bands=\"[90,70,50,30]\"", "value=\"36\"")
                .doesNotContain("??");

        var noReason =
                office.postForm(
                        "/van-phong/kiem-duyet/" + draft + "/tu-choi",
                        Map.of("csrfToken", review.csrfToken(), "reason", "  "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("Vui lòng ghi lý do trả lại");

        var tooEarly =
                office.postForm(
                        "/van-phong/kiem-duyet/" + draft + "/duyet",
                        Map.of("csrfToken", review.csrfToken()));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("Cần giấy chứng nhận OCOP 3 sao trở lên còn hiệu lực");

        var badScore =
                office.postForm(
                        "/van-phong/kiem-duyet/" + draft + "/chung-nhan",
                        certificate(review.csrfToken(), "120"));
        assertThat(badScore.status()).isEqualTo(422);
        assertThat(badScore.body()).contains("Điểm phải là số từ 0 đến 100");

        var certified =
                office.postForm(
                        "/van-phong/kiem-duyet/" + draft + "/chung-nhan",
                        certificate(review.csrfToken(), "82,5"));
        assertThat(certified.status()).as(certified.body()).isEqualTo(303);
        var certificate = products.certificates(draft).get(0);
        assertThat(certificate.stars()).isEqualTo(4);
        assertThat(certificate.validUntil()).isEqualTo(certificate.decisionDate().plusMonths(36));

        var approved =
                office.postForm(
                        "/van-phong/kiem-duyet/" + draft + "/duyet",
                        Map.of("csrfToken", review.csrfToken()));
        assertThat(approved.status()).as(approved.body()).isEqualTo(303);
        assertThat(products.product(draft).orElseThrow().visible()).isTrue();
    }

    private static Map<String, String> certificate(String csrf, String score) {
        return Map.of(
                "csrfToken", csrf,
                "roundYear", "2025",
                "score", score,
                "level", "PROVINCE",
                "authority", "UBND tỉnh Quảng Ninh",
                "decisionNumber", "77/QĐ-UBND",
                "decisionDate", java.time.LocalDate.now().minusDays(3).toString(),
                "validityMonths", "36");
    }

    private WebClient loggedIn(String email, String password) {
        WebClient browser = new WebClient(server.getURI());
        ProducerAccounts.logIn(browser, email, password);
        return browser;
    }
}
