package vn.ocop.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScannedCodeTest {

    @Test
    void a_digital_link_uri_gives_gtin_lot_and_serial() {
        assertThat(ScannedCode.parse("https://ocop.example.vn/01/08935049500018/10/L%2F25-01/21/7"))
                .contains(new ScannedCode("08935049500018", "L/25-01", "7"));
        assertThat(
                        ScannedCode.parse(
                                "https://id.example.com/qr/01/08935049500018/10/ABC?linkType=all"))
                .contains(new ScannedCode("08935049500018", "ABC", null));
    }

    @Test
    void element_strings_and_bare_gtins_are_read_too() {
        assertThat(ScannedCode.parse("(01)08935049500018(10)LOT7"))
                .contains(new ScannedCode("08935049500018", "LOT7", null));
        assertThat(ScannedCode.parse(" 8935049500018 "))
                .contains(new ScannedCode("8935049500018", null, null));
    }

    @Test
    void anything_else_is_not_a_code() {
        assertThat(ScannedCode.parse("hello")).isEmpty();
        assertThat(ScannedCode.parse("https://ocop.example.vn/products/1")).isEmpty();
        assertThat(ScannedCode.parse("https://ocop.example.vn/01/08935049500018/99/x")).isEmpty();
        assertThat(ScannedCode.parse(null)).isEmpty();
    }
}
