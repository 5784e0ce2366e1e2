package vn.ocop.catalog.producer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;
import vn.ocop.catalog.api.ProducerStatus;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProducerRepository extends CrudRepository<ProducerRow, UUID> {

    List<ProducerRow> findByStatusOrderByCreatedAt(ProducerStatus status);

    @Query("SELECT product_id FROM catalog.product_producers WHERE producer_id = :producerId")
    List<UUID> productIdsOf(UUID producerId);
}
