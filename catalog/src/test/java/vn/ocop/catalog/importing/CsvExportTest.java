package vn.ocop.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static final List<String> HEADERS =
            List.of("Tên sản phẩm", "Giá (VNĐ)", "Điểm", "Ngày quyết định", "Mô tả");

    @Test
    void exports_utf8_with_a_byte_order_mark_plain_numbers_and_iso_dates() {
        byte[] csv =
                CsvExport.write(
                        table(
                                List.of(
                                        "Nước mắm Cát Hải, chai",
                                        120_000L,
                                        new BigDecimal("87.50"),
                                        LocalDate.of(2025, 9, 30),
                                        "Ủ chượp 12 tháng")));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFTên sản phẩm,Giá (VNĐ),Điểm,Ngày quyết định,Mô tả\r\n");
        assertThat(text)
                .contains("\"Nước mắm Cát Hải, chai\",120000,87.5,2025-09-30,Ủ chượp 12 tháng");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_defused_and_reads_back_unchanged() {
        String formula = "=HYPERLINK(\"http://example.invalid\",\"Xem\")";
        byte[] csv = CsvExport.write(table(Arrays.asList("- Sản phẩm", 0L, null, null, formula)));

        assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains("'- Sản phẩm")
                .contains("\"'=HYPERLINK");
        Sheet read = new SpreadsheetFiles(10, 1024 * 1024).read(csv, "export.csv", List.of());
        assertThat(read.rows().get(0).cell(0)).isEqualTo("- Sản phẩm");
        assertThat(read.rows().get(0).cell(4)).isEqualTo(formula);
    }

    private static Workbooks.Table table(List<Object> row) {
        return new Workbooks.Table(
                "Sản phẩm", HEADERS, List.of(true, true, false, false, false), List.of(row));
    }
}
