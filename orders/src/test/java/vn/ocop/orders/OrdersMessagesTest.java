package vn.ocop.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.ocop.kernel.ProblemKind;
import vn.ocop.orders.api.OrdersError;

/** Every refusal of orders reads in Vietnamese and in English. */
class OrdersMessagesTest {

    private static Properties load(String resource) throws IOException {
        try (InputStream in = OrdersMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void vietnamese_and_english_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties vi = load("/i18n/orders_vi.properties");
        Properties en = load("/i18n/orders_en.properties");

        assertThat(new TreeSet<>(en.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        assertThat(vi.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void every_error_has_a_title_and_a_field_message_or_a_detail() throws IOException {
        Properties vi = load("/i18n/orders_vi.properties");

        for (OrdersError error : OrdersError.values()) {
            assertThat(error.code()).startsWith("orders.").matches("[a-z.-]+");
            assertThat(vi).as(error.name()).containsKey("problem." + error.code() + ".title");
            boolean aboutFields =
                    error.kind() == ProblemKind.INVALID || error.kind() == ProblemKind.MALFORMED;
            String explanation =
                    aboutFields
                            ? "violation." + error.code()
                            : "problem." + error.code() + ".detail";
            assertThat(vi).as(error.name()).containsKey(explanation);
        }
    }
}
