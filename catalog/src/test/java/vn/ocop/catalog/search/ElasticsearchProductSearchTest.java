package vn.ocop.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.catalog.search.Ask.ask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.ProductSearchResult;
import vn.ocop.testkit.TestElasticsearch;

/**
 * The search contract on a real Elasticsearch node (the test kit's), plus what only this engine
 * has: an outage of the node, and a rebuild into a new index behind the alias.
 */
@MicronautTest(transactional = false)
class ElasticsearchProductSearchTest extends ProductSearchContract {

    private static final String ALIAS =
            "ocop-products-" + UUID.randomUUID().toString().substring(0, 8);
    private static final HttpClient NODE = HttpClient.newHttpClient();

    @Override
    protected Map<String, String> engineProperties() {
        return Map.of(
                "ocop.elasticsearch.url",
                TestElasticsearch.url(),
                "ocop.search.elasticsearch.alias",
                ALIAS);
    }

    @Override
    protected void loseFromIndex(UUID productId) {
        node("DELETE", "/" + ALIAS + "/_doc/" + productId + "?refresh=true");
    }

    @Test
    void the_elasticsearch_engine_answers() {
        assertThat(engine.name()).isEqualTo("elasticsearch");
        assertThat(aliasedIndices()).hasSize(1);
    }

    @Test
    void
            with_elasticsearch_stopped_catalogue_writes_succeed_and_the_index_converges_once_it_is_back() {
        String marker = marker();
        UUID producer = tourismProducer();
        UUID repriced = catalogue.published(producer, tour("Homestay Cô Tô " + marker));
        drain();
        eventually(() -> assertThat(ids(ask(marker))).containsExactly(repriced));
        String sku = products.product(repriced).orElseThrow().variants().get(0).sku();

        UUID added;
        TestElasticsearch.stop();
        try {
            productService.changePrice(CatalogueBuilder.OFFICE, repriced, sku, 9_900_000L);
            added = catalogue.published(producer, tour("Homestay Cô Tô " + marker + " mới"));
            drain();

            var unavailable = http.get("/api/v1/products?q=" + marker, "Accept-Language", "en");
            assertThat(unavailable.status()).isEqualTo(503);
            assertThat(unavailable.json().get("code").asText())
                    .isEqualTo("catalog.search-unavailable");
            assertThat(pendingMessages(repriced)).isPositive();
            assertThat(pendingMessages(added)).isPositive();
        } finally {
            TestElasticsearch.restart();
        }

        eventually(
                () -> {
                    drain();
                    assertThat(ids(ask(marker))).containsExactlyInAnyOrder(repriced, added);
                    assertThat(search(ask(marker).prices(9_000_000L, null)).hits())
                            .extracting(ProductSearchResult.Hit::id)
                            .containsExactly(repriced);
                });
        assertThat(pendingMessages(repriced)).isZero();
    }

    @Test
    void a_reindex_fills_a_new_index_and_swaps_the_alias_while_searches_keep_answering() {
        List<String> before = aliasedIndices();

        ReindexJob job = reindexing.start();
        List<Integer> foodSeenDuringTheJob = new ArrayList<>();
        while (reindexing.job(job.id()).state().equals(ReindexJob.RUNNING)) {
            foodSeenDuringTheJob.add(names(Ask.everything().group("FOOD")).size());
        }
        foodSeenDuringTheJob.add(names(Ask.everything().group("FOOD")).size());

        assertThat(reindexing.job(job.id()).state()).isEqualTo(ReindexJob.DONE);
        assertThat(foodSeenDuringTheJob).containsOnly(7);
        List<String> after = aliasedIndices();
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(node("GET", "/" + before.get(0)).path("status").asInt()).isEqualTo(404);
        assertThat(node("GET", "/_alias/" + ALIAS + "-building").path("status").asInt())
                .isEqualTo(404);
    }

    private List<String> aliasedIndices() {
        List<String> indices = new ArrayList<>();
        node("GET", "/_alias/" + ALIAS).fieldNames().forEachRemaining(indices::add);
        return indices;
    }

    private long pendingMessages(UUID productId) {
        return transactions.executeRead(
                status ->
                        jdbc.prepareStatement(
                                "SELECT count(*) FROM platform.outbox_messages WHERE message_key ="
                                        + " ? AND status = 'PENDING'",
                                ps -> {
                                    ps.setString(1, productId.toString());
                                    try (var rs = ps.executeQuery()) {
                                        rs.next();
                                        return rs.getLong(1);
                                    }
                                }));
    }

    private static JsonNode node(String method, String path) {
        try {
            HttpResponse<String> response =
                    NODE.send(
                            HttpRequest.newBuilder(URI.create(TestElasticsearch.url() + path))
                                    .method(method, HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
