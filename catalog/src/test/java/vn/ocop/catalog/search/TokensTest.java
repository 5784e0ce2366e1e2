package vn.ocop.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void exact_words_keep_diacritics_lower_cased_and_composed() {
        String decomposed = Normalizer.normalize("Nước MẮM", Normalizer.Form.NFD);

        assertThat(Tokens.exact("Nước mắm Cát Hải!")).containsExactly("nước", "mắm", "cát", "hải");
        assertThat(Tokens.exact(decomposed)).containsExactly("nước", "mắm");
    }

    @Test
    void folded_words_drop_diacritics_and_punctuation_and_map_d_with_stroke() {
        assertThat(Tokens.folded("Đặc sản Đà Nẵng, chai 500ml (loại 1)"))
                .containsExactly("dac", "san", "da", "nang", "chai", "500ml", "loai", "1");
        assertThat(Tokens.folded("TP. Hồ Chí Minh")).containsExactly("tp", "ho", "chi", "minh");
    }

    @Test
    void blank_text_has_no_words() {
        assertThat(Tokens.folded("  ")).isEmpty();
        assertThat(Tokens.exact(null)).isEmpty();
        assertThat(Tokens.folded("?! -- ,")).isEmpty();
    }
}
