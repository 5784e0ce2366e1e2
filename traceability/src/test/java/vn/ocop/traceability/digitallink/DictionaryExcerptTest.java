package vn.ocop.traceability.digitallink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared excerpt of the GS1 Barcode Syntax Dictionary is the reference for the AIs it holds:
 * the built-in dictionary must define each of them exactly as the excerpt's lines do.
 */
class DictionaryExcerptTest {

    private static final List<String> ENTRY_LINES =
            VectorFile.lines("gs1-syntax-dictionary-excerpt.txt").stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();

    @Test
    void the_excerpt_has_its_30_entry_lines() {
        assertThat(ENTRY_LINES).hasSize(30);
    }

    @Test
    void the_built_in_dictionary_defines_every_excerpt_ai_as_the_excerpt_does() {
        AiDictionary builtIn = AiDictionary.standard();
        for (String line : ENTRY_LINES) {
            for (AiDefinition fromExcerpt : DictionaryLine.parse(line)) {
                assertThat(builtIn.find(fromExcerpt.ai()))
                        .as(line)
                        .hasValueSatisfying(
                                d ->
                                        assertThat(d)
                                                .usingRecursiveComparison()
                                                .isEqualTo(fromExcerpt));
            }
        }
    }

    @Test
    void the_excerpt_alone_yields_the_same_path_rules_for_its_keys() {
        AiDictionary excerpt = AiDictionary.parse(String.join("\n", ENTRY_LINES));
        assertThat(AiDictionary.standard().pathSequences())
                .containsAll(excerpt.pathSequences())
                .contains("01 22 10 21", "01 235", "414 254", "8018 8019")
                .doesNotContain("01 10 22", "01 22 10 235");
    }

    @Test
    void reads_ranges_flags_and_optional_components() {
        AiDictionary builtIn = AiDictionary.standard();
        assertThat(builtIn.find("95"))
                .hasValueSatisfying(d -> assertThat(d.maxLength()).isEqualTo(90));
        assertThat(builtIn.find("3103"))
                .hasValueSatisfying(d -> assertThat(d.predefinedLength()).isTrue());
        assertThat(builtIn.find("253"))
                .hasValueSatisfying(
                        d -> {
                            assertThat(d.minLength()).isEqualTo(13);
                            assertThat(d.maxLength()).isEqualTo(30);
                        });
        assertThat(builtIn.find("21"))
                .hasValueSatisfying(d -> assertThat(d.dataAttribute()).isFalse());
        assertThat(builtIn.find("17"))
                .hasValueSatisfying(d -> assertThat(d.dataAttribute()).isTrue());
    }
}
