package vn.ocop.catalog.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorScoreFunction;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.NumberRangeQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.catalog.search.PriceBand;
import vn.ocop.catalog.search.SearchCriteria;
import vn.ocop.catalog.search.SearchFilters;
import vn.ocop.catalog.search.SuggestCriteria;
import vn.ocop.catalog.search.Tokens;

/**
 * Elasticsearch requests for {@link SearchCriteria} and {@link SuggestCriteria}. Relevance is built
 * from constant scores so that it equals the PostgreSQL engine's point for point: every tier is a
 * {@code constant_score} clause, alternatives of one tier a {@code dis_max}, and stars are added by
 * {@code function_score} ({@code boost_mode: sum}). Facet filters go in {@code post_filter}; each
 * facet's aggregation applies the other facets' filters.
 */
final class ProductQueries {

    static final String AUTO = "AUTO";

    private ProductQueries() {}

    static SearchRequest search(String index, SearchCriteria c) {
        SearchFilters f = c.filters();
        Query query = starBoosted(words(c, f));
        if (c.limit() == 0) {
            return SearchRequest.of(
                    s -> s.index(index).query(query).size(0).trackTotalHits(t -> t.enabled(true)));
        }
        return SearchRequest.of(
                s -> {
                    s.index(index)
                            .query(query)
                            .postFilter(and(facetFilters(f, null)))
                            .from(c.offset())
                            .size(c.limit())
                            .trackTotalHits(t -> t.enabled(true))
                            .sort(sort(c))
                            .source(src -> src.filter(x -> x.includes(ProductSource.CARD)));
                    s.aggregations("groups", facet(f, "group", terms("group", 50)));
                    s.aggregations("provinces", facet(f, "province", terms("provinces", 100)));
                    s.aggregations("stars", facet(f, "stars", terms("stars", 10)));
                    s.aggregations("prices", facet(f, "price", priceBands()));
                    return s;
                });
    }

    static SearchRequest suggest(String index, SuggestCriteria c) {
        List<Query> should = new ArrayList<>();
        if (c.exact() != null) {
            should.add(constant(phrasePrefix("name", c.exact()), SuggestCriteria.EXACT_PREFIX));
        }
        List<Query> filters =
                List.of(validOn(c.today().toString()), phrasePrefix("name_folded", c.folded()));
        Query query = Query.of(q -> q.bool(b -> b.filter(filters).should(should)));
        return SearchRequest.of(
                s ->
                        s.index(index)
                                .query(starBoosted(query))
                                .size(c.limit())
                                .sort(score(), field("name_sort", SortOrder.Asc), id())
                                .source(src -> src.filter(x -> x.includes("display"))));
    }

    /** The words' clauses with the filters that are not facets. */
    private static Query words(SearchCriteria c, SearchFilters f) {
        List<Query> filters = new ArrayList<>();
        filters.add(validOn(f.today().toString()));
        if (f.subgroup() != null) {
            filters.add(term("subgroup", f.subgroup()));
        }
        if (f.producerId() != null) {
            filters.add(term("producer_ids", f.producerId().toString()));
        }
        if (!c.hasWords()) {
            return Query.of(q -> q.bool(b -> b.filter(filters).must(m -> m.matchAll(a -> a))));
        }
        boolean fuzzy = c.matching() == SearchCriteria.Matching.FUZZY;
        List<Query> should = new ArrayList<>();
        should.add(anyPhrasing(c, "name_folded", fuzzy, SearchCriteria.NAME));
        if (!c.exactWords().isEmpty()) {
            String exact = Tokens.joined(c.exactWords());
            should.add(constant(allWords("name", exact, false), SearchCriteria.EXACT_NAME));
            should.add(constant(allWords("all", exact, false), SearchCriteria.EXACT_TEXT));
        }
        Query match = anyPhrasing(c, "all_folded", fuzzy, SearchCriteria.MATCH);
        return Query.of(q -> q.bool(b -> b.filter(filters).must(match).should(should)));
    }

    private static Query anyPhrasing(SearchCriteria c, String field, boolean fuzzy, double points) {
        List<Query> each =
                c.phrasings().stream()
                        .map(
                                words ->
                                        constant(
                                                allWords(field, Tokens.joined(words), fuzzy),
                                                points))
                        .toList();
        return Query.of(q -> q.disMax(d -> d.queries(each).tieBreaker(0.0)));
    }

    private static Query allWords(String field, String words, boolean fuzzy) {
        return Query.of(
                q ->
                        q.match(
                                m -> {
                                    m.field(field).query(words).operator(Operator.And);
                                    return fuzzy ? m.fuzziness(AUTO) : m;
                                }));
    }

    private static Query constant(Query filter, double points) {
        return Query.of(q -> q.constantScore(c -> c.filter(filter).boost((float) points)));
    }

    private static Query starBoosted(Query query) {
        return Query.of(
                q ->
                        q.functionScore(
                                fs ->
                                        fs.query(query)
                                                .functions(
                                                        fn ->
                                                                fn.fieldValueFactor(
                                                                        ProductQueries::stars))
                                                .scoreMode(FunctionScoreMode.Sum)
                                                .boostMode(FunctionBoostMode.Sum)));
    }

    private static FieldValueFactorScoreFunction.Builder stars(
            FieldValueFactorScoreFunction.Builder f) {
        return f.field("stars").factor(SearchCriteria.PER_STAR).missing(0.0);
    }

    /** The facet filters except the one named (null: all of them). */
    private static List<Query> facetFilters(SearchFilters f, String except) {
        List<Query> filters = new ArrayList<>();
        if (f.group() != null && !"group".equals(except)) {
            filters.add(term("group", f.group()));
        }
        if (f.provinceCode() != null && !"province".equals(except)) {
            filters.add(term("provinces", f.provinceCode()));
        }
        if (f.minStars() != null && !"stars".equals(except)) {
            filters.add(atLeast("stars", f.minStars().doubleValue()));
        }
        if (f.hasPriceRange() && !"price".equals(except)) {
            filters.add(between("prices", f.priceMin(), f.priceMax()));
        }
        return filters;
    }

    private static Aggregation facet(SearchFilters f, String name, Aggregation counts) {
        Query others = and(facetFilters(f, name));
        return Aggregation.of(a -> a.filter(others).aggregations("counts", counts));
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    private static Aggregation priceBands() {
        List<AggregationRange> ranges = new ArrayList<>();
        for (PriceBand band : PriceBand.values()) {
            ranges.add(
                    AggregationRange.of(
                            r -> {
                                r.key(band.name()).from((double) band.from());
                                return band.to() == null ? r : r.to((double) band.to());
                            }));
        }
        return Aggregation.of(a -> a.range(r -> r.field("prices").ranges(ranges)));
    }

    private static Query atLeast(String field, double value) {
        return Query.of(q -> q.range(r -> r.number(n -> n.field(field).gte(value))));
    }

    /** Some value of the field within [min, max]; a null bound is open. */
    private static Query between(String field, Long min, Long max) {
        NumberRangeQuery.Builder range = new NumberRangeQuery.Builder().field(field);
        if (min != null) {
            range.gte(min.doubleValue());
        }
        if (max != null) {
            range.lte(max.doubleValue());
        }
        NumberRangeQuery built = range.build();
        return Query.of(q -> q.range(r -> r.number(built)));
    }

    private static Query phrasePrefix(String field, String words) {
        return Query.of(q -> q.matchPhrasePrefix(m -> m.field(field).query(words)));
    }

    private static Query and(List<Query> filters) {
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query validOn(String today) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field("valid_until").gte(today))));
    }

    private static List<SortOptions> sort(SearchCriteria c) {
        return switch (c.sort()) {
            case RELEVANCE -> List.of(score(), field("published_at", SortOrder.Desc), id());
            case STARS ->
                    List.of(
                            field("stars", SortOrder.Desc),
                            score(),
                            field("published_at", SortOrder.Desc),
                            id());
            case PRICE_ASC -> List.of(price(SortOrder.Asc), id());
            case PRICE_DESC -> List.of(price(SortOrder.Desc), id());
            case NEWEST -> List.of(field("published_at", SortOrder.Desc), id());
        };
    }

    private static SortOptions score() {
        return SortOptions.of(s -> s.score(x -> x.order(SortOrder.Desc)));
    }

    private static SortOptions id() {
        return field("id", SortOrder.Asc);
    }

    private static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(s -> s.field(x -> x.field(name).order(order)));
    }

    private static SortOptions price(SortOrder order) {
        return SortOptions.of(
                s ->
                        s.field(
                                x ->
                                        x.field("min_price")
                                                .order(order)
                                                .missing(FieldValue.of("_last"))));
    }
}
