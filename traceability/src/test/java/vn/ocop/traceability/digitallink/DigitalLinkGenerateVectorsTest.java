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

/** Every row of {@code gs1-dl-generate.tsv}, options included (none is skipped). */
class DigitalLinkGenerateVectorsTest {

    private static final String FILE = "gs1-dl-generate.tsv";
    private static final AtomicInteger PASSED = new AtomicInteger();

    static Stream<Arguments> rows() {
        return VectorFile.rows(FILE).stream()
                .map(
                        row ->
                                Arguments.of(
                                        "dl.c:"
                                                + VectorFile.label(
                                                        row, "src_line", "element_string"),
                                        row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void generates_the_row_as_the_reference_engine_does(String label, Map<String, String> row) {
        DigitalLinkOptions options = VectorFile.options(row.get("options"));
        String stem =
                switch (row.get("stem")) {
                    case "<none>" -> null;
                    case "<empty>" -> "";
                    default -> row.get("stem");
                };
        if (row.get("expect_success").equals("true")) {
            assertThat(generate(stem, row, options)).isEqualTo(row.get("expected_uri"));
        } else {
            assertThatThrownBy(() -> generate(stem, row, options))
                    .isInstanceOf(DigitalLinkException.class);
        }
        PASSED.incrementAndGet();
    }

    private static String generate(
            String stem, Map<String, String> row, DigitalLinkOptions options) {
        String input = row.get("element_string");
        return switch (row.get("input_format")) {
            case "bracketed" ->
                    DigitalLinkGenerator.generate(stem, AiData.parseBracketed(input), options);
            case "caret" ->
                    DigitalLinkGenerator.generate(
                            stem,
                            AiData.parseElementString(
                                    input, AiDictionary.standard(), options.permitUnknownAis()),
                            options);
            case "dl_uri" ->
                    DigitalLinkGenerator.regenerate(
                            stem, DigitalLink.parse(input, options), options);
            default -> throw new IllegalStateException(row.get("input_format"));
        };
    }

    @Test
    void reads_all_16_rows_of_the_shared_file() {
        List<Map<String, String>> rows = VectorFile.rows(FILE);
        assertThat(rows).hasSize(16);
    }

    @AfterAll
    static void report() {
        System.out.printf("%s: %d of 16 rows passed, 0 skipped%n", FILE, PASSED.get());
    }
}
