package vn.ocop.catalog.place;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommuneRepository extends GenericRepository<Commune, String> {
    List<Commune> findAll();
}
