package vn.ocop.catalog.importing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** Look-ups by the names and numbers offices write in their files. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CatalogQueries extends GenericRepository<ImportJobRow, UUID> {

    @Query(
            "SELECT id FROM catalog.producers WHERE registration_number = :number ORDER BY"
                    + " created_at")
    List<UUID> producersByRegistration(String number);

    @Query("SELECT id FROM catalog.producers WHERE name_folded = :folded ORDER BY created_at")
    List<UUID> producersByName(String folded);

    @Query(
            "SELECT id FROM catalog.producers WHERE legal_form = :legalForm AND"
                    + " registration_number = :number")
    List<UUID> producersByLegalFormAndRegistration(String legalForm, String number);

    @Query(
            "SELECT id FROM catalog.producers WHERE name_folded = :folded AND province_code ="
                    + " :provinceCode ORDER BY created_at")
    List<UUID> producersByNameInProvince(String folded, String provinceCode);

    @Query("SELECT id FROM catalog.products WHERE name_folded = :folded ORDER BY created_at")
    List<UUID> productsByName(String folded);

    @Query(
            "SELECT p.id FROM catalog.products p JOIN catalog.product_producers pp ON"
                    + " pp.product_id = p.id WHERE p.name_folded = :folded AND pp.producer_id ="
                    + " :producerId ORDER BY p.created_at")
    List<UUID> productsByNameAndProducer(String folded, UUID producerId);

    /** Published listings, by name; whether each is visible now is the reader's to say. */
    @Query("SELECT id FROM catalog.products WHERE status = 'PUBLISHED' ORDER BY name_folded, id")
    List<UUID> publishedProducts();
}
