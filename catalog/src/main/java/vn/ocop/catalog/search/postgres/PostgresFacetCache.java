package vn.ocop.catalog.search.postgres;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import vn.ocop.catalog.api.ProductSearchResult.Facets;

/**
 * Facet counts of browsing without words (a group, a province, sorted by price…), kept per
 * generation of the search documents. Such a browse has to count every visible product, and the few
 * hundred group × province × filter combinations people click are asked again and again; the counts
 * only change when a document does, and every document write moves {@code
 * catalog.search_generation} on in its own transaction (see {@link DocumentRows}), so a cached
 * entry is never used after the data it was counted from changed — on this instance or any other.
 * Elasticsearch's shard request cache does the same for aggregations. Searches with words are not
 * cached: their cost follows the number of matches, and their variety would only churn the cache.
 * {@code ocop.search.postgres.facet-cache.max-entries} entries (default 2,000; 0 turns it off).
 */
@Singleton
class PostgresFacetCache {

    private final Cache<Key, Counted> cache;
    private final DocumentRows rows;

    PostgresFacetCache(
            DocumentRows rows,
            @Value("${ocop.search.postgres.facet-cache.max-entries:2000}") long maxEntries) {
        this.rows = rows;
        this.cache =
                maxEntries <= 0
                        ? null
                        : Caffeine.newBuilder()
                                .maximumSize(maxEntries)
                                .expireAfterAccess(Duration.ofHours(1))
                                .build();
    }

    /** The counts of this facet query at the current generation, counted on a miss. */
    Counted get(Sql facets, Supplier<Counted> count) {
        if (cache == null) {
            return count.get();
        }
        Key key = new Key(rows.generation(), facets.text(), facets.params());
        return cache.get(key, k -> count.get());
    }

    /** The total and the facets of one search, as the page shows them. */
    record Counted(long total, Facets facets) {}

    private record Key(long generation, String sql, List<Object> params) {}
}
