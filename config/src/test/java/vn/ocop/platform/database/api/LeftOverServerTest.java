package vn.ocop.platform.database.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app killed with {@code kill -9} leaves its embedded PostgreSQL running on the data directory
 * (found by the kill drill in bench/: the next start failed after 60 s). The next start stops that
 * server and starts on the same data, with nothing lost.
 */
class LeftOverServerTest {

    @TempDir Path dir;

    @Test
    void a_start_stops_the_server_a_killed_app_left_on_the_directory_and_keeps_the_data()
            throws Exception {
        Path data = dir.resolve("data");
        String postgresBinary;
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data);
                Connection c =
                        DriverManager.getConnection(first.jdbcUrl("postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (value text)");
            s.execute("INSERT INTO kept VALUES ('nước mắm')");
            postgresBinary =
                    ProcessHandle.of(pidOf(data)).orElseThrow().info().command().orElseThrow();
        }
        // what a killed app leaves behind: its server still running on the directory, with no
        // owner (started here as a plain process, outside the embedded library's own lock)
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; as the embedded library does, run it in a user
            // namespace where it is not
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(
                List.of(
                        postgresBinary,
                        "-D",
                        data.toString(),
                        "-p",
                        Integer.toString(freePort()),
                        "-c",
                        "listen_addresses=127.0.0.1"));
        Process leftOver =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("left-over.log").toFile())
                        .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(data.resolve("postmaster.pid")) || pidOf(data) != leftOver.pid()) {
            assertThat(System.nanoTime()).as("left-over server started").isLessThan(deadline);
            Thread.sleep(100);
        }
        long leftOverPid = leftOver.pid();

        Instant started = Instant.now();
        try (EmbeddedPostgresServer next = EmbeddedPostgresServer.start(data)) {
            assertThat(Duration.between(started, Instant.now()))
                    .as("no wait for the 60 s start timeout")
                    .isLessThan(Duration.ofSeconds(45));
            assertThat(leftOver.isAlive()).as("the left-over server was stopped").isFalse();
            assertThat(pidOf(data)).isNotEqualTo(leftOverPid);
            try (Connection c =
                            DriverManager.getConnection(next.jdbcUrl("postgres"), "postgres", "");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT value FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("nước mắm");
            }
        }
    }

    private static long pidOf(Path data) throws java.io.IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void a_pid_file_naming_another_process_is_left_alone() throws Exception {
        Path data = dir.resolve("other");
        Files.createDirectories(data);
        // a stale file whose pid now belongs to an unrelated process (this JVM)
        Files.writeString(
                data.resolve("postmaster.pid"),
                ProcessHandle.current().pid() + "\n" + data.toRealPath() + "\n");
        EmbeddedPostgresServer.stopLeftOverServer(data);
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }
}
