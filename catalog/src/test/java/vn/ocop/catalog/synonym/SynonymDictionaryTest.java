package vn.ocop.catalog.synonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.QueryExpansion;

/** Query expansion on its own: no database, a dictionary written out in the test. */
class SynonymDictionaryTest {

    private final SynonymDictionary dictionary =
            new SynonymDictionary()
                    .addEquivalents(List.of("chè xanh", "trà xanh"))
                    .addEquivalents(List.of("thịt lợn", "thịt heo"))
                    .addEquivalents(List.of("TPHCM", "Sài Gòn"))
                    // what SynonymExpansion adds for two provinces
                    .addRewrite("Đà Nẵng", "da nang")
                    .addRewrite("Quảng Nam", "da nang")
                    .addRewrite("Hưng Yên", "hung yen")
                    .addRewrite("Thái Bình", "hung yen")
                    .addRewrite("TP. Hồ Chí Minh", "TP. Hồ Chí Minh")
                    .addRewrite("Hồ Chí Minh", "ho chi minh")
                    .addRewrite("Sài Gòn", "ho chi minh")
                    .addRewrite("TPHCM", "ho chi minh");

    @Test
    void an_old_province_name_yields_the_new_province_name() {
        QueryExpansion expansion = dictionary.expand("Nước mắm Quảng Nam");

        assertThat(expansion.query()).isEqualTo("nuoc mam quang nam");
        assertThat(expansion.alternatives()).containsExactly("nuoc mam da nang");
        assertThat(expansion.all()).containsExactly("nuoc mam quang nam", "nuoc mam da nang");
    }

    @Test
    void a_new_province_name_does_not_turn_into_its_old_names() {
        assertThat(dictionary.expand("nước mắm Đà Nẵng").alternatives()).isEmpty();
    }

    @Test
    void synonyms_stand_for_each_other_in_both_directions() {
        assertThat(dictionary.expand("Chè xanh Thái Nguyên").alternatives())
                .containsExactly("tra xanh thai nguyen");
        assertThat(dictionary.expand("tra xanh").alternatives()).containsExactly("che xanh");
    }

    @Test
    void a_place_synonym_and_the_province_name_both_apply() {
        assertThat(dictionary.expand("đặc sản TPHCM").alternatives())
                .containsExactly("dac san sai gon", "dac san ho chi minh");
    }

    @Test
    void the_longest_known_phrase_wins_so_a_current_name_is_left_alone() {
        assertThat(dictionary.expand("bánh tráng TP. Hồ Chí Minh").alternatives()).isEmpty();
        assertThat(dictionary.expand("banh trang ho chi minh").alternatives()).isEmpty();
    }

    @Test
    void several_phrases_combine_with_single_replacements_first() {
        assertThat(dictionary.expand("thit lon Thai Binh").alternatives())
                .containsExactly("thit heo thai binh", "thit lon hung yen", "thit heo hung yen");
    }

    @Test
    void only_whole_words_match() {
        assertThat(dictionary.expand("quang namdinh").alternatives()).isEmpty();
        assertThat(dictionary.expand("thaibinh").alternatives()).isEmpty();
    }

    @Test
    void punctuation_and_spacing_do_not_hide_a_phrase() {
        assertThat(dictionary.expand("Quảng-Nam,  nước mắm!").alternatives())
                .containsExactly("da nang nuoc mam");
    }

    @Test
    void alternatives_are_capped() {
        SynonymDictionary wide = new SynonymDictionary();
        for (String word : List.of("a", "b", "c", "d", "e")) {
            wide.addEquivalents(List.of(word, word + "1", word + "2"));
        }

        List<String> alternatives = wide.expand("a b c d e").alternatives();

        assertThat(alternatives).hasSize(QueryExpansion.MAX_ALTERNATIVES).doesNotHaveDuplicates();
        assertThat(alternatives.get(0)).isEqualTo("a1 b c d e");
    }

    @Test
    void a_query_without_known_phrases_is_only_folded() {
        QueryExpansion expansion = dictionary.expand("Mật ong Bạc Hà");

        assertThat(expansion.query()).isEqualTo("mat ong bac ha");
        assertThat(expansion.alternatives()).isEmpty();
    }
}
