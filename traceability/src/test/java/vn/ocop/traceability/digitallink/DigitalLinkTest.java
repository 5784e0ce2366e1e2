package vn.ocop.traceability.digitallink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codec as OCOP Market uses it: batch and unit codes, what a scan yields, what it refuses. */
class DigitalLinkTest {

    private static final String GTIN = "08931234567897";

    @Test
    void writes_the_batch_code_on_the_public_host() {
        assertThat(DigitalLink.forBatch("https://ocop.example.vn/", GTIN, "LO-2026-01"))
                .isEqualTo("https://ocop.example.vn/01/08931234567897/10/LO-2026-01");
    }

    @Test
    void writes_the_unit_code_with_the_serial_last() {
        assertThat(DigitalLink.forUnit("http://localhost:8080/app", GTIN, "L1", "K7PX9MWQ3T"))
                .isEqualTo("http://localhost:8080/01/08931234567897/10/L1/21/K7PX9MWQ3T");
    }

    @Test
    void percent_encodes_a_lot_with_reserved_characters() {
        assertThat(DigitalLink.forBatch("https://ocop.example.vn", GTIN, "A/B+C"))
                .isEqualTo("https://ocop.example.vn/01/08931234567897/10/A%2FB%2BC");
    }

    @Test
    void reads_back_what_it_writes() {
        DigitalLink link =
                DigitalLink.parse(
                        DigitalLink.forUnit("https://ocop.example.vn", GTIN, "A/B", "S1"));
        assertThat(link.gtin()).contains(GTIN);
        assertThat(link.lot()).contains("A/B");
        assertThat(link.serial()).contains("S1");
        assertThat(link.stem()).isEqualTo("https://ocop.example.vn");
        assertThat(link.primaryKey()).isEqualTo(new AiElement("01", GTIN));
    }

    @Test
    void exposes_dates_of_the_query_as_local_dates() {
        DigitalLink link =
                DigitalLink.parse(
                        "https://ocop.example.vn/01/08931234567897/10/L1?17=261231&11=260100&13=260215");
        assertThat(link.expiry()).contains(LocalDate.of(2026, 12, 31));
        assertThat(link.productionDate()).contains(LocalDate.of(2026, 1, 31));
        assertThat(link.packagingDate()).contains(LocalDate.of(2026, 2, 15));
        assertThat(link.bestBefore()).isEmpty();
        assertThat(link.serial()).isEmpty();
        assertThat(link.attributes())
                .containsExactly(
                        new AiElement("17", "261231"),
                        new AiElement("11", "260100"),
                        new AiElement("13", "260215"));
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({
        "https://o.vn/01/08931234567897?17=260230, INVALID_DATE",
        "https://o.vn/01/08931234567897?17=261301, INVALID_DATE",
        "https://o.vn/01/08931234567897?11=250229, INVALID_DATE",
        "https://o.vn/01/08931234567897?13=260000, INVALID_DATE",
        "https://o.vn/01/08931234567894, INVALID_CHECK_DIGIT",
        "https://o.vn/01/8931234567897, ZERO_SUPPRESSED_GTIN",
        "https://o.vn/01/0893123456789A, INVALID_CHARACTER",
        "https://o.vn/01/08931234567897/10/L%20 1, ILLEGAL_CHARACTER",
        "https://o.vn/01/08931234567897/10/L%201, INVALID_CHARACTER",
        "https://o.vn/01/08931234567897/10/L%C3%B41, INVALID_CHARACTER",
        "https://o.vn/01/08931234567897/10/ABCDEFGHIJKLMNOPQRSTU, VALUE_TOO_LONG",
        "https://o.vn/01/08931234567897?10=L1, QUALIFIER_IN_QUERY",
        "https://o.vn/01/08931234567897/21/S1/10/L1, INVALID_KEY_QUALIFIER_SEQUENCE",
        "https://o.vn/01/08931234567897?17=261231&17=261231, DUPLICATE_AI",
        "https://o.vn/01/08931234567897?89=X, UNKNOWN_AI",
        "https://o.vn/01/08931234567897?8200=x, NOT_A_DATA_ATTRIBUTE",
        "https://o.vn/8004/9520614141234567?10=L1, INVALID_ASSOCIATION",
        "https://o.vn/lot/L1, NO_PRIMARY_KEY",
        "ftp://o.vn/01/08931234567897, BAD_SCHEME",
    })
    void refuses_with_a_reason(String uri, DigitalLinkError reason) {
        assertThatThrownBy(() -> DigitalLink.parse(uri))
                .isInstanceOfSatisfying(
                        DigitalLinkException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(reason);
                            assertThat(e.errorCode().code())
                                    .startsWith("traceability.digital-link-");
                            assertThat(e.getMessage()).isNotBlank();
                        });
    }

    @Test
    void accepts_day_00_where_gs1_allows_it_and_february_29_of_a_leap_year() {
        assertThat(DigitalLink.parse("https://o.vn/01/08931234567897?17=280229").expiry())
                .contains(LocalDate.of(2028, 2, 29));
        assertThat(DigitalLink.parse("https://o.vn/01/08931234567897?17=270200").expiry())
                .contains(LocalDate.of(2027, 2, 28));
    }

    @Test
    void refuses_a_batch_code_with_a_wrong_check_digit_or_a_lot_outside_set_82() {
        assertThatThrownBy(() -> DigitalLink.forBatch("https://o.vn", "08931234567890", "L1"))
                .extracting(e -> ((DigitalLinkException) e).reason())
                .isEqualTo(DigitalLinkError.INVALID_CHECK_DIGIT);
        assertThatThrownBy(() -> DigitalLink.forBatch("https://o.vn", GTIN, "Lô 1"))
                .extracting(e -> ((DigitalLinkException) e).reason())
                .isEqualTo(DigitalLinkError.INVALID_CHARACTER);
        assertThatThrownBy(() -> DigitalLink.forBatch("https://o.vn", GTIN, ""))
                .extracting(e -> ((DigitalLinkException) e).reason())
                .isEqualTo(DigitalLinkError.EMPTY_VALUE);
        assertThatThrownBy(() -> DigitalLink.forBatch("o.vn", GTIN, "L1"))
                .extracting(e -> ((DigitalLinkException) e).reason())
                .isEqualTo(DigitalLinkError.INVALID_BASE_URL);
    }

    @Test
    void regenerates_a_parsed_link_under_another_stem_keeping_its_path() {
        DigitalLink link =
                DigitalLink.parse("https://a/x/01/09520123456788/235/XYZ?99=1&10=ABC123&17=261231");
        assertThat(DigitalLinkGenerator.regenerate("https://ocop.example.vn", link))
                .isEqualTo(
                        "https://ocop.example.vn/01/09520123456788/235/XYZ?17=261231&99=1&10=ABC123");
    }

    @Test
    void reads_caret_element_strings_with_fixed_and_variable_length_ais() {
        List<AiElement> data =
                AiData.parseElementString(
                        "^0109520123456788172612311012^21S1|^99X", AiDictionary.standard(), false);
        assertThat(data)
                .containsExactly(
                        new AiElement("01", "09520123456788"),
                        new AiElement("17", "261231"),
                        new AiElement("10", "12"),
                        new AiElement("21", "S1"),
                        new AiElement("99", "X"));
    }

    @Test
    void gives_two_digit_years_the_gs1_century() {
        assertThat(Gs1Dates.fullYear(26, 2026)).isEqualTo(2026);
        assertThat(Gs1Dates.fullYear(76, 2026)).isEqualTo(2076);
        assertThat(Gs1Dates.fullYear(77, 2026)).isEqualTo(1977);
        assertThat(Gs1Dates.fullYear(10, 2070)).isEqualTo(2110);
    }
}
