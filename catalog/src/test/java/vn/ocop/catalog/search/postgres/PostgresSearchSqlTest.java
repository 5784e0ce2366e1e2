package vn.ocop.catalog.search.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ocop.catalog.api.ProductSort;
import vn.ocop.catalog.search.SearchCriteria;
import vn.ocop.catalog.search.SearchFilters;
import vn.ocop.catalog.search.SuggestCriteria;

/** Every placeholder of the generated SQL has its parameter, whatever the query asks. */
class PostgresSearchSqlTest {

    private static final SearchFilters ALL_FILTERS =
            new SearchFilters(
                    LocalDate.of(2026, 11, 22),
                    "FOOD",
                    "FOOD_FROM_SEAFOOD",
                    "hai-phong",
                    3,
                    1_000L,
                    500_000L,
                    UUID.randomUUID());

    private static long placeholders(Sql sql) {
        return sql.text().chars().filter(c -> c == '?').count();
    }

    @ParameterizedTest
    @EnumSource(ProductSort.class)
    void binds_one_parameter_per_placeholder(ProductSort sort) {
        SearchCriteria words =
                new SearchCriteria(
                        List.of(List.of("nuoc", "mma")),
                        List.of("nước", "mma"),
                        SearchCriteria.Matching.FUZZY,
                        ALL_FILTERS,
                        sort,
                        0,
                        20);
        PostgresSearchSql sql = new PostgresSearchSql(words, Map.of("mma", List.of("mma", "mam")));

        for (Sql statement : List.of(sql.facets(), sql.hits(), sql.count(), sql.facetsAndHits())) {
            assertThat(placeholders(statement)).isEqualTo(statement.params().size());
        }
        assertThat(sql.hits().text()).contains("d.all_folded_tokens && ?");
        assertThat(sql.hits().params()).contains(new Sql.Words(List.of("mma", "mam")));
        assertThat(sql.facetsAndHits().params())
                .contains(new Sql.Words(List.of("mma", "mam")))
                .endsWith(20, 0);
    }

    @ParameterizedTest
    @EnumSource(ProductSort.class)
    void browses_without_words_or_filters(ProductSort sort) {
        SearchCriteria browse =
                new SearchCriteria(
                        List.of(),
                        List.of(),
                        SearchCriteria.Matching.EXACT,
                        new SearchFilters(
                                LocalDate.of(2026, 11, 22),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        sort,
                        40,
                        20);
        Sql hits = new PostgresSearchSql(browse, Map.of()).hits();

        assertThat(placeholders(hits)).isEqualTo(hits.params().size());
        assertThat(hits.text()).doesNotContain("tokens");
    }

    @org.junit.jupiter.api.Test
    void suggestions_match_a_word_start_in_the_folded_name() {
        Sql sql =
                PostgresSearchSql.suggest(
                        new SuggestCriteria("nuoc m", "nước m", LocalDate.of(2026, 11, 22), 30));

        assertThat(placeholders(sql)).isEqualTo(sql.params().size());
        assertThat(sql.params()).contains("nuoc m%", "% nuoc m%", "nước m%", "% nước m%");
    }
}
