package vn.ocop.catalog.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StarBandsTest {

    @ParameterizedTest
    @CsvSource({
        "100, 5",
        "90, 5",
        "89.99, 4",
        "89.5, 4",
        "70, 4",
        "69.5, 3",
        "50, 3",
        "49.99, 2",
        "30, 2",
        "29.99, 1",
        "0, 1"
    })
    void maps_a_council_score_to_stars_by_the_default_bands(String score, int stars) {
        assertThat(StarBands.DEFAULT.starsFor(new BigDecimal(score))).isEqualTo(stars);
    }

    @Test
    void bands_are_configurable() {
        StarBands strict = StarBands.of(List.of(95, 80, 60, 40));
        assertThat(strict.starsFor(BigDecimal.valueOf(90))).isEqualTo(4);
        assertThat(strict.starsFor(BigDecimal.valueOf(59))).isEqualTo(2);
    }

    @Test
    void refuses_bands_that_do_not_fall_and_scores_out_of_range() {
        assertThatThrownBy(() -> StarBands.of(List.of(70, 90, 50, 30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StarBands.DEFAULT.starsFor(BigDecimal.valueOf(101)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
