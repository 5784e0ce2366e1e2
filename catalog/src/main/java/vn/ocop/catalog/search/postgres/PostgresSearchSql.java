package vn.ocop.catalog.search.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ocop.catalog.search.PriceBand;
import vn.ocop.catalog.search.SearchCriteria;
import vn.ocop.catalog.search.SearchFilters;
import vn.ocop.catalog.search.SuggestCriteria;

/**
 * The SQL of one search. Words match by array containment on the GIN-indexed folded words
 * ({@code @>} for exact words, {@code &&} with each word's similar spellings when fuzzy); facets
 * are counted over the matching rows, each without its own filter: materialised once when words
 * narrowed them, re-read per facet from the narrow covering index when browsing without words.
 */
final class PostgresSearchSql {

    /** The facet of the rows of {@link #facetsAndHits()} that carry a hit. */
    static final String HIT = "hit";

    /** The card columns of a facet row of {@link #facetsAndHits()}, typed for the union. */
    private static final String NO_CARD =
            ", NULL::uuid AS product_id, NULL::varchar AS name_vi, NULL::varchar AS name_en,"
                    + " NULL::smallint AS stars, NULL::bigint AS min_price, NULL::bigint AS max_price,"
                    + " NULL::text[] AS province_codes, NULL::varchar AS group_code,"
                    + " NULL::varchar AS subgroup_code, NULL::text[] AS producer_names";

    static final String CARD =
            "d.product_id, d.name_vi, d.name_en, d.stars, d.min_price, d.max_price,"
                    + " d.province_codes, d.group_code, d.subgroup_code, d.producer_names";

    private final SearchCriteria criteria;
    private final Map<String, List<String>> similar;

    /**
     * @param similar for fuzzy matching, each folded word's indexed spellings within its edit
     *     distance (the word itself included)
     */
    PostgresSearchSql(SearchCriteria criteria, Map<String, List<String>> similar) {
        this.criteria = criteria;
        this.similar = similar;
    }

    /**
     * Rows: (facet, value, count); facet "total" carries the number of hits, facet "price" a {@link
     * PriceBand} ordinal.
     */
    Sql facets() {
        Sql sql = matches(criteria.hasWords() ? "MATERIALIZED" : "NOT MATERIALIZED", Sql.of(""));
        facetSelects(sql, "");
        return sql;
    }

    /**
     * Facets and one page of cards in one statement, for searches with words. A word query costs
     * what it takes to find its matches (a scan checking every row's words when the words are
     * common), so the matches are found once, then counted per facet as {@link #facets()} does and
     * ranked for the page. Rows: the facet rows of {@link #facets()} with null card columns, and
     * rows of facet {@value #HIT} whose n is the hit's rank and whose card columns are filled.
     */
    Sql facetsAndHits() {
        Sql sql =
                matches(
                                "MATERIALIZED",
                                Sql.of("d.min_price, d.published_at, ")
                                        .add(score())
                                        .add(" AS score, "))
                        // ranks only the page's rows: a window over all matches would sort them
                        // all instead of keeping the top ones
                        .add(", page AS (SELECT m.product_id, row_number() OVER (ORDER BY ")
                        .add(order("m", Sql.of("m.score")))
                        .add(
                                ") AS rank FROM (SELECT * FROM m WHERE g_ok AND p_ok AND s_ok AND pr_ok")
                        .add(" ORDER BY ")
                        .add(order("m", Sql.of("m.score")))
                        .add(" LIMIT ? OFFSET ?) AS m)", criteria.limit(), criteria.offset());
        facetSelects(sql, NO_CARD);
        return sql.add(" UNION ALL SELECT '" + HIT + "', NULL, page.rank, " + CARD)
                .add(
                        " FROM page JOIN catalog.search_documents d ON d.product_id = page.product_id");
    }

    /**
     * {@code WITH m AS <materialized> (…)}: the matching visible products with their facet columns,
     * the {@code extra} columns, and whether each facet's filter holds (g_ok, p_ok, s_ok, pr_ok).
     */
    private Sql matches(String materialized, Sql extra) {
        SearchFilters f = criteria.filters();
        return Sql.of(
                        "WITH m AS "
                                + materialized
                                + " (SELECT d.product_id, d.group_code, d.province_codes, d.stars,"
                                + " d.prices, d.price_bands, ")
                .add(extra)
                .add(group(f))
                .add(" AS g_ok, ")
                .add(province(f))
                .add(" AS p_ok, ")
                .add(stars(f))
                .add(" AS s_ok, ")
                .add(price(f, "d"))
                .add(" AS pr_ok FROM catalog.search_documents d WHERE ")
                .add(matching())
                .add(" AND ")
                .add(base(f))
                .add(")");
    }

    /** The number of matching products under every filter. */
    Sql count() {
        return Sql.of("SELECT count(*) FROM catalog.search_documents d WHERE ").add(allFilters());
    }

    /** One page of cards in the asked order. */
    Sql hits() {
        return Sql.of("SELECT " + CARD + " FROM catalog.search_documents d WHERE ")
                .add(allFilters())
                .add(" ORDER BY ")
                .add(order())
                .add(" LIMIT ? OFFSET ?", criteria.limit(), criteria.offset());
    }

    static Sql suggest(SuggestCriteria s) {
        Sql exact =
                s.exact() == null
                        ? Sql.of("0")
                        : Sql.of(
                                "CASE WHEN d.name_exact LIKE ? OR d.name_exact LIKE ? THEN "
                                        + SuggestCriteria.EXACT_PREFIX
                                        + " ELSE 0 END",
                                s.exact() + "%",
                                "% " + s.exact() + "%");
        return Sql.of(
                        "SELECT d.name_vi FROM catalog.search_documents d WHERE d.valid_until >= ?"
                                + " AND (d.name_folded LIKE ? OR d.name_folded LIKE ?) ORDER BY (",
                        s.today(),
                        s.folded() + "%",
                        "% " + s.folded() + "%")
                .add(exact)
                .add(
                        " + "
                                + SearchCriteria.PER_STAR
                                + " * d.stars) DESC,"
                                + " d.name_folded COLLATE \"C\", d.product_id LIMIT ?",
                        s.limit());
    }

    private Sql allFilters() {
        SearchFilters f = criteria.filters();
        return matching()
                .add(" AND ")
                .add(base(f))
                .add(" AND ")
                .add(group(f))
                .add(" AND ")
                .add(province(f))
                .add(" AND ")
                .add(stars(f))
                .add(" AND ")
                .add(price(f, "d"));
    }

    /**
     * The facet rows over {@code m}, each counted without its own filter; {@code extra} adds
     * columns after (facet, value, n) to every row.
     */
    private static void facetSelects(Sql sql, String extra) {
        sql.add(" SELECT 'total' AS facet, NULL AS value, count(*) AS n" + extra + " FROM m")
                .add(" WHERE g_ok AND p_ok AND s_ok AND pr_ok");
        sql.add(" UNION ALL SELECT 'group', group_code, count(*)" + extra + " FROM m")
                .add(" WHERE p_ok AND s_ok AND pr_ok GROUP BY group_code");
        sql.add(" UNION ALL SELECT 'province', pc, count(*)" + extra + " FROM m")
                .add(" CROSS JOIN LATERAL unnest(m.province_codes) AS pc")
                .add(" WHERE g_ok AND s_ok AND pr_ok GROUP BY pc");
        sql.add(" UNION ALL SELECT 'stars', stars::text, count(*)" + extra + " FROM m")
                .add(" WHERE g_ok AND p_ok AND pr_ok GROUP BY stars");
        // a product counts once in each band that holds one of its prices (DocumentRows)
        sql.add(" UNION ALL SELECT 'price', band::text, count(*)" + extra + " FROM m")
                .add(" CROSS JOIN LATERAL unnest(m.price_bands) AS band")
                .add(" WHERE g_ok AND p_ok AND s_ok GROUP BY band");
    }

    private Sql order() {
        return order("d", score());
    }

    /** The asked order over the columns of {@code t}, with {@code score} as its relevance. */
    private Sql order(String t, Sql score) {
        return switch (criteria.sort()) {
            case RELEVANCE ->
                    criteria.hasWords()
                            ? Sql.of("")
                                    .add(score)
                                    .add(" DESC, " + t + ".published_at DESC, " + t + ".product_id")
                            : Sql.of(
                                    t
                                            + ".stars DESC, "
                                            + t
                                            + ".published_at DESC, "
                                            + t
                                            + ".product_id");
            case STARS ->
                    Sql.of(t + ".stars DESC, ")
                            .add(score)
                            .add(" DESC, " + t + ".published_at DESC, " + t + ".product_id");
            case PRICE_ASC -> Sql.of(t + ".min_price ASC NULLS LAST, " + t + ".product_id");
            case PRICE_DESC -> Sql.of(t + ".min_price DESC NULLS LAST, " + t + ".product_id");
            case NEWEST -> Sql.of(t + ".published_at DESC, " + t + ".product_id");
        };
    }

    /** The relevance of {@link SearchCriteria}, point for point. */
    private Sql score() {
        if (!criteria.hasWords()) {
            return Sql.of("(" + SearchCriteria.PER_STAR + " * d.stars)");
        }
        Sql score =
                Sql.of("(" + SearchCriteria.MATCH + " + CASE WHEN ")
                        .add(words("d.name_folded_tokens"))
                        .add(" THEN " + SearchCriteria.NAME + " ELSE 0 END");
        if (!criteria.exactWords().isEmpty()) {
            Sql.Words exact = new Sql.Words(criteria.exactWords());
            score.add(
                            " + CASE WHEN d.name_tokens @> ? THEN "
                                    + SearchCriteria.EXACT_NAME
                                    + " ELSE 0 END",
                            exact)
                    .add(
                            " + CASE WHEN d.all_tokens @> ? THEN "
                                    + SearchCriteria.EXACT_TEXT
                                    + " ELSE 0 END",
                            exact);
        }
        return score.add(" + " + SearchCriteria.PER_STAR + " * d.stars)");
    }

    private Sql matching() {
        return criteria.hasWords() ? words("d.all_folded_tokens") : Sql.of("TRUE");
    }

    /** Some phrasing's words are all in the column, exactly or (fuzzy) as a similar spelling. */
    private Sql words(String column) {
        Function<List<String>, Sql> phrasing =
                criteria.matching() == SearchCriteria.Matching.EXACT
                        ? words -> Sql.of(column + " @> ?", new Sql.Words(words))
                        : words -> similarWords(column, words);
        return Sql.of("(")
                .add(Sql.join(" OR ", criteria.phrasings().stream().map(phrasing).toList()))
                .add(")");
    }

    private Sql similarWords(String column, List<String> words) {
        List<Sql> each = new ArrayList<>();
        for (String word : words) {
            List<String> spellings = similar.getOrDefault(word, List.of(word));
            each.add(Sql.of(column + " && ?", new Sql.Words(spellings)));
        }
        return Sql.of("(").add(Sql.join(" AND ", each)).add(")");
    }

    private static Sql base(SearchFilters f) {
        Sql sql = Sql.of("d.valid_until >= ?", f.today());
        if (f.subgroup() != null) {
            sql.add(" AND d.subgroup_code = ?", f.subgroup());
        }
        if (f.producerId() != null) {
            sql.add(" AND d.producer_ids @> ARRAY[?::uuid]", f.producerId());
        }
        return sql;
    }

    private static Sql group(SearchFilters f) {
        return f.group() == null ? Sql.of("TRUE") : Sql.of("d.group_code = ?", f.group());
    }

    private static Sql province(SearchFilters f) {
        return f.provinceCode() == null
                ? Sql.of("TRUE")
                : Sql.of("d.province_codes @> ARRAY[?::text]", f.provinceCode());
    }

    private static Sql stars(SearchFilters f) {
        return f.minStars() == null ? Sql.of("TRUE") : Sql.of("d.stars >= ?", f.minStars());
    }

    /**
     * Some price of the product in the range. One bound is a comparison with the lowest or highest
     * price; with both, those comparisons discard most rows before the prices are unnested.
     */
    private static Sql price(SearchFilters f, String alias) {
        if (!f.hasPriceRange()) {
            return Sql.of("TRUE");
        }
        if (f.priceMin() == null) {
            return Sql.of("COALESCE(" + alias + ".min_price <= ?, FALSE)", f.priceMax());
        }
        if (f.priceMax() == null) {
            return Sql.of("COALESCE(" + alias + ".max_price >= ?, FALSE)", f.priceMin());
        }
        return Sql.of(
                "("
                        + alias
                        + ".min_price <= ? AND "
                        + alias
                        + ".max_price >= ? AND EXISTS (SELECT 1"
                        + " FROM unnest("
                        + alias
                        + ".prices) AS x WHERE x >= ? AND x <= ?))",
                f.priceMax(),
                f.priceMin(),
                f.priceMin(),
                f.priceMax());
    }
}
