package vn.ocop.platform.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without {@code ocop.elasticsearch.url} there is no client and search runs on PostgreSQL. */
class SearchWithoutElasticsearchTest {

    @Test
    void no_url_means_no_client_and_a_search_component_up_on_postgres() {
        try (ApplicationContext context =
                ApplicationContext.builder()
                        .properties(Map.of("ocop.elasticsearch.url", ""))
                        .start()) {
            HealthResult health = context.getBean(SearchHealthIndicator.class).check();

            assertThat(context.findBean(ElasticsearchClient.class)).isEmpty();
            assertThat(health.getName()).isEqualTo(SearchHealthIndicator.NAME);
            assertThat(health.getStatus()).isEqualTo(HealthStatus.UP);
            assertThat(ElasticsearchClientTest.map(health.getDetails()))
                    .containsEntry("engine", "postgres");
        }
    }
}
