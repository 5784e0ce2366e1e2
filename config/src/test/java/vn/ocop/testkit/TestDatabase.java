package vn.ocop.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import vn.ocop.platform.database.api.EmbeddedPostgresServer;

/**
 * Real PostgreSQL for tests: {@code OCOP_TEST_DATABASE_URL} (+ {@code _USER}/{@code _PASSWORD}) if
 * set, otherwise one embedded PostgreSQL 17 per test JVM in a throw-away directory. Each Micronaut
 * test context gets a fresh database on the embedded server, so test classes never see each other's
 * rows.
 */
public final class TestDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgresServer embedded;

    private TestDatabase() {}

    /** Data-source properties for a new, empty database (or the external one). */
    public static synchronized Map<String, Object> freshDatabaseProperties() {
        String externalUrl = System.getenv("OCOP_TEST_DATABASE_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            Map<String, Object> props = new HashMap<>();
            props.put("datasources.default.url", externalUrl);
            props.put("datasources.default.username", env("OCOP_TEST_DATABASE_USER", "postgres"));
            props.put("datasources.default.password", env("OCOP_TEST_DATABASE_PASSWORD", ""));
            props.put("datasources.default.driver-class-name", "org.postgresql.Driver");
            return props;
        }
        EmbeddedPostgresServer server = embeddedServer();
        String name = "ocop_test_" + DATABASES.incrementAndGet();
        try (Connection c =
                        DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return server.dataSourceProperties(name);
    }

    /** True when the tests run on the embedded server this class started. */
    public static boolean isEmbedded() {
        String externalUrl = System.getenv("OCOP_TEST_DATABASE_URL");
        return externalUrl == null || externalUrl.isBlank();
    }

    private static EmbeddedPostgresServer embeddedServer() {
        if (embedded == null) {
            try {
                Path dir = Files.createTempDirectory("ocop-test-pg");
                embedded = EmbeddedPostgresServer.start(dir.resolve("data"));
                EmbeddedPostgresServer started = embedded;
                Runtime.getRuntime()
                        .addShutdownHook(
                                new Thread(
                                        () -> {
                                            started.close();
                                            deleteQuietly(dir);
                                        },
                                        "ocop-test-pg-stop"));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Could not create a directory for PostgreSQL", e);
            }
        }
        return embedded;
    }

    /**
     * Removes the test server's directory once it has stopped: each test JVM's cluster takes
     * 300–700 MB, and left behind they filled the disk of a machine that runs the tests often. The
     * server may still write its statistics file while it goes down, so a walk that leaves the
     * directory behind is tried again.
     */
    private static void deleteQuietly(Path dir) {
        for (int attempt = 0; attempt < 20 && Files.exists(dir); attempt++) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a file vanished or appeared during the walk: walk again
            }
            if (Files.exists(dir)) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        if (Files.exists(dir)) {
            System.err.println("Could not remove the test database directory " + dir);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
