package vn.ocop.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.CatalogError;

/** Every text of the import exists in Vietnamese and in English. */
class CatalogMessagesTest {

    private final Properties vi = load("i18n/catalog_vi.properties");
    private final Properties en = load("i18n/catalog_en.properties");

    @Test
    void both_languages_have_the_same_keys_and_the_base_bundle_is_empty() {
        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(vi.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(en.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(load("i18n/catalog.properties")).isEmpty();
    }

    @Test
    void every_column_has_a_header_and_help_in_both_languages() {
        Stream.of(Columns.PRODUCERS_FILE, Columns.CERTIFICATES_FILE, Columns.CATALOGUE_EXPORT)
                .flatMap(List::stream)
                .forEach(
                        column -> {
                            assertThat(vi).containsKey("import.column." + column.key());
                            assertThat(vi).containsKey("import.help." + column.key());
                            assertThat(en).containsKey("import.column." + column.key());
                        });
    }

    @Test
    void every_refusal_an_import_can_report_has_a_translated_message() {
        Stream.concat(
                        Arrays.stream(ImportError.values()).map(ImportError::code),
                        Arrays.stream(CatalogError.values()).map(CatalogError::code))
                .forEach(
                        code ->
                                assertThat(
                                                vi.containsKey("import.violation." + code)
                                                        || vi.containsKey(
                                                                "problem." + code + ".title"))
                                        .as(code)
                                        .isTrue());
    }

    @Test
    void the_headers_of_one_file_never_collide_once_folded() {
        for (ImportKind kind : ImportKind.values()) {
            List<String> folded =
                    Columns.of(kind).stream()
                            .flatMap(
                                    c ->
                                            Stream.of(
                                                    vi.getProperty("import.column." + c.key()),
                                                    en.getProperty("import.column." + c.key())))
                            .map(HeaderMap::normalise)
                            .toList();
            assertThat(folded.stream().distinct().count())
                    .as(kind + ": " + folded)
                    .isEqualTo(folded.size() - duplicatesWithinOneColumn(kind));
        }
    }

    /** A column whose Vietnamese and English headers fold alike ("Email") counts once. */
    private long duplicatesWithinOneColumn(ImportKind kind) {
        return Columns.of(kind).stream()
                .filter(
                        c ->
                                HeaderMap.normalise(vi.getProperty("import.column." + c.key()))
                                        .equals(
                                                HeaderMap.normalise(
                                                        en.getProperty(
                                                                "import.column." + c.key()))))
                .count();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in =
                CatalogMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
