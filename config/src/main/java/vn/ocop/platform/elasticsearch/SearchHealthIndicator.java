package vn.ocop.platform.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.AsyncSingleResultPublisher;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * The {@code search} component of {@code /health}. With Elasticsearch configured it reports the
 * cluster's health (green or yellow is UP; red or unreachable is DOWN); without it the application
 * searches with PostgreSQL and the component is UP. The check never throws: a failure is a DOWN
 * result with the reason in its details.
 */
@Singleton
class SearchHealthIndicator implements HealthIndicator {

    static final String NAME = "search";

    /** Cluster states in which every primary shard is assigned, so searches are answered. */
    private static final Set<String> SERVING = Set.of("green", "yellow");

    private final @Nullable ElasticsearchClient client;
    private final ExecutorService blocking;

    SearchHealthIndicator(
            @Nullable ElasticsearchClient client,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.client = client;
        this.blocking = blocking;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return new AsyncSingleResultPublisher<>(blocking, this::check);
    }

    HealthResult check() {
        if (client == null) {
            return result(HealthStatus.UP, Map.of("engine", "postgres"));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("engine", "elasticsearch");
        try {
            HealthResponse health = client.cluster().health();
            String status = health.status().jsonValue();
            details.put("cluster-status", status);
            details.put("nodes", health.numberOfNodes());
            return result(SERVING.contains(status) ? HealthStatus.UP : HealthStatus.DOWN, details);
        } catch (Exception e) {
            details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            return result(HealthStatus.DOWN, details);
        }
    }

    private static HealthResult result(HealthStatus status, Map<String, ?> details) {
        return HealthResult.builder(NAME, status).details(details).build();
    }
}
