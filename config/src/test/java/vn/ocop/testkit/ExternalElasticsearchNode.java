package vn.ocop.testkit;

import java.time.Duration;

/** The node named by {@code OCOP_TEST_ELASTICSEARCH_URL}: used as it is, never stopped. */
final class ExternalElasticsearchNode implements ElasticsearchNode {

    private final String url;

    ExternalElasticsearchNode(String url) {
        String trimmed = url.trim();
        this.url = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    @Override
    public void start() {
        ClusterHealth.awaitServing(url, Duration.ofSeconds(30), () -> true);
    }

    @Override
    public void stop() {
        throw new UnsupportedOperationException(
                "The node at OCOP_TEST_ELASTICSEARCH_URL is not the tests' to stop; unset the"
                        + " variable to let the test kit start a node it can stop and restart");
    }

    @Override
    public String url() {
        return url;
    }
}
