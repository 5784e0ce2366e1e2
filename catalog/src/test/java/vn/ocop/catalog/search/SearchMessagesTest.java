package vn.ocop.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.ocop.kernel.FieldViolation;

/** Every search refusal reads in Vietnamese and in English. */
class SearchMessagesTest {

    private static Properties load(String language) throws IOException {
        String resource = "/i18n/catalog-search_" + language + ".properties";
        try (InputStream in = SearchMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void vietnamese_and_english_have_the_same_keys_and_cover_every_code() throws IOException {
        Properties vi = load("vi");
        Properties en = load("en");

        assertThat(new TreeSet<>(vi.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(vi.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        Arrays.stream(SearchError.values())
                .forEach(e -> assertThat(vi).containsKey("problem." + e.code() + ".title"));
        Arrays.stream(SearchError.Violation.values())
                .map(v -> v.at("field"))
                .map(FieldViolation::code)
                .forEach(code -> assertThat(en).containsKey("violation." + code));
    }
}
