package vn.ocop.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The search contract on PostgreSQL: no Elasticsearch URL, so the default engine answers. */
@MicronautTest(transactional = false)
class PostgresProductSearchTest extends ProductSearchContract {

    @Override
    protected Map<String, String> engineProperties() {
        return Map.of("ocop.elasticsearch.url", "");
    }

    @Override
    protected void loseFromIndex(UUID productId) {
        update("DELETE FROM catalog.search_documents WHERE product_id = ?", productId);
    }

    @Test
    void the_postgres_engine_answers() {
        assertThat(engine.name()).isEqualTo("postgres");
    }

    @Test
    void a_reindex_drops_rows_of_products_that_no_longer_exist() {
        UUID vanished = UUID.randomUUID();
        update(
                "INSERT INTO catalog.search_documents SELECT ? AS product_id, name_vi, name_en,"
                        + " group_code, subgroup_code, province_codes, producer_ids,"
                        + " producer_names, stars, min_price, max_price, prices, published_at,"
                        + " valid_until, name_folded, name_exact, name_tokens, name_folded_tokens,"
                        + " all_tokens, all_folded_tokens FROM catalog.search_documents WHERE"
                        + " product_id = '"
                        + seeded.get(GOM)
                        + "'",
                vanished);
        assertThat(ids(Ask.everything().group("SOUVENIRS"))).contains(vanished);

        ReindexJob job = reindexing.start();
        eventually(() -> assertThat(reindexing.job(job.id()).state()).isEqualTo("DONE"));

        assertThat(ids(Ask.everything().group("SOUVENIRS"))).containsExactly(seeded.get(GOM));
    }

    private void update(String sql, UUID id) {
        transactions.executeWrite(
                status ->
                        jdbc.prepareStatement(
                                sql,
                                ps -> {
                                    ps.setObject(1, id);
                                    return ps.executeUpdate();
                                }));
    }
}
