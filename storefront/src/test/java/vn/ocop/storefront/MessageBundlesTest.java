package vn.ocop.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Vietnamese and English, and every key a page uses exists. */
class MessageBundlesTest {

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/i18n/platform", "/i18n/storefront"})
    void vietnamese_and_english_have_the_same_keys_and_no_empty_text(String bundle)
            throws IOException {
        Properties vi = load(bundle + "_vi.properties");
        Properties en = load(bundle + "_en.properties");

        assertThat(new TreeSet<>(en.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        assertThat(vi.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void every_key_used_by_a_page_template_is_translated() throws IOException {
        Properties vi = load("/i18n/storefront_vi.properties");
        Pattern call = Pattern.compile("ctx\\.t\\(\"([a-zA-Z0-9_.-]+)\"[,)]");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
                Matcher m = call.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> assertThat(vi).containsKey(key));
    }
}
