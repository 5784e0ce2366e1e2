package vn.ocop.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    @ParameterizedTest
    @CsvSource({
        "8935049500018, 08935049500018",
        "08935049500018, 08935049500018",
        "4006381333931, 04006381333931",
        "10614141000415, 10614141000415",
    })
    void accepts_gtin_13_and_14_with_a_correct_check_digit(String input, String gtin14) {
        assertThat(Gtin.normalize(input)).contains(gtin14);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8935049500017", "10614141000416", "893504950001", "89350495000a8", ""})
    void refuses_wrong_check_digits_lengths_and_letters(String input) {
        assertThat(Gtin.normalize(input)).isEmpty();
    }
}
