package vn.ocop.catalog.search.postgres;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
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
import vn.ocop.catalog.search.SuggestCriteria;

/**
 * The default engine: {@code catalog.search_documents} in the catalogue's own database, so search
 * needs nothing else to run. Reads take one read-only transaction; writes go through {@link
 * DocumentRows}.
 */
@Singleton
@Requires(condition = PostgresSearchSelected.class)
class PostgresProductSearch implements SearchEngine {

    private final JdbcOperations jdbc;
    private final DocumentRows rows;
    private final Vocabulary vocabulary;
    private final PostgresFacetCache facetCache;

    PostgresProductSearch(
            JdbcOperations jdbc,
            DocumentRows rows,
            Vocabulary vocabulary,
            PostgresFacetCache facetCache) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.vocabulary = vocabulary;
        this.facetCache = facetCache;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    @ReadOnly
    public SearchPage search(SearchCriteria criteria) {
        Map<String, List<String>> similar =
                criteria.matching() == SearchCriteria.Matching.FUZZY
                        ? vocabulary.similar(criteria.phrasings())
                        : Map.of();
        PostgresSearchSql sql = new PostgresSearchSql(criteria, similar);
        if (criteria.limit() == 0) {
            return new SearchPage(
                    query(sql.count(), rs -> rs.getLong(1)).get(0), List.of(), Facets.none());
        }
        if (criteria.hasWords()) {
            return facetsAndHits(sql.facetsAndHits());
        }
        Sql facetSql = sql.facets();
        PostgresFacetCache.Counted counted = facetCache.get(facetSql, () -> count(facetSql));
        List<ProductSearchResult.Hit> hits =
                counted.total() == 0 ? List.of() : query(sql.hits(), PostgresProductSearch::hit);
        return new SearchPage(counted.total(), hits, counted.facets());
    }

    private SearchPage facetsAndHits(Sql statement) {
        FacetRows facets = new FacetRows();
        Map<Long, ProductSearchResult.Hit> ranked = new TreeMap<>();
        query(
                statement,
                rs -> {
                    String facet = rs.getString(1);
                    if (PostgresSearchSql.HIT.equals(facet)) {
                        ranked.put(rs.getLong(3), hit(rs));
                    } else {
                        facets.add(facet, rs.getString(2), rs.getLong(3));
                    }
                    return null;
                });
        return new SearchPage(facets.total, List.copyOf(ranked.values()), facets.facets());
    }

    private PostgresFacetCache.Counted count(Sql facetSql) {
        FacetRows facets = new FacetRows();
        query(
                facetSql,
                rs -> {
                    facets.add(rs.getString(1), rs.getString(2), rs.getLong(3));
                    return null;
                });
        return new PostgresFacetCache.Counted(facets.total, facets.facets());
    }

    @Override
    @ReadOnly
    public List<String> suggest(SuggestCriteria criteria) {
        return query(PostgresSearchSql.suggest(criteria), rs -> rs.getString(1));
    }

    @Override
    public void upsert(SearchDocument document, long version) {
        rows.upsert(document, version);
    }

    @Override
    public void remove(UUID productId, long version) {
        rows.remove(productId, version);
    }

    /**
     * Rebuilds in place: every product is written or removed through the version gate, batch by
     * batch, then rows of products that no longer exist are dropped. Searches see each batch as it
     * commits; nothing is ever missing in between.
     */
    @Override
    public SearchRebuild rebuild() {
        return new SearchRebuild() {
            @Override
            public void write(List<SearchDocument> visible, List<UUID> invisible, long version) {
                rows.writeBatch(visible, invisible, version);
            }

            @Override
            public void finish() {
                rows.dropOrphans();
            }

            @Override
            public void abandon() {
                // every batch already committed is correct on its own
            }
        };
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(Sql sql, RowMapper<T> mapper) {
        return jdbc.prepareStatement(
                sql.text(),
                ps -> {
                    sql.bind(ps);
                    List<T> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(mapper.map(rs));
                        }
                    }
                    return out;
                });
    }

    private static ProductSearchResult.Hit hit(ResultSet rs) throws SQLException {
        return new ProductSearchResult.Hit(
                rs.getObject("product_id", UUID.class),
                rs.getString("name_vi"),
                rs.getString("name_en"),
                rs.getInt("stars"),
                rs.getObject("min_price", Long.class),
                rs.getObject("max_price", Long.class),
                texts(rs.getArray("province_codes")),
                rs.getString("group_code"),
                rs.getString("subgroup_code"),
                texts(rs.getArray("producer_names")),
                null,
                null);
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
    }

    /** Collects the rows of the facet query into the result's order. */
    private static final class FacetRows {
        long total;
        final List<FacetCount> groups = new ArrayList<>();
        final List<FacetCount> provinces = new ArrayList<>();
        final List<FacetCount> stars = new ArrayList<>();
        final Map<PriceBand, Long> bands = new EnumMap<>(PriceBand.class);

        void add(String facet, String value, long count) {
            switch (facet) {
                case "total" -> total = count;
                case "group" -> groups.add(new FacetCount(value, count));
                case "province" -> provinces.add(new FacetCount(value, count));
                case "stars" -> stars.add(new FacetCount(value, count));
                case "price" -> bands.put(PriceBand.values()[Integer.parseInt(value)], count);
                default -> throw new IllegalStateException("Unknown facet " + facet);
            }
        }

        Facets facets() {
            Comparator<FacetCount> mostFirst =
                    Comparator.comparingLong(FacetCount::count)
                            .reversed()
                            .thenComparing(FacetCount::value);
            groups.sort(mostFirst);
            provinces.sort(mostFirst);
            stars.sort(Comparator.comparing(FacetCount::value).reversed());
            List<PriceBandCount> priceBands = new ArrayList<>();
            for (PriceBand band : PriceBand.values()) {
                priceBands.add(
                        new PriceBandCount(
                                band.name(), band.from(), band.to(), bands.getOrDefault(band, 0L)));
            }
            return new Facets(groups, provinces, stars, priceBands);
        }
    }
}
