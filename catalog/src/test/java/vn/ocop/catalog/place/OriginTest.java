package vn.ocop.catalog.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.Origin;
import vn.ocop.kernel.FieldViolation;

/** An origin's own rules, before anyone looks the province up. */
class OriginTest {

    @Test
    void text_is_trimmed_and_blank_optional_parts_are_dropped() {
        assertThat(new Origin(" Ha-Noi", "  Xã   Bát Tràng ", " ", "\tGia Lâm ").normalised())
                .isEqualTo(new Origin("ha-noi", "Xã Bát Tràng", null, "Gia Lâm"));
    }

    @Test
    void a_commune_is_required_and_names_are_at_most_100_characters() {
        String long101 = "x".repeat(101);

        assertThat(new Origin("hue", long101, long101, long101).violations("origins[2]"))
                .extracting(FieldViolation::field)
                .containsExactly(
                        "origins[2].commune",
                        "origins[2].village",
                        "origins[2].historicalDistrict");
        assertThat(new Origin(null, "", null, null).violations("origin"))
                .extracting(FieldViolation::code)
                .containsExactly(
                        "catalog.origin-province-required", "catalog.origin-commune-required");
        assertThat(new Origin("hue", "x".repeat(100), null, null).violations("origin")).isEmpty();
    }
}
