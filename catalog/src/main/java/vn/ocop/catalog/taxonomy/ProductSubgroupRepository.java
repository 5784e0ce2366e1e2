package vn.ocop.catalog.taxonomy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProductSubgroupRepository extends GenericRepository<ProductSubgroup, String> {

    @Query("SELECT * FROM catalog.product_subgroups ORDER BY group_code, position, code")
    List<ProductSubgroup> findAllInOrder();

    @Query(
            "SELECT * FROM catalog.product_subgroups WHERE group_code = :groupCode"
                    + " ORDER BY position, code")
    List<ProductSubgroup> findByGroupInOrder(String groupCode);

    @Query(
            "SELECT COALESCE(MAX(position), 0) FROM catalog.product_subgroups"
                    + " WHERE group_code = :groupCode")
    int lastPosition(String groupCode);

    Optional<ProductSubgroup> findById(String code);

    boolean existsById(String code);

    ProductSubgroup save(ProductSubgroup subgroup);

    ProductSubgroup update(ProductSubgroup subgroup);
}
