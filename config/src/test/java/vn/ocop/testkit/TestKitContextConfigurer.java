package vn.ocop.testkit;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;

/**
 * Applied to every application context built on a test class path (the test kit is only there):
 * points the default data source at a fresh test database and supplies a signing secret.
 */
@ContextConfigurer
public class TestKitContextConfigurer implements ApplicationContextConfigurer {

    /** One signing secret per test JVM, at least 256 bits as HS256 requires. */
    /** Uploaded files go to a throw-away folder, never into the source tree. */
    private static final String DATA_DIR = dataDir();

    private static String dataDir() {
        try {
            return java.nio.file.Files.createTempDirectory("ocop-test-data").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String SECRET =
            java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.properties(TestDatabase.freshDatabaseProperties());
        builder.properties(
                java.util.Map.of(
                        "ocop.secret",
                        SECRET,
                        // bcrypt at full cost would make every test login ~100 ms slower
                        "ocop.identity.bcrypt-cost",
                        6));
    }
}
