package vn.ocop.platform.database.api;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The default database when no external server is configured: real PostgreSQL 17 binaries
 * (delivered as a Maven dependency) whose data directory persists under {@code OCOP_DATA_DIR}, so a
 * restart keeps every record.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts PostgreSQL on a free loopback port, creating the cluster on first use. */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres =
                    EmbeddedPostgres.builder()
                            .setDataDirectory(dataDirectory)
                            .setCleanDataDirectory(false)
                            .setPGStartupWait(Duration.ofSeconds(60))
                            .setServerConfig("max_connections", "200")
                            .setServerConfig("listen_addresses", "127.0.0.1")
                            .start();
            return new EmbeddedPostgresServer(postgres, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Data-source properties for Micronaut pointing at the given database. */
    public Map<String, Object> dataSourceProperties(String database) {
        return Map.of(
                "datasources.default.url", jdbcUrl(database),
                "datasources.default.username", "postgres",
                "datasources.default.password", "",
                "datasources.default.driver-class-name", "org.postgresql.Driver");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
