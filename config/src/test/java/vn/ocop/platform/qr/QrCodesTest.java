package vn.ocop.platform.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.platform.qr.api.ErrorCorrection;
import vn.ocop.platform.qr.api.QrCodes;
import vn.ocop.platform.qr.api.QrMatrix;
import vn.ocop.platform.qr.api.QrStyle;
import vn.ocop.testkit.QrScan;

/** Every rendered symbol is read back with ZXing and its quiet zone measured on the bit matrix. */
class QrCodesTest {

    static final String LINK = "https://ocop.example.vn/01/08931234567893/10/NM-2026%2F01";
    static final String UNIT = LINK + "/21/K7QX9MZP4TWA";

    /** A VietQR (EMVCo merchant-presented) payload, as the orders module will render. */
    static final String VIETQR =
            "00020101021238570010A000000727012700069704220113VQRQ00012345670208QRIBFTTA53037045405"
                    + "1200005802VN62150811DH2026001236304ABCD";

    @ParameterizedTest
    @EnumSource(ErrorCorrection.class)
    void a_png_reads_back_as_its_text_at_every_level_with_a_four_module_quiet_zone(
            ErrorCorrection level) {
        QrStyle style = QrStyle.standard().withErrorCorrection(level);

        List<QrScan.Symbol> symbols = QrScan.png(QrCodes.png(UNIT, style));

        assertThat(symbols)
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.text()).isEqualTo(UNIT);
                            assertThat(s.module()).isEqualTo(style.moduleSize());
                            assertThat(s.quietZone())
                                    .isGreaterThanOrEqualTo(QrStyle.MIN_QUIET_ZONE);
                        });
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 10})
    void the_module_size_is_exact_in_pixels_and_the_image_is_symbol_plus_quiet_zone(int pixels) {
        QrStyle style = QrStyle.standard().withModuleSize(pixels);
        QrMatrix matrix = QrCodes.encode(LINK, ErrorCorrection.M);

        List<QrScan.Symbol> symbols = QrScan.png(QrCodes.png(matrix, style));

        assertThat(symbols)
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.text()).isEqualTo(LINK);
                            assertThat(s.module()).isEqualTo(pixels);
                            assertThat(s.left()).isEqualTo(4 * pixels);
                            assertThat(s.top()).isEqualTo(4 * pixels);
                            assertThat(s.right() - s.left()).isEqualTo(matrix.size() * pixels);
                            assertThat(s.quietZone()).isEqualTo(4.0);
                        });
    }

    @Test
    void a_wider_quiet_zone_is_kept() {
        QrStyle style = new QrStyle(ErrorCorrection.Q, 4, 6);

        assertThat(QrScan.png(QrCodes.png(VIETQR, style)))
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.text()).isEqualTo(VIETQR);
                            assertThat(s.quietZone()).isEqualTo(6.0);
                        });
    }

    @ParameterizedTest
    @EnumSource(ErrorCorrection.class)
    void an_svg_draws_the_same_symbol_with_its_quiet_zone(ErrorCorrection level) {
        QrStyle style = QrStyle.standard().withErrorCorrection(level);
        QrMatrix matrix = QrCodes.encode(UNIT, level);

        String svg = QrCodes.svg(matrix, style);

        int side = matrix.size() + 8;
        assertThat(svg)
                .startsWith("<?xml")
                .contains("viewBox=\"0 0 " + side + " " + side + "\"")
                .contains("width=\"" + side * 8 + "\"");
        assertThat(QrScan.image(QrScan.svg(svg, 3)))
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.text()).isEqualTo(UNIT);
                            assertThat(s.module()).isEqualTo(3.0);
                            assertThat(s.quietZone()).isEqualTo(4.0);
                        });
    }

    @Test
    void vietnamese_text_round_trips_as_utf8() {
        String text = "Nước mắm Cát Hải – lô NM-01";

        assertThat(QrScan.png(QrCodes.png(text, QrStyle.standard())))
                .extracting(QrScan.Symbol::text)
                .containsExactly(text);
    }

    @Test
    void higher_levels_need_bigger_symbols_for_the_same_text() {
        assertThat(QrCodes.encode(UNIT, ErrorCorrection.H).size())
                .isGreaterThan(QrCodes.encode(UNIT, ErrorCorrection.L).size());
    }

    @Test
    void parses_levels_by_letter_only() {
        assertThat(ErrorCorrection.parse("q")).contains(ErrorCorrection.Q);
        assertThat(ErrorCorrection.parse("X")).isEmpty();
        assertThat(ErrorCorrection.parse("MM")).isEmpty();
        assertThat(ErrorCorrection.parse(null)).isEmpty();
    }

    @Test
    void refuses_empty_or_oversize_texts_and_bad_styles() {
        assertThatThrownBy(() -> QrCodes.encode("", ErrorCorrection.M))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodes.encode("x".repeat(2900), ErrorCorrection.H))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QrStyle(ErrorCorrection.M, 0, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QrStyle(ErrorCorrection.M, 4, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
