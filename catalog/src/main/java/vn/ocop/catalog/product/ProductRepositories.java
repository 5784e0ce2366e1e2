package vn.ocop.catalog.product;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The product aggregate's tables. */
final class ProductRepositories {
    private ProductRepositories() {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Products extends CrudRepository<ProductRow, UUID> {
        @Query(
                "SELECT p.* FROM catalog.products p WHERE EXISTS (SELECT 1 FROM"
                        + " catalog.product_producers pp WHERE pp.product_id = p.id AND"
                        + " pp.producer_id = :producerId) ORDER BY p.updated_at DESC")
        List<ProductRow> ofProducer(UUID producerId);

        List<ProductRow> findByStatusOrderByUpdatedAt(vn.ocop.catalog.api.ListingStatus status);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Variants extends CrudRepository<VariantRow, UUID> {
        List<VariantRow> findByProductIdOrderByPosition(UUID productId);

        Optional<VariantRow> findBySku(String sku);

        Optional<VariantRow> findByGtin(String gtin);

        void deleteByProductId(UUID productId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Origins extends GenericRepository<OriginRow, OriginRow.Key> {
        @Query(
                "SELECT product_id AS key_product_id, position AS key_position, province_code,"
                        + " commune, village, historical_district FROM catalog.product_origins"
                        + " WHERE product_id = :productId ORDER BY position")
        List<OriginRow> findByProduct(UUID productId);

        @Query("DELETE FROM catalog.product_origins WHERE product_id = :productId")
        void deleteByProduct(UUID productId);

        @Query(
                "INSERT INTO catalog.product_origins (product_id, position, province_code, commune,"
                        + " village, historical_district) VALUES (:productId, :position,"
                        + " :provinceCode, :commune, :village, :historicalDistrict)")
        void insert(
                UUID productId,
                short position,
                String provinceCode,
                String commune,
                @io.micronaut.core.annotation.Nullable String village,
                @io.micronaut.core.annotation.Nullable String historicalDistrict);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface ProductProducers extends GenericRepository<ProductRow, UUID> {
        @Query(
                "SELECT producer_id FROM catalog.product_producers WHERE product_id = :productId"
                        + " ORDER BY position")
        List<UUID> producersOf(UUID productId);

        @Query("DELETE FROM catalog.product_producers WHERE product_id = :productId")
        void deleteByProduct(UUID productId);

        @Query(
                "INSERT INTO catalog.product_producers (product_id, producer_id, position)"
                        + " VALUES (:productId, :producerId, :position)")
        void insert(UUID productId, UUID producerId, short position);

        @Query(
                "SELECT count(*) = 0 FROM catalog.product_producers pp JOIN catalog.producers p"
                        + " ON p.id = pp.producer_id WHERE pp.product_id = :productId"
                        + " AND p.status <> 'VERIFIED'")
        boolean allVerified(UUID productId);

        @Query(
                "SELECT pp.product_id FROM catalog.product_producers pp WHERE pp.producer_id ="
                        + " :producerId")
        List<UUID> productsOf(UUID producerId);
    }
}
