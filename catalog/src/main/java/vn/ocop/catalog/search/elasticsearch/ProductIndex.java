package vn.ocop.catalog.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.catalog.search.SearchIndexCreated;

/**
 * The product index behind an alias ({@code ocop-products} → {@code ocop-products-<timestamp>}):
 * searches and writes name the alias, so a rebuild can fill a new index and swap the alias in one
 * atomic request. While a rebuild runs, a second alias ({@code <alias>-building}) names the new
 * index so that live updates reach it too. Writes use {@code require_alias}, so a missing alias is
 * an error, never an index created with guessed mappings.
 */
@Singleton
class ProductIndex {

    private static final Logger LOG = LoggerFactory.getLogger(ProductIndex.class);
    private static final String MAPPING = "products-index.json";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final ElasticsearchClient client;
    private final ApplicationEventPublisher<SearchIndexCreated> events;
    private final String alias;
    private volatile boolean ensured;

    ProductIndex(
            ElasticsearchClient client,
            ApplicationEventPublisher<SearchIndexCreated> events,
            @Value("${ocop.search.elasticsearch.alias:ocop-products}") String alias) {
        this.client = client;
        this.events = events;
        this.alias = alias;
    }

    String alias() {
        return alias;
    }

    String buildingAlias() {
        return alias + "-building";
    }

    /** Creates the first index and the alias when the alias is missing. */
    void ensure() throws IOException {
        if (ensured) {
            return;
        }
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            try {
                client.indices().create(create(alias + "-initial", alias));
                LOG.info("Created Elasticsearch index {}-initial behind alias {}", alias, alias);
                events.publishEvent(new SearchIndexCreated("elasticsearch"));
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        ensured = true;
    }

    /** Called after a failed write, so that the next one checks the alias again. */
    void recheck() {
        ensured = false;
    }

    /** Whether a rebuild is filling a new index that live updates must reach too. */
    boolean building() throws IOException {
        return client.indices().existsAlias(a -> a.name(buildingAlias())).value();
    }

    /** A new, empty index named by the building alias; leftovers of an abandoned rebuild go. */
    String createBuildingIndex() throws IOException {
        if (building()) {
            Set<String> abandoned =
                    client.indices().getAlias(g -> g.name(buildingAlias())).result().keySet();
            for (String index : abandoned) {
                client.indices().delete(d -> d.index(index));
            }
        }
        String index =
                alias
                        + "-"
                        + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC))
                        + "-"
                        + UUID.randomUUID().toString().substring(0, 4);
        client.indices().create(create(index, buildingAlias()));
        return index;
    }

    /**
     * Points the alias at the rebuilt index and drops the building alias in one atomic request,
     * then deletes the indices the alias named before.
     */
    void swapTo(String index) throws IOException {
        ensure();
        client.indices().refresh(r -> r.index(index));
        List<String> old =
                client.indices().getAlias(g -> g.name(alias)).result().keySet().stream()
                        .filter(i -> !i.equals(index))
                        .toList();
        client.indices()
                .updateAliases(
                        u -> {
                            for (String previous : old) {
                                u.actions(a -> a.remove(r -> r.index(previous).alias(alias)));
                            }
                            return u.actions(a -> a.add(r -> r.index(index).alias(alias)))
                                    .actions(
                                            a ->
                                                    a.remove(
                                                            r ->
                                                                    r.index(index)
                                                                            .alias(
                                                                                    buildingAlias())));
                        });
        LOG.info("Alias {} now names {} (was {})", alias, index, old);
        for (String previous : old) {
            client.indices().delete(d -> d.index(previous));
        }
    }

    void drop(String index) throws IOException {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    }

    private CreateIndexRequest create(String index, String withAlias) {
        try (InputStream mapping = ProductIndex.class.getResourceAsStream(MAPPING)) {
            if (mapping == null) {
                throw new IllegalStateException("Missing resource " + MAPPING);
            }
            return CreateIndexRequest.of(
                    c -> c.withJson(mapping).index(index).aliases(withAlias, a -> a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
