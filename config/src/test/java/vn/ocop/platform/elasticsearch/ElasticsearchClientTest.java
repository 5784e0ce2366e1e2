package vn.ocop.platform.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.core.type.Argument;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.kernel.VietnameseText;
import vn.ocop.testkit.TestElasticsearch;

/** The client bean and the {@code search} health component against a real Elasticsearch node. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElasticsearchClientTest implements TestPropertyProvider {

    private static final String NAME = "Nước mắm Cát Hải";

    @Inject ElasticsearchClient client;
    @Inject SearchHealthIndicator health;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "ocop.elasticsearch.url",
                TestElasticsearch.url(),
                "endpoints.health.details-visible",
                "ANONYMOUS");
    }

    @Test
    void creates_a_mapped_index_indexes_a_product_and_finds_it_by_its_folded_name()
            throws IOException {
        String index = indexWithOneProduct();

        SearchResponse<Map> found = searchFolded(index, "nuoc mam cat hai");

        assertThat(found.hits().hits()).extracting(Hit::id).containsExactly("p-1");
        assertThat(found.hits().hits().get(0).source()).containsEntry("name", NAME);
        assertThat(
                        client.indices()
                                .getMapping(m -> m.index(index))
                                .get(index)
                                .mappings()
                                .properties())
                .containsOnlyKeys("name", "name_folded");
    }

    @Test
    void the_health_endpoint_shows_a_search_component_up_on_elasticsearch() {
        Map<String, Object> body =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/health"),
                                Argument.mapOf(String.class, Object.class));

        Map<String, Object> search = map(map(body.get("details")).get(SearchHealthIndicator.NAME));
        assertThat(search.get("status")).isEqualTo("UP");
        assertThat(map(search.get("details")))
                .containsEntry("engine", "elasticsearch")
                .containsEntry("nodes", 1)
                .hasEntrySatisfying("cluster-status", s -> assertThat(s).isIn("green", "yellow"));
    }

    @Test
    void reports_down_while_the_node_is_stopped_and_keeps_the_data_across_a_restart()
            throws IOException {
        String index = indexWithOneProduct();
        String url = TestElasticsearch.url();

        TestElasticsearch.stop();
        HealthResult down = health.check();
        TestElasticsearch.restart();

        assertThat(down.getStatus()).isEqualTo(HealthStatus.DOWN);
        assertThat(map(down.getDetails()))
                .containsEntry("engine", "elasticsearch")
                .containsKey("error");
        assertThat(TestElasticsearch.url()).isEqualTo(url);
        assertThat(health.check().getStatus()).isEqualTo(HealthStatus.UP);
        assertThat(searchFolded(index, "cat hai").hits().hits())
                .extracting(Hit::id)
                .containsExactly("p-1");
    }

    private String indexWithOneProduct() throws IOException {
        String index = "products-" + UUID.randomUUID();
        client.indices()
                .create(
                        c ->
                                c.index(index)
                                        .mappings(
                                                m ->
                                                        m.properties("name", p -> p.text(t -> t))
                                                                .properties(
                                                                        "name_folded",
                                                                        p ->
                                                                                p.text(
                                                                                        t ->
                                                                                                t
                                                                                                        .analyzer(
                                                                                                                "standard")))));
        client.index(
                i ->
                        i.index(index)
                                .id("p-1")
                                .document(
                                        Map.of(
                                                "name",
                                                NAME,
                                                "name_folded",
                                                VietnameseText.fold(NAME))));
        client.indices().refresh(r -> r.index(index));
        return index;
    }

    private SearchResponse<Map> searchFolded(String index, String typed) throws IOException {
        return client.search(
                s ->
                        s.index(index)
                                .query(
                                        q ->
                                                q.match(
                                                        m ->
                                                                m.field("name_folded")
                                                                        .query(
                                                                                VietnameseText.fold(
                                                                                        typed)))),
                Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object jsonObject) {
        return (Map<String, Object>) jsonObject;
    }
}
