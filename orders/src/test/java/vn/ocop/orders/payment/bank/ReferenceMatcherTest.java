package vn.ocop.orders.payment.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceMatcherTest {

    @Test
    void finds_the_reference_however_the_bank_mangled_it() {
        assertThat(ReferenceMatcher.candidates("OCOP-2026-000123"))
                .first()
                .isEqualTo("OCOP-2026-000123");
        assertThat(ReferenceMatcher.candidates("ck ocop2026000123")).contains("OCOP-2026-000123");
        assertThat(ReferenceMatcher.candidates("Ocop 2026 000123 thanh toán"))
                .contains("OCOP-2026-000123");
        assertThat(ReferenceMatcher.candidates("MBVCB.123.OCOP_2026_000123.CT tu 0071"))
                .contains("OCOP-2026-000123");
    }

    @Test
    void digits_glued_after_the_number_give_longer_candidates_after_the_shortest() {
        assertThat(ReferenceMatcher.candidates("OCOP2026000123 0912345678"))
                .startsWith("OCOP-2026-000123", "OCOP-2026-0001230")
                .contains("OCOP-2026-000123091234");
    }

    @Test
    void nothing_without_a_reference() {
        assertThat(ReferenceMatcher.candidates("tien nha thang 11")).isEmpty();
        assertThat(ReferenceMatcher.candidates("OCOP 2026 12")).isEmpty();
        assertThat(ReferenceMatcher.candidates(null)).isEmpty();
    }

    @Test
    void statement_amounts_read_with_vietnamese_grouping() {
        assertThat(StatementCsv.amount("1.250.000")).contains(1_250_000L);
        assertThat(StatementCsv.amount("1,250,000 VND")).contains(1_250_000L);
        assertThat(StatementCsv.amount("+95000")).contains(95_000L);
        assertThat(StatementCsv.amount("-50.000")).contains(-50_000L);
        assertThat(StatementCsv.amount("abc")).isEmpty();
    }
}
