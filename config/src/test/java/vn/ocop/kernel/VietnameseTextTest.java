package vn.ocop.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @ParameterizedTest
    @CsvSource({
        "Nước mắm Cát Hải, nuoc mam cat hai",
        "đặc sản Đà Nẵng, dac san da nang",
        "Chè Tân Cương Thái Nguyên, che tan cuong thai nguyen",
        "Mật ong bạc hà Hà Giang, mat ong bac ha ha giang",
        "Gạo ST25, gao st25",
        "Dứa xiêm, dua xiem",
        "Ớt, ot",
        "Ỷ Lan, y lan",
    })
    void folds_toned_text_to_what_people_type_without_diacritics(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
    }

    @Test
    void folds_precomposed_and_decomposed_input_alike() {
        String precomposed = "Nước mắm";
        String decomposed =
                java.text.Normalizer.normalize(precomposed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(precomposed);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(precomposed));
    }

    @Test
    void collapses_whitespace_and_trims() {
        assertThat(VietnameseText.fold("  Bánh\tđa \n  cua  ")).isEqualTo("banh da cua");
    }

    @Test
    void keeps_digits_and_punctuation() {
        assertThat(VietnameseText.fold("Rượu 29,5% – 500ml")).isEqualTo("ruou 29,5% – 500ml");
    }

    @Test
    void null_and_empty_fold_to_empty() {
        assertThat(VietnameseText.fold(null)).isEmpty();
        assertThat(VietnameseText.fold("")).isEmpty();
    }

    @Test
    void tells_whether_text_carries_diacritics() {
        assertThat(VietnameseText.hasDiacritics("mắm")).isTrue();
        assertThat(VietnameseText.hasDiacritics("Đông")).isTrue();
        assertThat(VietnameseText.hasDiacritics("mam")).isFalse();
        assertThat(VietnameseText.hasDiacritics(null)).isFalse();
    }

    @Test
    void different_tones_fold_together_so_ranking_must_tell_them_apart() {
        assertThat(VietnameseText.fold("mắm")).isEqualTo(VietnameseText.fold("mầm"));
    }
}
