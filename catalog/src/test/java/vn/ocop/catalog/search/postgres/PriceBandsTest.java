package vn.ocop.catalog.search.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.search.PriceBand;

/** The price bands written with each search document, and the migration that filled old rows. */
class PriceBandsTest {

    @Test
    void a_band_holds_prices_from_its_lower_bound_up_to_below_its_upper_bound() {
        assertThat(PriceBand.of(0)).isEqualTo(PriceBand.UNDER_100K);
        assertThat(PriceBand.of(99_999)).isEqualTo(PriceBand.UNDER_100K);
        assertThat(PriceBand.of(100_000)).isEqualTo(PriceBand.FROM_100K_TO_300K);
        assertThat(PriceBand.of(999_999)).isEqualTo(PriceBand.FROM_300K_TO_1M);
        assertThat(PriceBand.of(1_000_000)).isEqualTo(PriceBand.FROM_1M);
        assertThat(PriceBand.of(Long.MAX_VALUE)).isEqualTo(PriceBand.FROM_1M);
    }

    @Test
    void a_product_is_in_each_band_that_holds_one_of_its_prices_once() {
        assertThat(DocumentRows.priceBands(List.of(150_000L, 50_000L, 250_000L, 2_000_000L)))
                .containsExactly((short) 0, (short) 1, (short) 3);
        assertThat(DocumentRows.priceBands(List.of())).isEmpty();
    }

    @Test
    void the_migration_filled_existing_rows_with_the_same_bounds() throws IOException {
        String bounds =
                Arrays.stream(PriceBand.values())
                        .map(PriceBand::to)
                        .filter(Objects::nonNull)
                        .map(String::valueOf)
                        .collect(Collectors.joining(", ", "ARRAY[", "]"));
        try (InputStream migration =
                getClass()
                        .getResourceAsStream(
                                "/db/migration/catalog/V202611240400__search_price_bands.sql")) {
            assertThat(migration).isNotNull();
            assertThat(new String(migration.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("width_bucket(x, " + bounds + "::bigint[])");
        }
    }
}
