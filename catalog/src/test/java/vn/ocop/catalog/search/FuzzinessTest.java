package vn.ocop.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FuzzinessTest {

    @Test
    void allows_no_edit_up_to_two_letters_one_up_to_five_then_two() {
        assertThat(Fuzziness.maxEdits("da")).isZero();
        assertThat(Fuzziness.maxEdits("mam")).isEqualTo(1);
        assertThat(Fuzziness.maxEdits("giang")).isEqualTo(1);
        assertThat(Fuzziness.maxEdits("quang nam".replace(" ", ""))).isEqualTo(2);
    }

    @Test
    void counts_a_swap_of_neighbouring_letters_as_one_edit() {
        assertThat(Fuzziness.distance("mma", "mam")).isEqualTo(1);
        assertThat(Fuzziness.distance("ogn", "ong")).isEqualTo(1);
        assertThat(Fuzziness.distance("mam", "mat")).isEqualTo(1);
        assertThat(Fuzziness.distance("mma", "mat")).isEqualTo(2);
        assertThat(Fuzziness.distance("nuoc", "nuoc")).isZero();
        assertThat(Fuzziness.distance("", "che")).isEqualTo(3);
    }
}
