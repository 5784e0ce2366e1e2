package vn.ocop.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.testkit.WebClient;

/**
 * A new installation started with OCOP_DEMO_DATA=true shows a living shop of real OCOP products;
 * anyone can take the published catalogue away as CSV, Excel or a marketplace feed; and the Excel
 * export, imported into another, empty installation, gives the same catalogue.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.demo-data", value = "true")
@Property(name = "ocop.test.clock", value = DemoCatalogueExportTest.NOW)
@Property(name = "ocop.admin.email", value = "office@demo.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class DemoCatalogueExportTest {

    static final String NOW = "2026-11-22T10:00:00+07:00";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject EmbeddedServer server;
    @Inject DemoCatalogue demo;

    WebClient http;

    @BeforeEach
    void visitTheShop() {
        http = new WebClient(server.getURI());
    }

    @Test
    void the_demo_catalogue_shows_over_100_certified_products_across_the_six_groups() {
        JsonNode feed = feed(server.getURI());

        assertThat(feed.get("count").asInt()).isGreaterThanOrEqualTo(100);
        List<JsonNode> products = list(feed.get("products"));
        assertThat(set(products, "group"))
                .containsExactlyInAnyOrder(
                        "FOOD", "DRINKS", "HERBAL", "TEXTILES", "SOUVENIRS", "TOURISM");
        Set<String> provinces = new TreeSet<>();
        products.forEach(
                p -> p.get("origins").forEach(o -> provinces.add(o.get("provinceCode").asText())));
        assertThat(provinces).containsExactlyInAnyOrder("quang-ninh", "hai-phong", "khanh-hoa");
        assertThat(products).allSatisfy(p -> assertThat(p.get("stars").asInt()).isBetween(3, 5));
        assertThat(set(products, "stars")).contains("3", "4", "5");

        JsonNode squidCake = named(products, "Chả mực Hạ Long");
        assertThat(squidCake.get("nameEn").asText()).isEqualTo("Ha Long squid cake");
        assertThat(squidCake.get("stars").asInt()).isEqualTo(5);
        assertThat(squidCake.at("/certificate/level").asText()).isEqualTo("NATIONAL");
        assertThat(squidCake.at("/producers/0/name").asText())
                .isEqualTo("Hội SX và KD chả mực Hạ Long");
        assertThat(squidCake.at("/origins/0/provinceName").asText()).isEqualTo("Quảng Ninh");
        assertThat(squidCake.at("/variants/0/priceVnd").asLong()).isEqualTo(210_000);
        assertThat(squidCake.at("/variants/0/gtin").asText()).hasSize(13).startsWith("200");
    }

    @Test
    void the_demo_catalogue_is_honest_about_low_ratings_and_lapsed_certificates() {
        List<String> names =
                list(feed(server.getURI()).get("products")).stream()
                        .map(p -> p.get("nameVi").asText())
                        .toList();

        assertThat(names)
                .as("1–2★ and expired products stay in the back office")
                .doesNotContain(
                        "Rau muống Lưu Kỳ",
                        "Dưa hấu Đại Đồng",
                        "Trứng gà Tân An",
                        "Nấm rơm Vạn Lương")
                .as("tobacco is listed but never in a marketplace feed")
                .doesNotContain("Thuốc lào Vĩnh Bảo");
        assertThat(csv(server.getURI(), "vi")).contains("Thuốc lào Vĩnh Bảo");
    }

    @Test
    void loading_again_or_on_a_second_instance_changes_nothing() {
        int before = feed(server.getURI()).get("count").asInt();

        assertThat(demo.loadIfEmpty()).isFalse();

        assertThat(feed(server.getURI()).get("count").asInt()).isEqualTo(before);
    }

    @Test
    void the_csv_export_opens_in_excel_with_vietnamese_headers_or_in_english_on_request() {
        String vi = csv(server.getURI(), "vi");
        assertThat(vi).startsWith("\uFEFF");
        String header = vi.lines().findFirst().orElseThrow();
        assertThat(header)
                .contains(
                        "Tên sản phẩm",
                        "Chủ thể",
                        "Tỉnh/thành",
                        "Giá (VNĐ)",
                        "Mã vạch (GTIN)",
                        "Số sao",
                        "Số quyết định",
                        "Hiệu lực đến");
        assertThat(vi.lines().count()).isGreaterThan(100);
        assertThat(vi).contains("Chả mực Hạ Long", "Hội SX và KD chả mực Hạ Long", "Quảng Ninh");
        String en = csv(server.getURI(), "en");
        assertThat(en.lines().findFirst().orElseThrow())
                .contains("Product name", "Price (VND)", "Decision number");
        assertThat(en).contains("Quang Ninh").contains("Food");
    }

    @Test
    void the_excel_export_imported_into_an_empty_installation_gives_the_same_catalogue()
            throws IOException {
        byte[] workbook = download(server.getURI(), "/api/v1/catalog/export.xlsx", "vi");
        try (XSSFWorkbook sheets = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(sheets.getSheet("Sản phẩm")).isNotNull();
            assertThat(sheets.getSheet("Chủ thể")).isNotNull();
        }
        JsonNode original = feed(server.getURI());

        try (ApplicationContext fresh =
                ApplicationContext.builder()
                        .properties(
                                Map.of(
                                        "micronaut.server.port",
                                        -1,
                                        "ocop.test.clock",
                                        NOW,
                                        "ocop.admin.email",
                                        "office@fresh.test",
                                        "ocop.admin.password",
                                        "office-password-1"))
                        .start()) {
            EmbeddedServer other = fresh.getBean(EmbeddedServer.class).start();
            WebClient client = new WebClient(other.getURI());
            String office = "Bearer " + client.token("office@fresh.test", "office-password-1");
            assertThat(feed(other.getURI()).get("count").asInt())
                    .as("an empty installation")
                    .isZero();

            for (String kind : List.of("producers", "products", "certificates")) {
                var accepted =
                        client.send(
                                client.builder(
                                                "/api/v1/office/imports/" + kind,
                                                "Authorization",
                                                office,
                                                "Accept",
                                                "application/json")
                                        .header(
                                                "Content-Type",
                                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)));
                assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
                JsonNode job = await(client, accepted.header("Location"), office);
                assertThat(job.get("state").asText()).as(kind + ": " + job).isEqualTo("SUCCEEDED");
            }

            JsonNode copy = feed(other.getURI());
            assertThat(comparable(original)).hasSizeGreaterThanOrEqualTo(100);
            assertThat(comparable(copy)).isEqualTo(comparable(original));
        }
    }

    // --- helpers ---

    /** The feed without what a new installation gives anew: ids, links, timestamps. */
    private static List<JsonNode> comparable(JsonNode feed) {
        List<JsonNode> products = new ArrayList<>();
        for (JsonNode product : feed.get("products")) {
            ObjectNode copy = product.deepCopy();
            copy.remove(List.of("id", "url", "updatedAt"));
            for (JsonNode producer : (ArrayNode) copy.get("producers")) {
                ((ObjectNode) producer).remove("id");
            }
            products.add(copy);
        }
        products.sort(
                Comparator.comparing(
                        p -> p.get("nameVi").asText() + p.at("/variants/0/sku").asText()));
        return products;
    }

    private static JsonNode feed(URI server) {
        try {
            return JSON.readTree(
                    new String(
                            download(server, "/api/v1/catalog/feed.json", "vi"),
                            StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String csv(URI server, String language) {
        return new String(
                download(server, "/api/v1/catalog/export.csv", language), StandardCharsets.UTF_8);
    }

    /** An anonymous download, as a partner's script or a browser makes it. */
    private static byte[] download(URI server, String path, String language) {
        try {
            HttpResponse<byte[]> response =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(server.resolve(path))
                                            .header("Accept-Language", language)
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonNode await(WebClient client, String location, String auth) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode job = client.get(location, "Authorization", auth).json();
            if (job.get("state").asText().equals("SUCCEEDED")
                    || job.get("state").asText().equals("FAILED")) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Import did not finish: " + location);
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static Set<String> set(List<JsonNode> products, String field) {
        Set<String> values = new TreeSet<>();
        products.forEach(p -> values.add(p.get(field).asText()));
        return values;
    }

    private static JsonNode named(List<JsonNode> products, String nameVi) {
        return products.stream()
                .filter(p -> p.get("nameVi").asText().equals(nameVi))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No product " + nameVi));
    }
}
