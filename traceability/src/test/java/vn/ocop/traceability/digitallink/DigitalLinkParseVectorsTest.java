package vn.ocop.traceability.digitallink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@code gs1-dl-parse.tsv}. Rows with engine options run with the same switches
 * ({@link DigitalLinkOptions}), so none is skipped.
 */
class DigitalLinkParseVectorsTest {

    private static final String FILE = "gs1-dl-parse.tsv";
    private static final AtomicInteger PASSED = new AtomicInteger();

    static Stream<Arguments> rows() {
        return VectorFile.rows(FILE).stream()
                .map(row -> Arguments.of("dl.c:" + VectorFile.label(row, "src_line", "uri"), row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void parses_the_row_as_the_reference_engine_does(String label, Map<String, String> row) {
        String uri = VectorFile.text(row.get("uri"));
        DigitalLinkOptions options = VectorFile.options(row.get("options"));
        if (row.get("expect_valid").equals("true")) {
            DigitalLink link = DigitalLink.parse(uri, options);
            assertThat(link.elementString()).isEqualTo(row.get("element_string"));
            assertThat(link.bracketed()).isEqualTo(row.get("element_string_bracketed"));
        } else {
            assertThatThrownBy(() -> DigitalLink.parse(uri, options))
                    .isInstanceOf(DigitalLinkException.class);
        }
        PASSED.incrementAndGet();
    }

    @Test
    void reads_all_75_rows_of_the_shared_file() {
        List<Map<String, String>> rows = VectorFile.rows(FILE);
        assertThat(rows).hasSize(75);
    }

    @AfterAll
    static void report() {
        System.out.printf("%s: %d of 75 rows passed, 0 skipped%n", FILE, PASSED.get());
    }
}
