package vn.ocop.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.kernel.DomainException;

class SpreadsheetFilesTest {

    private final SpreadsheetFiles files = new SpreadsheetFiles(5, 64 * 1024);

    private static List<String> products() {
        return ImportKind.PRODUCTS.sheetNames();
    }

    @Test
    void a_workbook_gives_its_header_and_rows_with_numbers_as_plain_digits() {
        byte[] xlsx =
                Spreadsheets.xlsx(
                        "Sản phẩm",
                        List.of(
                                List.of("Tên sản phẩm", "Giá (VNĐ)", "Mã vạch (GTIN)", "Điểm"),
                                List.of("Chả mực Hạ Long", 120000, 8935049500018L, 87.5)));

        Sheet sheet = files.read(xlsx, "san-pham.xlsx", products());

        assertThat(sheet.headers())
                .containsExactly("Tên sản phẩm", "Giá (VNĐ)", "Mã vạch (GTIN)", "Điểm");
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0).number()).isEqualTo(2);
        assertThat(sheet.rows().get(0).cells())
                .containsExactly("Chả mực Hạ Long", "120000", "8935049500018", "87.5");
    }

    @Test
    void a_workbook_is_read_from_the_sheet_named_for_the_kind() {
        byte[] xlsx =
                Spreadsheets.xlsx(
                        "Products", List.of(List.of("Product name"), List.of("Nước mắm Cát Hải")));

        Sheet sheet = files.read(xlsx, null, products());

        assertThat(sheet.name()).isEqualTo("Products");
        assertThat(sheet.rows().get(0).cell(0)).isEqualTo("Nước mắm Cát Hải");
    }

    @Test
    void csv_with_a_byte_order_mark_and_semicolons_keeps_its_vietnamese_text() {
        byte[] csv =
                Spreadsheets.csv(
                        true,
                        ';',
                        List.of(
                                List.of("Tên chủ thể", "Địa chỉ"),
                                List.of("HTX Nông trang Vạn Yên", "Xã Vạn Yên; Vân Đồn")));

        Sheet sheet = files.read(csv, "chu-the.csv", products());

        assertThat(sheet.headers()).containsExactly("Tên chủ thể", "Địa chỉ");
        assertThat(sheet.rows().get(0).cells())
                .containsExactly("HTX Nông trang Vạn Yên", "Xã Vạn Yên; Vân Đồn");
    }

    @Test
    void blank_rows_are_skipped_and_rows_keep_their_spreadsheet_numbers() {
        byte[] csv = "Tên\r\n\r\nA\r\n,\r\nB\r\n".getBytes(StandardCharsets.UTF_8);

        Sheet sheet = files.read(csv, null, products());

        assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(3, 5);
    }

    @Test
    void files_that_cannot_be_imported_are_refused_naming_the_file_field() {
        assertRefused(new byte[0], "catalog.import-empty-file");
        assertRefused(
                "Tên sản phẩm\r\n".getBytes(StandardCharsets.UTF_8), "catalog.import-empty-file");
        assertRefused(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0},
                "catalog.import-unsupported-file");
        assertRefused(
                new byte[] {'%', 'P', 'D', 'F', 0, (byte) 0xFF, (byte) 0xFE},
                "catalog.import-unsupported-file");
        assertRefused(
                new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8},
                "catalog.import-unreadable-file");
        assertRefused(new byte[64 * 1024 + 1], "catalog.import-file-too-large");
        assertRefused(
                "Tên\r\n1\r\n2\r\n3\r\n4\r\n5\r\n6\r\n".getBytes(StandardCharsets.UTF_8),
                "catalog.import-too-many-rows");
    }

    private void assertRefused(byte[] content, String code) {
        assertThatThrownBy(() -> files.read(content, "upload", products()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> {
                            assertThat(e.errorCode().code()).isEqualTo(code);
                            assertThat(e.violations())
                                    .singleElement()
                                    .extracting("field")
                                    .isEqualTo("file");
                        });
    }
}
