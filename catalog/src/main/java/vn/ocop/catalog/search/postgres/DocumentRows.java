package vn.ocop.catalog.search.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.search.PriceBand;
import vn.ocop.catalog.search.SearchDocument;
import vn.ocop.catalog.search.Tokens;

/**
 * Writes {@code catalog.search_documents}, each write behind the version gate of {@code
 * catalog.search_versions}: the gate's row lock orders concurrent writers of one product, and a
 * write older than the last applied one is dropped. Every change also moves {@code
 * catalog.search_generation} on, in the same transaction.
 */
@Singleton
class DocumentRows {

    private static final String UPSERT =
            "INSERT INTO catalog.search_documents (product_id, name_vi, name_en, group_code,"
                    + " subgroup_code, province_codes, producer_ids, producer_names, stars,"
                    + " min_price, max_price, prices, published_at, valid_until, name_folded,"
                    + " name_exact, name_tokens, name_folded_tokens, all_tokens,"
                    + " all_folded_tokens, price_bands) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (product_id) DO UPDATE SET name_vi ="
                    + " excluded.name_vi, name_en = excluded.name_en, group_code ="
                    + " excluded.group_code, subgroup_code = excluded.subgroup_code,"
                    + " province_codes = excluded.province_codes, producer_ids ="
                    + " excluded.producer_ids, producer_names = excluded.producer_names, stars ="
                    + " excluded.stars, min_price = excluded.min_price, max_price ="
                    + " excluded.max_price, prices = excluded.prices, published_at ="
                    + " excluded.published_at, valid_until = excluded.valid_until, name_folded ="
                    + " excluded.name_folded, name_exact = excluded.name_exact, name_tokens ="
                    + " excluded.name_tokens, name_folded_tokens = excluded.name_folded_tokens,"
                    + " all_tokens = excluded.all_tokens, all_folded_tokens ="
                    + " excluded.all_folded_tokens, price_bands = excluded.price_bands";

    private final JdbcOperations jdbc;

    DocumentRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void upsert(SearchDocument document, long version) {
        if (claim(document.productId(), version)) {
            write(document);
            nextGeneration();
        }
    }

    @Transactional
    void remove(UUID productId, long version) {
        if (claim(productId, version)) {
            delete(productId);
            nextGeneration();
        }
    }

    /** One batch of a full rebuild, in one transaction. */
    @Transactional
    void writeBatch(List<SearchDocument> visible, List<UUID> invisible, long version) {
        boolean changed = false;
        for (SearchDocument document : visible) {
            if (claim(document.productId(), version)) {
                write(document);
                changed = true;
            }
        }
        for (UUID id : invisible) {
            if (claim(id, version)) {
                delete(id);
                changed = true;
            }
        }
        if (changed) {
            nextGeneration();
        }
    }

    /** After a rebuild: rows and versions of products that no longer exist, unused words. */
    @Transactional
    void dropOrphans() {
        jdbc.prepareStatement(
                "DELETE FROM catalog.search_documents d WHERE NOT EXISTS (SELECT 1 FROM"
                        + " catalog.products p WHERE p.id = d.product_id)",
                PreparedStatement::executeUpdate);
        jdbc.prepareStatement(
                "DELETE FROM catalog.search_versions v WHERE NOT EXISTS (SELECT 1 FROM"
                        + " catalog.products p WHERE p.id = v.product_id)",
                PreparedStatement::executeUpdate);
        jdbc.prepareStatement(
                "DELETE FROM catalog.search_terms t WHERE NOT EXISTS (SELECT 1 FROM"
                        + " catalog.search_documents d WHERE d.all_folded_tokens @>"
                        + " ARRAY[t.term])",
                PreparedStatement::executeUpdate);
        nextGeneration();
    }

    /** The generation of what searches see (see {@link PostgresFacetCache}). */
    long generation() {
        return jdbc.prepareStatement(
                "SELECT value FROM catalog.search_generation",
                ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    /**
     * Marks a change of the documents, in the writing transaction and after its other row locks
     * (always last, so writers that wait on each other's version rows cannot deadlock on it).
     */
    private void nextGeneration() {
        jdbc.prepareStatement(
                "UPDATE catalog.search_generation SET value = value + 1",
                PreparedStatement::executeUpdate);
    }

    private boolean claim(UUID productId, long version) {
        return jdbc.prepareStatement(
                        "INSERT INTO catalog.search_versions (product_id, version) VALUES (?, ?)"
                                + " ON CONFLICT (product_id) DO UPDATE SET version ="
                                + " excluded.version WHERE catalog.search_versions.version <"
                                + " excluded.version",
                        ps -> {
                            ps.setObject(1, productId);
                            ps.setLong(2, version);
                            return ps.executeUpdate();
                        })
                == 1;
    }

    private void delete(UUID productId) {
        jdbc.prepareStatement(
                "DELETE FROM catalog.search_documents WHERE product_id = ?",
                ps -> {
                    ps.setObject(1, productId);
                    return ps.executeUpdate();
                });
    }

    private void write(SearchDocument d) {
        jdbc.prepareStatement(
                UPSERT,
                ps -> {
                    Connection c = ps.getConnection();
                    ps.setObject(1, d.productId());
                    ps.setString(2, d.nameVi());
                    ps.setString(3, d.nameEn());
                    ps.setString(4, d.groupCode());
                    ps.setString(5, d.subgroupCode());
                    ps.setArray(6, texts(c, d.provinceCodes()));
                    ps.setArray(7, c.createArrayOf("uuid", d.producerIds().toArray()));
                    ps.setArray(8, texts(c, d.producerNames()));
                    ps.setInt(9, d.stars());
                    ps.setObject(10, d.minPrice());
                    ps.setObject(11, d.maxPrice());
                    ps.setArray(12, c.createArrayOf("bigint", d.prices().toArray()));
                    ps.setTimestamp(13, Timestamp.from(d.publishedAt()));
                    ps.setObject(14, d.validUntil());
                    ps.setString(15, Tokens.joined(d.name().folded()));
                    ps.setString(16, Tokens.joined(d.name().exact()));
                    ps.setArray(17, texts(c, d.name().exact()));
                    ps.setArray(18, texts(c, d.name().folded()));
                    ps.setArray(19, texts(c, d.allExact()));
                    ps.setArray(20, texts(c, d.allFolded()));
                    ps.setArray(21, c.createArrayOf("int2", priceBands(d.prices())));
                    return ps.executeUpdate();
                });
        List<String> words = d.allFolded().stream().sorted().toList();
        // sorted, so that concurrent writers lock shared words in one order
        jdbc.prepareStatement(
                "INSERT INTO catalog.search_terms (term) SELECT unnest(?::text[]) ON CONFLICT DO"
                        + " NOTHING",
                ps -> {
                    ps.setArray(1, texts(ps.getConnection(), words));
                    return ps.executeUpdate();
                });
    }

    /** The {@link PriceBand} ordinals that hold one of the prices, each once, ascending. */
    static Short[] priceBands(List<Long> prices) {
        return prices.stream()
                .map(price -> (short) PriceBand.of(price).ordinal())
                .distinct()
                .sorted()
                .toArray(Short[]::new);
    }

    private static java.sql.Array texts(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }
}
