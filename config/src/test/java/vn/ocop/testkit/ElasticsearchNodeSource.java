package vn.ocop.testkit;

import java.util.function.BooleanSupplier;

/** Where the tests' Elasticsearch node comes from, in order of preference. */
enum ElasticsearchNodeSource {
    /** {@code OCOP_TEST_ELASTICSEARCH_URL}: a node someone else runs. */
    EXTERNAL_URL,
    /** A Testcontainers node, where a Docker engine answers. */
    DOCKER,
    /** The integ-test distribution Maven fetched, started as a process. */
    INTEG_TEST_ZIP;

    /**
     * Picks the source. The Docker engine is asked only when no URL is given; a zip path that Maven
     * did not resolve (still {@code ${...}}) counts as absent.
     */
    static ElasticsearchNodeSource choose(
            String envUrl, BooleanSupplier dockerAnswers, String zipPath) {
        if (given(envUrl)) {
            return EXTERNAL_URL;
        }
        if (dockerAnswers.getAsBoolean()) {
            return DOCKER;
        }
        if (given(zipPath) && !zipPath.contains("${")) {
            return INTEG_TEST_ZIP;
        }
        throw new IllegalStateException(
                "No Elasticsearch for the tests: set OCOP_TEST_ELASTICSEARCH_URL, start a Docker"
                        + " engine, or run the tests through Maven so that the system property"
                        + " ocop.test.elasticsearch.zip names the integ-test distribution (was "
                        + zipPath
                        + ")");
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
