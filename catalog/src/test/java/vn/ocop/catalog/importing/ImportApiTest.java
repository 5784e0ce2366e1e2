package vn.ocop.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.ProductView;
import vn.ocop.catalog.api.ProductsApi;
import vn.ocop.catalog.api.VariantRef;
import vn.ocop.testkit.WebClient;

/**
 * The office's bulk import through the API: dry runs that name every refused cell, real runs that
 * save all or nothing as background jobs, files refused outright, templates, and who may import.
 */
@MicronautTest(transactional = false)
@Property(name = "ocop.admin.email", value = "office@import.test")
@Property(name = "ocop.admin.password", value = "office-password-1")
class ImportApiTest {

    static final String CSV = "text/csv";
    static final String XLSX = ImportMediaTypes.XLSX;

    static final List<Object> PRODUCT_HEADERS =
            List.of(
                    "Mã sản phẩm",
                    "Tên sản phẩm",
                    "Nhóm sản phẩm",
                    "Chủ thể",
                    "Tỉnh/thành",
                    "Xã",
                    "Mã SKU",
                    "Quy cách",
                    "Giá (VNĐ)",
                    "Khối lượng (g)",
                    "Mã vạch (GTIN)");

    @Inject EmbeddedServer server;
    @Inject ProductsApi catalogue;

    WebClient http;
    String office;
    String tag;

    @BeforeEach
    void logInTheOffice() {
        http = new WebClient(server.getURI());
        office = "Bearer " + http.token("office@import.test", "office-password-1");
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void a_dry_run_names_the_row_column_and_reason_of_every_refused_cell_in_both_languages() {
        String producer = verifiedProducer("HTX Thủy sản Cái Rồng " + tag);
        byte[] file =
                Spreadsheets.csv(
                        false,
                        List.of(
                                PRODUCT_HEADERS,
                                product(
                                        "P1",
                                        "Chả mực Hạ Long",
                                        "Thực phẩm",
                                        producer,
                                        "Quảng Ninh",
                                        sku(1),
                                        "180.000",
                                        gtin(1)),
                                product(
                                        "P2",
                                        "Nước mắm sá sùng",
                                        "Thực phẩm",
                                        producer,
                                        "Quảng Ninh",
                                        sku(2),
                                        "95000",
                                        "8935049500019"),
                                product(
                                        "P3",
                                        "Ruốc hàu",
                                        "Thực phẩm",
                                        producer,
                                        "Quảng Ninh",
                                        sku(3),
                                        "-5000",
                                        ""),
                                product(
                                        "P4",
                                        "Đồ chơi gỗ",
                                        "Đồ chơi",
                                        producer,
                                        "Quảng Ninh",
                                        sku(4),
                                        "50000",
                                        ""),
                                product(
                                        "P5",
                                        "Cam Vạn Yên",
                                        "Thực phẩm",
                                        producer,
                                        "Atlantis",
                                        sku(5),
                                        "200000",
                                        "")));

        var response = upload("/api/v1/office/imports/products?dryRun=true", file, CSV, office);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode job = response.json();
        assertThat(job.get("dryRun").asBoolean()).isTrue();
        assertThat(job.get("state").asText()).isEqualTo("FAILED");
        JsonNode report = job.get("report");
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("saved").asBoolean()).isFalse();
        assertThat(report.get("created").asInt()).as("the good row would be created").isEqualTo(1);
        assertThat(errors(report))
                .containsExactlyInAnyOrder(
                        "3|gtin|catalog.invalid-gtin",
                        "4|price|platform.constraint.PositiveOrZero",
                        "5|group|catalog.unknown-group",
                        "6|province|catalog.unknown-province");
        JsonNode gtin = error(report, "gtin");
        assertThat(gtin.get("columnVi").asText()).isEqualTo("Mã vạch (GTIN)");
        assertThat(gtin.get("columnEn").asText()).isEqualTo("Barcode (GTIN)");
        assertThat(gtin.get("value").asText()).isEqualTo("8935049500019");
        assertThat(gtin.get("messageVi").asText()).contains("chữ số kiểm tra");
        assertThat(gtin.get("messageEn").asText()).contains("check digit");
        assertThat(error(report, "price").get("messageVi").asText()).isEqualTo("Không được âm");
        assertThat(error(report, "price").get("messageEn").asText())
                .isEqualTo("Must not be negative");
        assertThat(catalogue.variantBySku(sku(1))).as("a dry run saves nothing").isEmpty();
    }

    @Test
    void a_dry_run_reports_a_missing_required_column_on_the_header_row() {
        List<Object> headers = new ArrayList<>(PRODUCT_HEADERS);
        headers.remove("Giá (VNĐ)");
        byte[] file =
                Spreadsheets.csv(
                        false,
                        List.of(
                                headers,
                                List.of(
                                        "P1",
                                        "Chả mực",
                                        "Thực phẩm",
                                        "X",
                                        "Quảng Ninh",
                                        "Hồng Gai",
                                        sku(1),
                                        "Hộp",
                                        "",
                                        "")));

        JsonNode report =
                upload("/api/v1/office/imports/products?dryRun=true", file, CSV, office)
                        .json()
                        .get("report");

        assertThat(errors(report)).containsExactly("1|price|catalog.import-missing-column");
        assertThat(error(report, "price").get("messageVi").asText()).contains("Giá (VNĐ)");
        assertThat(error(report, "price").get("messageEn").asText()).contains("Price (VND)");
    }

    @Test
    void a_file_with_one_bad_row_among_good_ones_saves_nothing() {
        String producer = verifiedProducer("HTX Gà Tiên Yên " + tag);
        byte[] file =
                Spreadsheets.csv(
                        false,
                        List.of(
                                PRODUCT_HEADERS,
                                product(
                                        "G1",
                                        "Gà Tiên Yên",
                                        "Thực phẩm",
                                        producer,
                                        "Quảng Ninh",
                                        sku(1),
                                        "250000",
                                        gtin(11)),
                                product(
                                        "G2",
                                        "Trứng vịt biển Đồng Rui",
                                        "Thực phẩm",
                                        producer,
                                        "Quảng Ninh",
                                        sku(2),
                                        "60000",
                                        gtin(12)),
                                product(
                                        "G3",
                                        "Mật ong Tiên Yên",
                                        "Thực phẩm",
                                        producer,
                                        "Quảng Ninh",
                                        sku(3),
                                        "350000",
                                        "8935049500019"),
                                product(
                                        "G4",
                                        "Dầu sở Bình Liêu",
                                        "Thực phẩm",
                                        producer,
                                        "Quảng Ninh",
                                        sku(4),
                                        "280000",
                                        "")));

        var accepted = upload("/api/v1/office/imports/products", file, CSV, office);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.header("Location")).startsWith("/api/v1/office/imports/");
        JsonNode job = await(accepted.header("Location"), office);
        assertThat(job.get("state").asText()).isEqualTo("FAILED");
        assertThat(job.at("/report/saved").asBoolean()).isFalse();
        assertThat(errors(job.get("report"))).containsExactly("4|gtin|catalog.invalid-gtin");
        for (int i = 1; i <= 4; i++) {
            assertThat(catalogue.variantBySku(sku(i))).as(sku(i)).isEmpty();
        }
    }

    @Test
    void
            a_good_workbook_saves_everything_with_progress_to_100_percent_and_certificates_publish_it() {
        String producer = verifiedProducer("Hội SX và KD chả mực Hạ Long " + tag);
        byte[] products =
                Spreadsheets.xlsx(
                        "Sản phẩm",
                        List.of(
                                PRODUCT_HEADERS,
                                List.of(
                                        "CM",
                                        "Chả mực Hạ Long",
                                        "Thực phẩm",
                                        producer,
                                        "Quảng Ninh",
                                        "Hồng Gai",
                                        sku(1),
                                        "Hộp 500 g",
                                        180000,
                                        500,
                                        Long.parseLong(gtin(21))),
                                listOf(
                                        "CM",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        sku(2),
                                        "Hộp 1 kg",
                                        350000,
                                        1000,
                                        gtin(22)),
                                List.of(
                                        "NM",
                                        "Nước mắm hạ thổ Đại Yên",
                                        "Food",
                                        producer,
                                        "Quảng Ninh",
                                        "Đại Yên",
                                        sku(3),
                                        "Chai 500 ml",
                                        "95.000 đ",
                                        650,
                                        "")));

        var accepted =
                upload(
                        "/api/v1/office/imports/products?fileName=san-pham.xlsx",
                        products,
                        XLSX,
                        office);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode job = await(accepted.header("Location"), office);

        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("fileName").asText()).isEqualTo("san-pham.xlsx");
        assertThat(job.get("rowsTotal").asInt()).isEqualTo(3);
        assertThat(job.get("rowsDone").asInt()).isEqualTo(3);
        assertThat(job.get("percent").asInt()).isEqualTo(100);
        assertThat(job.at("/report/saved").asBoolean()).isTrue();
        assertThat(job.at("/report/created").asInt()).isEqualTo(2);
        ProductView squidCake = product(sku(1));
        assertThat(squidCake.variants())
                .extracting(v -> v.sku() + " " + v.priceVnd() + " " + v.gtin())
                .containsExactly(sku(1) + " 180000 0" + gtin(21), sku(2) + " 350000 0" + gtin(22));
        assertThat(squidCake.origins().get(0).provinceCode()).isEqualTo("quang-ninh");
        assertThat(product(sku(3)).variants().get(0).priceVnd()).isEqualTo(95_000);

        byte[] certificates =
                Spreadsheets.xlsx(
                        "Giấy chứng nhận",
                        List.of(
                                List.of(
                                        "Mã sản phẩm",
                                        "Năm đánh giá",
                                        "Điểm",
                                        "Số sao",
                                        "Cấp đánh giá",
                                        "Cơ quan công nhận",
                                        "Số quyết định",
                                        "Ngày quyết định",
                                        "Niêm yết"),
                                List.of(
                                        sku(1),
                                        2025,
                                        "87,5",
                                        4,
                                        "Tỉnh",
                                        "UBND tỉnh Quảng Ninh",
                                        "3350/QĐ-UBND",
                                        "15/10/2025",
                                        "có")));
        var outOfRange =
                upload(
                        "/api/v1/office/imports/certificates?dryRun=true",
                        certificates(sku(1), "105"),
                        XLSX,
                        office);
        assertThat(errors(outOfRange.json().get("report")))
                .containsExactly("2|score|catalog.score-out-of-range");

        JsonNode recorded =
                await(
                        upload("/api/v1/office/imports/certificates", certificates, XLSX, office)
                                .header("Location"),
                        office);
        assertThat(recorded.get("state").asText()).as(recorded.toString()).isEqualTo("SUCCEEDED");
        var shown = http.get("/api/v1/products/" + squidCake.id());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().at("/certificate/stars").asInt()).isEqualTo(4);
        assertThat(shown.json().at("/certificate/decisionNumber").asText())
                .isEqualTo("3350/QĐ-UBND");

        JsonNode again =
                await(
                        upload("/api/v1/office/imports/products", products, XLSX, office)
                                .header("Location"),
                        office);
        assertThat(again.at("/report/unchanged").asInt()).as("the same file twice").isEqualTo(2);
        assertThat(http.get("/api/v1/products/" + squidCake.id()).status())
                .as("an unchanged product stays published")
                .isEqualTo(200);
    }

    @Test
    void a_csv_with_a_title_a_byte_order_mark_semicolons_and_vietnamese_text_imports_producers() {
        String name = "HTX Dược liệu xanh Đông Triều " + tag;
        byte[] file =
                Spreadsheets.csv(
                        true,
                        ';',
                        List.of(
                                List.of("DANH SÁCH CHỦ THỂ OCOP TỈNH QUẢNG NINH NĂM 2025"),
                                List.of(),
                                List.of(
                                        "Tên chủ thể",
                                        "Loại hình",
                                        "Số đăng ký kinh doanh",
                                        "Tỉnh/thành",
                                        "Xã",
                                        "Địa chỉ",
                                        "Người đại diện",
                                        "Điện thoại",
                                        "Đã xác minh"),
                                List.of(
                                        name,
                                        "HTX",
                                        "5701-" + tag,
                                        "Quảng Ninh",
                                        "Đông Triều",
                                        "Thôn Đạm Thủy; xã Thủy An",
                                        "Nguyễn Thị Hoà",
                                        "0912 345 678",
                                        "có")));

        JsonNode job =
                await(
                        upload("/api/v1/office/imports/producers", file, CSV, office)
                                .header("Location"),
                        office);

        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("rowsTotal").asInt()).isEqualTo(1);
        assertThat(job.at("/report/created").asInt()).isEqualTo(1);
        JsonNode saved = producerNamed(name);
        assertThat(saved.get("legalForm").asText()).isEqualTo("COOPERATIVE");
        assertThat(saved.get("provinceCode").asText()).isEqualTo("quang-ninh");
        assertThat(saved.get("address").asText()).isEqualTo("Thôn Đạm Thủy; xã Thủy An");
        assertThat(saved.get("representative").asText()).isEqualTo("Nguyễn Thị Hoà");
    }

    @Test
    void
            the_file_may_come_as_a_multipart_part_which_a_cookie_session_must_send_with_its_csrf_token() {
        String name = "HTX Gốm sứ Đông Triều " + tag;
        byte[] file =
                Spreadsheets.csv(
                        false,
                        List.of(
                                List.of(
                                        "Tên chủ thể",
                                        "Loại hình",
                                        "Tỉnh/thành",
                                        "Xã",
                                        "Địa chỉ",
                                        "Người đại diện"),
                                List.of(
                                        name,
                                        "HTX",
                                        "Quảng Ninh",
                                        "Đông Triều",
                                        "Khu 3",
                                        "Lê Văn Gốm")));
        String token = office.substring("Bearer ".length());

        var bearer =
                multipart(
                        "/api/v1/office/imports/producers?dryRun=true",
                        "chu-the.csv",
                        file,
                        "Authorization",
                        office);
        assertThat(bearer.status()).as(bearer.body()).isEqualTo(200);
        assertThat(bearer.json().get("fileName").asText()).isEqualTo("chu-the.csv");
        assertThat(bearer.json().at("/report/valid").asBoolean()).isTrue();

        var cookieWithoutToken =
                multipart(
                        "/api/v1/office/imports/producers?dryRun=true",
                        "chu-the.csv",
                        file,
                        "Cookie",
                        "ocop_session=" + token);
        assertThat(cookieWithoutToken.status()).isEqualTo(403);
        assertThat(cookieWithoutToken.json().get("code").asText())
                .isEqualTo("platform.csrf-rejected");

        var noFile =
                multipart(
                        "/api/v1/office/imports/producers?dryRun=true",
                        null,
                        file,
                        "Authorization",
                        office);
        assertThat(noFile.status()).isEqualTo(422);
        assertThat(noFile.json().at("/errors/0/field").asText()).isEqualTo("file");
    }

    @Test
    void english_headers_and_english_values_are_read_too() {
        String producer = verifiedProducer("Quang Vinh Ceramics " + tag);
        byte[] file =
                Spreadsheets.csv(
                        false,
                        List.of(
                                List.of(
                                        "Product name",
                                        "Product group",
                                        "Producers",
                                        "Province",
                                        "Commune",
                                        "SKU",
                                        "Variant",
                                        "Price (VND)"),
                                List.of(
                                        "Gốm sứ Quang Vinh",
                                        "Souvenirs, furniture and decoration",
                                        producer,
                                        "Quang Ninh",
                                        "Đông Triều",
                                        sku(1),
                                        "Bình gốm",
                                        "450000")));

        JsonNode report =
                upload("/api/v1/office/imports/products?dryRun=true", file, CSV, office)
                        .json()
                        .get("report");

        assertThat(report.get("valid").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("created").asInt()).isEqualTo(1);
    }

    @Test
    void files_that_cannot_be_imported_get_a_problem_naming_the_file_field() {
        assertFileRefused(new byte[0], CSV, 422, "catalog.import-empty-file");
        assertFileRefused(
                "%PDF-1.7\n\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1),
                "application/octet-stream",
                422,
                "catalog.import-unsupported-file");
        assertFileRefused(
                new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9, 9, 9},
                XLSX,
                422,
                "catalog.import-unreadable-file");
        StringBuilder tooLong = new StringBuilder("Tên sản phẩm\n");
        for (int i = 0; i <= 20_000; i++) {
            tooLong.append("Sản phẩm ").append(i).append('\n');
        }
        assertFileRefused(
                tooLong.toString().getBytes(StandardCharsets.UTF_8),
                CSV,
                422,
                "catalog.import-too-many-rows");
        assertFileRefused(new byte[9 * 1024 * 1024], CSV, 413, "catalog.import-file-too-large");

        var unknownKind = upload("/api/v1/office/imports/orders", new byte[] {'a'}, CSV, office);
        assertThat(unknownKind.status()).isEqualTo(404);
        assertThat(unknownKind.json().get("code").asText())
                .isEqualTo("catalog.import-unknown-kind");
    }

    @Test
    void templates_carry_the_columns_in_vietnamese_by_default_and_in_english_on_request() {
        var vi =
                http.send(
                        http.builder(
                                        "/api/v1/office/imports/templates/products.xlsx",
                                        "Authorization",
                                        office)
                                .GET());
        assertThat(vi.status()).isEqualTo(200);
        assertThat(vi.header("Content-Type")).startsWith(XLSX);
        byte[] viBytes = bytes("/api/v1/office/imports/templates/products.xlsx", office, "vi");
        assertThat(Spreadsheets.read(viBytes, "Sản phẩm").get(0))
                .contains(
                        "Tên sản phẩm",
                        "Chủ thể",
                        "Tỉnh/thành",
                        "Xã",
                        "Giá (VNĐ)",
                        "Mã vạch (GTIN)");
        assertThat(Spreadsheets.read(viBytes, "Hướng dẫn")).hasSizeGreaterThan(20);
        byte[] enBytes = bytes("/api/v1/office/imports/templates/products.xlsx", office, "en");
        assertThat(Spreadsheets.read(enBytes, "Products").get(0))
                .contains("Product name", "Price (VND)");
        byte[] certificates =
                bytes("/api/v1/office/imports/templates/certificates.xlsx", office, "vi");
        assertThat(Spreadsheets.read(certificates, "Giấy chứng nhận").get(0))
                .contains("Điểm", "Số quyết định", "Ngày quyết định", "Hiệu lực đến");
        byte[] producers = bytes("/api/v1/office/imports/templates/producers.xlsx", office, "vi");
        assertThat(Spreadsheets.read(producers, "Chủ thể").get(0))
                .contains("Tên chủ thể", "Loại hình");

        var emptyTemplate =
                upload("/api/v1/office/imports/products?dryRun=true", viBytes, XLSX, office);
        assertThat(emptyTemplate.status()).isEqualTo(422);
        assertThat(emptyTemplate.json().get("code").asText())
                .isEqualTo("catalog.import-empty-file");
    }

    @Test
    void only_the_office_imports_and_a_producer_member_imports_only_its_own_products() {
        byte[] anything = Spreadsheets.csv(false, List.of(List.of("Tên chủ thể"), List.of("X")));
        assertThat(upload("/api/v1/office/imports/producers", anything, CSV).status())
                .isEqualTo(401);
        assertThat(http.get("/api/v1/office/imports/" + UUID.randomUUID()).status()).isEqualTo(401);
        assertThat(download("/api/v1/office/imports/templates/products.xlsx").status())
                .isEqualTo(401);
        assertThat(http.get("/api/v1/office/imports/templates/products.xlsx").status())
                .as("a client that accepts only JSON")
                .isEqualTo(401);
        String consumer = "Bearer " + http.consumerToken("buyer-" + tag + "@mail.vn");
        assertThat(upload("/api/v1/office/imports/producers", anything, CSV, consumer).status())
                .isEqualTo(403);
        assertThat(upload("/api/v1/producer/imports/products", anything, CSV, consumer).status())
                .isEqualTo(403);

        String own = verifiedProducer("HTX Nông trang Vạn Yên " + tag);
        String other = verifiedProducer("HTX Khai thác mật ong Tiên Yên " + tag);
        String member = memberOf(producerNamed(own).get("id").asText());
        assertThat(upload("/api/v1/office/imports/products", anything, CSV, member).status())
                .isEqualTo(403);
        assertThat(upload("/api/v1/office/imports/producers", anything, CSV, member).status())
                .isEqualTo(403);

        byte[] mine =
                Spreadsheets.csv(
                        false,
                        List.of(
                                PRODUCT_HEADERS,
                                product(
                                        "CV",
                                        "Cam Vạn Yên",
                                        "Thực phẩm",
                                        own,
                                        "Quảng Ninh",
                                        sku(1),
                                        "60000",
                                        "")));
        var accepted = upload("/api/v1/producer/imports/products", mine, CSV, member);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.header("Location")).startsWith("/api/v1/producer/imports/");
        assertThat(await(accepted.header("Location"), member).get("state").asText())
                .isEqualTo("SUCCEEDED");
        assertThat(catalogue.variantBySku(sku(1))).isPresent();

        byte[] theirs =
                Spreadsheets.csv(
                        false,
                        List.of(
                                PRODUCT_HEADERS,
                                product(
                                        "MO",
                                        "Mật ong Tiên Yên",
                                        "Thực phẩm",
                                        other,
                                        "Quảng Ninh",
                                        sku(2),
                                        "350000",
                                        "")));
        JsonNode refused =
                await(
                        upload("/api/v1/producer/imports/products", theirs, CSV, member)
                                .header("Location"),
                        member);
        assertThat(refused.get("state").asText()).isEqualTo("FAILED");
        assertThat(errors(refused.get("report")))
                .containsExactly("2|producers|catalog.not-your-producer");
        assertThat(catalogue.variantBySku(sku(2))).isEmpty();

        String officeJob =
                upload("/api/v1/office/imports/producers?dryRun=true", anything, CSV, office)
                        .json()
                        .get("id")
                        .asText();
        assertThat(
                        http.get("/api/v1/producer/imports/" + officeJob, "Authorization", member)
                                .status())
                .isEqualTo(404);
        assertThat(
                        http.get("/api/v1/office/imports/" + officeJob, "Authorization", office)
                                .status())
                .isEqualTo(200);
        assertThat(
                        download(
                                        "/api/v1/producer/imports/templates/products.xlsx",
                                        "Authorization",
                                        member)
                                .status())
                .isEqualTo(200);
    }

    // --- helpers ---

    private String sku(int n) {
        return "IMP-" + tag + "-" + n;
    }

    /** A valid GTIN-13 in Vietnam's 893 range, unique to this test run. */
    private String gtin(int n) {
        String body =
                "893"
                        + String.format("%04d", Math.abs(tag.hashCode()) % 10_000)
                        + String.format("%05d", n);
        return body + checkDigit(body);
    }

    private static int checkDigit(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelve.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }
        return (10 - sum % 10) % 10;
    }

    private static List<Object> product(
            String key,
            String name,
            String group,
            String producer,
            String province,
            String sku,
            String price,
            String gtin) {
        return List.of(
                key, name, group, producer, province, "Xã " + key, sku, "Gói", price, "", gtin);
    }

    private static List<Object> listOf(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private byte[] certificates(String key, String score) {
        return Spreadsheets.xlsx(
                "Giấy chứng nhận",
                List.of(
                        List.of(
                                "Mã sản phẩm",
                                "Điểm",
                                "Cấp đánh giá",
                                "Cơ quan công nhận",
                                "Số quyết định",
                                "Ngày quyết định"),
                        List.of(
                                key,
                                score,
                                "Tỉnh",
                                "UBND tỉnh Quảng Ninh",
                                "1/QĐ-UBND",
                                "01/10/2025")));
    }

    private ProductView product(String sku) {
        UUID id =
                catalogue
                        .variantBySku(sku)
                        .map(VariantRef::productId)
                        .orElseThrow(() -> new AssertionError("No product with SKU " + sku));
        return catalogue.product(id).orElseThrow();
    }

    private String verifiedProducer(String name) {
        var created =
                http.postJson(
                        "/api/v1/office/producers",
                        """
                        {"name":"%s","legalForm":"COOPERATIVE","registrationNumber":"%s",
                         "provinceCode":"Quảng Ninh","commune":"Hồng Gai","address":"Tổ 1, khu 2",
                         "representative":"Nguyễn Văn An"}
                        """
                                .formatted(name, "REG-" + UUID.randomUUID()),
                        "Authorization",
                        office);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(
                        http.postJson(
                                        "/api/v1/office/producers/" + id + "/verify",
                                        "",
                                        "Authorization",
                                        office)
                                .status())
                .isEqualTo(200);
        return name;
    }

    private JsonNode producerNamed(String name) {
        for (String status : List.of("VERIFIED", "PENDING")) {
            JsonNode list =
                    http.get("/api/v1/office/producers?status=" + status, "Authorization", office)
                            .json();
            for (JsonNode producer : list) {
                if (producer.get("name").asText().equals(name)) {
                    return producer;
                }
            }
        }
        throw new AssertionError("No producer " + name);
    }

    private String memberOf(String producerId) {
        String email = "member-" + UUID.randomUUID() + "@htx.vn";
        var account =
                http.postJson(
                        "/api/v1/office/accounts",
                        "{\"email\":\""
                                + email
                                + "\",\"displayName\":\"Xã viên\",\"password\":\"mat-khau-123\","
                                + "\"role\":\"PRODUCER_MEMBER\",\"producerId\":\""
                                + producerId
                                + "\"}",
                        "Authorization",
                        office);
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return "Bearer " + http.token(email, "mat-khau-123");
    }

    private WebClient.Response upload(String path, byte[] file, String type, String... auth) {
        String[] headers = new String[auth.length == 0 ? 2 : 4];
        headers[0] = "Accept";
        headers[1] = "application/json";
        if (auth.length > 0) {
            headers[2] = "Authorization";
            headers[3] = auth[0];
        }
        return http.send(
                http.builder(path, headers)
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    /**
     * A multipart/form-data upload with the file in the part "file" (none when fileName is null).
     */
    private WebClient.Response multipart(
            String path, String fileName, byte[] file, String... headers) {
        String boundary = "----ocop" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        String part =
                fileName == null
                        ? "--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n"
                        : "--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                + fileName
                                + "\"\r\nContent-Type: text/csv\r\n\r\n";
        body.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        if (fileName != null) {
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                http.builder(path, headers)
                        .header("Accept", "application/json")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A GET that accepts whatever comes back, as a browser's download does. */
    private WebClient.Response download(String path, String... headers) {
        return http.send(http.builder(path, headers).GET());
    }

    private byte[] bytes(String path, String auth, String language) {
        try {
            var response =
                    java.net.http.HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(server.getURI().resolve(path))
                                            .header("Authorization", auth)
                                            .header("Accept-Language", language)
                                            .GET()
                                            .build(),
                                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls the job until it has finished. */
    private JsonNode await(String location, String auth) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            var response = http.get(location, "Authorization", auth);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode job = response.json();
            String state = job.get("state").asText();
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Import job did not finish: " + location);
    }

    private void assertFileRefused(byte[] file, String type, int status, String code) {
        var response = upload("/api/v1/office/imports/products?dryRun=true", file, type, office);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("file");
    }

    /** "row|column|code" of each reported problem. */
    static List<String> errors(JsonNode report) {
        return StreamSupport.stream(report.get("errors").spliterator(), false)
                .map(
                        e ->
                                e.get("row").asInt()
                                        + "|"
                                        + e.path("column").asText()
                                        + "|"
                                        + e.get("code").asText())
                .toList();
    }

    static JsonNode error(JsonNode report, String column) {
        return StreamSupport.stream(report.get("errors").spliterator(), false)
                .filter(e -> column.equals(e.path("column").asText()))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("No error in column " + column + ": " + report));
    }
}
