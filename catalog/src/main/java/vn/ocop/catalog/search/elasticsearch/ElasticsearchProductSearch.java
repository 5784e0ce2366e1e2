package vn.ocop.catalog.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.catalog.search.SearchCriteria;
import vn.ocop.catalog.search.SearchDocument;
import vn.ocop.catalog.search.SearchEngine;
import vn.ocop.catalog.search.SearchPage;
import vn.ocop.catalog.search.SearchRebuild;
import vn.ocop.catalog.search.SearchUnavailableException;
import vn.ocop.catalog.search.SuggestCriteria;

/**
 * The Elasticsearch engine, chosen when {@code ocop.elasticsearch.url} is set. Writes use external
 * versions (the database clock), so Elasticsearch itself refuses an older state; deletes leave a
 * tombstone for {@code index.gc_deletes} (1 h) that refuses older writes too.
 */
@Singleton
@Requires(beans = ElasticsearchClient.class)
class ElasticsearchProductSearch implements SearchEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchProductSearch.class);
    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";

    private final ElasticsearchClient client;
    private final RestClient rest;
    private final ProductIndex index;

    ElasticsearchProductSearch(ElasticsearchClient client, ProductIndex index) {
        this.client = client;
        this.rest = ((RestClientTransport) client._transport()).restClient();
        this.index = index;
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    /** Creates the index on start when Elasticsearch answers; otherwise on first use. */
    @EventListener
    void onStartup(StartupEvent event) {
        try {
            index.ensure();
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "Elasticsearch not ready at start ({}); the index is checked on first use",
                    e.getMessage());
        }
    }

    @Override
    public SearchPage search(SearchCriteria criteria) {
        SearchRequest request = ProductQueries.search(index.alias(), criteria);
        return call(
                () ->
                        send(
                                request,
                                SearchResponses.SEARCH_FILTER,
                                body -> SearchResponses.page(body, criteria.limit() > 0)));
    }

    @Override
    public List<String> suggest(SuggestCriteria criteria) {
        SearchRequest request = ProductQueries.suggest(index.alias(), criteria);
        return call(() -> send(request, SearchResponses.SUGGEST_FILTER, SearchResponses::names));
    }

    @Override
    public void upsert(SearchDocument document, long version) {
        write(target -> index(target, document, version));
    }

    @Override
    public void remove(UUID productId, long version) {
        write(target -> delete(target, productId, version));
    }

    @Override
    public SearchRebuild rebuild() {
        String building = call(index::createBuildingIndex);
        return new SearchRebuild() {
            @Override
            public void write(List<SearchDocument> visible, List<UUID> invisible, long version) {
                if (!visible.isEmpty()) {
                    call(() -> bulk(building, visible, version));
                }
            }

            @Override
            public void finish() {
                call(
                        () -> {
                            index.swapTo(building);
                            return null;
                        });
            }

            @Override
            public void abandon() {
                try {
                    index.drop(building);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Could not drop abandoned index {}: {}", building, e.getMessage());
                }
            }
        };
    }

    private interface Write {
        void to(String target) throws IOException;
    }

    /**
     * Writes through the alias, and through the building alias while a rebuild runs (checked after
     * the product was read, so a rebuild that starts later reads a state at least as new).
     */
    private void write(Write write) {
        try {
            index.ensure();
            write.to(index.alias());
            if (index.building()) {
                write.to(index.buildingAlias());
            }
        } catch (IOException | RuntimeException e) {
            index.recheck();
            throw new SearchUnavailableException("Index update failed: " + e.getMessage(), e);
        }
    }

    private void index(String target, SearchDocument document, long version) throws IOException {
        try {
            client.index(
                    i ->
                            i.index(target)
                                    .id(document.productId().toString())
                                    .document(ProductSource.of(document))
                                    .versionType(VersionType.External)
                                    .version(version)
                                    .requireAlias(true));
        } catch (ElasticsearchException | ResponseException e) {
            if (!newerVersionKept(e)) {
                throw e;
            }
        }
    }

    private void delete(String target, UUID productId, long version) throws IOException {
        try {
            client.delete(
                    d ->
                            d.index(target)
                                    .id(productId.toString())
                                    .versionType(VersionType.External)
                                    .version(version));
        } catch (ElasticsearchException e) {
            // a missing document is fine; a missing index is not
            boolean missingDocument =
                    e.status() == 404 && !"index_not_found_exception".equals(e.error().type());
            if (!newerVersionKept(e) && !missingDocument) {
                throw e;
            }
        } catch (ResponseException e) {
            if (!newerVersionKept(e)) {
                throw e;
            }
        }
    }

    /**
     * Elasticsearch refused a write because it holds a newer version: the write is obsolete, not
     * failed. Depending on the endpoint the client reports it as a typed error or leaves the 409 to
     * the low-level REST client.
     */
    private static boolean newerVersionKept(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return VERSION_CONFLICT.equals(es.error().type());
        }
        return e instanceof ResponseException re
                && re.getResponse().getStatusLine().getStatusCode() == 409;
    }

    private Void bulk(String target, List<SearchDocument> documents, long version)
            throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (SearchDocument document : documents) {
            bulk.operations(
                    op ->
                            op.index(
                                    i ->
                                            i.index(target)
                                                    .id(document.productId().toString())
                                                    .document(ProductSource.of(document))
                                                    .versionType(VersionType.External)
                                                    .version(version)));
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && !VERSION_CONFLICT.equals(item.error().type())) {
                    throw new IllegalStateException(
                            "Bulk index of " + item.id() + " failed: " + item.error().reason());
                }
            }
        }
        return null;
    }

    private interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    /**
     * Sends a search through the low-level REST client (the typed client's response decoding was
     * the larger part of the application's cost per search) and reads the answer with {@link
     * SearchResponses}. The request body is the typed request, serialised once.
     */
    private <T> T send(SearchRequest search, String filterPath, BodyReader<T> reader)
            throws IOException {
        index.ensure();
        ByteArrayOutputStream json = new ByteArrayOutputStream(1024);
        JsonpMapper mapper = client._jsonpMapper();
        try (JsonGenerator generator = mapper.jsonProvider().createGenerator(json)) {
            search.serialize(generator, mapper);
        }
        Request request = new Request("POST", "/" + String.join(",", search.index()) + "/_search");
        request.addParameter("filter_path", filterPath);
        request.setEntity(new ByteArrayEntity(json.toByteArray(), ContentType.APPLICATION_JSON));
        Response response = rest.performRequest(request);
        try (InputStream body = response.getEntity().getContent()) {
            return reader.read(body);
        }
    }

    private interface Call<T> {
        T get() throws IOException;
    }

    /**
     * Runs a request; an unreachable or failing cluster, or a lost index, becomes {@link
     * SearchUnavailableException}.
     */
    private <T> T call(Call<T> request) {
        try {
            return request.get();
        } catch (ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            // on a search, 404 means the index (or its alias) is gone
            if (status == 404 || status >= 500 || status == 429) {
                index.recheck();
                throw new SearchUnavailableException("Elasticsearch: " + e.getMessage(), e);
            }
            throw new IllegalStateException(
                    "Elasticsearch refused a request: " + e.getMessage(), e);
        } catch (IOException e) {
            index.recheck();
            throw new SearchUnavailableException("Elasticsearch: " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            boolean lostIndex = "index_not_found_exception".equals(e.error().type());
            if (lostIndex || e.status() >= 500 || e.status() == 429) {
                index.recheck();
                throw new SearchUnavailableException("Elasticsearch: " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
