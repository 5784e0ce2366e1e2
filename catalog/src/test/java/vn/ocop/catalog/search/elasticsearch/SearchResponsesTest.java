package vn.ocop.catalog.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.api.ProductSearchResult.FacetCount;
import vn.ocop.catalog.api.ProductSearchResult.Facets;
import vn.ocop.catalog.api.ProductSearchResult.PriceBandCount;
import vn.ocop.catalog.search.SearchPage;

/**
 * Search responses read without a node; the contract suite reads real ones. The shapes here are
 * those Elasticsearch 8.19 sends, with and without {@code filter_path}.
 */
class SearchResponsesTest {

    private static final String ID = "0b6c2f6e-7a9d-4a7e-9f5e-2d1c8b3a4e11";

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    /** A whole response, as sent without filter_path: every unknown field is skipped. */
    private static final String UNFILTERED =
            """
            {'took':3,'timed_out':false,'_shards':{'total':1,'successful':1,'skipped':0,'failed':0},
             'hits':{'total':{'value':42,'relation':'eq'},'max_score':null,'hits':[
               {'_index':'ocop-products-initial','_id':'%s','_score':31.5,
                '_source':{'subgroup':'FOOD_SAUCE','stars':4,'min_price':85000,'max_price':120000,
                  'provinces':['48','49'],'id':'%s','group':'FOOD',
                  'display':{'name_vi':'Nước mắm Nam Ô','name_en':'Nam O fish sauce',
                    'producer_names':['HTX Nam Ô'],'extra':{'nested':[1,2]}}},
                'sort':[31.5,1732233600000,'%s']},
               {'_index':'ocop-products-initial','_id':'x','_score':30.0,
                '_source':{'id':'%s','stars':3,'min_price':null,'max_price':null,'provinces':[],
                  'group':'FOOD','subgroup':null,
                  'display':{'name_vi':'Mắm tôm','name_en':null,'producer_names':[]}}}]},
             'aggregations':{
               'groups':{'doc_count':42,'counts':{'doc_count_error_upper_bound':0,
                 'sum_other_doc_count':0,'buckets':[{'key':'DRINK','doc_count':2},
                 {'key':'FOOD','doc_count':40},{'key':'CRAFT','doc_count':2}]}},
               'stars':{'doc_count':42,'counts':{'buckets':[{'key':3,'doc_count':10},
                 {'key':5,'doc_count':2},{'key':4,'doc_count':30}]}},
               'prices':{'doc_count':42,'counts':{'buckets':[
                 {'key':'FROM_1M','from':1000000.0,'doc_count':0},
                 {'key':'UNDER_100K','from':0.0,'to':100000.0,'doc_count':12},
                 {'key':'FROM_100K_TO_300K','from':100000.0,'to':300000.0,'doc_count':30},
                 {'key':'FROM_300K_TO_1M','from':300000.0,'to':1000000.0,'doc_count':0}]}},
               'provinces':{'doc_count':42,'counts':{'buckets':[]}}}}
            """
                    .formatted(ID, ID, ID, UUID.nameUUIDFromBytes(new byte[] {1}));

    @Test
    void reads_total_cards_and_facets_skipping_what_it_does_not_use() throws IOException {
        SearchPage page = SearchResponses.page(json(UNFILTERED), true);

        assertThat(page.total()).isEqualTo(42);
        assertThat(page.hits()).hasSize(2);
        var first = page.hits().get(0);
        assertThat(first.id()).isEqualTo(UUID.fromString(ID));
        assertThat(first.nameVi()).isEqualTo("Nước mắm Nam Ô");
        assertThat(first.nameEn()).isEqualTo("Nam O fish sauce");
        assertThat(first.stars()).isEqualTo(4);
        assertThat(first.minPrice()).isEqualTo(85_000L);
        assertThat(first.maxPrice()).isEqualTo(120_000L);
        assertThat(first.provinceCodes()).containsExactly("48", "49");
        assertThat(first.groupCode()).isEqualTo("FOOD");
        assertThat(first.subgroupCode()).isEqualTo("FOOD_SAUCE");
        assertThat(first.producerNames()).containsExactly("HTX Nam Ô");
        var second = page.hits().get(1);
        assertThat(second.minPrice()).isNull();
        assertThat(second.nameEn()).isNull();
        assertThat(second.subgroupCode()).isNull();
        assertThat(second.provinceCodes()).isEmpty();

        assertThat(page.facets().groups())
                .containsExactly(
                        new FacetCount("FOOD", 40),
                        new FacetCount("CRAFT", 2),
                        new FacetCount("DRINK", 2));
        assertThat(page.facets().stars())
                .containsExactly(
                        new FacetCount("5", 2), new FacetCount("4", 30), new FacetCount("3", 10));
        assertThat(page.facets().provinces()).isEmpty();
        assertThat(page.facets().priceBands())
                .extracting(PriceBandCount::key, PriceBandCount::count)
                .containsExactly(
                        tuple("UNDER_100K", 12L),
                        tuple("FROM_100K_TO_300K", 30L),
                        tuple("FROM_300K_TO_1M", 0L),
                        tuple("FROM_1M", 0L));
    }

    @Test
    void a_filtered_response_without_hits_or_empty_facets_reads_as_empty() throws IOException {
        // filter_path drops what has nothing left in it: no hits array, no empty buckets
        SearchPage page =
                SearchResponses.page(
                        json("{'hits':{'total':{'value':0}},'aggregations':{'prices':{}}}"), true);

        assertThat(page.total()).isZero();
        assertThat(page.hits()).isEmpty();
        assertThat(page.facets().groups()).isEmpty();
        assertThat(page.facets().priceBands())
                .extracting(PriceBandCount::count)
                .containsExactly(0L, 0L, 0L, 0L);
        assertThat(SearchResponses.page(json("{}"), true).total()).isZero();
    }

    @Test
    void facets_are_left_out_when_not_asked_for() throws IOException {
        SearchPage page = SearchResponses.page(json(UNFILTERED), false);

        assertThat(page.total()).isEqualTo(42);
        assertThat(page.facets()).isEqualTo(Facets.none());
    }

    @Test
    void suggestion_names_come_in_hit_order() throws IOException {
        String response =
                "{'hits':{'hits':[{'_source':{'display':{'name_vi':'Trà Shan tuyết'}}},"
                        + "{'_source':{'display':{'name_en':'x','name_vi':'Trà xanh'}}}]}}";

        assertThat(SearchResponses.names(json(response)))
                .isEqualTo(List.of("Trà Shan tuyết", "Trà xanh"));
        assertThat(SearchResponses.names(json("{}"))).isEmpty();
    }

    @Test
    void a_response_of_another_shape_is_an_error_not_a_wrong_page() {
        assertThatThrownBy(() -> SearchResponses.page(json("[1,2]"), true))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Unexpected Elasticsearch response");
        assertThatThrownBy(
                        () ->
                                SearchResponses.page(
                                        json("{'hits':{'hits':[{'_source':{'stars':3}}]}}"), true))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("without its id");
    }
}
