package vn.ocop.catalog.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.ProductSort;
import vn.ocop.catalog.search.SearchCriteria;
import vn.ocop.catalog.search.SearchFilters;

/** The request JSON for a search, checked without a node. */
class ProductQueriesTest {

    private static final SearchFilters FILTERS =
            new SearchFilters(
                    LocalDate.of(2026, 11, 22), "FOOD", null, "da-nang", 4, 100_000L, null, null);

    private static JsonNode json(SearchCriteria criteria) throws Exception {
        String json =
                JsonpUtils.toJsonString(
                        ProductQueries.search("products", criteria), new JacksonJsonpMapper());
        return new ObjectMapper().readTree(json);
    }

    private static SearchCriteria criteria(SearchCriteria.Matching matching, List<String> exact) {
        return new SearchCriteria(
                List.of(List.of("nuoc", "mam"), List.of("nuoc", "mam", "da", "nang")),
                exact,
                matching,
                FILTERS,
                ProductSort.RELEVANCE,
                20,
                10);
    }

    @Test
    void facet_filters_go_to_the_post_filter_and_each_facet_drops_only_its_own() throws Exception {
        JsonNode request = json(criteria(SearchCriteria.Matching.EXACT, List.of()));

        assertThat(request.at("/post_filter/bool/filter").size()).isEqualTo(4);
        assertThat(request.at("/aggregations/groups/filter/bool/filter").toString())
                .doesNotContain("\"group\"")
                .contains("provinces", "stars", "prices");
        assertThat(request.at("/aggregations/provinces/filter/bool/filter").toString())
                .doesNotContain("provinces")
                .contains("group");
        assertThat(request.at("/aggregations/prices/filter/bool/filter").toString())
                .doesNotContain("prices");
        assertThat(request.at("/from").asInt()).isEqualTo(20);
        assertThat(request.at("/size").asInt()).isEqualTo(10);
    }

    @Test
    void relevance_is_constant_points_plus_a_quarter_per_star_and_ends_on_the_id()
            throws Exception {
        JsonNode request = json(criteria(SearchCriteria.Matching.EXACT, List.of("nước", "mắm")));
        JsonNode score = request.at("/query/function_score");

        assertThat(score.at("/boost_mode").asText()).isEqualTo("sum");
        assertThat(score.at("/functions/0/field_value_factor/factor").asDouble()).isEqualTo(0.25);
        assertThat(score.at("/query/bool/must/0/dis_max/queries").size()).isEqualTo(2);
        assertThat(score.at("/query/bool/should").size()).isEqualTo(3);
        assertThat(score.at("/query/bool/should/1/constant_score/boost").asDouble()).isEqualTo(4);
        assertThat(request.at("/sort").toString()).contains("_score", "published_at", "\"id\"");
        assertThat(request.toString()).doesNotContain("fuzziness");
    }

    @Test
    void fuzzy_matching_widens_folded_words_only() throws Exception {
        JsonNode request = json(criteria(SearchCriteria.Matching.FUZZY, List.of()));
        JsonNode bool = request.at("/query/function_score/query/bool");

        assertThat(bool.at("/must/0").toString()).contains("\"fuzziness\":\"AUTO\"", "all_folded");
        assertThat(bool.at("/should").size()).isEqualTo(1);
        assertThat(bool.at("/filter/0/range/valid_until/gte").asText()).isEqualTo("2026-11-22");
    }
}
