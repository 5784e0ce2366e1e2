package vn.ocop.platform.database.api;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default database when no external server is configured: real PostgreSQL 17 binaries
 * (delivered as a Maven dependency) whose data directory persists under {@code OCOP_DATA_DIR}, so a
 * restart keeps every record.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts PostgreSQL on a free loopback port, creating the cluster on first use. A server left
     * running on this directory by an app that was killed ({@code kill -9}, the OOM killer) is shut
     * down first: it would hold the directory and make this start fail.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /**
     * Starts PostgreSQL on the given loopback port ({@code 0}: a free one), so that a caller can
     * hand out {@link #dataSourceProperties(int, String)} before the server is up and start it in
     * the background.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            stopLeftOverServer(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port != 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres =
                    builder.setDataDirectory(dataDirectory)
                            .setCleanDataDirectory(false)
                            .setPGStartupWait(Duration.ofSeconds(60))
                            .setServerConfig("max_connections", "200")
                            .setServerConfig("listen_addresses", "127.0.0.1")
                            // local disk, and a catalogue that stays in memory: random reads cost
                            // about what sequential ones do (PostgreSQL's documentation gives 1.1
                            // for solid-state drives); at the default 4 the planner scans the
                            // whole search table for a common word instead of using its index
                            .setServerConfig("random_page_cost", "1.1")
                            .start();
            return new EmbeddedPostgresServer(postgres, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Stops the server named by the directory's {@code postmaster.pid} when that process is alive,
     * is a {@code postgres} and serves this very directory (a recycled pid is left alone). A fast
     * shutdown (SIGINT): the killed app's sessions are gone, nothing is waited for; PostgreSQL
     * writes a checkpoint, so the next start needs no crash recovery.
     */
    static void stopLeftOverServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        boolean postgres =
                process.flatMap(p -> p.info().command())
                        .map(command -> Path.of(command).getFileName().toString())
                        .filter(name -> name.equals("postgres"))
                        .isPresent();
        boolean ours =
                Path.of(lines.get(1).strip()).toRealPath().equals(dataDirectory.toRealPath());
        if (process.isEmpty() || !postgres || !ours) {
            return;
        }
        LOG.warn(
                "A PostgreSQL server (pid {}) left by an earlier run still holds {}; stopping it",
                pid,
                dataDirectory);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .redirectErrorStream(true)
                    .start()
                    .waitFor();
            process.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL " + pid, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(
                    "PostgreSQL " + pid + " on " + dataDirectory + " did not stop in 60 s", e);
        }
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    /** A loopback port free at the moment of asking (the way the embedded server picks one). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Data-source properties for Micronaut pointing at the given database. */
    public Map<String, Object> dataSourceProperties(String database) {
        return dataSourceProperties(port(), database);
    }

    /**
     * Data-source properties for a server that is (or will be) started on {@code port}: the same
     * URL as {@link #jdbcUrl(String)}.
     */
    public static Map<String, Object> dataSourceProperties(int port, String database) {
        return Map.of(
                "datasources.default.url",
                String.format(
                        "jdbc:postgresql://localhost:%s/%s?user=%s", port, database, "postgres"),
                "datasources.default.username",
                "postgres",
                "datasources.default.password",
                "",
                "datasources.default.driver-class-name",
                "org.postgresql.Driver");
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
