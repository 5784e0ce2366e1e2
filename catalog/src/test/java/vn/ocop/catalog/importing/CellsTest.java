package vn.ocop.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "120000|120000",
                "120.000|120000",
                "120,000|120000",
                "1.250.000 đ|1250000",
                "95 000 VNĐ|95000",
                "45000₫|45000",
                "-5000|-5000"
            })
    void prices_are_read_the_way_offices_type_them(String text, long vnd) throws Exception {
        assertThat(Cells.wholeNumber(text)).isEqualTo(vnd);
    }

    @Test
    void a_price_with_a_fraction_or_words_is_refused_with_its_reason() {
        assertThatThrownBy(() -> Cells.wholeNumber("1200.5"))
                .isInstanceOfSatisfying(
                        Cells.Refused.class,
                        r -> assertThat(r.error).isEqualTo(ImportError.NOT_A_WHOLE_NUMBER));
        assertThatThrownBy(() -> Cells.wholeNumber("liên hệ"))
                .isInstanceOfSatisfying(
                        Cells.Refused.class,
                        r -> assertThat(r.error).isEqualTo(ImportError.NOT_A_NUMBER));
    }

    @Test
    void scores_take_a_decimal_comma_or_point() throws Exception {
        assertThat(Cells.decimal("87,5")).isEqualByComparingTo(new BigDecimal("87.5"));
        assertThat(Cells.decimal("92.25")).isEqualByComparingTo(new BigDecimal("92.25"));
        assertThat(Cells.decimal("105")).isEqualByComparingTo(new BigDecimal("105"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/09/2025", "30/9/2025", "2025-09-30", "30-09-2025", "30.09.2025"})
    void dates_are_read_day_first_or_iso(String text) throws Exception {
        assertThat(Cells.date(text)).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void yes_and_no_are_read_in_vietnamese_and_english() throws Exception {
        assertThat(Cells.yesNo("có")).isTrue();
        assertThat(Cells.yesNo("X")).isTrue();
        assertThat(Cells.yesNo("Yes")).isTrue();
        assertThat(Cells.yesNo("không")).isFalse();
        assertThat(Cells.yesNo("no")).isFalse();
        assertThatThrownBy(() -> Cells.yesNo("có lẽ")).isInstanceOf(Cells.Refused.class);
    }

    @Test
    void a_gtin_that_a_spreadsheet_turned_into_scientific_notation_gets_its_digits_back() {
        assertThat(Cells.gtin("8.935049500018E12")).isEqualTo("8935049500018");
        assertThat(Cells.gtin("893 5049 500018")).isEqualTo("8935049500018");
    }
}
