package vn.ocop.traceability.digitallink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of {@code gs1-dl-uri-escape.tsv}, for a path segment and for a query value. */
class PercentEncodingVectorsTest {

    private static final String FILE = "gs1-dl-uri-escape.tsv";
    private static final AtomicInteger PASSED = new AtomicInteger();

    static Stream<Arguments> rows() {
        return VectorFile.rows(FILE).stream()
                .map(
                        row ->
                                Arguments.of(
                                        "dl.c:"
                                                + VectorFile.label(
                                                        row, "src_line", "direction", "input"),
                                        row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void encodes_and_decodes_as_the_reference_engine_does(String label, Map<String, String> row) {
        String input = VectorFile.text(row.get("input"));
        boolean escape = row.get("direction").equals("escape");
        for (boolean query : new boolean[] {false, true}) {
            String expected = row.get(query ? "expected_query" : "expected_path");
            if (expected.equals("<error>")) {
                assertThatThrownBy(() -> PercentEncoding.decode(input, query))
                        .isInstanceOf(DigitalLinkException.class)
                        .extracting(e -> ((DigitalLinkException) e).reason())
                        .isEqualTo(DigitalLinkError.ILLEGAL_NUL);
            } else {
                String actual =
                        escape
                                ? PercentEncoding.encode(input, query)
                                : PercentEncoding.decode(input, query);
                assertThat(actual).isEqualTo(VectorFile.text(expected));
            }
        }
        PASSED.incrementAndGet();
    }

    @Test
    void reads_all_32_rows_of_the_shared_file() {
        assertThat(VectorFile.rows(FILE)).hasSize(32);
    }

    @AfterAll
    static void report() {
        System.out.printf("%s: %d of 32 rows passed, 0 skipped%n", FILE, PASSED.get());
    }
}
