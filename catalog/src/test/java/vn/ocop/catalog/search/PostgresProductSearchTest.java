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
        return Map.of(
                "ocop.elasticsearch.url",
                "",
                "ocop.search.postgres.facet-cache.max-entries",
                "2000");
    }

    @Override
    protected void loseFromIndex(UUID productId) {
        update("DELETE FROM catalog.search_documents WHERE product_id = ?", productId);
        // a loss the browse counts see too, as any change of the table is (PostgresFacetCache)
        update(
                "UPDATE catalog.search_generation SET value = value + 1 WHERE ? IS NOT NULL",
                productId);
    }

    @Test
    void the_postgres_engine_answers() {
        assertThat(engine.name()).isEqualTo("postgres");
    }

    @Test
    void browse_counts_are_kept_until_the_generation_moves_and_word_searches_are_always_counted() {
        Ask souvenirs = Ask.everything().group("SOUVENIRS");
        assertThat(search(souvenirs).total()).isEqualTo(1);
        UUID clone = UUID.randomUUID();
        // a second souvenir written behind the application's back, the generation left alone
        update(
                "INSERT INTO catalog.search_documents SELECT (jsonb_populate_record(d,"
                        + " jsonb_build_object('product_id', ?::text))).* FROM"
                        + " catalog.search_documents d WHERE product_id = '"
                        + seeded.get(GOM)
                        + "'",
                clone);
        try {
            assertThat(search(souvenirs).total()).as("counts kept for the generation").isEqualTo(1);
            assertThat(search(Ask.ask("gom su quang vinh")).total())
                    .as("searches with words are counted every time")
                    .isEqualTo(2);

            engine.remove(UUID.randomUUID(), Long.MAX_VALUE); // any write moves the generation

            assertThat(search(souvenirs).total()).isEqualTo(2);
        } finally {
            update("DELETE FROM catalog.search_documents WHERE product_id = ?", clone);
            engine.remove(UUID.randomUUID(), Long.MAX_VALUE);
        }
        assertThat(search(souvenirs).total()).isEqualTo(1);
    }

    @Test
    void a_reindex_drops_rows_of_products_that_no_longer_exist() {
        UUID vanished = UUID.randomUUID();
        update(
                "INSERT INTO catalog.search_documents SELECT (jsonb_populate_record(d,"
                        + " jsonb_build_object('product_id', ?::text))).* FROM"
                        + " catalog.search_documents d WHERE product_id = '"
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
