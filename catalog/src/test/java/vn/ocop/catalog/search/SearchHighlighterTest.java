package vn.ocop.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchHighlighterTest {

    @Test
    void marks_the_words_that_match_whatever_their_diacritics() {
        assertThat(SearchHighlighter.highlight("Nước mắm Cát Hải", Set.of("nuoc", "mam")))
                .isEqualTo("<em>Nước</em> <em>mắm</em> Cát Hải");
    }

    @Test
    void escapes_everything_else_and_gives_nothing_when_no_word_matched() {
        assertThat(SearchHighlighter.highlight("Trà <b>xanh</b> & \"sen\"", Set.of("xanh")))
                .isEqualTo("Trà &lt;b&gt;<em>xanh</em>&lt;/b&gt; &amp; &quot;sen&quot;");
        assertThat(SearchHighlighter.highlight("Chè Tân Cương", Set.of("mam"))).isNull();
    }
}
