package vn.ocop.traceability.digitallink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dictionary's content checks on known good and bad values. */
class LinterTest {

    @Test
    void the_gs1_mod_10_check_digit_accepts_a_real_gtin_and_refuses_a_changed_one() {
        assertThat(CheckDigits.checkMod10("09520123456788")).isNull();
        assertThat(CheckDigits.checkMod10("09520123456789")).contains("should be 8");
    }

    @Test
    void the_alphanumeric_check_pair_of_a_gmn_is_verified() {
        assertThat(CheckDigits.checkAlphaPair("1987654Ad4X4bL5ttr2310c2K")).isNull();
        assertThat(CheckDigits.checkAlphaPair("12345678901234567890123NT")).isNull();
        assertThat(CheckDigits.checkAlphaPair("1987654Ad4X4bL5ttr2310cXK")).isNotNull();
    }

    @Test
    void an_iban_is_verified_modulo_97() {
        assertThat(CheckDigits.checkIban("GB82WEST12345698765432")).isNull();
        assertThat(CheckDigits.checkIban("GB83WEST12345698765432")).isNotNull();
    }

    @Test
    void dates_respect_month_lengths_leap_years_and_day_00() {
        assertThat(Gs1Dates.checkYymmdd("240229", false)).isNull();
        assertThat(Gs1Dates.checkYymmdd("250229", false)).contains("does not exist");
        assertThat(Gs1Dates.checkYymmdd("251301", false)).contains("month 13");
        assertThat(Gs1Dates.checkYymmdd("250600", true)).isNull();
        assertThat(Gs1Dates.checkYymmdd("250600", false)).isNotNull();
        assertThat(Gs1Dates.toLocalDate("240200", 2026)).hasToString("2024-02-29");
    }

    @Test
    void character_set_82_refuses_space_and_non_ascii_letters() {
        Linter cset82 = Linter.forCharset('X');
        assertThat(cset82.check().apply("AZaz09!\"%&'()*+,-./:;<=>?_")).isNull();
        assertThat(cset82.check().apply("A B")).contains("position 2");
        assertThat(cset82.check().apply("Lô")).contains("U+00F4");
        assertThat(Linter.forCharset('Y').check().apply("ab")).isNotNull();
    }

    @Test
    void an_unknown_linter_name_is_a_broken_dictionary() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Linter.named("nosuchcheck"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
