package vn.ocop.platform.config;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Adds the platform's configuration defaults ({@code vn/ocop/platform/platform-defaults.yml}) to
 * every application context, below {@code application.yml}, environment variables and system
 * properties. Micronaut reads only one {@code application.yml} from the class path, and module
 * tests do not have the storefront's, so the defaults every module relies on live here.
 */
@ContextConfigurer
public class PlatformDefaults implements ApplicationContextConfigurer {

    static final String RESOURCE = "vn/ocop/platform/platform-defaults.yml";

    /** Lower than application.yml (which Micronaut loads at order -300 and above). */
    static final int ORDER = -1000;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.propertySources(PropertySource.of("platform-defaults", read(), ORDER));
    }

    private static Map<String, Object> read() {
        try (InputStream in =
                PlatformDefaults.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return new YamlPropertySourceLoader().read(RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
