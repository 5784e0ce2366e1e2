package vn.ocop.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The engine probe against loopback stand-ins: one that answers the ping, one that never does. */
class DockerEngineTest {

    @Test
    void an_endpoint_answering_the_ping_with_200_is_an_engine() throws Exception {
        try (ServerSocket server = loopbackServer()) {
            Thread replier = new Thread(() -> reply(server, "HTTP/1.1 200 OK\r\n\r\nOK"));
            replier.start();
            assertThat(DockerEngine.pings(server.getLocalSocketAddress())).isTrue();
            replier.join();
        }
    }

    @Test
    void a_port_nobody_listens_on_is_no_engine() {
        assertThat(DockerEngine.pings(new InetSocketAddress("127.0.0.1", FreePort.any())))
                .isFalse();
    }

    @Test
    void an_endpoint_that_never_replies_is_no_engine_after_a_short_wait() throws Exception {
        try (ServerSocket silent = loopbackServer()) {
            long started = System.nanoTime();
            assertThat(DockerEngine.pings(silent.getLocalSocketAddress())).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void looking_for_an_engine_on_this_machine_takes_seconds_at_most() {
        long started = System.nanoTime();
        DockerEngine.answers();
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(Duration.ofSeconds(10));
    }

    private static ServerSocket loopbackServer() throws IOException {
        return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    private static void reply(ServerSocket server, String response) {
        try (Socket client = server.accept()) {
            client.getInputStream().read(new byte[256]);
            client.getOutputStream().write(response.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
