package vn.ocop.catalog.synonym;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SynonymRepository extends GenericRepository<Synonym, Long> {

    List<Synonym> findAllOrderByTermFolded();

    Optional<Synonym> findById(Long id);

    Optional<Synonym> findByTermFolded(String termFolded);

    Synonym save(Synonym synonym);

    Synonym update(Synonym synonym);

    int deleteById(Long id);
}
