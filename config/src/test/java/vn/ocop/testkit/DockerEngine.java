package vn.ocop.testkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks a Docker engine for {@code GET /_ping} with the JDK alone, so that a machine with no engine
 * (or only the docker CLI) answers "no" within two seconds and Testcontainers is never loaded.
 * Looks at {@code DOCKER_HOST} (unix:// or tcp://), else the usual socket paths.
 */
final class DockerEngine {

    private static final long TIMEOUT_SECONDS = 2;

    private DockerEngine() {}

    static boolean answers() {
        return endpoints().stream().anyMatch(DockerEngine::pings);
    }

    private static List<SocketAddress> endpoints() {
        String host = System.getenv("DOCKER_HOST");
        if (host != null && !host.isBlank()) {
            return address(host).map(List::of).orElse(List.of());
        }
        List<SocketAddress> sockets = new ArrayList<>();
        String home = System.getProperty("user.home");
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        for (Path socket :
                List.of(
                        Path.of("/var/run/docker.sock"),
                        Path.of(home, ".docker", "run", "docker.sock"),
                        Path.of(home, ".docker", "desktop", "docker.sock"),
                        Path.of(runtime == null ? "/nonexistent" : runtime, "docker.sock"))) {
            if (Files.exists(socket)) {
                sockets.add(UnixDomainSocketAddress.of(socket));
            }
        }
        return sockets;
    }

    private static Optional<SocketAddress> address(String dockerHost) {
        URI uri = URI.create(dockerHost);
        if ("unix".equals(uri.getScheme())) {
            return Optional.of(UnixDomainSocketAddress.of(uri.getPath()));
        }
        if ("tcp".equals(uri.getScheme()) && uri.getHost() != null) {
            int port = uri.getPort() > 0 ? uri.getPort() : 2375;
            return Optional.of(new InetSocketAddress(uri.getHost(), port));
        }
        return Optional.empty();
    }

    static boolean pings(SocketAddress address) {
        CompletableFuture<Boolean> ping = CompletableFuture.supplyAsync(() -> ping(address));
        try {
            return ping.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            ping.cancel(true);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean ping(SocketAddress address) {
        try (SocketChannel channel =
                address instanceof UnixDomainSocketAddress
                        ? SocketChannel.open(StandardProtocolFamily.UNIX)
                        : SocketChannel.open()) {
            channel.connect(address);
            channel.write(
                    ByteBuffer.wrap(
                            "GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"
                                    .getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer reply = ByteBuffer.allocate(256);
            channel.read(reply);
            String head = new String(reply.array(), 0, reply.position(), StandardCharsets.US_ASCII);
            return head.startsWith("HTTP/1.") && head.contains(" 200 ");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
