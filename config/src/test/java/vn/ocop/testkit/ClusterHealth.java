package vn.ocop.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Waits for a node over plain HTTP ({@code GET /_cluster/health}; the root endpoint may be absent).
 */
final class ClusterHealth {

    private static final Pattern SERVING = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow)\"");
    private static final Duration POLL = Duration.ofMillis(500);

    private ClusterHealth() {}

    /**
     * Returns once the cluster is green or yellow; throws if {@code alive} turns false first or the
     * timeout passes.
     */
    static void awaitServing(String url, Duration timeout, BooleanSupplier alive) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url + "/_cluster/health"))
                        .timeout(Duration.ofSeconds(5))
                        .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException("Elasticsearch exited before it served " + url);
            }
            if (serving(http, request)) {
                return;
            }
            sleep();
        }
        throw new IllegalStateException(
                "Elasticsearch at " + url + " was not green or yellow within " + timeout);
    }

    private static boolean serving(HttpClient http, HttpRequest request) {
        try {
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return SERVING.matcher(body).find();
        } catch (IOException notYetListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }
}
