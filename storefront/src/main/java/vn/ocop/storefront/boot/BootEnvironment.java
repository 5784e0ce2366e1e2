package vn.ocop.storefront.boot;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.platform.database.api.EmbeddedPostgresServer;

/**
 * What must exist before the application context starts: the database (an external server from
 * {@code OCOP_DATABASE_URL}, or the embedded PostgreSQL 17 with its data under {@code
 * OCOP_DATA_DIR}) and the signing secret ({@code OCOP_SECRET}, or one generated on first start and
 * kept in the data folder so sessions survive restarts).
 *
 * <p>The embedded PostgreSQL starts in the background on a port chosen here, so the application
 * context is built while the server starts (about 2 s each); {@link EmbeddedDatabaseGate} holds the
 * creation of the data source until the server accepts connections.
 */
public final class BootEnvironment {

    private static final Logger LOG = LoggerFactory.getLogger(BootEnvironment.class);

    /** Set when the embedded server is starting in the background: its port. */
    static final String EMBEDDED_PORT_PROPERTY = "ocop.boot.embedded-postgres-port";

    /** Embedded servers being started or started by this JVM, by port. */
    private static final Map<Integer, CompletableFuture<EmbeddedPostgresServer>> EMBEDDED =
            new ConcurrentHashMap<>();

    private final Map<String, Object> properties;
    private final CompletableFuture<EmbeddedPostgresServer> embedded;

    private BootEnvironment(
            Map<String, Object> properties, CompletableFuture<EmbeddedPostgresServer> embedded) {
        this.properties = properties;
        this.embedded = embedded;
    }

    public static BootEnvironment prepare(Map<String, String> env) {
        Path dataDir =
                Path.of(env.getOrDefault("OCOP_DATA_DIR", "./data")).toAbsolutePath().normalize();
        Map<String, Object> props = new HashMap<>();
        props.put("ocop.data-dir", dataDir.toString());
        CompletableFuture<EmbeddedPostgresServer> embedded = null;
        String url = env.get("OCOP_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            props.put("datasources.default.url", url);
            props.put(
                    "datasources.default.username",
                    env.getOrDefault("OCOP_DATABASE_USER", "postgres"));
            props.put(
                    "datasources.default.password", env.getOrDefault("OCOP_DATABASE_PASSWORD", ""));
            LOG.info(
                    "Using external PostgreSQL at {}",
                    url.replaceAll("password=[^&]*", "password=***"));
        } else {
            int port = EmbeddedPostgresServer.freePort();
            embedded = startInBackground(dataDir.resolve("postgres"), port);
            EMBEDDED.put(port, embedded);
            props.putAll(EmbeddedPostgresServer.dataSourceProperties(port, "postgres"));
            props.put(EMBEDDED_PORT_PROPERTY, port);
        }
        String secret = env.get("OCOP_SECRET");
        props.put(
                "ocop.secret", secret != null && !secret.isBlank() ? secret : keptSecret(dataDir));
        return new BootEnvironment(props, embedded);
    }

    private static CompletableFuture<EmbeddedPostgresServer> startInBackground(
            Path directory, int port) {
        CompletableFuture<EmbeddedPostgresServer> started = new CompletableFuture<>();
        Thread starter =
                new Thread(
                        () -> {
                            long start = System.nanoTime();
                            try {
                                EmbeddedPostgresServer server =
                                        EmbeddedPostgresServer.start(directory, port);
                                LOG.info(
                                        "Embedded PostgreSQL 17 started in {} ms on port {}, data"
                                                + " in {}",
                                        (System.nanoTime() - start) / 1_000_000,
                                        server.port(),
                                        server.dataDirectory());
                                started.complete(server);
                            } catch (Throwable e) {
                                started.completeExceptionally(e);
                            }
                        },
                        "ocop-embedded-postgres-start");
        starter.start();
        return started;
    }

    /**
     * Blocks until the embedded server started on {@code port} by {@link #prepare} accepts
     * connections; returns at once for a port this JVM did not start a server on.
     *
     * @throws IllegalStateException when the server could not start
     */
    static void awaitEmbeddedDatabase(int port) {
        CompletableFuture<EmbeddedPostgresServer> starting = EMBEDDED.get(port);
        if (starting == null) {
            return;
        }
        try {
            starting.join();
        } catch (CompletionException e) {
            throw new IllegalStateException(
                    "Embedded PostgreSQL did not start: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /**
     * Stops the embedded database, if one was started (waiting for a start still under way to
     * finish first).
     */
    public void stopDatabase() {
        if (embedded == null) {
            return;
        }
        EmbeddedPostgresServer server;
        try {
            server = embedded.join();
        } catch (CompletionException e) {
            return; // it never started
        } finally {
            EMBEDDED.values().remove(embedded);
        }
        server.close();
    }

    /** How long the database waits for the context to stop before it stops anyway. */
    private static final java.time.Duration STOP_WAIT = java.time.Duration.ofSeconds(30);

    /** Stops the embedded database only after the application context has shut down. */
    public void closeAfter(ApplicationContext context) {
        if (embedded == null) {
            return;
        }
        java.lang.Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    // Micronaut's own shutdown hook (Micronaut.start) stops the
                                    // server and the context; closing the context here as well
                                    // deadlocks with it. The database stops once the context
                                    // has stopped: stopped earlier, the context's scheduled
                                    // jobs keep re-creating the connection pool against it and
                                    // the JVM never exits.
                                    long deadline = System.nanoTime() + STOP_WAIT.toNanos();
                                    while (context.isRunning() && System.nanoTime() < deadline) {
                                        try {
                                            Thread.sleep(20);
                                        } catch (InterruptedException e) {
                                            Thread.currentThread().interrupt();
                                            break;
                                        }
                                    }
                                    stopDatabase();
                                },
                                "ocop-embedded-postgres-stop"));
    }

    private static String keptSecret(Path dataDir) {
        Path file = dataDir.resolve("secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(dataDir);
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the folder's own permissions apply
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret in " + file, e);
        }
    }
}
