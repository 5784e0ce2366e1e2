package vn.ocop.testkit;

import java.nio.file.Path;

/**
 * Real Elasticsearch for tests, started lazily once per test JVM. In order: the node at {@code
 * OCOP_TEST_ELASTICSEARCH_URL}; a Testcontainers node where a Docker engine answers; else the
 * integ-test distribution that Maven fetched (system property {@code ocop.test.elasticsearch.zip}),
 * started as a process (as {@code nobody} when running as root).
 *
 * <p>{@link #stop()} and {@link #restart()} let a test take the node down and bring it back on the
 * same URL with the same data; they are refused for an external node.
 */
public final class TestElasticsearch {

    static final String URL_VARIABLE = "OCOP_TEST_ELASTICSEARCH_URL";
    static final String ZIP_PROPERTY = "ocop.test.elasticsearch.zip";
    static final String VERSION_PROPERTY = "ocop.test.elasticsearch.version";

    private static ElasticsearchNode node;

    private TestElasticsearch() {}

    /** Base URL of the running node, e.g. {@code http://127.0.0.1:40123}. */
    public static synchronized String url() {
        return node().url();
    }

    /** Stops the node (its port and data are kept). */
    public static synchronized void stop() {
        node().stop();
    }

    /** Starts the node again after {@link #stop()} (or stops and starts it) on the same URL. */
    public static synchronized void restart() {
        node().stop();
        node().start();
    }

    private static ElasticsearchNode node() {
        if (node == null) {
            ElasticsearchNode created = create();
            created.start();
            node = created;
        }
        return node;
    }

    private static ElasticsearchNode create() {
        String url = System.getenv(URL_VARIABLE);
        String zip = System.getProperty(ZIP_PROPERTY);
        return switch (ElasticsearchNodeSource.choose(url, DockerEngine::answers, zip)) {
            case EXTERNAL_URL -> new ExternalElasticsearchNode(url);
            case DOCKER ->
                    new ContainerElasticsearchNode(System.getProperty(VERSION_PROPERTY, "8.19.21"));
            case INTEG_TEST_ZIP -> ZipElasticsearchNode.unpackedFrom(Path.of(zip));
        };
    }
}
