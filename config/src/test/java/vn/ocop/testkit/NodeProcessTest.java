package vn.ocop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process handling of the zip node, with small shell commands standing in for Elasticsearch and a
 * loopback HTTP stub answering {@code /_cluster/health} where a node must be seen serving.
 */
class NodeProcessTest {

    private static final Duration SHORT = Duration.ofSeconds(3);

    @TempDir Path dir;

    @Test
    void a_process_that_exits_before_serving_fails_with_the_tail_of_its_output() {
        NodeProcess process = new NodeProcess(dir.resolve("console.log"));

        assertThatThrownBy(
                        () ->
                                process.startServing(
                                        List.of(
                                                "sh",
                                                "-c",
                                                "echo starting; echo bad setting >&2; exit 3"),
                                        Map.of(),
                                        nowhere(),
                                        Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited before it served")
                .hasMessageContaining("starting\nbad setting");
        assertThat(process.running()).isFalse();
    }

    @Test
    void a_process_that_never_serves_is_stopped_after_the_timeout() {
        NodeProcess process = new NodeProcess(dir.resolve("console.log"));

        assertThatThrownBy(
                        () ->
                                process.startServing(
                                        List.of("sh", "-c", "echo waiting; sleep 300"),
                                        Map.of(),
                                        nowhere(),
                                        SHORT))
                .hasMessageContaining("was not green or yellow within")
                .hasMessageContaining("waiting");
        assertThat(process.running()).isFalse();
    }

    @Test
    void stopping_ends_the_whole_process_tree() throws Exception {
        HttpServer health = greenClusterHealth();
        try {
            NodeProcess process = new NodeProcess(dir.resolve("console.log"));
            Path pid = dir.resolve("child.pid");
            process.startServing(
                    List.of("sh", "-c", "sleep 300 & echo $! > " + pid + "; wait"),
                    Map.of(),
                    "http://127.0.0.1:" + health.getAddress().getPort(),
                    SHORT);
            ProcessHandle child = ProcessHandle.of(awaitPid(pid)).orElseThrow();

            process.stop();

            assertThat(process.running()).isFalse();
            assertThat(child.isAlive()).isFalse();
        } finally {
            health.stop(0);
        }
    }

    private static String nowhere() {
        return "http://127.0.0.1:" + FreePort.any();
    }

    private static HttpServer greenClusterHealth() throws IOException {
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = "{\"status\":\"green\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext(
                "/_cluster/health",
                exchange -> {
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
        server.start();
        return server;
    }

    private static long awaitPid(Path file) throws Exception {
        for (int i = 0; i < 50; i++) {
            if (Files.exists(file) && !Files.readString(file).isBlank()) {
                return Long.parseLong(Files.readString(file).trim());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the stand-in never wrote " + file);
    }
}
