package vn.ocop.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node of the integ-test distribution run as a child process: a fresh directory per test JVM
 * (config copy, data, logs, tmp), free HTTP and transport ports kept across restarts, security off,
 * single-node discovery, 512 MB heap. Stopped with the JVM.
 */
final class ZipElasticsearchNode implements ElasticsearchNode {

    private static final Logger LOG = LoggerFactory.getLogger(ZipElasticsearchNode.class);
    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Path home;
    private final Path nodeDir;
    private final int httpPort = FreePort.any();
    private final int transportPort = FreePort.any();
    private final NodeProcess process;

    private ZipElasticsearchNode(Path home, Path nodeDir) {
        this.home = home;
        this.nodeDir = nodeDir;
        this.process = new NodeProcess(nodeDir.resolve("console.log"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::discard, "ocop-test-es-stop"));
    }

    static ZipElasticsearchNode unpackedFrom(Path zip) {
        Path home = ElasticsearchDistribution.home(zip);
        try {
            Path nodeDir = Files.createTempDirectory(home.getParent(), "ocop-es-node-");
            copyConfig(home.resolve("config"), nodeDir.resolve("config"));
            for (String dir : List.of("data", "logs", "tmp")) {
                Files.createDirectories(nodeDir.resolve(dir));
            }
            UnprivilegedUser.handOver(nodeDir);
            return new ZipElasticsearchNode(home, nodeDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare an Elasticsearch node directory", e);
        }
    }

    @Override
    public synchronized void start() {
        if (process.running()) {
            return;
        }
        long started = System.nanoTime();
        Map<String, String> environment = environment();
        process.startServing(command(), environment, url(), STARTUP);
        LOG.info(
                "Elasticsearch at {} serving after {} ms (ES_JAVA_HOME {}, node dir {})",
                url(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                environment.get("ES_JAVA_HOME"),
                nodeDir);
    }

    @Override
    public synchronized void stop() {
        process.stop();
    }

    @Override
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    private List<String> command() {
        List<String> command = new ArrayList<>(UnprivilegedUser.commandPrefix());
        command.add(home.resolve("bin/elasticsearch").toString());
        for (String setting :
                List.of(
                        "discovery.type=single-node",
                        "network.host=127.0.0.1",
                        "http.port=" + httpPort,
                        "transport.port=" + transportPort,
                        "path.data=" + nodeDir.resolve("data"),
                        "path.logs=" + nodeDir.resolve("logs"),
                        "xpack.security.enabled=false",
                        "cluster.name=ocop-test",
                        "cluster.routing.allocation.disk.threshold_enabled=false",
                        "node.name=ocop-test-" + httpPort)) {
            command.add("-E");
            command.add(setting);
        }
        return command;
    }

    private Map<String, String> environment() {
        return Map.of(
                "ES_JAVA_HOME", EsJavaHome.choose().toString(),
                "ES_JAVA_OPTS", "-Xms512m -Xmx512m",
                "ES_TMPDIR", nodeDir.resolve("tmp").toString(),
                "ES_PATH_CONF", nodeDir.resolve("config").toString());
    }

    private void discard() {
        process.stop();
        try {
            ElasticsearchDistribution.deleteTree(nodeDir);
        } catch (IOException | RuntimeException e) {
            // A leftover directory in tmp is harmless; the JVM is exiting.
        }
    }

    private static void copyConfig(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
    }
}
