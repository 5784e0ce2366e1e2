package vn.ocop.catalog.product;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProducerLookup extends GenericRepository<ProductRow, UUID> {
    @Query("SELECT EXISTS (SELECT 1 FROM catalog.producers WHERE id = :producerId)")
    boolean exists(UUID producerId);
}
