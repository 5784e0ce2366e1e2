package vn.ocop.catalog.image;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.ImageView;

@MappedEntity(value = "product_images", schema = "catalog")
record ImageRow(
        @Id UUID id,
        UUID productId,
        short position,
        String contentType,
        int width,
        int height,
        int bytes,
        Instant createdAt) {

    ImageView view() {
        String base = "/api/v1/products/" + productId + "/images/" + id;
        return new ImageView(id, base, base + "/thumbnail", width, height);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Repository extends CrudRepository<ImageRow, UUID> {
        List<ImageRow> findByProductIdOrderByPosition(UUID productId);

        long countByProductId(UUID productId);
    }
}
