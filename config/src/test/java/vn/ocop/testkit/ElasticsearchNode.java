package vn.ocop.testkit;

/** A running (or stoppable) Elasticsearch node the tests talk to over HTTP. */
interface ElasticsearchNode {

    /** Starts the node if it is not running and waits until its cluster is green or yellow. */
    void start();

    /** Stops the node, keeping its data and its port for the next {@link #start()}. */
    void stop();

    /** Base URL, e.g. {@code http://127.0.0.1:40123}, without a trailing slash. */
    String url();
}
