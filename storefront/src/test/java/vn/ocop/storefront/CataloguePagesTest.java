package vn.ocop.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.ProductSearchApi;
import vn.ocop.platform.outbox.api.OutboxAdmin;
import vn.ocop.testkit.WebClient;

/**
 * The catalogue pages as a browser without JavaScript sees them, on the demo catalogue: every
 * facet, sort and page is a plain link or form; bad parameters and unknown ids get a page, not a
 * 500.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
class CataloguePagesTest {

    @Inject EmbeddedServer server;
    @Inject ProductSearchApi search;
    @Inject DataSource dataSource;
    @Inject OutboxAdmin outbox;

    private WebClient browser() {
        return new WebClient(server.getURI());
    }

    @BeforeEach
    void demoCatalogueSearchable() throws InterruptedException {
        DemoCatalogueReady.await(search, outbox, dataSource);
    }

    @Test
    void the_home_page_links_highlights_groups_and_provinces_into_search() {
        String home = browser().page("/").body();

        assertThat(home).contains("id=\"five-stars\"", "id=\"four-stars\"");
        assertThat(home).contains("href=\"/tim-kiem?group=FOOD\"", "href=\"/tim-kiem?province=");
        assertThat(home).containsPattern("href=\"/san-pham/[0-9a-f-]{36}\"");
    }

    @Test
    void facets_paging_and_sort_work_as_plain_links_and_forms() {
        var browser = browser();
        var page = browser.page("/tim-kiem?q=nuoc+mam");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"/tim-kiem?q=nuoc+mam&amp;minStars=4\"")
                .contains("<select id=\"sort\" name=\"sort\"")
                .contains("hx-push-url=\"true\"");

        var filtered = browser.page("/tim-kiem?q=nuoc+mam&minStars=4");
        assertThat(filtered.body())
                .contains("data-facet=\"stars-4\" aria-current=\"true\"")
                .contains("href=\"/tim-kiem?q=nuoc+mam\" data-facet=\"stars-4\"");

        var all = browser.page("/tim-kiem?sort=price-asc");
        assertThat(all.body())
                .contains("Trang 1/7", "href=\"/tim-kiem?sort=price-asc&amp;page=2\"");
        var prices = Pattern.compile("class=\"price\">(?:Từ )?([\\d.]+) ₫").matcher(all.body());
        long previous = 0;
        int seen = 0;
        while (prices.find()) {
            long price = Long.parseLong(prices.group(1).replace(".", ""));
            assertThat(price).isGreaterThanOrEqualTo(previous);
            previous = price;
            seen++;
        }
        assertThat(seen).isEqualTo(20);
    }

    @Test
    void a_no_tone_query_finds_the_toned_names() {
        String body = browser().page("/tim-kiem?q=nuoc+mam+dien+hoa").body();
        assertThat(body).contains("Nước mắm Diên Hòa");
    }

    @Test
    void bad_parameters_show_the_page_with_a_message_not_an_error() {
        var stars = browser().page("/tim-kiem?minStars=9");
        assertThat(stars.status()).isEqualTo(400);
        assertThat(stars.body()).contains("role=\"alert\"", "Bộ lọc không hợp lệ");

        var notANumber = browser().page("/tim-kiem?priceMin=abc");
        assertThat(notANumber.status()).isEqualTo(400);

        var sort = browser().page("/tim-kiem?sort=cheapest");
        assertThat(sort.status()).isEqualTo(400);
    }

    @Test
    void unknown_products_and_producers_are_a_not_found_page() {
        for (String path :
                new String[] {
                    "/san-pham/" + UUID.randomUUID(),
                    "/san-pham/not-a-uuid",
                    "/chu-the/" + UUID.randomUUID()
                }) {
            var page = browser().page(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Không tìm thấy trang");
        }
    }

    @Test
    void a_product_whose_certificate_lapsed_shows_the_lapsed_state_and_cannot_be_bought()
            throws Exception {
        String search = browser().page("/tim-kiem?q=nuoc+mam+sa+sung+cai+rong").body();
        Matcher link = Pattern.compile("href=\"/san-pham/([0-9a-f-]{36})\"").matcher(search);
        assertThat(link.find()).isTrue();
        UUID product = UUID.fromString(link.group(1));
        assertThat(browser().page("/san-pham/" + product).body()).contains("action=\"/gio-hang\"");

        // What the nightly expiry job leaves behind once the validity has ended.
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement expire =
                        connection.prepareStatement(
                                "UPDATE catalog.certificates SET status = 'EXPIRED',"
                                        + " valid_from = DATE '2022-11-02',"
                                        + " valid_until = DATE '2025-11-02',"
                                        + " status_reason = 'Validity ended'"
                                        + " WHERE product_id = ?")) {
            expire.setObject(1, product);
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }

        var page = browser().page("/san-pham/" + product);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("class=\"star-badge lapsed\"")
                .contains("Giấy chứng nhận OCOP đã hết hiệu lực (hạn đến 02/11/2025)")
                .contains("Sản phẩm này hiện không bán.")
                .doesNotContain("action=\"/gio-hang\"");
    }

    @Test
    void the_product_page_shows_certificate_details_in_vietnamese_formats() {
        String search = browser().page("/tim-kiem?q=nuoc+mam+dien+hoa").body();
        Matcher link = Pattern.compile("href=\"(/san-pham/[0-9a-f-]{36})\"").matcher(search);
        assertThat(link.find()).isTrue();

        String product = browser().page(link.group(1)).body();
        assertThat(product)
                .contains("id=\"star-badge\"", "Hiệu lực đến", "Cấp tỉnh")
                .containsPattern("<dd>\\d{2}/\\d{2}/\\d{4}</dd>")
                .contains("85.000 ₫", "300.000 ₫")
                .contains("action=\"/gio-hang\"", "name=\"csrfToken\"")
                .containsPattern("href=\"/chu-the/[0-9a-f-]{36}\"");
    }
}
