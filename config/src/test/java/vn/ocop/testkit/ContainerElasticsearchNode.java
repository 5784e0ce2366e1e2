package vn.ocop.testkit;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.time.Duration;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A Testcontainers node, for machines with a Docker engine. Its HTTP port is bound to a fixed free
 * host port so that a stop and start of the same container keeps the URL (and the data). Only this
 * class touches Testcontainers, and it is loaded only when a Docker engine answered.
 */
final class ContainerElasticsearchNode implements ElasticsearchNode {

    private static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch";
    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final String version;
    private final int hostPort = FreePort.any();
    private ElasticsearchContainer container;
    private boolean running;

    ContainerElasticsearchNode(String version) {
        this.version = version;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (container == null) {
            container = create();
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "ocop-test-es-rm"));
        } else {
            container.getDockerClient().startContainerCmd(container.getContainerId()).exec();
            ClusterHealth.awaitServing(url(), STARTUP, () -> true);
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (running) {
            container.getDockerClient().stopContainerCmd(container.getContainerId()).exec();
            running = false;
        }
    }

    @Override
    public String url() {
        String host = container == null ? "127.0.0.1" : container.getHost();
        return "http://" + host + ":" + hostPort;
    }

    private ElasticsearchContainer create() {
        return new ElasticsearchContainer(DockerImageName.parse(IMAGE).withTag(version))
                .withEnv("xpack.security.enabled", "false")
                .withEnv("discovery.type", "single-node")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                .withStartupTimeout(STARTUP)
                .withCreateContainerCmdModifier(
                        cmd ->
                                cmd.getHostConfig()
                                        .withPortBindings(
                                                new PortBinding(
                                                        Ports.Binding.bindPort(hostPort),
                                                        new ExposedPort(9200))));
    }
}
