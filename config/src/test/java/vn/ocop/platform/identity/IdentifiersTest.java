package vn.ocop.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.platform.identity.api.Identifiers;

class IdentifiersTest {

    @ParameterizedTest
    @CsvSource({
        "0912345678, +84912345678",
        "0912 345 678, +84912345678",
        "091.234.5678, +84912345678",
        "+84 912 345 678, +84912345678",
        "84912345678, +84912345678",
        "(+84) 38-123-4567, +84381234567",
    })
    void normalizes_the_ways_vietnamese_mobile_numbers_are_written(String typed, String stored) {
        assertThat(Identifiers.normalizePhone(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0012345678", "+1 415 555 0100", "09123456789", "091234567a"})
    void refuses_what_is_not_a_vietnamese_mobile_number(String typed) {
        assertThat(Identifiers.normalizePhone(typed)).isNull();
    }

    @ParameterizedTest
    @CsvSource({" Lan@Example.VN , lan@example.vn", "0912345678, +84912345678"})
    void normalizes_a_login_identifier_whichever_form_it_takes(String typed, String stored) {
        assertThat(Identifiers.normalize(typed)).isEqualTo(stored);
    }
}
