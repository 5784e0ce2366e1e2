package vn.ocop.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The application jar run as its own process, the way a user runs it ({@code java -jar
 * storefront/target/ocop-market.jar}, configured by environment variables), against a database the
 * drill owns. Started, killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) and started
 * again on the same database and data directory.
 */
final class AppProcess {

    static final String ADMIN = "bench@ocop.local";
    static final String ADMIN_PASSWORD = "bench-password-1";

    private final Path jar;
    private final Path dataDirectory;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> jvmOptions;
    private final int port;
    private Process process;
    private int starts;

    AppProcess(Path jar, String jdbcUrl, Map<String, String> extraEnv, List<String> jvmOptions) {
        this.jar = jar;
        this.jvmOptions = jvmOptions;
        try {
            this.dataDirectory = Files.createTempDirectory("ocop-drill-app");
            try (ServerSocket s = new ServerSocket(0)) {
                this.port = s.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.put("OCOP_PORT", Integer.toString(port));
        env.put("OCOP_DATA_DIR", dataDirectory.toString());
        env.put("OCOP_DATABASE_URL", jdbcUrl);
        env.put("OCOP_DATABASE_USER", "postgres");
        env.put("OCOP_DATABASE_PASSWORD", "");
        env.put("OCOP_ADMIN_EMAIL", ADMIN);
        env.put("OCOP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("OCOP_CATALOG_EXPIRY_JOB_INTERVAL", "1h");
        env.putAll(extraEnv);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long pid() {
        return process.pid();
    }

    /** Starts the jar and waits until {@code /health} answers 200; returns the milliseconds. */
    long start(Duration limit) throws Exception {
        starts++;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Path log =
                Path.of(
                        "bench/target/drills/app-"
                                + ProcessHandle.current().pid()
                                + "-"
                                + starts
                                + ".log");
        Files.createDirectories(log.getParent());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long begin = System.nanoTime();
        process = builder.start();
        System.out.printf("  app start %d: pid %d, log %s%n", starts, process.pid(), log);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = begin + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the app exited with " + process.exitValue() + ", see " + log);
            }
            if (healthy(http)) {
                return (System.nanoTime() - begin) / 1_000_000;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the app was not healthy within " + limit + ", see " + log);
    }

    boolean healthy(HttpClient http) {
        try {
            return http.send(
                                    HttpRequest.newBuilder(uri().resolve("/health"))
                                            .timeout(Duration.ofSeconds(2))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no connection closed, transactions cut where they are. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM and wait. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
