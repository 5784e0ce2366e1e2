package vn.ocop.catalog.taxonomy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProductGroupRepository extends GenericRepository<ProductGroup, String> {
    List<ProductGroup> findAllOrderByPosition();

    Optional<ProductGroup> findById(String code);

    boolean existsById(String code);

    ProductGroup update(ProductGroup group);
}
