package vn.ocop.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformDefaultsTest {

    @Test
    void the_defaults_apply_when_nothing_else_sets_a_key() {
        try (ApplicationContext context = ApplicationContext.builder().start()) {
            assertThat(context.getProperty("ocop.login-throttle.max-failures", Integer.class))
                    .contains(5);
        }
    }

    @Test
    void properties_given_to_the_context_win_over_the_defaults() {
        try (ApplicationContext context =
                ApplicationContext.builder()
                        .properties(Map.of("ocop.public-base-url", "https://ocop.example.vn"))
                        .start()) {
            assertThat(context.getProperty("ocop.public-base-url", String.class))
                    .contains("https://ocop.example.vn");
        }
    }
}
