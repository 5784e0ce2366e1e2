package vn.ocop.storefront.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.CatalogApi;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.catalog.api.ProductGroupView;
import vn.ocop.catalog.api.ProductSearchApi;
import vn.ocop.catalog.api.ProductSearchQuery;
import vn.ocop.catalog.api.ProductSearchResult;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.testkit.WebClient;

/**
 * The office's pages over real HTTP with a browser's cookie session, on the demo catalogue: access
 * is the office's alone, targets are shown against the products certified, the report exports hold
 * the catalogue's own numbers (counted here product by product through the public search and
 * product APIs, not through the report's SQL), synonyms and the reindex work from their pages, and
 * a form without its CSRF token changes nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
@Property(name = "ocop.admin.email", value = "office@pages.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class OfficePagesTest {

    static final int DEMO_VISIBLE_PRODUCTS = 140;
    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

    @Inject EmbeddedServer server;
    @Inject ProductSearchApi search;
    @Inject ProductsApi products;
    @Inject CatalogApi catalog;
    @Inject PlacesApi places;

    /** What the demo catalogue holds, counted from every visible product. */
    record Expected(
            Map<Integer, Long> byStars,
            Map<String, Long> byGroup,
            Map<String, Long> byProvince,
            Map<String, Long> byProvinceAndGroup) {}

    @BeforeEach
    void theDemoCatalogueIsSearchable() throws InterruptedException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (search.search(ProductSearchQuery.text(null)).total() < DEMO_VISIBLE_PRODUCTS) {
            assertThat(System.nanoTime()).as("demo catalogue indexed").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private Expected expected() {
        Map<Integer, Long> stars = new TreeMap<>();
        Map<String, Long> groups = new TreeMap<>();
        Map<String, Long> provinces = new TreeMap<>();
        Map<String, Long> provinceGroups = new TreeMap<>();
        int seen = 0;
        for (int page = 1; ; page++) {
            ProductSearchResult result =
                    search.search(
                            new ProductSearchQuery(
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    page,
                                    ProductSearchQuery.MAX_SIZE));
            for (ProductSearchResult.Hit hit : result.hits()) {
                ProductView product = products.product(hit.id()).orElseThrow();
                assertThat(product.visible()).isTrue();
                String province = product.origins().get(0).provinceCode();
                stars.merge(product.certificate().stars(), 1L, Long::sum);
                groups.merge(product.group(), 1L, Long::sum);
                provinces.merge(province, 1L, Long::sum);
                provinceGroups.merge(province + "/" + product.group(), 1L, Long::sum);
                seen++;
            }
            if (result.hits().size() < ProductSearchQuery.MAX_SIZE) {
                break;
            }
        }
        assertThat(seen).isEqualTo(DEMO_VISIBLE_PRODUCTS);
        return new Expected(stars, groups, provinces, provinceGroups);
    }

    private WebClient office() {
        WebClient browser = new WebClient(server.getURI());
        var login = browser.page("/login");
        var posted =
                browser.postForm(
                        "/login",
                        Map.of(
                                "csrfToken", login.csrfToken(),
                                "identifier", "office@pages.test",
                                "password", "office-password-1"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        return browser;
    }

    private static Map<String, Long> csvColumn(String csv, int column) {
        Map<String, Long> values = new LinkedHashMap<>();
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            List<String> cells = csvCells(lines[i]);
            values.put(cells.get(0), Long.parseLong(cells.get(column)));
        }
        return values;
    }

    private static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        Matcher m = Pattern.compile("\"((?:[^\"]|\"\")*)\"|([^,]*)").matcher(line);
        int at = 0;
        while (at <= line.length() && m.find(at)) {
            cells.add(m.group(1) != null ? m.group(1).replace("\"\"", "\"") : m.group(2));
            at = m.end() + 1;
        }
        return cells;
    }

    @Test
    void only_the_office_may_open_its_pages() {
        WebClient anonymous = new WebClient(server.getURI());
        assertThat(anonymous.page("/van-phong").status()).isIn(401, 302, 303);
        assertThat(anonymous.page("/van-phong/bao-cao/stars/csv").status()).isIn(401, 302, 303);

        WebClient consumer = new WebClient(server.getURI());
        String email = "khach-" + UUID.randomUUID() + "@example.vn";
        var form = consumer.page("/register");
        consumer.postForm(
                "/register",
                Map.of(
                        "csrfToken", form.csrfToken(),
                        "displayName", "Khách",
                        "email", email,
                        "phone", "",
                        "password", "mat-khau-123"));
        assertThat(consumer.cookie("ocop_session")).isNotBlank();
        for (String path :
                List.of(
                        "/van-phong",
                        "/van-phong/bao-cao",
                        "/van-phong/chi-tieu",
                        "/van-phong/tu-dong-nghia",
                        "/van-phong/bao-cao/stars/csv")) {
            assertThat(consumer.page(path).status()).as(path).isEqualTo(403);
        }

        var dashboard = office().page("/van-phong");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body())
                .contains("href=\"/van-phong/kiem-duyet\"", "id=\"count-producers\"")
                .doesNotContain("??");
    }

    @Test
    void a_target_saved_on_the_page_is_shown_against_the_products_certified() {
        Expected expected = expected();
        String key =
                expected.byProvinceAndGroup().entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey();
        String province = key.split("/")[0], group = key.split("/")[1];
        long actual = expected.byProvinceAndGroup().get(key);
        WebClient office = office();
        var page = office.page("/van-phong/chi-tieu?nam=" + YEAR);

        var saved =
                office.postForm(
                        "/van-phong/chi-tieu",
                        Map.of(
                                "csrfToken", page.csrfToken(),
                                "provinceCode", province,
                                "groupCode", group,
                                "year", String.valueOf(YEAR),
                                "target", String.valueOf(actual + 7)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);

        String shown = office.page("/van-phong/chi-tieu?nam=" + YEAR).body();
        Matcher row =
                Pattern.compile(
                                "data-province=\""
                                        + province
                                        + "\" data-group=\""
                                        + group
                                        + "\">.*?class=\"num actual\">(\\d+)</td><td class=\"num"
                                        + " target\">(\\d+)</td>",
                                Pattern.DOTALL)
                        .matcher(shown);
        assertThat(row.find()).as(shown).isTrue();
        assertThat(Long.parseLong(row.group(1))).isEqualTo(actual);
        assertThat(Long.parseLong(row.group(2))).isEqualTo(actual + 7);

        String csv =
                new String(
                        office.bytes("/van-phong/bao-cao/provinces/csv?nam=" + YEAR).body(),
                        StandardCharsets.UTF_8);
        String name = places.province(province).orElseThrow().nameVi();
        assertThat(csvColumn(csv, 1).get(name)).isEqualTo(expected.byProvince().get(province));
        assertThat(csvColumn(csv, 2).get(name)).isEqualTo(actual + 7);

        var refused =
                office.postForm(
                        "/van-phong/chi-tieu",
                        Map.of(
                                "csrfToken",
                                page.csrfToken(),
                                "provinceCode",
                                "khong-co-tinh-nay",
                                "groupCode",
                                group,
                                "year",
                                String.valueOf(YEAR),
                                "target",
                                "-3"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("class=\"alert\"").doesNotContain("??");
    }

    @Test
    void the_csv_exports_hold_the_catalogues_own_counts() {
        Expected expected = expected();
        WebClient office = office();

        var stars = office.bytes("/van-phong/bao-cao/stars/csv");
        assertThat(stars.statusCode()).isEqualTo(200);
        assertThat(stars.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", ".csv");
        Map<String, Long> byStars = csvColumn(new String(stars.body(), StandardCharsets.UTF_8), 1);
        assertThat(byStars)
                .containsExactly(
                        Map.entry("3 sao", expected.byStars().getOrDefault(3, 0L)),
                        Map.entry("4 sao", expected.byStars().getOrDefault(4, 0L)),
                        Map.entry("5 sao", expected.byStars().getOrDefault(5, 0L)));
        assertThat(byStars.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(DEMO_VISIBLE_PRODUCTS);

        Map<String, Long> byGroup =
                csvColumn(
                        new String(
                                office.bytes("/van-phong/bao-cao/groups/csv").body(),
                                StandardCharsets.UTF_8),
                        1);
        for (ProductGroupView group : catalog.productGroups()) {
            assertThat(byGroup.get(group.nameVi()))
                    .as(group.code())
                    .isEqualTo(expected.byGroup().getOrDefault(group.code(), 0L));
        }

        Map<String, Long> byProvince =
                csvColumn(
                        new String(
                                office.bytes("/van-phong/bao-cao/provinces/csv").body(),
                                StandardCharsets.UTF_8),
                        1);
        expected.byProvince()
                .forEach(
                        (code, count) ->
                                assertThat(
                                                byProvince.get(
                                                        places.province(code)
                                                                .orElseThrow()
                                                                .nameVi()))
                                        .as(code)
                                        .isEqualTo(count));
    }

    @Test
    void the_xlsx_export_opens_with_poi_and_has_the_same_numbers() throws Exception {
        Expected expected = expected();
        WebClient office = office();

        var response = office.bytes("/van-phong/bao-cao/stars/xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() >= 2) {
                    rows.put(
                            text.formatCellValue(row.getCell(0)),
                            (long) row.getCell(1).getNumericCellValue());
                }
            }
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(1)))
                    .isEqualTo("Sản phẩm được chứng nhận");
            assertThat(rows)
                    .containsExactly(
                            Map.entry("3 sao", expected.byStars().getOrDefault(3, 0L)),
                            Map.entry("4 sao", expected.byStars().getOrDefault(4, 0L)),
                            Map.entry("5 sao", expected.byStars().getOrDefault(5, 0L)));
        }
    }

    @Test
    void the_reports_page_has_a_chart_and_a_data_table_per_report() {
        var page = office().page("/van-phong/bao-cao");
        assertThat(page.status()).isEqualTo(200);
        for (String key : List.of("stars", "groups", "provinces", "sales", "products", "scans")) {
            assertThat(page.body())
                    .contains(
                            "data-chart=\"chart-data-" + key + "\"",
                            "id=\"chart-data-" + key + "\"",
                            "id=\"table-" + key + "\"",
                            "/van-phong/bao-cao/" + key + "/csv",
                            "/van-phong/bao-cao/" + key + "/xlsx");
        }
        assertThat(page.body()).contains("/webjars/chart.js/").doesNotContain("??");
    }

    @Test
    void a_synonym_is_added_changed_and_deleted_through_the_page() {
        WebClient office = office();
        var page = office.page("/van-phong/tu-dong-nghia");
        String term = "mắm cáy " + UUID.randomUUID().toString().substring(0, 6);

        var added =
                office.postForm(
                        "/van-phong/tu-dong-nghia",
                        Map.of(
                                "csrfToken",
                                page.csrfToken(),
                                "term",
                                term,
                                "alternatives",
                                "mắm còng, mam cay",
                                "kind",
                                "PRODUCT"));
        assertThat(added.status()).as(added.body()).isEqualTo(303);
        String list = office.page("/van-phong/tu-dong-nghia?done=added").body();
        assertThat(list).contains(term, "mắm còng, mam cay", "Đã thêm từ đồng nghĩa.");
        Matcher id =
                Pattern.compile(
                                "/van-phong/tu-dong-nghia/(\\d+)/xoa\"[^<]*<input[^>]*>\\s*<button[^>]*>[^<]*<span class=\"visually-hidden\"[^>]*> "
                                        + Pattern.quote(term))
                        .matcher(list);
        assertThat(id.find()).as(list).isTrue();

        var changed =
                office.postForm(
                        "/van-phong/tu-dong-nghia/" + id.group(1),
                        Map.of(
                                "csrfToken",
                                page.csrfToken(),
                                "term",
                                term,
                                "alternatives",
                                "mắm còng",
                                "kind",
                                "PRODUCT"));
        assertThat(changed.status()).isEqualTo(303);
        assertThat(office.page("/van-phong/tu-dong-nghia?sua=" + id.group(1)).body())
                .contains("value=\"mắm còng\"");

        var duplicate =
                office.postForm(
                        "/van-phong/tu-dong-nghia",
                        Map.of(
                                "csrfToken",
                                page.csrfToken(),
                                "term",
                                term,
                                "alternatives",
                                "khác",
                                "kind",
                                "PRODUCT"));
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.body()).contains("class=\"alert\"");

        var deleted =
                office.postForm(
                        "/van-phong/tu-dong-nghia/" + id.group(1) + "/xoa",
                        Map.of("csrfToken", page.csrfToken()));
        assertThat(deleted.status()).isEqualTo(303);
        assertThat(office.page("/van-phong/tu-dong-nghia").body()).doesNotContain(term);
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused_and_changes_nothing() {
        WebClient office = office();
        String term = "không token " + UUID.randomUUID().toString().substring(0, 6);

        var posted =
                office.postForm(
                        "/van-phong/tu-dong-nghia",
                        Map.of("term", term, "alternatives", "khong token", "kind", "PRODUCT"));
        assertThat(posted.status()).isEqualTo(403);
        var target =
                office.postForm(
                        "/van-phong/chi-tieu",
                        Map.of(
                                "provinceCode", "ha-noi",
                                "groupCode", "FOOD",
                                "year", String.valueOf(YEAR),
                                "target", "12345"));
        assertThat(target.status()).isEqualTo(403);

        assertThat(office.page("/van-phong/tu-dong-nghia").body()).doesNotContain(term);
        assertThat(office.page("/van-phong/chi-tieu?nam=" + YEAR).body()).doesNotContain("12345");
    }

    @Test
    void a_reindex_started_from_the_page_reaches_done() throws InterruptedException {
        WebClient office = office();
        var page = office.page("/van-phong/chi-muc");

        var started = office.postForm("/van-phong/chi-muc", Map.of("csrfToken", page.csrfToken()));
        assertThat(started.status()).isEqualTo(303);
        String shown = office.page("/van-phong/chi-muc").body();
        assertThat(shown).contains("role=\"progressbar\"");
        Matcher job = Pattern.compile("data-job=\"([0-9a-f-]{36})\"").matcher(shown);
        assertThat(job.find()).as(shown).isTrue();

        String fragment = "";
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            fragment = office.page("/van-phong/chi-muc/" + job.group(1) + "/tien-do").body();
            if (!fragment.contains("data-state=\"RUNNING\"")) {
                break;
            }
            assertThat(fragment).contains("hx-trigger=\"every 1s\"");
            Thread.sleep(200);
        }
        assertThat(fragment)
                .contains("data-state=\"DONE\"", "aria-valuenow=\"100\"", "Đã xong")
                .doesNotContain("hx-trigger");
        assertThat(search.search(ProductSearchQuery.text(null)).total())
                .isEqualTo(DEMO_VISIBLE_PRODUCTS);
    }
}
