package vn.ocop.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.i18n.ResourceBundleMessageSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderMapTest {

    private final ImportMessages messages =
            new ImportMessages(new ResourceBundleMessageSource("i18n.catalog"));

    @Test
    void headers_are_found_in_vietnamese_in_english_without_diacritics_and_by_common_aliases() {
        HeaderMap headers =
                HeaderMap.match(
                        List.of(
                                "Ten san pham",
                                "PRICE (VND)",
                                "Mã vạch",
                                "Chủ thể OCOP",
                                "Ghi chú"),
                        Columns.PRODUCTS_FILE,
                        messages);

        assertThat(headers.has("name")).isTrue();
        assertThat(headers.has("price")).isTrue();
        assertThat(headers.has("gtin")).isTrue();
        assertThat(headers.has("producers")).isTrue();
        assertThat(headers.missing())
                .extracting(Column::key)
                .containsExactlyInAnyOrder("group", "province", "commune", "sku", "variantName");
    }

    @Test
    void a_column_written_twice_is_reported() {
        HeaderMap headers =
                HeaderMap.match(
                        List.of("Điểm", "Score", "Số quyết định"),
                        Columns.CERTIFICATES_FILE,
                        messages);

        assertThat(headers.duplicated()).extracting(Column::key).containsExactly("score");
    }

    @Test
    void a_title_and_a_blank_line_above_the_table_are_skipped() {
        Sheet sheet =
                new Sheet(
                        "Sheet1",
                        1,
                        List.of("DANH SÁCH CHỦ THỂ OCOP NĂM 2025"),
                        List.of(
                                new Sheet.Row(2, List.of("(kèm theo Công văn số 12/VPĐP)")),
                                new Sheet.Row(4, List.of("Tên chủ thể", "Loại hình", "Tỉnh/thành")),
                                new Sheet.Row(
                                        5,
                                        List.of("HTX Nông trang Vạn Yên", "HTX", "Quảng Ninh"))));

        Sheet table = HeaderMap.withHeaderRow(sheet, Columns.PRODUCERS_FILE, messages);

        assertThat(table.headerRow()).isEqualTo(4);
        assertThat(table.headers()).containsExactly("Tên chủ thể", "Loại hình", "Tỉnh/thành");
        assertThat(table.rows()).extracting(Sheet.Row::number).containsExactly(5);
    }
}
