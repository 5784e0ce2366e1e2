package vn.ocop.catalog.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elasticsearch.client.ResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.catalog.api.ProductSearchResult;
import vn.ocop.catalog.api.ProductSearchResult.FacetCount;
import vn.ocop.catalog.api.ProductSearchResult.Facets;
import vn.ocop.catalog.api.ProductSearchResult.PriceBandCount;
import vn.ocop.catalog.search.PriceBand;
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
    private final ProductIndex index;

    ElasticsearchProductSearch(ElasticsearchClient client, ProductIndex index) {
        this.client = client;
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
        SearchResponse<Map> response =
                call(
                        () -> {
                            index.ensure();
                            return client.search(
                                    ProductQueries.search(index.alias(), criteria), Map.class);
                        });
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        List<ProductSearchResult.Hit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            hits.add(ProductSource.card(source(hit)));
        }
        Facets facets = criteria.limit() == 0 ? Facets.none() : facets(response.aggregations());
        return new SearchPage(total, hits, facets);
    }

    @Override
    public List<String> suggest(SuggestCriteria criteria) {
        SearchResponse<Map> response =
                call(
                        () -> {
                            index.ensure();
                            return client.search(
                                    ProductQueries.suggest(index.alias(), criteria), Map.class);
                        });
        return response.hits().hits().stream().map(h -> ProductSource.name(source(h))).toList();
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

    private Facets facets(Map<String, Aggregate> aggregations) {
        List<FacetCount> groups = strings(aggregations.get("groups"));
        List<FacetCount> provinces = strings(aggregations.get("provinces"));
        List<FacetCount> stars = new ArrayList<>();
        counts(aggregations.get("stars"))
                .lterms()
                .buckets()
                .array()
                .forEach(b -> stars.add(new FacetCount(Long.toString(b.key()), b.docCount())));
        stars.sort(Comparator.comparing(FacetCount::value).reversed());
        List<PriceBandCount> bands = new ArrayList<>();
        counts(aggregations.get("prices"))
                .range()
                .buckets()
                .array()
                .forEach(
                        b -> {
                            PriceBand band = PriceBand.valueOf(b.key());
                            bands.add(
                                    new PriceBandCount(
                                            band.name(), band.from(), band.to(), b.docCount()));
                        });
        bands.sort(Comparator.comparing(b -> PriceBand.valueOf(b.key())));
        return new Facets(groups, provinces, stars, bands);
    }

    private static List<FacetCount> strings(Aggregate facet) {
        List<FacetCount> counts = new ArrayList<>();
        counts(facet)
                .sterms()
                .buckets()
                .array()
                .forEach(b -> counts.add(new FacetCount(b.key().stringValue(), b.docCount())));
        counts.sort(
                Comparator.comparingLong(FacetCount::count)
                        .reversed()
                        .thenComparing(FacetCount::value));
        return counts;
    }

    private static Aggregate counts(Aggregate facet) {
        return facet.filter().aggregations().get("counts");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> source(Hit<Map> hit) {
        return (Map<String, Object>) hit.source();
    }

    private interface Call<T> {
        T get() throws IOException;
    }

    /**
     * Runs a request; an unreachable or failing cluster becomes {@link SearchUnavailableException}.
     */
    private static <T> T call(Call<T> request) {
        try {
            return request.get();
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch: " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 429) {
                throw new SearchUnavailableException("Elasticsearch: " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
