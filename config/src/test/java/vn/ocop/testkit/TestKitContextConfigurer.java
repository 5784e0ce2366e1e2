package vn.ocop.testkit;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

/**
 * Applied to every application context built on a test class path (the test kit is only there):
 * points the default data source at a fresh test database, supplies a signing secret and keeps
 * uploaded files in a throw-away folder, never in the source tree.
 */
@ContextConfigurer
public class TestKitContextConfigurer implements ApplicationContextConfigurer {

    /** One signing secret per test JVM, at least 256 bits as HS256 requires. */
    private static final String SECRET = UUID.randomUUID() + "-" + UUID.randomUUID();

    private static final String DATA_DIR = temporaryDataDir();

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.properties(TestDatabase.freshDatabaseProperties());
        builder.properties(
                Map.of(
                        "ocop.secret", SECRET,
                        "ocop.data-dir", DATA_DIR,
                        // bcrypt at full cost would make every test login ~100 ms slower
                        "ocop.identity.bcrypt-cost", 6));
    }

    private static String temporaryDataDir() {
        try {
            return Files.createTempDirectory("ocop-test-data").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
